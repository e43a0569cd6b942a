/**
 * `npm start`: builds what is missing or out of date, then starts the server on the embedded
 * store. The seed is built when it is missing; the client (the production build, in a child
 * process so the server does not carry the bundler) when it is missing, was made in another
 * mode, or is older than its sources — after a `git pull`, for one. Each step says in a line
 * what it does and why.
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { clientBuildState } from './client-build.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const run = (args: string[]) => {
  const result = spawnSync(process.execPath, ['--import', 'tsx', ...args], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

if (!existsSync(`${root}/graph-seed/seed.json`)) {
  console.error('start: building the seed (graph-seed/seed.json is missing)');
  run(['graph-seed/build.ts']);
}
if (existsSync(`${root}/client/index.html`) && clientBuildState(root).stale) run(['scripts/client-build.ts', '--if-stale']);
await import('../server/index.ts');
