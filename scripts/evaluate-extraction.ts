/**
 * `npx tsx scripts/evaluate-extraction.ts`: runs the generic pipeline on the Lechang report
 * WITHOUT its curation, compares it with the curated graph (graph-seed/seed.json), and writes
 * the figures to graph-seed/pipeline/EVALUATION.md. With `--national DIR` (a folder with
 * sources.json, e.g. ../shared/reports/national) it also prints, for the 2021 and 2024 reports
 * (or `--years 2019,2023`), 15 named entities taken evenly through the pipeline's output, each
 * with its first passage, for the hand check in graph-seed/pipeline/HAND-CHECK.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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
const strict = scoreTargets(extraction, seed, { strict: true });

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
  '## How targets are matched',
  '',
  'A found target is correct when a curated target has the same indicator words, value and period; each curated target',
  'is matched once. Indicator words are compared without quotes, spaces, [n] note marks and a leading run of words that',
  'say the work is done or pushed, not what is measured: 成功 扎实 全面 积极 大力 重点 着力 力争 加快 推动 推进 完成 实现',
  '办理 开展 实施 (so 推动不动产一般登记办结时间 is 不动产一般登记办结时间). Words that change what is counted (新增, 新建,',
  '建成, 引进 …) are compared as written, and value and period must be equal, so no other measure, value or year can be',
  'counted as right. A figure found twice (same indicator, value, unit, bound, period and kind: a summary and its',
  'section) counts once, as the build makes it one target with two mentions.',
  `With the words compared as written: precision ${percent(strict.precision)}, recall ${percent(strict.recall)} (${strict.correct}/${strict.found}, ${strict.recalled}/${strict.curated}).`,
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

const option = (name: string) => { const at = process.argv.indexOf(name); return at === -1 ? undefined : process.argv[at + 1]; };
const nationalDir = option('--national');
if (nationalDir) {
  const sources = JSON.parse(readFileSync(join(nationalDir, 'sources.json'), 'utf8')) as { file: string; year: number; title: string; source: string }[];
  for (const year of (option('--years') ?? '2021,2024').split(',').map(Number)) {
    const source = sources.find((s) => s.year === year);
    if (!source) throw new Error(`evaluate-extraction: no report of ${year} in ${join(nationalDir, 'sources.json')} (it has ${sources.map((s) => s.year).join(', ')})`);
    const file = join(nationalDir, source.file);
    const report = runReport({ raw: readFileSync(file, 'utf8'), sourceKind: 'WEB_TEXT', file, sidecar: { title: source.title, year: source.year, source: source.source } });
    const { entities, text } = report;
    const sample = Array.from({ length: Math.min(15, entities.length) }, (_, i) => entities[Math.floor((i * entities.length) / Math.min(15, entities.length))]!);
    console.log(`\n${source.title}: ${report.targets.length} targets, ${entities.length} named entities; sample:`);
    for (const e of sample) {
      const m = e.mentions[0]!;
      console.log(`  ${e.type} ${e.name} | ${text.slice(Math.max(0, m.start - 16), m.end + 8).replace(/\n/g, '⏎')}`);
    }
  }
}
