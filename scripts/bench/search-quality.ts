/**
 * Search quality: the query set of search-queries.yaml asked of a store, scored per class.
 *
 * Figures per class: hit@5 (every expected entity among the first five hits), hit@1 for the
 * class `exact` (the first hit is one of the expected entities), and MRR (the mean of 1 / the
 * rank of the first expected entity, 0 when none is in the first 20). Run on its own
 * (`tsx scripts/bench/search-quality.ts [--quick] [--json] [--write]`; --write records the
 * figures in scripts/bench/SEARCH-QUALITY.md beside those from before) it scores the memory store, and the Neo4j
 * store when NEO4J_URI is set; `npm run bench` runs it as one part. Latency: the p50 and p99 of
 * `search` over HTTP on the memory store, the query set's queries in turn, against GET /healthz
 * on the same server (the ratio is what to compare between runs on a shared machine).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { ENTITY_TYPES, type EntityType } from '../../graph-seed/types.ts';
import type { GraphStore } from '../../server/store/types.ts';
import { getCall, graphqlCall, latencies, round, startChild } from './measure.ts';

export interface SearchCase {
  class: string;
  q: string;
  types?: EntityType[];
  expect: string[];
}

export const SEARCH_QUERIES_PATH = fileURLToPath(new URL('./search-queries.yaml', import.meta.url));

/** The query set, checked: every case has a class, a query and at least one expected id. */
export function readSearchQueries(path: string = SEARCH_QUERIES_PATH): SearchCase[] {
  const doc = parse(readFileSync(path, 'utf8')) as { queries?: unknown };
  if (!Array.isArray(doc.queries)) throw new Error(`search-quality: ${path} has no list \`queries\``);
  return doc.queries.map((raw, i) => {
    const c = raw as Partial<SearchCase>;
    if (typeof c.class !== 'string' || typeof c.q !== 'string' || !Array.isArray(c.expect) || c.expect.length === 0) {
      throw new Error(`search-quality: query ${i + 1} of ${path} needs class, q and a non-empty expect list`);
    }
    for (const t of c.types ?? []) {
      if (!ENTITY_TYPES.includes(t)) throw new Error(`search-quality: query ${i + 1} has type ${t}; allowed: ${ENTITY_TYPES.join(', ')}`);
    }
    return { class: c.class, q: c.q, types: c.types, expect: c.expect.map(String) };
  });
}

export interface CaseResult {
  case: SearchCase;
  /** Ids of the first 20 hits, in order. */
  hits: string[];
  hit5: boolean;
  hit1: boolean;
  reciprocalRank: number;
}

export interface ClassFigures {
  queries: number;
  /** Share of queries, 0–1, whose expected entities all stand in the first five hits. */
  hit5: number;
  /** Share of queries, 0–1, whose first hit is expected (reported for class `exact`). */
  hit1: number;
  /** Mean reciprocal rank of the first expected hit, 0–1. */
  mrr: number;
}

export async function runCase(store: GraphStore, c: SearchCase): Promise<CaseResult> {
  const hits = (await store.search({ text: c.q, types: c.types ?? null, first: 20 })).map((h) => h.entity.id);
  const expected = new Set(c.expect);
  const firstRank = hits.findIndex((id) => expected.has(id));
  return {
    case: c, hits,
    hit5: c.expect.every((id) => hits.slice(0, 5).includes(id)),
    hit1: hits[0] !== undefined && expected.has(hits[0]),
    reciprocalRank: firstRank === -1 ? 0 : 1 / (firstRank + 1),
  };
}

const share = (xs: boolean[]) => Math.round((xs.filter(Boolean).length / xs.length) * 1000) / 1000;

/** Figures per class and over all queries (`all`). */
export function figures(results: CaseResult[]): Record<string, ClassFigures> {
  const byClass = new Map<string, CaseResult[]>();
  for (const r of results) byClass.set(r.case.class, [...(byClass.get(r.case.class) ?? []), r]);
  byClass.set('all', results);
  return Object.fromEntries([...byClass].map(([name, rs]) => [name, {
    queries: rs.length,
    hit5: share(rs.map((r) => r.hit5)),
    hit1: share(rs.map((r) => r.hit1)),
    mrr: Math.round((rs.reduce((sum, r) => sum + r.reciprocalRank, 0) / rs.length) * 1000) / 1000,
  }]));
}

export async function measureSearchQuality(store: GraphStore, cases: SearchCase[] = readSearchQueries()) {
  const results: CaseResult[] = [];
  for (const c of cases) results.push(await runCase(store, c));
  return { figures: figures(results), misses: results.filter((r) => !r.hit5 || (r.case.class === 'exact' && !r.hit1)) };
}

/** Search latency over HTTP on the memory store, the set's queries in turn, against GET /healthz. */
export async function searchLatency(cases: SearchCase[], rounds: number, perRound: number) {
  const server = await startChild('server/index.ts', { NEO4J_URI: '' });
  try {
    const calls = cases.map((c) => graphqlCall(server.url, 'query($q: String!, $t: [EntityType!]) { search(query: $q, types: $t, first: 20) { score entity { id name type } } }', { q: c.q, t: c.types ?? null }));
    let next = 0;
    const measured = await latencies({ noop: getCall(`${server.url}/healthz`), search: () => calls[next++ % calls.length]!() }, rounds, perRound);
    return { ...measured, ratioP50: round(measured.search!.p50 / measured.noop!.p50, 2), ratioP99: round(measured.search!.p99 / measured.noop!.p99, 2) };
  } finally {
    await server.stop();
  }
}

/** The part `npm run bench` runs: the memory store always, Neo4j when NEO4J_URI is set; latency over HTTP. */
export async function benchSearchQuality(log: (message: string) => void, { quick = false } = {}) {
  const { readSeed } = await import('../../server/store/create-store.ts');
  const { MemoryStore } = await import('../../server/store/memory-store.ts');
  const seed = await readSeed();
  const cases = readSearchQueries();
  log(`search quality: ${cases.length} queries on the memory store`);
  const memory = await measureSearchQuality(new MemoryStore(seed), cases);
  const out: Record<string, unknown> = { queries: cases.length, memory: memory.figures, memoryMisses: memory.misses.map((m) => `${m.case.class}: ${m.case.q}`) };
  if (process.env.NEO4J_URI) {
    const { loadConfig } = await import('../../server/config.ts');
    const { Neo4jStore } = await import('../../server/store/neo4j-store.ts');
    const config = loadConfig(process.env);
    log(`search quality: the same queries on Neo4j at ${config.neo4j!.uri}`);
    // The server only reads: the seed is loaded (and switched to) as the deploy step would.
    const { default: neo4j } = await import('neo4j-driver');
    const { loadGraph } = await import('../neo4j/load-graph.ts');
    const { uri, user, password, database } = config.neo4j!;
    const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), { disableLosslessIntegers: true });
    try {
      await loadGraph(driver, database, seed, { graceMs: 0 });
    } finally {
      await driver.close();
    }
    const store = new Neo4jStore({ config: config.neo4j!, timeoutMs: 30_000, retryMs: 1_000 });
    await store.start();
    try {
      for (let waited = 0; !(await store.health()).ready; waited += 500) {
        if (waited > 180_000) throw new Error('search-quality: Neo4j did not become ready in 180 s');
        await new Promise((r) => setTimeout(r, 500));
      }
      const neo = await measureSearchQuality(store, cases);
      out.neo4j = neo.figures;
      out.neo4jMisses = neo.misses.map((m) => `${m.case.class}: ${m.case.q}`);
    } finally {
      await store.close();
    }
  } else {
    out.neo4j = { skipped: 'NEO4J_URI is not set' };
  }
  log('search quality: latency of the set\'s queries over HTTP on the memory store, against GET /healthz');
  out.latency = await searchLatency(cases, quick ? 3 : 7, quick ? 100 : cases.length);
  return out;
}

/** The figures as markdown: a table per store and class, the misses, the latency. */
export function searchQualityMarkdown(result: Record<string, any>): string[] {
  const stores = ['memory', 'neo4j'].filter((s) => result[s] && !result[s].skipped);
  const row = (cells: unknown[]) => `| ${cells.join(' | ')} |`;
  const lines = [
    `${result.queries} queries (scripts/bench/search-queries.yaml). hit@5: every expected entity in the first five; hit@1: the first hit expected (exact names); MRR: mean reciprocal rank of the first expected hit.`,
    '',
    row(['class', ...stores.flatMap((s) => [`${s} hit@5`, `${s} hit@1`, `${s} MRR`])]),
    row(['---', ...stores.flatMap(() => ['---', '---', '---'])]),
  ];
  for (const name of Object.keys(result.memory)) {
    lines.push(row([`${name} (${result.memory[name].queries})`, ...stores.flatMap((s) => {
      const f = result[s][name] as ClassFigures;
      return [f.hit5, name === 'exact' ? f.hit1 : '', f.mrr];
    })]));
  }
  if (result.neo4j?.skipped) lines.push('', `Neo4j not run: ${result.neo4j.skipped}.`);
  for (const s of stores) for (const miss of result[`${s}Misses`] as string[]) lines.push('', `- ${s} misses: ${miss}`);
  const l = result.latency;
  if (l) lines.push('', `Latency, memory store over HTTP, the set's queries in turn (ms): search p50 ${l.search.p50}, p99 ${l.search.p99}; GET /healthz p50 ${l.noop.p50}, p99 ${l.noop.p99}; ratio p50 ${l.ratioP50}, p99 ${l.ratioP99}.`);
  lines.push('', 'Goals: hit@5 ≥ 98%, exact hit@1 = 100%, search p50 ÷ no-op no worse than before.');
  return lines;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = await benchSearchQuality((m) => process.stderr.write(`${m}\n`), { quick: process.argv.includes('--quick') });
  if (process.argv.includes('--json')) console.log(JSON.stringify(result, null, 2));
  else console.log(searchQualityMarkdown(result).join('\n'));
  if (process.argv.includes('--write')) {
    const before = readFileSync(new URL('./search-quality-before.txt', import.meta.url), 'utf8');
    writeFileSync(new URL('./SEARCH-QUALITY.md', import.meta.url), [
      '# Search quality', '',
      `Written by \`tsx scripts/bench/search-quality.ts --write\` on ${new Date().toISOString().slice(0, 10)}; \`npm run bench\` reports the same figures (section 8 of BENCHMARKS.md).`, '',
      '## Now', '', ...searchQualityMarkdown(result), '',
      '## Before the search changes of issue 14 (commit b40a088), the same queries', '',
      'As printed then (tab-separated: class, then hit@5, hit@1, MRR for the memory store and for Neo4j):', '',
      '```', before.trimEnd(), '```', '',
    ].join('\n'));
  }
}
