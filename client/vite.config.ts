/**
 * Builds the explorer into client/dist, which the API server serves at /. In development the
 * Vite server proxies /graphql to the API (API_URL, default http://127.0.0.1:4000).
 */
import react from '@vitejs/plugin-react';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The built page loads src/prefetch.ts as an entry of its own, an async module ahead of the
 * explorer's bundle, so the first requests are under way while that bundle downloads and
 * compiles (see graphql/early-requests.ts). Vite would fold a second script of index.html into
 * the one bundle, so the tag is added here, naming the emitted chunk. The dev server has no
 * such chunk: there App.tsx starts the requests itself.
 */
function earlyRequestsEntry(): Plugin {
  let base = '/';
  return {
    name: 'early-requests-entry',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const chunk = Object.values(context.bundle ?? {}).find((c) => c.type === 'chunk' && c.isEntry && c.name === 'prefetch');
        if (!chunk) throw new Error('client build: the prefetch entry (src/prefetch.ts) was not emitted');
        return [{ tag: 'script', attrs: { type: 'module', async: true, crossorigin: true, src: `${base}${chunk.fileName}` }, injectTo: 'head-prepend' }];
      },
    },
  };
}

export default defineConfig({
  root,
  plugins: [react(), earlyRequestsEntry()],
  worker: { format: 'es' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 700,
    rollupOptions: { input: { index: join(root, 'index.html'), prefetch: join(root, 'src/prefetch.ts') } },
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    proxy: { '/graphql': { target: process.env.API_URL ?? 'http://127.0.0.1:4000', changeOrigin: true } },
  },
});
