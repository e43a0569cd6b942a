/**
 * `npm start`: builds what is missing (the seed, and the client bundle when the client has
 * sources but no build), then starts the server on the embedded store.
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const run = (args: string[]) => {
  const result = spawnSync('npm', ['run', '--silent', ...args], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

if (!existsSync(`${root}/graph-seed/seed.json`)) run(['seed']);
if (existsSync(`${root}/client/index.html`) && !existsSync(`${root}/client/dist/index.html`)) run(['build']);
await import('../server/index.ts');
