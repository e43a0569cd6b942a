/**
 * Errors of the generic pipeline: each names the file it was reading and what was wrong with it,
 * with a code that tests and callers check instead of the message.
 */
import { SeedBuildError } from '../errors.ts';

export type ReportMetaProblem = 'NO_YEAR' | 'NO_JURISDICTION' | 'UNKNOWN_LEVEL' | 'CONFLICT' | 'BAD_SIDECAR';

/** A report whose year or jurisdiction cannot be read, from its text or its sidecar. */
export class ReportMetaError extends SeedBuildError {
  override readonly name: string = 'ReportMetaError';
  constructor(
    /** The report file (or a label the caller gives it). */
    readonly file: string,
    readonly code: ReportMetaProblem,
    problem: string,
  ) {
    super(file, problem);
  }
}

/** A catalogue or other pipeline data file that cannot be used as written. */
export class PipelineDataError extends SeedBuildError {
  override readonly name: string = 'PipelineDataError';
  constructor(readonly file: string, problem: string) {
    super(file, problem);
  }
}
