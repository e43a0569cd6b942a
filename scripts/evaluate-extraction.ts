/**
 * `npx tsx scripts/evaluate-extraction.ts`: runs the generic pipeline on the Lechang report
 * WITHOUT its curation, compares it with the curated graph (graph-seed/seed.json), and writes
 * the figures to graph-seed/pipeline/EVALUATION.md. With `--national DIR` (a folder with
 * sources.json, e.g. ../shared/reports/national) it also prints each report's target count, how
 * many link to an INDICATOR and its GDP growth goal, and, for the 2021 and 2024 reports (or
 * `--years 2019,2024`), `--sample N` (15) targets and named entities taken evenly through the
 * pipeline's output, each with its passage, for the hand check in graph-seed/pipeline/HAND-CHECK.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SEED_PATHS } from '../graph-seed/paths.ts';
import { scoreEntities, scoreTargets, type Score } from '../graph-seed/pipeline/evaluate.ts';
import { runReport } from '../graph-seed/pipeline/run-report.ts';
import { timingAt } from '../graph-seed/pipeline/sections.ts';
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
  '## How periods are read',
  '',
  'A target takes the period of the part of the report it stands in (its title: 2020年工作回顾 → 2020, “十四五”… →',
  '2021–2025), switched by a sentence of the part that opens with another span (过去五年, 五年来, “十二五”时期, 过去一年 …),',
  'and overridden by a time phrase in its own sentence before the figure (graph-seed/pipeline/periods.ts): 过去五年 /',
  '五年来 / 五年年均 N−5…N−1, 十年 N−10…N−1, “十X五”时期 the plan, 去年 / 去年底 / 上年 N−1, 今年 N, 今后五年 / 未来五年',
  'N…N+4, 到2035年 N…2035, 2021-2023年 that span, 2020年， that year. Comparisons (比去年, 较五年前, 十年前的,',
  '比2010年, 面向2030年的) are no periods. `--national DIR` lists, per report, the targets whose own sentence set their period.',
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
  const run = (source: (typeof sources)[number]) => {
    const file = join(nationalDir, source.file);
    return runReport({ raw: readFileSync(file, 'utf8'), sourceKind: 'WEB_TEXT', file, sidecar: { title: source.title, year: source.year, source: source.source } });
  };
  const evenly = <T>(items: T[], n: number) => Array.from({ length: Math.min(n, items.length) }, (_, i) => items[Math.floor((i * items.length) / Math.min(n, items.length))]!);
  console.log('\ntargets per national report (linked to an INDICATOR):');
  for (const source of sources) {
    const { targets } = run(source);
    const gdpGoal = targets.find((t) => t.kind === 'GOAL' && t.period === String(source.year) && t.indicatorId === 'indicator:gdp-growth');
    console.log(`  ${source.year}: ${targets.length} targets, ${targets.filter((t) => t.indicatorId).length} linked; GDP growth goal ${gdpGoal ? `${gdpGoal.value}${gdpGoal.valueMax ? `–${gdpGoal.valueMax}` : ''}% (${gdpGoal.comparator}) → ${gdpGoal.indicatorId}` : 'not found'}`);
  }
  console.log('\ntargets whose own sentence names their period (not the part they stand in):');
  for (const source of sources) {
    const { targets, text, sections } = run(source);
    const own = targets.filter((t) => timingAt(text, sections, source.year, t.numberStart)?.period !== t.period);
    console.log(`  ${source.year}: ${own.length} of ${targets.length}${own.length ? `: ${own.map((t) => `${text.slice(t.start, t.end)} (${t.period})`).join(' · ')}` : ''}`);
  }
  const sampleSize = Number(option('--sample') ?? 15);
  for (const year of (option('--years') ?? '2021,2024').split(',').map(Number)) {
    const source = sources.find((s) => s.year === year);
    if (!source) throw new Error(`evaluate-extraction: no report of ${year} in ${join(nationalDir, 'sources.json')} (it has ${sources.map((s) => s.year).join(', ')})`);
    const report = run(source);
    const { entities, targets, text } = report;
    console.log(`\n${source.title}: ${targets.length} targets, ${entities.length} named entities; samples of ${sampleSize}:`);
    for (const t of evenly(targets, sampleSize)) {
      const bound = t.valueMax !== null ? `${t.value}–${t.valueMax}` : String(t.value);
      console.log(`  TARGET ${t.kind} ${t.period} | ${t.indicator} | ${t.comparator} ${bound}${t.unit} | ${t.indicatorId ?? '—'} | ${text.slice(Math.max(0, t.start - 12), t.end + 6).replace(/\n/g, '⏎')}`);
    }
    for (const e of evenly(entities, sampleSize)) {
      const m = e.mentions[0]!;
      console.log(`  ${e.type} ${e.name} | ${text.slice(Math.max(0, m.start - 16), m.end + 8).replace(/\n/g, '⏎')}`);
    }
  }
}
