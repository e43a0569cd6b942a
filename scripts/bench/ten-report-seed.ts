/**
 * The ten-report seed the benchmark measures: Lechang 2021 and the nine national reports of
 * ../shared/reports/national (read from there, never copied into the repository), built the
 * way `npm run ingest -- ../shared/reports/national` builds it, and written to a stable path
 * (TEN_REPORT_SEED_PATH, git-ignored) where the other parts of the benchmark (the client's
 * first frame, say) and anyone serving it (`SEED_PATH=… npm start`) find it.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultBuildInput } from '../../graph-seed/build-seed.ts';
import { buildCorpusSeed } from '../../graph-seed/corpus.ts';
import { readInputs } from '../../graph-seed/ingest/read-inputs.ts';
import { serialiseSeed } from '../../graph-seed/paths.ts';
import type { SeedArtefact } from '../../graph-seed/types.ts';

/** Where the nine national reports are read from: the shared folder beside the repository. */
export const NATIONAL_REPORTS = fileURLToPath(new URL('../../../shared/reports/national', import.meta.url));
/** Where the benchmark writes the ten-report seed (graph-seed/ingested/ is git-ignored). */
export const TEN_REPORT_SEED_PATH = fileURLToPath(new URL('../../graph-seed/ingested/ten-reports.json', import.meta.url));

/** What the benchmark reports of the seed: its size on disk and in the graph. */
export interface SeedSize {
  bytes: number;
  reports: number;
  sections: number;
  entities: number;
  relations: number;
  buildSeconds: number;
}

/**
 * Builds the ten-report seed from the current sources and writes it to TEN_REPORT_SEED_PATH.
 * Throws, naming the folder, when the national reports are not there.
 */
export async function buildTenReportSeed(): Promise<{ seed: SeedArtefact; path: string; size: SeedSize }> {
  if (!existsSync(NATIONAL_REPORTS)) throw new Error(`no national reports at ${NATIONAL_REPORTS}: the ten-report seed is built from them`);
  const started = performance.now();
  const seed = buildCorpusSeed(defaultBuildInput(), await readInputs([NATIONAL_REPORTS]));
  const buildSeconds = Math.round((performance.now() - started) / 100) / 10;
  const body = serialiseSeed(seed);
  mkdirSync(dirname(TEN_REPORT_SEED_PATH), { recursive: true });
  writeFileSync(TEN_REPORT_SEED_PATH, body);
  return {
    seed, path: TEN_REPORT_SEED_PATH,
    size: { bytes: Buffer.byteLength(body), reports: seed.reports.length, sections: seed.sections.length, entities: seed.graph.nodes.length, relations: seed.graph.edges.length, buildSeconds },
  };
}
