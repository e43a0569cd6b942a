/**
 * The explorer's production build, the one users get: `npm run build`, `npm start` (when the
 * build is missing or older than its sources) and the browser tests all go through here, so
 * the tests drive exactly what `npm start` serves.
 *
 *   tsx scripts/client-build.ts             build client/dist now
 *   tsx scripts/client-build.ts --if-stale  build only when `clientBuildState` says so
 *
 * React and the other libraries ship a development build chosen by `process.env.NODE_ENV`;
 * Vite takes that value from the environment when it is set (vitest sets it to `test`), so
 * this script fixes it to `production` before Vite is loaded. It prints a few lines with
 * progress instead of Vite's listing of every file, and leaves a stamp in
 * `.cache/client-build.json` naming the mode and every project file that went into the bundle,
 * so a later check sees a build made in another mode, or any of those files changed since
 * (after a `git pull`, a checkout or an edit).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLIENT = join(ROOT, 'client');
/** Where the build is written; the server serves it at /. */
export const CLIENT_DIST = join(CLIENT, 'dist');
/** The stamp of the last build: `{ mode, builtAtMs, inputs }`, inputs relative to the project root. */
export const BUILD_STAMP = join(ROOT, '.cache', 'client-build.json');
/** Files that shape the bundle without being modules of it: new files in src, the config, the lock file. */
const ALWAYS_WATCHED = ['client/src', 'client/index.html', 'client/vite.config.ts', 'package-lock.json'];

interface BuildStamp {
  mode: string;
  builtAtMs: number;
  inputs: string[];
}

/** Whether client/dist is the current production build, and if not, why (for the log line). */
export function clientBuildState(root: string = ROOT): { stale: boolean; reason: string } {
  const dist = join(root, 'client', 'dist', 'index.html');
  const stampPath = join(root, '.cache', 'client-build.json');
  if (!existsSync(dist)) return { stale: true, reason: 'there is no build yet' };
  if (!existsSync(stampPath)) return { stale: true, reason: 'the build carries no stamp (made by another tool)' };
  let stamp: BuildStamp;
  try {
    stamp = JSON.parse(readFileSync(stampPath, 'utf8')) as BuildStamp;
  } catch {
    return { stale: true, reason: 'the build stamp is unreadable' };
  }
  if (stamp.mode !== 'production') return { stale: true, reason: `the build was made in ${stamp.mode} mode` };
  for (const input of [...ALWAYS_WATCHED, ...stamp.inputs]) {
    const path = join(root, input);
    if (!existsSync(path)) {
      if (ALWAYS_WATCHED.includes(input)) continue;
      return { stale: true, reason: `${input} is gone since the last build` };
    }
    if (newestMtime(path) > stamp.builtAtMs) return { stale: true, reason: `${input} changed since the last build` };
  }
  return { stale: false, reason: 'the build is up to date' };
}

function newestMtime(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(path).reduce((newest, entry) => Math.max(newest, newestMtime(join(path, entry))), info.mtimeMs);
}

/**
 * Builds client/dist in production mode, printing a few lines to stderr (`log`), and writes the
 * stamp. Rejects with Vite's error when the build fails; the stamp is then left as it was.
 */
export async function buildClient(reason: string, log: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): Promise<void> {
  process.env.NODE_ENV = 'production';
  const { build } = await import('vite');
  const started = Date.now();
  const inputs = new Set<string>();
  let modules = 0;
  const tty = process.stderr.isTTY === true;
  let lastLine = 0;
  const progress = (text: string, final = false) => {
    if (tty) {
      process.stderr.write(`\r\x1b[2K${text}${final ? '\n' : ''}`);
    } else if (final || Date.now() - lastLine > 10_000) {
      log(text);
      lastLine = Date.now();
    }
  };
  log(`client: building the explorer for production (${reason}); this can take a minute`);
  lastLine = Date.now();
  await build({
    configFile: join(CLIENT, 'vite.config.ts'),
    mode: 'production',
    logLevel: 'warn',
    plugins: [
      {
        name: 'lechang:progress',
        transform(_code, id) {
          modules += 1;
          const file = id.split('?')[0]!;
          if (!id.startsWith('\0') && file.startsWith(ROOT) && !file.includes('/node_modules/')) inputs.add(relative(ROOT, file));
          if (modules % 50 === 0) progress(`client: ${modules} modules compiled, ${Math.round((Date.now() - started) / 1000)} s`);
          return null;
        },
        renderStart() {
          progress(`client: ${modules} modules compiled; writing the bundle`, true);
        },
      },
    ],
  });
  const assets = join(CLIENT_DIST, 'assets');
  const bytes = existsSync(assets) ? readdirSync(assets).filter((f) => f.endsWith('.js')).reduce((sum, f) => sum + statSync(join(assets, f)).size, 0) : 0;
  mkdirSync(dirname(BUILD_STAMP), { recursive: true });
  const stamp: BuildStamp = { mode: 'production', builtAtMs: started, inputs: [...inputs].sort() };
  writeFileSync(BUILD_STAMP, `${JSON.stringify(stamp, null, 1)}\n`);
  log(`client: built in ${Math.round((Date.now() - started) / 1000)} s: ${Math.round(bytes / 1024)} kB of JavaScript in ${relative(ROOT, CLIENT_DIST)}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const unknown = process.argv.slice(2).filter((a) => a !== '--if-stale');
  if (unknown.length > 0) {
    console.error(`client-build: unknown option ${unknown.join(' ')}; allowed: --if-stale`);
    process.exit(2);
  }
  const state = clientBuildState();
  if (process.argv.includes('--if-stale') && !state.stale) process.exit(0);
  try {
    await buildClient(process.argv.includes('--if-stale') ? state.reason : 'asked for');
  } catch (error) {
    console.error(`client: the build failed: ${(error as Error).message}`);
    process.exit(1);
  }
}
