/**
 * The stores the contract suite runs against: the memory store always; Neo4j when NEO4J_URI
 * names one (`.ci/run` starts a local server). Under CI=true a missing Neo4j is a failure.
 *
 * The Neo4j store only reads: the seed is put in the database the way a deploy does it, by
 * the loader (scripts/neo4j/load-graph.ts), which does nothing when it is already served.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';
import { serialiseSeed } from '../../graph-seed/paths.ts';
import { loadConfig, type Neo4jConfig } from '../../server/config.ts';
import { readSeed } from '../../server/store/create-store.ts';
import { MemoryStore } from '../../server/store/memory-store.ts';
import { Neo4jStore } from '../../server/store/neo4j-store.ts';
import type { GraphStore } from '../../server/store/types.ts';
import { loadGraph, type LoadOptions, type LoadResult } from '../../scripts/neo4j/load-graph.ts';
import type { SeedArtefact } from '../../graph-seed/types.ts';

export const seed = await readSeed();
export const memory = new MemoryStore(seed);

export const neo4jWanted = Boolean(process.env.NEO4J_URI) || process.env.CI === 'true';

/** The Neo4j settings of the environment; throws, saying what to set, when there are none. */
export function neo4jConfig(): Neo4jConfig {
  const config = loadConfig(process.env);
  if (!config.neo4j) throw new Error('NEO4J_URI is not set: start a local Neo4j (npm run neo4j:start) and set NEO4J_URI and NEO4J_PASSWORD');
  return config.neo4j;
}

/** Loads `what` (the project's seed by default) through the loader, as `npm run load:neo4j` does. */
export async function loadIntoNeo4j(what: SeedArtefact = seed, options: LoadOptions = {}): Promise<LoadResult> {
  const config = neo4jConfig();
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), { disableLosslessIntegers: true });
  try {
    // No server reads the replaced version unless a test says so with its own grace.
    return await loadGraph(driver, config.database, what, { graceMs: 0, ...options });
  } finally {
    await driver.close();
  }
}

/** A Neo4j store serving the seed, loaded by the loader if needed; fails after `timeoutMs` if it cannot be. */
export async function openNeo4jStore(timeoutMs = 120_000): Promise<Neo4jStore> {
  const config = neo4jConfig();
  await loadIntoNeo4j();
  const store = new Neo4jStore({ config, timeoutMs: 30_000, retryMs: 1_000 });
  await store.start();
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const health = await store.health();
    if (health.ready) return store;
    if (Date.now() > deadline) {
      await store.close();
      throw new Error(`Neo4j at ${config.uri} did not become ready: ${health.reason}`);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}

export type { GraphStore };

const root = fileURLToPath(new URL('../..', import.meta.url));

/** `npm run load:neo4j` running as a child process, as a deploy runs it. */
export interface LoaderProcess {
  child: ChildProcess;
  /** Everything it printed so far. */
  output(): string;
  /** Resolves with the first match of `pattern` in its output; rejects if it exits first. */
  waitFor(pattern: RegExp): Promise<RegExpMatchArray>;
  /** Resolves with its exit code. */
  exited: Promise<number | null>;
  /** SIGKILL, as a deploy killed half way: no chance to clean up. */
  kill(): Promise<void>;
}

/** Starts the loader on the seed at `seedPath` (the project's seed when null) with `args`. */
export function startLoader(seedPath: string | null, args: string[] = []): LoaderProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/load-neo4j.ts', ...args], {
    cwd: root, env: { ...process.env, ...(seedPath ? { SEED_PATH: seedPath } : {}) }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const listeners = new Set<() => void>();
  const take = (chunk: Buffer) => {
    output += chunk;
    for (const listener of listeners) listener();
  };
  child.stdout!.on('data', take);
  child.stderr!.on('data', take);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => {
    for (const listener of listeners) listener();
    resolve(code);
  }));
  return {
    child,
    output: () => output,
    exited,
    waitFor(pattern) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const match = pattern.exec(output);
          if (match) {
            listeners.delete(check);
            resolve(match);
          } else if (child.exitCode !== null || child.signalCode !== null) {
            listeners.delete(check);
            reject(new Error(`the loader exited (${child.exitCode ?? child.signalCode}) before printing ${pattern}:\n${output}`));
          }
        };
        listeners.add(check);
        check();
      });
    },
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}

/** Writes a seed to a file of its own under the system's temporary folder; returns the path. */
export function writeSeedFile(name: string, what: SeedArtefact): string {
  const path = join(tmpdir(), `${process.pid}-${name}`);
  writeFileSync(path, serialiseSeed(what));
  return path;
}
