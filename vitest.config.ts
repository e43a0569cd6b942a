import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/** Test files that use the local Neo4j database (tests/store/stores.ts opens it). */
const NEO4J_FILES = ['tests/store/contract.test.ts', 'tests/store/multi-report-contract.test.ts', 'tests/store/neo4j-*.test.ts'];

export default defineConfig({
  resolve: {
    // graphql 16 ships both index.js and index.mjs; Node loads index.js for the libraries, so the
    // project's own files must too, or two copies of graphql meet in one schema.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    testTimeout: 30_000,
    // Hooks start servers and stores; vitest's 10 s default is short for that on a busy machine.
    hookTimeout: 60_000,
    // After each test the worker's event loop turns once, so a file of in-process requests
    // cannot starve vitest's worker RPC past its 60 s timeout (tests/event-loop.ts says why).
    setupFiles: ['tests/setup/turn-event-loop.ts'],
    // What a test prints (the stack traces a server logs when a test breaks its store on purpose)
    // is shown only for the tests that fail; `npx vitest run --silent=false` shows it all.
    silent: 'passed-only',
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: ['tests/e2e/**', ...NEO4J_FILES], sequence: { groupOrder: 0 } } },
      {
        // The files that use the one local Neo4j: each loads versions into it, and one stops and
        // restarts it, so they run one at a time, after everything else has finished.
        extends: true,
        test: { name: 'neo4j', include: NEO4J_FILES, poolOptions: { forks: { singleFork: true } }, sequence: { groupOrder: 1 } },
      },
      {
        // The explorer in a real browser against the real server, on the production build users
        // get: made first when missing, of another mode, or older than its sources.
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          sequence: { groupOrder: 0 },
        },
      },
    ],
  },
});
