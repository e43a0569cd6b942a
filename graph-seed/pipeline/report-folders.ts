/**
 * The reports the project knows, as data: one folder per report under graph-seed/reports/,
 * named by the report id's slug, holding report.json — where the text is (`file`, relative to
 * the project root; texts that are not ours to copy stay outside the repository), how it was
 * produced (`sourceKind`), and any sidecar fields (title, year, date, jurisdiction, speaker,
 * source) that the text itself does not state. Adding a report adds a folder, not code.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PipelineDataError } from './errors.ts';
import type { ReportSidecar } from './report-meta.ts';
import { SOURCE_KINDS, type SourceKind } from './types.ts';

export const REPORTS_DIR = fileURLToPath(new URL('../reports/', import.meta.url));

/** One report folder's entry. */
export interface ReportEntry {
  /** The folder, e.g. graph-seed/reports/cn-2021. */
  folder: string;
  /** The report's text file, relative to the project root. */
  file: string;
  sourceKind: SourceKind;
  /** The report.json fields that describe the report (its id among them). */
  sidecar: ReportSidecar;
}

/**
 * Every report folder, sorted by name.
 * @throws PipelineDataError naming the report.json whose `file` or `sourceKind` is missing or wrong,
 *   or whose `id` does not match its folder.
 */
export function readReportFolders(dir: string = REPORTS_DIR): ReportEntry[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'report.json')))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const path = join(dir, name, 'report.json');
      const { file, sourceKind, ...sidecar } = JSON.parse(readFileSync(path, 'utf8')) as ReportSidecar & { file?: unknown; sourceKind?: unknown };
      if (typeof file !== 'string' || file === '') throw new PipelineDataError(path, '`file` (the report text, relative to the project root) is required');
      if (!SOURCE_KINDS.includes(sourceKind as SourceKind)) {
        throw new PipelineDataError(path, `sourceKind must be one of ${SOURCE_KINDS.join(', ')}`);
      }
      if (sidecar.id !== undefined && sidecar.id !== `report:${name}`) {
        throw new PipelineDataError(path, `id "${sidecar.id}" does not match its folder (report:${name})`);
      }
      return { folder: join(dir, name), file, sourceKind: sourceKind as SourceKind, sidecar };
    });
}
