/**
 * Before the end-to-end tests: the explorer's production build, the one `npm start` serves, made
 * by the same script when client/dist is missing, was made in another mode, or is older than any
 * of its sources. The build runs in a child process (with NODE_ENV=production, whatever vitest
 * set) so the test runner's own process stays free to answer its workers meanwhile.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

export default async function setup(): Promise<void> {
  const build = spawn(process.execPath, ['--import', 'tsx', 'scripts/client-build.ts', '--if-stale'], {
    cwd: root, env: { ...process.env, NODE_ENV: 'production' }, stdio: ['ignore', 'inherit', 'inherit'],
  });
  const [code] = await once(build, 'exit');
  if (code !== 0) throw new Error(`e2e: the client build failed (exit ${code}); see its output above`);
}
