/**
 * Errors of the seed build. Each names where the problem is (a stage of the build, or a curated
 * file and record) so that whoever edits the data can find and fix it.
 */
export class SeedBuildError extends Error {
  override readonly name: string = 'SeedBuildError';
  constructor(
    /** The build stage or curated file the problem was found in. */
    readonly origin: string,
    readonly problem: string,
  ) {
    super(`${origin}: ${problem}`);
  }
}

/** A curated record that cannot be used as written. */
export class CurationError extends SeedBuildError {
  override readonly name: string = 'CurationError';
  constructor(
    readonly file: string,
    /** The record's id, or its position (`relations[3]`) when it has none. */
    readonly record: string,
    readonly code: 'BAD_QUOTE' | 'AMBIGUOUS_QUOTE' | 'UNKNOWN_TYPE' | 'BAD_ID' | 'DUPLICATE_ID' | 'DANGLING_RELATION' | 'BAD_FIELD' | 'NO_PROVENANCE',
    problem: string,
  ) {
    super(`${file} ${record}`, problem);
  }
}
