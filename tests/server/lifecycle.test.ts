/** The server as a process: it starts from the seed, serves over HTTP, and drains on SIGTERM. */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
let child: ChildProcess | null = null;
afterEach(() => child?.kill('SIGKILL'));

/** Starts the server on a free port and resolves with its address once it listens. */
async function startServer(env: Record<string, string> = {}): Promise<{ process: ChildProcess; url: string; output: () => string }> {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    // The embedded store, even where NEO4J_URI is set for the Neo4j tests.
    cwd: root, env: { ...process.env, NEO4J_URI: '', PORT: '0', HOST: '127.0.0.1', ...env }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  child = proc;
  let output = '';
  proc.stdout!.on('data', (chunk) => (output += chunk));
  proc.stderr!.on('data', (chunk) => (output += chunk));
  const deadline = Date.now() + 30_000;
  while (!/http:\/\/127\.0\.0\.1:(\d+)\//.test(output)) {
    if (proc.exitCode !== null || Date.now() > deadline) throw new Error(`server did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const port = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(output)![1];
  return { process: proc, url: `http://127.0.0.1:${port}`, output: () => output };
}

describe('the server process', () => {
  it('on SIGTERM turns away new traffic, drains requests in flight, then exits 0', async () => {
    const server = await startServer();
    const query = JSON.stringify({ query: '{ graph { nodes { id mentions { quote context section { path } } } relations { id evidence { quote context } } } }' });
    const inFlight = Array.from({ length: 8 }, () => fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: query }));
    await new Promise((r) => setTimeout(r, 20));
    const exited = once(server.process, 'exit');
    server.process.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 100));
    const readiness = await fetch(`${server.url}/readyz`);
    expect(readiness.status).toBe(503);
    expect((await readiness.json()).reason).toBe('shutting down');
    const responses = await Promise.all(inFlight);
    expect(responses.map((r) => r.status)).toEqual(Array(8).fill(200));
    for (const r of responses) {
      const body = await r.json();
      expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
      expect(body.data.graph.nodes.length).toBeGreaterThan(500);
    }
    const [code] = await exited;
    expect(code).toBe(0);
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
  }, 60_000);

  it('refuses to start on a bad setting, naming the variable', async () => {
    const proc = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], { cwd: root, env: { ...process.env, PORT: 'eighty' }, stdio: ['ignore', 'pipe', 'pipe'] });
    child = proc;
    let errors = '';
    proc.stderr!.on('data', (chunk) => (errors += chunk));
    const [code] = await once(proc, 'exit');
    expect(code).toBe(1);
    expect(errors).toContain('PORT="eighty" is not allowed');
  }, 30_000);
});
