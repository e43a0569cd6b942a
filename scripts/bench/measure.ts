/** Timing helpers: percentiles, medians of repeated runs, and child servers to measure over HTTP. */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The p-th percentile (p in 0–100) of values sorted ascending, by the nearest rank; NaN for none. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;

export interface Latency {
  p50: number;
  p99: number;
  /** Calls timed for this figure (rounds × calls a round), after 20 untimed warm-up calls. */
  samples: number;
}

/** Fewest calls a round of `latencies` makes of each operation, however slow (p99 of 15 is the round's slowest). */
export const MIN_PER_ROUND = 15;
/** Fewest rounds `latencies` makes when the budget is too small for the rounds asked for (unless fewer were asked). */
export const MIN_ROUNDS = 3;
/** Untimed passes over the operations before the rounds: at most this many, at least 3, within a tenth of the budget. */
const WARM_UP = 20;

/**
 * Runs every operation `perRound` times a round, the operations interleaved so that noise on
 * the machine falls on all of them alike; returns per operation the median over rounds of the
 * round's p50 and p99, in milliseconds, and the number of calls timed.
 * With `budgetMs`, the warm-up's pace sets how many calls a round makes (at most `perRound`,
 * at least MIN_PER_ROUND), so that slow operations (a depth-3 neighbourhood on Neo4j, a series
 * over 1,000 reports) take about that long in all, and fast ones keep every sample; where even
 * MIN_PER_ROUND calls a round would overrun the budget, fewer rounds are made (at least
 * MIN_ROUNDS). The warm-up then stops after a tenth of the budget too (at least 3 passes).
 */
export async function latencies(operations: Record<string, () => Promise<unknown>>, rounds: number, perRound: number, budgetMs = Infinity): Promise<Record<string, Latency>> {
  const names = Object.keys(operations);
  const perOp = new Map(names.map((n) => [n, { p50: [] as number[], p99: [] as number[] }]));
  const warmUpStarted = performance.now();
  let passes = 0;
  while (passes < WARM_UP && (passes < 3 || performance.now() - warmUpStarted < budgetMs / 10)) {
    for (const name of names) await operations[name]!();
    passes += 1;
  }
  const passesInBudget = budgetMs / ((performance.now() - warmUpStarted) / passes);
  let calls = Math.min(perRound, Math.floor(passesInBudget / rounds));
  const fewest = Math.min(MIN_PER_ROUND, perRound);
  if (calls < fewest) {
    calls = fewest;
    rounds = Math.min(rounds, Math.max(MIN_ROUNDS, Math.floor(passesInBudget / fewest)));
  }
  for (let r = 0; r < rounds; r++) {
    const samples = new Map(names.map((n) => [n, [] as number[]]));
    for (let i = 0; i < calls; i++) {
      for (const name of names) {
        const started = performance.now();
        await operations[name]!();
        samples.get(name)!.push(performance.now() - started);
      }
    }
    for (const name of names) {
      const sorted = samples.get(name)!.sort((a, b) => a - b);
      perOp.get(name)!.p50.push(percentile(sorted, 50));
      perOp.get(name)!.p99.push(percentile(sorted, 99));
    }
  }
  return Object.fromEntries(names.map((n) => [n, { p50: round(median(perOp.get(n)!.p50)), p99: round(median(perOp.get(n)!.p99)), samples: rounds * calls }]));
}

export interface ChildServer {
  url: string;
  process: ChildProcess;
  rssMb(): number;
  stop(): Promise<void>;
}

/** Starts a TypeScript entry point as a child process and waits for the URL it prints. */
export async function startChild(entry: string, env: Record<string, string> = {}, timeoutMs = 300_000): Promise<ChildServer> {
  const proc = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: ROOT, env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  proc.stdout!.on('data', (c) => (output += c));
  proc.stderr!.on('data', (c) => (output += c));
  const deadline = Date.now() + timeoutMs;
  let match: RegExpExecArray | null;
  while (!(match = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(output))) {
    if (proc.exitCode !== null || Date.now() > deadline) {
      proc.kill('SIGKILL');
      throw new Error(`${entry} did not start:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url: `http://127.0.0.1:${match[1]}`,
    process: proc,
    rssMb() {
      const status = readFileSync(`/proc/${proc.pid}/status`, 'utf8');
      return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
    },
    async stop() {
      if (proc.exitCode !== null) return;
      proc.kill('SIGTERM');
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          proc.kill('SIGKILL');
          resolve();
        }, 15_000);
        proc.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
      });
    },
  };
}

/** A GraphQL POST over keep-alive HTTP; fails loudly on errors so a broken query is not timed. */
export function graphqlCall(url: string, query: string, variables: Record<string, unknown> = {}): () => Promise<unknown> {
  const body = JSON.stringify({ query, variables });
  return async () => {
    const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const json = (await response.json()) as { errors?: unknown[] };
    if (json.errors) throw new Error(`query failed: ${JSON.stringify(json.errors).slice(0, 300)}`);
    return json;
  };
}

export function getCall(url: string): () => Promise<unknown> {
  return async () => (await fetch(url)).text();
}
