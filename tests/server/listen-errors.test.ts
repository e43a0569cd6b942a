/** The server process when it cannot listen: one line naming the address and the variable to change, exit 1. */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type Server } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
let holder: Server | null = null;
afterEach(() => holder?.close());

/** Runs the server with these settings until it exits; resolves with its exit code and output. */
async function runServer(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    cwd: root, env: { ...process.env, NEO4J_URI: '', ...env }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  proc.stdout!.on('data', (chunk) => (stdout += chunk));
  proc.stderr!.on('data', (chunk) => (stderr += chunk));
  // A server that did start would never exit by itself: stop it so the test fails on its code.
  // Generous: on a busy two-core machine compiling and loading the store took over 20 s.
  const guard = setTimeout(() => proc.kill('SIGKILL'), 45_000);
  const [code] = await once(proc, 'exit');
  clearTimeout(guard);
  return { code, stdout, stderr };
}

describe('the server when it cannot listen', () => {
  it('names the port in use and PORT in one line, without a stack trace', async () => {
    holder = createServer();
    holder.listen(0, '127.0.0.1');
    await once(holder, 'listening');
    const port = (holder.address() as { port: number }).port;
    const { code, stdout, stderr } = await runServer({ PORT: String(port), HOST: '127.0.0.1' });
    expect(code, `exit code (null: killed after 45 s without exiting); stderr: ${stderr}`).toBe(1);
    expect(stdout).not.toContain('http://');
    const lines = stderr.trim().split('\n');
    expect(lines, stderr).toHaveLength(1);
    expect(lines[0]).toContain(`127.0.0.1:${port}`);
    expect(lines[0]).toContain('already in use');
    expect(lines[0]).toContain('set PORT');
    expect(stderr).not.toMatch(/^\s+at /m);
  }, 55_000);

  it('names HOST when the address is not one of this machine', async () => {
    // 192.0.2.1 is TEST-NET-1 (RFC 5737): never assigned to a real interface.
    const { code, stderr } = await runServer({ PORT: '0', HOST: '192.0.2.1' });
    expect(code, `exit code (null: killed after 45 s without exiting); stderr: ${stderr}`).toBe(1);
    const lines = stderr.trim().split('\n');
    expect(lines, stderr).toHaveLength(1);
    expect(lines[0]).toContain('192.0.2.1');
    expect(lines[0]).toContain('set HOST');
    expect(stderr).not.toMatch(/^\s+at /m);
  }, 55_000);
});
