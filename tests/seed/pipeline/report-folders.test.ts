import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PipelineDataError } from '../../../graph-seed/pipeline/errors.ts';
import { readReportFolders } from '../../../graph-seed/pipeline/report-folders.ts';
import { runReport } from '../../../graph-seed/pipeline/run-report.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('report folders', () => {
  const entries = readReportFolders();

  it('list Lechang and the nine national reports, each read by the generic path as the report its folder names', () => {
    expect(entries.map((e) => e.sidecar.id)).toEqual([
      'report:cn-2016', 'report:cn-2017', 'report:cn-2018', 'report:cn-2019', 'report:cn-2021',
      'report:cn-2022', 'report:cn-2023', 'report:cn-2024', 'report:cn-2025', 'report:lechang-2021',
    ]);
    for (const entry of entries) {
      const { meta, targets } = runReport({ raw: readFileSync(join(root, entry.file), 'utf8'), sourceKind: entry.sourceKind, file: entry.file, sidecar: entry.sidecar });
      expect(meta.id).toBe(entry.sidecar.id);
      expect(targets.some((t) => t.indicatorId === 'indicator:gdp-growth' && t.kind === 'GOAL' && t.period === String(meta.year)), entry.file).toBe(true);
    }
  });

  it('refuse a report.json without a known source kind or whose id is not its folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'reports-'));
    mkdirSync(join(dir, 'x-2021'));
    writeFileSync(join(dir, 'x-2021', 'report.json'), JSON.stringify({ file: 'a.txt', sourceKind: 'HTML' }));
    expect(() => readReportFolders(dir)).toThrow(PipelineDataError);
    expect(() => readReportFolders(dir)).toThrow(/x-2021.*sourceKind must be one of PDF_TEXT, WEB_TEXT/);
    writeFileSync(join(dir, 'x-2021', 'report.json'), JSON.stringify({ id: 'report:y-2021', file: 'a.txt', sourceKind: 'WEB_TEXT' }));
    expect(() => readReportFolders(dir)).toThrow(/does not match its folder/);
  });
});
