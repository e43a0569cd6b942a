import { readFileSync } from 'node:fs';
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
  it('targets: precision ≥ 95% and recall ≥ 90% by indicator words, value and period', () => {
    const score = scoreTargets(extraction, seed);
    expect(score.curated).toBeGreaterThan(200);
    expect(score.precision).toBeGreaterThanOrEqual(0.95);
    expect(score.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('places: precision ≥ 85%', () => {
    const score = scoreEntities(extraction, seed, 'PLACE');
    expect(score.found).toBeGreaterThanOrEqual(10);
    expect(score.precision).toBeGreaterThanOrEqual(0.85);
  });

  // The 85% goal is not yet met for parks and programs (see graph-seed/pipeline/EVALUATION.md);
  // these floors hold what is reached so that a change cannot lose it unnoticed.
  it('parks and programs: no worse than measured when the rules were written (45% and 66%)', () => {
    expect(scoreEntities(extraction, seed, 'PARK').precision).toBeGreaterThanOrEqual(0.45);
    expect(scoreEntities(extraction, seed, 'PROGRAM').precision).toBeGreaterThanOrEqual(0.66);
  });

  it('the scorer counts a wrong value or period as a miss', () => {
    const shifted = { ...extraction, targets: extraction.targets.map((t) => ({ ...t, period: t.period === '2020' ? '2019' : t.period })) };
    expect(scoreTargets(shifted, seed).precision).toBeLessThan(0.7);
  });
});
