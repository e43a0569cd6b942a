/**
 * `npm run dev`: the API (restarted on server changes) and the Vite dev server (hot reload of
 * the client, /graphql proxied to the API) together; Ctrl-C stops both.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const repo = fileURLToPath(new URL('..', import.meta.url));
const apiPort = process.env.PORT ?? '4000';

const tsx = fileURLToPath(import.meta.resolve('tsx/cli'));
const api = spawn(process.execPath, [tsx, 'watch', 'server/index.ts'], {
  cwd: repo,
  stdio: 'inherit',
  env: { ...process.env, PORT: apiPort },
});

const vite = await createServer({
  configFile: fileURLToPath(new URL('vite.config.ts', import.meta.url)),
  server: { proxy: { '/graphql': { target: `http://127.0.0.1:${apiPort}`, changeOrigin: true } } },
});
await vite.listen();
vite.printUrls();
console.log(`API on http://127.0.0.1:${apiPort}/graphql; open the Vite URL above for the explorer with hot reload.`);

const stop = async () => {
  api.kill('SIGTERM');
  await vite.close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
api.once('exit', (code) => {
  if (code !== null && code !== 0) console.error(`dev: the API exited with code ${code}`);
});
