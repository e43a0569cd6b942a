/** Writes the benchmark's results as JSON and as the markdown tables of BENCHMARKS.md. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { round } from './measure.ts';
import { searchQualityMarkdown } from './search-quality.ts';

/** The results object bench.ts builds; its shape is checked where it is made. */
type Results = Record<string, any>;

const row = (cells: unknown[]) => `| ${cells.map((c) => (c === undefined ? '' : String(c))).join(' | ')} |`;

const apiRows = (api: Record<string, any>) => [
  row(['operation', 'API p50', 'API p99', 'Cypher p50', 'Cypher p99', 'API − Cypher (p50, ms)', 'API ÷ Cypher (p50)']),
  row(['---', '---', '---', '---', '---', '---', '---']),
  ...Object.entries(api).map(([name, o]: [string, any]) => row([name, o.api.p50, o.api.p99, o.cypher.p50, o.cypher.p99, o.overheadP50Ms, o.ratioP50])),
];

/** The ten-report seed on both stores and the synthetic corpus of many reports (issue 16). */
function scaleOfReports(results: Results): string[] {
  const t = results.tenReports;
  if (!t) return [];
  const lines = ['## 2. Ten reports (Lechang and the nine national reports), memory store (baseline: GET /healthz on the same server)', ''];
  if (t.skipped) return [...lines, `Not run: ${t.skipped}.`, ''];
  lines.push(
    `The seed (\`${t.path}\`, built in ${t.buildSeconds} s): ${t.bytes} bytes, ${t.reports} reports, ${t.sections} sections, ${t.entities} entities, ${t.relations} relations.`, '',
    row(['operation', 'p50', 'p99', 'p50 ÷ baseline']), row(['---', '---', '---', '---']),
    ...Object.entries(t.apiOverhead.operations).map(([name, o]: [string, any]) => row([name, o.p50, o.p99, o.ratioP50])),
    '', 'Goal: as the seed: depth-1 neighbourhood p50 ≤ 2× the no-op.', '',
  );
  return lines;
}

function neo4jScale(neo: Results): string[] {
  const lines: string[] = [];
  if (neo.tenReports) {
    lines.push(`### Ten reports on Neo4j (loaded in ${neo.tenReports.loadSeconds} s)`, '', ...apiRows(neo.tenReports.api), '', 'Goal: p50 ≤ 1.3×.', '');
  }
  for (const c of [neo.corpus, neo.corpus1000].filter(Boolean)) {
    if (c.skipped) {
      lines.push('### A synthetic corpus of 1,000 reports', '', `Not run: ${c.skipped}.`, '');
      continue;
    }
    lines.push(`### A synthetic corpus of ${c.reports ?? ''} reports (synthetic-seed.ts, syntheticCorpus)`, '');
    if (c.error) lines.push(`Failed: ${c.error}.`, '');
    else {
      lines.push(
        `${c.sections} sections, ${c.entities} entities, ${c.relations} relations, loaded with loadGraph in ${c.loadSeconds} s (writing ${c.loadWriteSeconds} s): **${c.rowsPerSecond} entities + relations per second**.`,
        `targetSeries of \`${c.seriesIndicator}\` (${c.seriesTargets} targets in all; one jurisdiction: ${c.seriesJurisdiction}):`, '',
        ...apiRows(c.targetSeries), '', `Goal: p50 ≤ ${c.goalRatioP50}×.`, '',
      );
    }
  }
  return lines;
}

/** One goal of the benchmark: what is measured, the figure, the goal, and whether it is met (null: not measured in this run). */
export interface GoalCheck {
  /** Stable key, for the JSON (`goals[].key`). */
  key: string;
  figure: string;
  value: number | null;
  unit: string;
  goal: string;
  met: boolean | null;
}

/**
 * Every goal the benchmark judges, from one run's results: the figure beside its goal. A part
 * the run skipped (no Neo4j, no Chromium, the 10⁵ scale in a quick run) gives value null.
 * @param results the object bench.ts builds.
 */
export function goalChecks(results: Results): GoalCheck[] {
  const checks: GoalCheck[] = [];
  const add = (key: string, figure: string, value: number | null | undefined, unit: string, goal: string, meets: (v: number) => boolean) => {
    const v = typeof value === 'number' && Number.isFinite(value) ? value : null;
    checks.push({ key, figure, value: v, unit, goal, met: v === null ? null : meets(v) });
  };
  const worst = (api: Record<string, any> | undefined) => (api ? Math.max(...Object.values(api).map((o: any) => o.ratioP50)) : null);
  add('memoryDepth1', 'memory store, the seed: depth-1 neighbourhood p50 ÷ the no-op (uncached)', results.apiOverheadWithoutCache?.operations?.neighborhoodDepth1?.ratioP50, '×', '≤ 2', (v) => v <= 2);
  add('tenReportsMemoryDepth1', 'memory store, ten reports: depth-1 neighbourhood p50 ÷ the no-op', results.tenReports?.apiOverhead?.operations?.neighborhoodDepth1?.ratioP50, '×', '≤ 2', (v) => v <= 2);
  const neo = results.neo4j ?? {};
  add('neo4jApiOverCypher', 'Neo4j, the seed: API ÷ Cypher p50, the worst operation', worst(neo.api), '×', '≤ 1.3', (v) => v <= 1.3);
  add('neo4jTenReportsApiOverCypher', 'Neo4j, ten reports: API ÷ Cypher p50, the worst operation', worst(neo.tenReports?.api), '×', '≤ 1.3', (v) => v <= 1.3);
  const corpus = neo.corpus1000 && !neo.corpus1000.skipped && !neo.corpus1000.error ? neo.corpus1000 : neo.corpus;
  add('neo4jCorpusTargetSeries', `Neo4j, ${corpus?.reports ?? 'many'} synthetic reports: targetSeries API ÷ Cypher p50, the worst`, worst(corpus?.targetSeries), '×', `≤ ${corpus?.goalRatioP50 ?? 2}`, (v) => v <= (corpus?.goalRatioP50 ?? 2));
  add('bulkLoad', `bulk load into Neo4j (${neo.bulkLoad?.relations ?? '?'} relations)`, neo.bulkLoad?.relationsPerSecond, 'relations/s', '≥ 70,000', (v) => v >= 70_000);
  const big = (results.scale ?? []).find((s: any) => s.nodes === 100_000);
  add('scaleRss', 'memory store at 10⁵ nodes / 5·10⁵ relations: server RSS', big?.rssMb, 'MB', '≤ 400', (v) => v <= 400);
  add('scaleStart', 'memory store at 10⁵: start', big?.startSeconds, 's', '≤ 5', (v) => v <= 5);
  add('scaleDepth2', 'memory store at 10⁵: depth-2 neighbourhood p50 ÷ the no-op', big?.neighborhoodDepth2RatioP50, '×', '≤ 5', (v) => v <= 5);
  add('throughput', 'throughput: mixed queries ÷ graphql-yoga\'s hello world', results.throughput?.ratio, '×', '≥ 0.5', (v) => v >= 0.5);
  const graphs: any[] = results.client?.graphs ?? [];
  const seed = graphs.find((g) => /^the seed/.test(g.name));
  const tenK = graphs.find((g) => /10⁴/.test(g.name));
  add('clientLabels', 'explorer, the seed: first labelled frame, cold', seed?.labelsDrawnMs, 'ms', '< 1000', (v) => v < 1000);
  add('clientLabelsRepeat', 'explorer, the seed: first labelled frame, repeat visit', seed?.labelsDrawnRepeatMs, 'ms', '< 500', (v) => v < 500);
  add('clientPan', 'explorer, 10⁴ nodes / 5·10⁴ relations: frame while panning ÷ still frame', tenK?.panFrameRatio ?? (tenK ? tenK.medianFrameMs / tenK.medianFrameMsIdle : null), '×', '≤ 3', (v) => v <= 3);
  add('fullRunSeconds', 'the full run, start to end', results.quick ? null : results.seconds, 's', '≤ 600', (v) => v <= 600);
  return checks.map((c) => ({ ...c, value: c.value === null ? null : round(c.value, 2) }));
}

/**
 * Writes scripts/bench/results.json (the figures as given) and BENCHMARKS.md (the same, as
 * tables, each goal beside its figure) under `root`.
 * @param results a run's figures with `goals`, the run's goalChecks.
 */
export function writeReport(results: Results & { goals: GoalCheck[] }, root: string): void {
  const dir = join(root, 'scripts/bench');
  writeFileSync(join(dir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  const m = results.machine;
  const lines = [
    '# Benchmarks',
    '',
    `Run of ${results.date.slice(0, 10)} by \`npm run bench\`${results.quick ? ' (--quick)' : ''} on ${m.cpus} × ${m.model}, ${m.memoryGb} GiB, Node ${m.node}; ${results.seconds} s in all${m.loadAverageAtStart === undefined ? '' : `; load average ${m.loadAverageAtStart} at the start, ${m.loadAverageAtEnd} at the end (above 1 other work shared the cores, and ratios are the comparable figures)`}.`,
    'Every figure is set against a baseline measured side by side in the same run; times are medians over rounds of the rounds\' p50 and p99, in ms.',
    ...(results.partSeconds ? ['', `Time by part (s): ${Object.entries(results.partSeconds).map(([name, seconds]) => `${name} ${seconds}`).join(', ')}.`] : []),
    '',
    '## Goals',
    '',
    row(['figure', 'this run', 'goal', 'met']), row(['---', '---', '---', '---']),
    ...results.goals.map((g) => row([g.figure, g.value === null ? 'not measured' : `${g.value} ${g.unit}`, `${g.goal} ${g.unit}`, g.met === null ? '' : g.met ? 'yes' : 'no'])),
    '',
    '## 1. API overhead, memory store, the seed (baseline: GET /healthz on the same server)',
    '',
    'With the response cache (RESPONSE_CACHE=true), and without it (the default): the work of answering a query the first time.',
    '',
    row(['operation', 'p50', 'p99', 'p50 ÷ baseline', 'p99 ÷ baseline', 'uncached p50', 'uncached p99', 'uncached p50 ÷ baseline']),
    row(['---', '---', '---', '---', '---', '---', '---', '---']),
    ...Object.entries(results.apiOverhead.operations).map(([name, o]: [string, any]) => {
      const u = results.apiOverheadWithoutCache.operations[name];
      return row([name, o.p50, o.p99, o.ratioP50, o.ratioP99, u.p50, u.p99, u.ratioP50]);
    }),
    '',
    'Goal: depth-1 neighbourhood p50 ≤ 2× the no-op.',
    '',
    ...scaleOfReports(results),
    '## 3. Neo4j store (baseline: the same Cypher straight through neo4j-driver)',
    '',
  ];
  const neo = results.neo4j;
  if (neo.skipped) lines.push(`Not run: ${neo.skipped}.`, '');
  else {
    lines.push(
      'The Cypher runs through the store\'s own read path (auto-commit, with the server\'s timeout). For scale: GET /healthz on the same Neo4j-backed server' +
        (neo.noop ? ` takes p50 ${neo.noop.p50} ms (p99 ${neo.noop.p99}): the floor of any HTTP request before GraphQL.` : '.'),
      '',
      ...apiRows(neo.api),
      '', 'Goal: p50 ≤ 1.3×.', '',
      ...neo4jScale(neo),
      '## 4. Loading into Neo4j', '',
      row(['what', 'figure']), row(['---', '---']),
      row(['the seed, one transaction', `${neo.seedLoadSeconds} s`]),
      row(['the seed again, over the synthetic graph', `${neo.seedReloadSeconds} s${neo.seedReloadClearSeconds === undefined ? '' : `, after ${neo.seedReloadClearSeconds} s deleting the synthetic graph`}`]),
      row([`${neo.bulkLoad.relations} synthetic relations, UNWIND batches of ${neo.bulkLoad.batchSize}${neo.bulkLoad.writers ? `, ${neo.bulkLoad.writers} writers` : ''}`, neo.bulkLoad.error ? `failed: ${neo.bulkLoad.error}` : `${neo.bulkLoad.relationsPerSecond} relations/s (${neo.bulkLoad.relationSeconds} s); nodes ${neo.bulkLoad.nodesPerSecond}/s; full-text indexes built after in ${neo.bulkLoad.fullTextIndexSeconds} s`]),
      ...(neo.bulkLoad.check ? [row(['the loaded graph answered by the Neo4j store', neo.bulkLoad.check.ok ? `yes: ${neo.bulkLoad.check.checked.join('; ')}` : `no: ${neo.bulkLoad.check.problem}`])] : []),
      '', 'Goal: ≥ 70,000 relations/s.', '',
    );
  }
  lines.push('## 5. Scale, memory store (baseline: GET /healthz on the same server)', '');
  for (const s of results.scale) {
    lines.push(`**${s.nodes} nodes / ${s.relations} relations**: server RSS ${s.rssMb} MB, start ${s.startSeconds} s (search index built at ${s.searchReadySeconds} s); depth-2 neighbourhood ${s.neighborhoodDepth2RatioP50}× the no-op; a hub's depth-2 neighbourhood with limit ${s.hubNeighborhood.limit} returned ${s.hubNeighborhood.returned} entities (truncated: ${s.hubNeighborhood.truncated}).`, '');
    lines.push(row(['operation', 'p50', 'p99', 'p50 ÷ baseline']), row(['---', '---', '---', '---']));
    for (const [name, o] of Object.entries(s.operations) as [string, any][]) lines.push(row([name, o.p50, o.p99, o.ratioP50]));
    lines.push('');
  }
  lines.push('Goal at 100000 nodes / 500000 relations: RSS ≤ 400 MB, start ≤ 5 s, depth-2 neighbourhood p50 ≤ 5× the no-op.', '');
  const t = results.throughput;
  lines.push(
    `## 6. Throughput (baseline: graphql-yoga's hello world), ${t.connections} connections, ${t.durationSeconds} s`, '',
    row(['server', 'req/s', 'p99 ms', 'errors', 'non-2xx']), row(['---', '---', '---', '---', '---']),
    row(['hello world', t.helloWorld.requestsPerSecond, t.helloWorld.p99Ms, t.helloWorld.errors, t.helloWorld.non2xx]),
    row(['this API, mixed queries', t.api.requestsPerSecond, t.api.p99Ms, t.api.errors, t.api.non2xx]),
    '', `Ratio: ${t.ratio} (goal ≥ 0.5).`, '',
    '## 7. Client, headless Chromium', '',
  );
  const c = results.client;
  if (c.skipped) lines.push(`Not run: ${c.skipped}.`, '');
  else {
    lines.push(
      'Times from navigation, medians of runs in fresh browser contexts (no cache); a repeat visit loads the page again in the same context. Baselines: the page\'s first contentful paint (its splash, before any graph) for the first frame; the frame time while nothing moves for panning and zooming.',
      '',
      row(['graph', 'first frame ms (runs)', 'first paint ms (baseline)', 'ratio', 'labels drawn ms (goal on the seed < 1000)', 'labels drawn ms, repeat visit (goal on the seed < 500)', 'graph response ms', 'median frame ms, still (baseline)', 'median frame ms, pan and zoom', 'ratio (goal at 10⁴ ≤ 3)']),
      row(['---', '---', '---', '---', '---', '---', '---', '---', '---', '---']),
    );
    for (const g of c.graphs) {
      lines.push(g.error
        ? row([g.name, `not drawn: ${g.error}`, '', '', '', '', '', '', '', ''])
        : row([g.name, `${g.firstFrameMs} (${g.firstFrameRuns.join(', ')})`, g.firstPaintMs, g.firstFrameRatio, g.labelsDrawnMs, g.labelsDrawnRepeatMs ?? '', g.graphRequestMs, g.medianFrameMsIdle, g.medianFrameMs, g.panFrameRatio ?? round(g.medianFrameMs / g.medianFrameMsIdle, 2)]));
    }
    lines.push('', 'Goals: on the seed, the first frame with labels < 1 s cold and < 0.5 s on a repeat visit (same browser context, HTTP cache warm); at 10⁴ nodes / 5·10⁴ relations, the median frame while panning and zooming ≤ 3× the still frame. JSON keys: `client.graphs[].labelsDrawnMs`, `labelsDrawnRepeatMs`, `medianFrameMs`, `medianFrameMsIdle`, `panFrameRatio`.', '');
  }
  if (results.searchQuality) lines.push('## 8. Search quality, the query set on both stores', '', ...searchQualityMarkdown(results.searchQuality), '');
  writeFileSync(join(dir, 'BENCHMARKS.md'), `${lines.join('\n')}\n`);
}
