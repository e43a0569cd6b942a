/** Where the seed's sources and built files live, and how the built seed is written. */
import { fileURLToPath } from 'node:url';
import type { SeedArtefact } from './types.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export const SEED_PATHS = {
  report: here('./source/report.txt'),
  normalised: here('./source/report.normalised.txt'),
  curation: here('./curation'),
  seed: here('./seed.json'),
} as const;

/** One JSON line per top-level field keeps diffs of the committed seed readable. */
export function serialiseSeed(seed: SeedArtefact): string {
  return `${JSON.stringify(seed, null, 1)}\n`;
}
