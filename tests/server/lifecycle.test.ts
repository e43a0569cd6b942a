/** The server as a process: it starts from the seed, serves over HTTP, and drains on SIGTERM. */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { request } from 'node:http';
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

/** Resolves once `ready()` holds, checking on each chunk of output; fails with the output after 30 s. */
async function waitFor(ready: () => boolean, output: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!ready()) {
    if (Date.now() > deadline) throw new Error(`gave up waiting; output so far:\n${output()}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** A JSON POST over its own connection: `sent` resolves when the body has been handed to the socket. */
function postJson(url: string, body: string): { sent: Promise<void>; response: Promise<{ status: number; body: string }> } {
  const req = request(url, { method: 'POST', agent: false, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } });
  const sent = once(req, 'finish').then(() => undefined);
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    req.on('error', reject);
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      res.on('error', reject);
    });
  });
  req.end(body);
  return { sent, response };
}

describe('the server process', () => {
  it('on SIGTERM turns away new traffic, drains requests in flight, then exits 0', async () => {
    // A grace long enough for a busy machine to ask /readyz after the signal: the default 1 s
    // can pass while the server is still answering the big requests below.
    const server = await startServer({ SHUTDOWN_GRACE_MS: '10000' });
    const query = JSON.stringify({ query: '{ graph { nodes { id mentions { quote context section { path } } } relations { id evidence { quote context } } } }' });
    // Each request is on its way once its body has left for the server ('finish'), not after a
    // guessed pause; the signal goes only then.
    const inFlight = Array.from({ length: 8 }, () => postJson(`${server.url}/graphql`, query));
    await Promise.all(inFlight.map((r) => r.sent));
    const exited = once(server.process, 'exit');
    server.process.kill('SIGTERM');
    // The server says when it has taken the signal; /readyz is asked only then.
    await waitFor(() => /SIGTERM: \/readyz now answers 503/.test(server.output()), () => server.output());
    const readiness = await fetch(`${server.url}/readyz`);
    expect(readiness.status).toBe(503);
    expect((await readiness.json()).reason).toBe('shutting down');
    const responses = await Promise.all(inFlight.map((r) => r.response));
    expect(responses.map((r) => r.status)).toEqual(Array(8).fill(200));
    for (const r of responses) {
      const body = JSON.parse(r.body);
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
