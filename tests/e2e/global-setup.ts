/**
 * Builds the explorer before the end-to-end tests when client/dist is missing or older than
 * any of its sources, so the tests always drive the client as it is now, and a fresh clone
 * needs no separate build step.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const client = join(root, 'client');

function newestSource(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(path).reduce((newest, entry) => Math.max(newest, newestSource(join(path, entry))), info.mtimeMs);
}

export default async function setup(): Promise<void> {
  const built = join(client, 'dist', 'index.html');
  const sources = ['src', 'index.html', 'vite.config.ts'].map((p) => join(client, p)).concat(join(root, 'package-lock.json'));
  const newest = Math.max(...sources.filter(existsSync).map(newestSource));
  if (existsSync(built) && statSync(built).mtimeMs >= newest) return;
  const { build } = await import('vite');
  await build({ configFile: join(client, 'vite.config.ts'), logLevel: 'warn' });
}
