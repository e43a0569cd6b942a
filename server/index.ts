/** Starts the server: reads the config, loads the store, listens; drains and exits on SIGTERM. */
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ConfigError, loadConfig } from './config.ts';
import { createStore, readSeed } from './store/create-store.ts';
import { createApp } from './yoga.ts';

const DRAIN_MS = 10_000;
const CLIENT_DIR = fileURLToPath(new URL('../client/dist', import.meta.url));
/** What a failed listen means to the person starting the server, by the error's code. */
const LISTEN_PROBLEMS: Record<string, string> = {
  EADDRINUSE: 'the port is already in use; set PORT to a free port (or stop what holds it)',
  EACCES: 'not allowed to use this port; set PORT to 1024 or above',
  EADDRNOTAVAIL: 'this machine has no such address; set HOST to one of its addresses (127.0.0.1, 0.0.0.0)',
  ENOTFOUND: 'the host name does not resolve; set HOST to an address of this machine',
};

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
  // A port that is taken or not ours to use is a bad setting like any other: one line naming
  // the address and the variable to change, not a stack trace.
  server.once('error', async (error: NodeJS.ErrnoException) => {
    const problem = LISTEN_PROBLEMS[error.code ?? ''];
    console.error(problem
      ? `server: cannot listen on ${config.host}:${config.port}: ${problem}`
      : `server: cannot listen on ${config.host}:${config.port}: ${error.message}; set PORT or HOST to another address`);
    await store.close().catch(() => undefined);
    process.exit(1);
  });
  server.listen(config.port, config.host, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    console.log(`Lechang report graph (${store.kind} store) at http://${config.host}:${port}/ — GraphQL at /graphql`);
  });
  // On SIGTERM: /readyz turns away new traffic at once; for a short grace (SHUTDOWN_GRACE_MS,
  // default 1 s) the server still takes requests already on their way (a balancer has not yet
  // seen the 503); then it stops listening, lets requests in flight finish, closes the store and
  // exits 0. Requests still running after the drain time are cut, and the exit code says so.
  const stop = (signal: NodeJS.Signals) => {
    if (lifecycle.draining) return;
    lifecycle.draining = true;
    console.log(`server: ${signal}: /readyz now answers 503; draining requests in flight`);
    const forced = setTimeout(() => {
      console.error(`server: requests still running after ${DRAIN_MS} ms; closing them`);
      server.closeAllConnections();
      process.exit(1);
    }, config.shutdownGraceMs + DRAIN_MS);
    forced.unref();
    setTimeout(() => {
      server.close(async () => {
        await store.close();
        process.exit(0);
      });
      // Keep-alive connections whose last request has finished go at once, not at their timeout.
      setInterval(() => server.closeIdleConnections(), 100).unref();
    }, config.shutdownGraceMs);
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

await main();
