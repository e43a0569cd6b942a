/** Starts the server: reads the config, loads the store, listens; drains and exits on SIGTERM. */
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ConfigError, loadConfig } from './config.ts';
import { createStore, readSeed } from './store/create-store.ts';
import { createApp } from './yoga.ts';

const GRACE_MS = 1_000;
const DRAIN_MS = 10_000;
const CLIENT_DIR = fileURLToPath(new URL('../client/dist', import.meta.url));

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`server: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  let seed;
  try {
    seed = await readSeed(config.seedPath ?? undefined);
  } catch (error) {
    console.error(`server: cannot read the seed${config.seedPath ? ` at SEED_PATH=${config.seedPath}` : ''}: ${(error as Error).message}`);
    process.exit(1);
  }
  const store = createStore(config, seed);
  const lifecycle = { draining: false };
  const app = createApp({ store, config, clientDir: existsSync(CLIENT_DIR) ? CLIENT_DIR : null, lifecycle });
  const server = createServer(app);
  server.listen(config.port, config.host, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    console.log(`Lechang report graph (${store.kind} store) at http://${config.host}:${port}/ — GraphQL at /graphql`);
  });
  // On SIGTERM: /readyz turns away new traffic at once; for a short grace the server still
  // takes requests already on their way (a balancer has not yet seen the 503); then it stops
  // listening, lets requests in flight finish, closes the store and exits 0. Requests still
  // running after the drain time are cut, and the exit code says so.
  const stop = () => {
    if (lifecycle.draining) return;
    lifecycle.draining = true;
    const forced = setTimeout(() => {
      console.error(`server: requests still running after ${DRAIN_MS} ms; closing them`);
      server.closeAllConnections();
      process.exit(1);
    }, GRACE_MS + DRAIN_MS);
    forced.unref();
    setTimeout(() => {
      server.close(async () => {
        await store.close();
        process.exit(0);
      });
      // Keep-alive connections whose last request has finished go at once, not at their timeout.
      setInterval(() => server.closeIdleConnections(), 100).unref();
    }, GRACE_MS);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

await main();
