/**
 * `npx tsx scripts/evaluate-extraction.ts`: runs the generic pipeline on the Lechang report
 * WITHOUT its curation, compares it with the curated graph (graph-seed/seed.json), and writes
 * the figures to graph-seed/pipeline/EVALUATION.md. With `--national DIR` it also lists a sample
 * of what the pipeline finds in two national reports, for a hand check.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SEED_PATHS } from '../graph-seed/paths.ts';
import { scoreEntities, scoreTargets, type Score } from '../graph-seed/pipeline/evaluate.ts';
import { runReport } from '../graph-seed/pipeline/run-report.ts';
import { NAMED_ENTITY_TYPES } from '../graph-seed/pipeline/types.ts';
import type { SeedArtefact } from '../graph-seed/types.ts';

const out = fileURLToPath(new URL('../graph-seed/pipeline/EVALUATION.md', import.meta.url));
const percent = (x: number) => `${(100 * x).toFixed(1)}%`;

const lechang = JSON.parse(readFileSync(fileURLToPath(new URL('../graph-seed/reports/lechang-2021/report.json', import.meta.url)), 'utf8')) as { sourceKind: 'PDF_TEXT' };
const started = performance.now();
const extraction = runReport({ raw: readFileSync(SEED_PATHS.report, 'utf8'), sourceKind: lechang.sourceKind, file: 'graph-seed/source/report.txt' });
const elapsed = performance.now() - started;
const seed = JSON.parse(readFileSync(SEED_PATHS.seed, 'utf8')) as SeedArtefact;

const rows: [string, Score, string][] = [
  ['targets (indicator words, value, period)', scoreTargets(extraction, seed), 'precision ≥ 95%, recall ≥ 90%'],
  ...NAMED_ENTITY_TYPES.map((type): [string, Score, string] => [
    `${type === 'PLACE' ? 'places (TOWN)' : type.toLowerCase()}`, scoreEntities(extraction, seed, type),
    type === 'ORGANIZATION' ? '—' : 'precision ≥ 85%',
  ]),
];
const linked = extraction.targets.filter((t) => t.indicatorId !== null);

const lines = [
  '# Extraction without curation, measured against the curated Lechang graph',
  '',
  'Written by `npx tsx scripts/evaluate-extraction.ts`; do not edit by hand.',
  '',
  `The generic pipeline (graph-seed/pipeline/) ran on the Lechang 2021 report (graph-seed/source/report.txt) with none of its`,
  `curation and was compared with graph-seed/seed.json. Report read as ${extraction.meta.id}: ${extraction.meta.title},`,
  `${extraction.meta.jurisdiction.name} (${extraction.meta.jurisdiction.level}, GB/T 2260 ${extraction.meta.jurisdiction.code ?? 'unknown'}), ${extraction.meta.date}, ${extraction.sections.length} sections.`,
  '',
  '| what | found | curated | correct | precision | recall | goal |',
  '|---|---:|---:|---:|---:|---:|---|',
  ...rows.map(([name, s, goal]) => `| ${name} | ${s.found} | ${s.curated} | ${s.correct} | ${percent(s.precision)} | ${percent(s.recall)} | ${goal} |`),
  '',
  `Targets linked to an INDICATOR by the catalogue: ${linked.length} of ${extraction.targets.length}.`,
  '',
  '## What differs',
  '',
  ...rows.flatMap(([name, s]) => [
    `### ${name}`,
    '',
    `Found but not curated (${s.falsePositives.length}): ${s.falsePositives.join(' · ') || '—'}`,
    '',
    `Curated but not found (${s.falseNegatives.length}): ${s.falseNegatives.join(' · ') || '—'}`,
    '',
  ]),
];
writeFileSync(out, lines.join('\n'));
console.log(rows.map(([name, s]) => `${name}: precision ${percent(s.precision)} recall ${percent(s.recall)} (${s.correct}/${s.found}, ${s.recalled}/${s.curated})`).join('\n'));
console.log(`whole path on Lechang: ${Math.round(elapsed)} ms (the segmenter and division tables load on first use)`);
console.log(`wrote ${out}`);
