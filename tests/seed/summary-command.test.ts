/** `npm run --silent seed:summary` reports and writes nothing: the built files keep their bytes and times. */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SEED_PATHS } from '../../graph-seed/paths.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const built = [SEED_PATHS.seed, SEED_PATHS.normalised];
const fingerprint = () => built.map((path) => ({ path, mtimeMs: statSync(path).mtimeMs, sha256: createHash('sha256').update(readFileSync(path)).digest('hex') }));

describe('the seed summary commands', () => {
  it.each([
    ['npm run --silent seed:summary', ['run', '--silent', 'seed:summary']],
    ['seed --summary', ['run', '--silent', 'seed', '--', '--summary']],
  ])('%s prints the summary and leaves the built files untouched', (_, args) => {
    const before = fingerprint();
    const result = spawnSync('npm', args, { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(result.status, result.stderr).toBe(0);
    expect(fingerprint()).toEqual(before);
    const committed = JSON.parse(readFileSync(SEED_PATHS.seed, 'utf8')) as { version: string; graph: { nodes: unknown[] } };
    expect(result.stdout).toContain(committed.version);
    if (args.includes('seed:summary')) {
      const summary = JSON.parse(result.stdout) as { version: string; entities: Record<string, number> };
      expect(Object.values(summary.entities).reduce((a, b) => a + b, 0)).toBe(committed.graph.nodes.length);
    }
  }, 60_000);
});
