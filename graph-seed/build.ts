/**
 * `npm run seed`: builds the seed and writes it with the normalised text, then prints a summary.
 *   --summary       write nothing; print the summary of a fresh build
 *   --summary-json  write nothing; print that summary as one JSON object (with `npm run --silent`)
 *   --check         write nothing; exit 1 when the committed files differ from a fresh build
 * Only the bare command writes: a command that reports leaves the files as they are.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defaultBuildInput } from './build-seed.ts';
import { buildCorpusSeed } from './corpus.ts';
import { SeedBuildError } from './errors.ts';
import { seedSummary, formatSummary } from './summary.ts';
import { SEED_PATHS, serialiseSeed } from './paths.ts';

function main(argv: string[]): number {
  const known = new Set(['--summary', '--summary-json', '--check']);
  const unknown = argv.filter((a) => !known.has(a));
  if (unknown.length > 0) {
    console.error(`seed: unknown option ${unknown.join(' ')}; allowed: ${[...known].join(', ')}`);
    return 2;
  }
  // The default report alone, through the same build as several: its targets linked to the
  // indicators they measure (INDICATOR, MEASURES), as in a seed that holds more reports.
  const seed = buildCorpusSeed(defaultBuildInput(), []);
  const files: [string, string][] = [
    [SEED_PATHS.normalised, seed.reports[0]!.text],
    [SEED_PATHS.seed, serialiseSeed(seed)],
  ];
  if (argv.includes('--check')) {
    const stale = files.filter(([path, content]) => {
      try {
        return readFileSync(path, 'utf8') !== content;
      } catch {
        return true;
      }
    });
    for (const [path] of stale) console.error(`seed: ${path} is stale; run npm run seed and commit it`);
    return stale.length === 0 ? 0 : 1;
  }
  const reportOnly = argv.includes('--summary') || argv.includes('--summary-json');
  if (!reportOnly) for (const [path, content] of files) writeFileSync(path, content);
  const summary = seedSummary(seed);
  console.log(argv.includes('--summary-json') ? JSON.stringify(summary) : formatSummary(summary));
  return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof SeedBuildError)) throw error;
    console.error(`seed: ${error.message}`);
    process.exitCode = 1;
  }
}
