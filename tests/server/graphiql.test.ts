/**
 * GraphiQL at /graphql, in real Chromium, with the network to everything but the server cut:
 * it must load entirely from the server (the npm package's inline code), draw its editor, and
 * break no rule of its page's Content-Security-Policy.
 */
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRAPHIQL_CSP } from '../../server/security-headers.ts';
import { appWith } from './app.ts';
import { listen, type Listening } from './http-server.ts';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
let api: Listening;
let browser: Browser;
beforeAll(async () => {
  api = await listen(appWith());
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox', '--disable-gpu'] });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await api?.close();
});

describe('GraphiQL', () => {
  it('names no other origin in its page policy', () => {
    expect(GRAPHIQL_CSP).not.toMatch(/https?:/);
  });

  it('loads offline from the server alone, draws its editor, and breaks no CSP rule', async () => {
    const page = await browser.newPage();
    const elsewhere: string[] = [];
    const problems: string[] = [];
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(api.origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
      elsewhere.push(url);
      return route.abort();
    });
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content.Security.Policy|Refused to/i.test(message.text())) problems.push(message.text());
    });
    const response = await page.goto(`${api.origin}/graphql`);
    expect(response!.headers()['content-security-policy']).toBe(GRAPHIQL_CSP);
    await page.waitForSelector('.graphiql-container', { timeout: 30_000 });
    await page.waitForTimeout(500);
    expect(elsewhere).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);
});
