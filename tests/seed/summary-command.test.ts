/** `npm run --silent seed:summary` reports and writes nothing: the built files keep their bytes and times. */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { SEED_PATHS } from '../../graph-seed/paths.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const built = [SEED_PATHS.seed, SEED_PATHS.normalised];
// Asynchronous, not spawnSync: a synchronous wait blocks the test worker, whose RPC to vitest
// gives up after 60 s (see ../event-loop.ts).
const run = promisify(execFile);
const fingerprint = () => built.map((path) => ({ path, mtimeMs: statSync(path).mtimeMs, sha256: createHash('sha256').update(readFileSync(path)).digest('hex') }));

describe('the seed summary commands', () => {
  it.each([
    ['npm run --silent seed:summary', ['run', '--silent', 'seed:summary']],
    ['seed --summary', ['run', '--silent', 'seed', '--', '--summary']],
  ])('%s prints the summary and leaves the built files untouched', async (_, args) => {
    const before = fingerprint();
    // Rejects, failing the test with the command's output, on a non-zero exit.
    const result = await run('npm', args, { cwd: root, encoding: 'utf8', timeout: 90_000 });
    expect(fingerprint()).toEqual(before);
    const committed = JSON.parse(readFileSync(SEED_PATHS.seed, 'utf8')) as { version: string; graph: { nodes: unknown[] } };
    expect(result.stdout).toContain(committed.version);
    if (args.includes('seed:summary')) {
      const summary = JSON.parse(result.stdout) as { version: string; entities: Record<string, number> };
      expect(Object.values(summary.entities).reduce((a, b) => a + b, 0)).toBe(committed.graph.nodes.length);
    }
  }, 120_000);
});
