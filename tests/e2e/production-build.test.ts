/**
 * The browser tests drive the build users get: the bundle the server serves at / is React's
 * production build, not its development build (which the test runner's NODE_ENV=test would
 * otherwise select).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type Running } from './harness.ts';

let server: Running;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server?.close());

/** Strings React keeps only in its development build (its dev warnings and owner stacks). */
const DEVELOPMENT_ONLY = ['react-stack-top-frame', 'isReactWarning'];

describe('the client bundle the server serves', () => {
  it('is the production build', async () => {
    const page = await (await fetch(`${server.url}/`)).text();
    const scripts = [...page.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    const withReact: string[] = [];
    for (const src of scripts) {
      const response = await fetch(new URL(src, server.url));
      expect(response.status).toBe(200);
      const code = await response.text();
      // React is in the explorer's entry bundle (not in the small prefetch entry): a production
      // build still names its element symbol. (Booleans, not the bundle itself, so a failure
      // does not print half a megabyte.)
      if (code.includes('react.transitional.element')) withReact.push(src);
      for (const marker of DEVELOPMENT_ONLY) expect(code.includes(marker), `${src} holds React's development code (${marker})`).toBe(false);
    }
    expect(withReact, `one of ${scripts.join(', ')} should hold React`).toHaveLength(1);
  });
});
