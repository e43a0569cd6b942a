/**
 * `npm run ingest -- <files or folders> [--out PATH]`: builds one seed from the curated Lechang
 * report and the given reports (plain text or PDF; see graph-seed/ingest/read-inputs.ts for what
 * is accepted and how metadata and the source kind are found), lays it out, writes it to PATH
 * (default graph-seed/ingested/seed.json, git-ignored) and prints a summary.
 * Serve it with `SEED_PATH=graph-seed/ingested/seed.json npm start`.
 * Exit codes: 0 written; 1 an input or the build was refused (the message names the file and
 * what is missing or allowed).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpusSeed } from '../graph-seed/corpus.ts';
import { defaultBuildInput } from '../graph-seed/build-seed.ts';
import { SeedBuildError } from '../graph-seed/errors.ts';
import { ReportMetaError } from '../graph-seed/pipeline/errors.ts';
import { corpusSummary, formatCorpusSummary } from '../graph-seed/ingest/summary.ts';
import { ALLOWED_EXTENSIONS, displayPath, PROJECT_ROOT, readInputs } from '../graph-seed/ingest/read-inputs.ts';
import { serialiseSeed } from '../graph-seed/paths.ts';

export const DEFAULT_OUT = resolve(PROJECT_ROOT, 'graph-seed/ingested/seed.json');

const USAGE = `usage: npm run ingest -- <files or folders> [--out PATH]
  files: ${ALLOWED_EXTENSIONS.join(', ')}; a folder is read with its sources.json or <name>.json sidecars
  --out PATH  where to write the seed (default ${displayPath(DEFAULT_OUT)})`;

class UsageError extends Error {}

function parseArgs(argv: string[]): { paths: string[]; out: string } {
  const paths: string[] = [];
  let out = DEFAULT_OUT;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--out') {
      const next = argv[i + 1];
      if (!next || next.startsWith('--')) throw new UsageError('--out needs a path');
      out = resolve(next);
      i += 1;
    } else if (arg.startsWith('--out=')) {
      if (arg.length === '--out='.length) throw new UsageError('--out needs a path');
      out = resolve(arg.slice('--out='.length));
    } else if (arg === '--help' || arg === '-h') {
      throw new UsageError('');
    } else if (arg.startsWith('--')) {
      throw new UsageError(`unknown option ${arg}; allowed: --out PATH`);
    } else {
      paths.push(arg);
    }
  }
  if (paths.length === 0) throw new UsageError('give at least one report file or folder');
  return { paths, out };
}

async function main(argv: string[]): Promise<number> {
  const { paths, out } = parseArgs(argv);
  const started = performance.now();
  const inputs = await readInputs(paths);
  const seed = buildCorpusSeed(defaultBuildInput(), inputs);
  const built = performance.now();
  const body = serialiseSeed(seed);
  try {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, body);
  } catch (error) {
    throw new SeedBuildError(out, `cannot write the seed: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  console.log(formatCorpusSummary(corpusSummary(seed)));
  console.log(`wrote ${displayPath(out)} (${(Buffer.byteLength(body) / 1e6).toFixed(2)} MB) in ${((built - started) / 1000).toFixed(1)} s`);
  console.log(`serve it with: SEED_PATH=${displayPath(out)} npm start`);
  return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  }, (error: unknown) => {
    if (error instanceof UsageError) console.error(error.message ? `ingest: ${error.message}\n${USAGE}` : USAGE);
    else if (error instanceof ReportMetaError && (error.code === 'NO_YEAR' || error.code === 'NO_JURISDICTION')) {
      const field = error.code === 'NO_YEAR' ? 'year' : 'jurisdiction';
      const sidecar = error.file.replace(/\.[^./\\]+$/, '.json');
      console.error(`ingest: ${error.message}\n  give "${field}" in ${sidecar} or in its folder's sources.json`);
    } else if (error instanceof SeedBuildError) console.error(`ingest: ${error.message}`);
    else console.error(`ingest: failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
