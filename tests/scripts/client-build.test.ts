/** When `npm start` and the browser tests rebuild the client: `clientBuildState` on a throwaway project tree. */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clientBuildState } from '../../scripts/client-build.ts';

let root = '';
const BUILT_AT = Date.parse('2026-01-01T12:00:00Z');
const write = (path: string, content = '', atMs = BUILT_AT - 60_000) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), content);
  utimesSync(join(root, path), atMs / 1000, atMs / 1000);
};
const stamp = (mode: string, inputs: string[]) => write('.cache/client-build.json', JSON.stringify({ mode, builtAtMs: BUILT_AT, inputs }), BUILT_AT);

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'client-build-'));
  write('client/index.html');
  write('client/vite.config.ts');
  write('package-lock.json');
  write('client/src/main.tsx');
  write('graph-seed/layout/settings.ts');
  // Directories get the old time too, or adding the files above would date client/src now.
  for (const dir of ['client/src', 'client', 'graph-seed/layout']) utimesSync(join(root, dir), (BUILT_AT - 60_000) / 1000, (BUILT_AT - 60_000) / 1000);
  write('client/dist/index.html', '<html></html>', BUILT_AT);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('clientBuildState', () => {
  it('is fresh when a production build is newer than every input', () => {
    stamp('production', ['client/src/main.tsx', 'graph-seed/layout/settings.ts']);
    expect(clientBuildState(root)).toEqual({ stale: false, reason: 'the build is up to date' });
  });

  it('is stale without a build, without a stamp, or with a build made in another mode', () => {
    expect(clientBuildState(root).reason).toMatch(/no stamp/);
    stamp('development', []);
    expect(clientBuildState(root)).toMatchObject({ stale: true, reason: expect.stringMatching(/development mode/) });
    rmSync(join(root, 'client/dist'), { recursive: true });
    expect(clientBuildState(root)).toMatchObject({ stale: true, reason: expect.stringMatching(/no build/) });
  });

  it('is stale when an input outside client/ changed after the build (a git pull)', () => {
    stamp('production', ['client/src/main.tsx', 'graph-seed/layout/settings.ts']);
    write('graph-seed/layout/settings.ts', 'changed', BUILT_AT + 5_000);
    expect(clientBuildState(root)).toEqual({ stale: true, reason: 'graph-seed/layout/settings.ts changed since the last build' });
  });

  it('is stale when a source file is added or the lock file changed', () => {
    stamp('production', ['client/src/main.tsx']);
    write('client/src/new-view.tsx', '', BUILT_AT + 5_000);
    expect(clientBuildState(root)).toMatchObject({ stale: true, reason: 'client/src changed since the last build' });
    rmSync(join(root, 'client/src/new-view.tsx'));
    utimesSync(join(root, 'client/src'), (BUILT_AT - 60_000) / 1000, (BUILT_AT - 60_000) / 1000);
    expect(clientBuildState(root).stale).toBe(false);
    write('package-lock.json', '{}', BUILT_AT + 5_000);
    expect(clientBuildState(root)).toMatchObject({ stale: true, reason: 'package-lock.json changed since the last build' });
  });
});
