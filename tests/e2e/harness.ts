/**
 * What the end-to-end tests share: the real server (memory store, real seed) on a free port
 * serving the built client, and Debian's Chromium driven by playwright-core, seeing no system
 * CJK font. Without Chromium the tests are skipped locally with a message, and fail under CI=true.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect } from 'vitest';
import type { SeedArtefact } from '../../graph-seed/types.ts';
import { loadConfig } from '../../server/config.ts';
import { readSeed } from '../../server/store/create-store.ts';
import { MemoryStore } from '../../server/store/memory-store.ts';
import { createApp } from '../../server/yoga.ts';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const inCI = process.env.CI === 'true';
const missing = !existsSync(CHROMIUM_PATH);
if (missing && !inCI) console.warn(`e2e: skipped: no Chromium at ${CHROMIUM_PATH} (apt-get install chromium, or set CHROMIUM_PATH)`);

/** `describe` when a browser can run (or must, under CI); `describe.skip` otherwise. */
export const describeInBrowser = missing && !inCI ? describe.skip : describe;

export const CLIENT_DIR = fileURLToPath(new URL('../../client/dist', import.meta.url));
export const SCREENSHOTS = fileURLToPath(new URL('./screenshots', import.meta.url));

export interface Running {
  url: string;
  /** Asks the same app over GraphQL, for the numbers the page should show. */
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  close(): Promise<void>;
}

/** The real app on a free port, serving the built client; on the project's seed unless given another. */
export async function startServer(seed?: SeedArtefact): Promise<Running> {
  if (!existsSync(`${CLIENT_DIR}/index.html`)) throw new Error(`e2e: the client is not built (${CLIENT_DIR}); the global setup should have built it`);
  const store = new MemoryStore(seed ?? (await readSeed()));
  const app = createApp({ store, config: loadConfig({}), clientDir: CLIENT_DIR });
  const server: Server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    async gql<T>(query: string, variables?: Record<string, unknown>) {
      const response = await app.fetch('http://e2e/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data: T; errors?: unknown[] };
      if (body.errors) throw new Error(`e2e: ${JSON.stringify(body.errors)}`);
      return body.data;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * A fontconfig that offers Chromium only DejaVu: no system CJK font, so every Chinese glyph on
 * the page and the canvas must come from the explorer's bundled Noto Sans SC, whatever fonts the
 * machine happens to have.
 */
function fontconfigWithoutCJK(): string {
  const dir = join(tmpdir(), 'lechang-e2e-fontconfig');
  mkdirSync(join(dir, 'cache'), { recursive: true });
  const file = join(dir, 'fonts.conf');
  writeFileSync(
    file,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <dir>/usr/share/fonts/truetype/dejavu</dir>\n  <cachedir>${join(dir, 'cache')}</cachedir>\n</fontconfig>\n`,
  );
  return file;
}

export async function launchBrowser(): Promise<Browser> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, env: { ...process.env, FONTCONFIG_FILE: fontconfigWithoutCJK() } });
}

export interface ExplorerPage {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
}

/** A phone held upright: a 390×844 touch screen. */
export const PHONE = { viewport: { width: 390, height: 844 }, touch: true } as const;

export interface OpenOptions {
  waitForGraph?: boolean;
  /** The window's size in CSS pixels; a laptop's 1280×800 unless given. */
  viewport?: { width: number; height: number };
  /** A touch screen (taps, no hover), as on a phone. */
  touch?: boolean;
}

/** A fresh browser context (empty cache and storage) at a laptop-sized window, or the size asked for. */
export async function openPage(browser: Browser, url: string, options: OpenOptions = {}): Promise<ExplorerPage> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    locale: 'zh-CN',
    ...(options.touch && { hasTouch: true, isMobile: true }),
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  await page.goto(url);
  if (options.waitForGraph !== false) await waitForGraph(page);
  return { context, page, errors };
}

export async function waitForGraph(page: Page): Promise<void> {
  await page.waitForSelector('.graph-area[data-layout="done"][data-first-draw-ms][data-labels-drawn-ms]', { timeout: 30_000 });
}

/** The canvas's counters (data attributes of the graph area). */
export async function graphState(page: Page): Promise<Record<string, string>> {
  return page.locator('.graph-area').evaluate((element) => ({ ...(element as HTMLElement).dataset }) as Record<string, string>);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png` });
}

/** expect.poll with room for a shared machine: software WebGL and other test runs share two cores. */
export const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 });

/** One describe block's real server and browser, and the pages its tests open. */
export interface ExplorerSession {
  /** The server started for the block (valid inside tests and hooks). */
  readonly server: Running;
  readonly browser: Browser;
  /** Opens `path` on the block's server in a fresh context (the session's default size unless given); closed after the test. */
  open(path?: string, options?: OpenOptions): Promise<ExplorerPage>;
  /** Has a page opened elsewhere (another server, a hand-made context) closed and checked after the test like the session's own. */
  adopt(page: ExplorerPage): ExplorerPage;
}

/**
 * The life cycle every end-to-end file shares, written once: call it inside `describeInBrowser`
 * and it registers the hooks that start the real server (on the seed given, or the project's)
 * and Chromium before the block, close each test's pages after it and fail the test on any
 * console error or uncaught exception they saw, and stop both after the block.
 */
export function explorerSession(defaults: OpenOptions & { seed?: () => Promise<SeedArtefact> } = {}): ExplorerSession {
  const { seed, ...openDefaults } = defaults;
  let server: Running | undefined;
  let browser: Browser | undefined;
  const opened: ExplorerPage[] = [];
  beforeAll(async () => {
    server = await startServer(seed ? await seed() : undefined);
    browser = await launchBrowser();
  }, 180_000);
  afterEach(async () => {
    const pages = opened.splice(0);
    for (const { context } of pages) await context.close();
    expect(pages.flatMap((p) => p.errors), 'console errors').toEqual([]);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  }, 120_000);
  const session: ExplorerSession = {
    get server() {
      if (!server) throw new Error('e2e: the server is not started yet (use the session inside a test or hook)');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('e2e: the browser is not launched yet (use the session inside a test or hook)');
      return browser;
    },
    async open(path = '/', options) {
      const explorer = await openPage(session.browser, `${session.server.url}${path}`, { ...openDefaults, ...options });
      opened.push(explorer);
      return explorer;
    },
    adopt(page) {
      opened.push(page);
      return page;
    },
  };
  return session;
}
