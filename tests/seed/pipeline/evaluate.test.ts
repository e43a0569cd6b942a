import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SEED_PATHS } from '../../../graph-seed/paths.ts';
import { scoreEntities, scoreTargets } from '../../../graph-seed/pipeline/evaluate.ts';
import { runReport } from '../../../graph-seed/pipeline/run-report.ts';
import type { SeedArtefact } from '../../../graph-seed/types.ts';
import { lechangRaw } from './inputs.ts';

// The generic path on Lechang with none of its curation, against the curated graph.
const extraction = runReport({ raw: lechangRaw, sourceKind: 'PDF_TEXT', file: 'graph-seed/source/report.txt' });
const seed = JSON.parse(readFileSync(SEED_PATHS.seed, 'utf8')) as SeedArtefact;

describe('the generic path measured against the curated Lechang graph', () => {
  // Goal: precision ≥ 95%, recall ≥ 90%. Not met since the curated graph names indicators by
  // what they measure (引进项目投资总额, not 投资总额), splits fused rates and counts goals stated
  // in words (翻番): the generic rules do neither yet. The floors are the figures measured against
  // that graph (EVALUATION.md: 90.0% / 83.4%), so a change cannot lose them unnoticed.
  it('targets: precision (goal 95%, measured 90.0%) and recall (goal 90%, measured 83.4%) by indicator words, value and period', () => {
    const score = scoreTargets(extraction, seed);
    expect(score.curated).toBeGreaterThan(200);
    expect(score.precision).toBeGreaterThanOrEqual(0.899);
    expect(score.recall).toBeGreaterThanOrEqual(0.83);
  });

  it('places: precision ≥ 85%', () => {
    const score = scoreEntities(extraction, seed, 'PLACE');
    expect(score.found).toBeGreaterThanOrEqual(10);
    expect(score.precision).toBeGreaterThanOrEqual(0.85);
  });

  // Goal: ≥ 85% precision. The floors are the figures measured when the rules or the curated
  // graph last changed (graph-seed/pipeline/EVALUATION.md: parks 88.9% / 61.5%, programs
  // 93.0% / 41.4%), so that a change cannot lose them unnoticed.
  it('parks: precision ≥ 85% (measured 88.9%), recall no worse than measured (61.5%)', () => {
    const score = scoreEntities(extraction, seed, 'PARK');
    expect(score.precision).toBeGreaterThanOrEqual(0.88);
    expect(score.recall).toBeGreaterThanOrEqual(0.61);
  });

  it('programs: precision ≥ 85% (measured 93.0%), recall no worse than measured (41.4%)', () => {
    const score = scoreEntities(extraction, seed, 'PROGRAM');
    expect(score.precision).toBeGreaterThanOrEqual(0.92);
    expect(score.recall).toBeGreaterThanOrEqual(0.41);
  });

  it('the extraction is blind to the curated graph: no pipeline module but the scorer reads the seed or the curation', () => {
    const dir = fileURLToPath(new URL('../../../graph-seed/pipeline/', import.meta.url));
    const modules = readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'evaluate.ts');
    expect(modules).toContain('named-entities.ts');
    for (const file of modules) {
      // What a module imports or reads: import lines and file paths it opens.
      const code = readFileSync(`${dir}${file}`, 'utf8').split('\n').filter((line) => /^import |from '|readFileSync|new URL|seed\.json/.test(line)).join('\n');
      expect(code, file).not.toMatch(/seed\.json|SEED_PATHS|paths\.ts|curation|glossary\.ts/);
    }
  });

  it('the scorer counts a wrong value or period as a miss', () => {
    const shifted = { ...extraction, targets: extraction.targets.map((t) => ({ ...t, period: t.period === '2020' ? '2019' : t.period })) };
    expect(scoreTargets(shifted, seed).precision).toBeLessThan(0.7);
  });
});
