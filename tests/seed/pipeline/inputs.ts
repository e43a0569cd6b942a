/**
 * The real reports the pipeline tests read: the nine State Council reports scraped from the web
 * (../shared/reports/national, with sources.json) and the Lechang PDF dump, both read from where
 * the project keeps them, never copied. A missing file fails the test that needs it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SEED_PATHS } from '../../../graph-seed/paths.ts';

export const NATIONAL_DIR = fileURLToPath(new URL('../../../../shared/reports/national/', import.meta.url));

export interface NationalSource { file: string; year: number; title: string; source: string }

function read(path: string): string {
  if (!existsSync(path)) throw new Error(`pipeline tests: ${path} is missing; the national reports live in ../shared/reports/national beside the project`);
  return readFileSync(path, 'utf8');
}

export const nationalSources: NationalSource[] = JSON.parse(read(`${NATIONAL_DIR}sources.json`));

export function nationalRaw(file: string): string {
  return read(`${NATIONAL_DIR}${file}`);
}

export function nationalSource(year: number): NationalSource {
  const source = nationalSources.find((s) => s.year === year);
  if (!source) throw new Error(`pipeline tests: no national report of ${year} in sources.json`);
  return source;
}

export const lechangRaw = read(SEED_PATHS.report);
