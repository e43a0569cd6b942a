/**
 * The explorer as a reader uses it, in Chromium against the real server and the real seed:
 * the graph is drawn, search finds and selects, filters and focus change what is drawn, a
 * copied link restores the view, paths and reading mode light up the right entities, and API
 * failures are explained with a retry. Screenshots of each state go to tests/e2e/screenshots/.
 */
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import type { SeedArtefact } from '../../graph-seed/types.ts';
import { syntheticSeed } from '../../scripts/bench/synthetic-seed.ts';
import { readSeed } from '../../server/store/create-store.ts';
import { LARGE_GRAPH_RELATIONS } from '../../client/src/views/graph/large-graph.ts';
import { describeInBrowser, type ExplorerPage, explorerSession, type ExplorerSession, graphState, type OpenOptions, openPage, screenshot, SCREENSHOTS, startServer, waitForGraph } from './harness.ts';

/** The API's requests, by POST or (the graph and the reports, cacheable) by GET with a query string. */
const GRAPHQL_URL = /\/graphql(\?|$)/;

let session: ExplorerSession;
let totals: { entities: number; relations: number; byType: Map<string, number> };

const open = (path = '/', options?: OpenOptions): Promise<ExplorerPage> => session.open(path, options);

async function search(page: Page, box: string, text: string, expected: string): Promise<void> {
  const input = page.getByRole('combobox', { name: box });
  await input.fill(text);
  await page.getByRole('option').filter({ hasText: expected }).first().waitFor();
}

describeInBrowser('explorer', () => {
  session = explorerSession();
  beforeAll(async () => {
    const { stats } = await session.server.gql<{ stats: { entityCount: number; relationCount: number; entitiesByType: { type: string; count: number }[] } }>(
      '{ stats { entityCount relationCount entitiesByType { type count } } }',
    );
    totals = { entities: stats.entityCount, relations: stats.relationCount, byType: new Map(stats.entitiesByType.map((t) => [t.type, t.count])) };
  });

  it('draws the whole graph, with Chinese labels in the bundled font, and measures the first frame', async () => {
    const { page } = await open('/');
    const state = await graphState(page);
    expect(Number(state.nodeCount)).toBe(totals.entities);
    expect(Number(state.edgeCount)).toBe(totals.relations);
    expect(Number(state.visibleNodes)).toBe(totals.entities);
    expect(Number(state.visibleEdges)).toBe(totals.relations);
    expect(await page.evaluate(() => document.fonts.check('12px "Noto Sans SC"', '乐昌坪石镇'))).toBe(true);
    const probe = await page.evaluate(() => ({ firstDrawMs: window.__explorer?.firstDrawMs ?? null, layoutMs: window.__explorer?.layoutMs ?? null }));
    expect(probe.firstDrawMs).toBeGreaterThan(0);
    // The seed comes laid out: the page draws each entity where the seed put it, without a layout run.
    expect(await page.evaluate(() => window.__explorer?.layoutSource)).toBe('seed');
    const seeded = await session.server.gql<{ a: { position: unknown }; b: { position: unknown } }>('{ a: entity(id: "town:pingshi") { position { x y } } b: entity(id: "glossary:12") { position { x y } } }');
    expect(await page.evaluate(() => window.__explorer?.graphPosition('town:pingshi'))).toEqual(seeded.a.position);
    expect(await page.evaluate(() => window.__explorer?.graphPosition('glossary:12'))).toEqual(seeded.b.position);
    const legend = page.getByRole('group', { name: 'Entity types' });
    for (const [type, count] of totals.byType) expect(await legend.locator('label').filter({ hasText: String(count) }).count(), type).toBeGreaterThan(0);
    await screenshot(page, '01-overview');

    const again = await open('/');
    const layoutA = await page.evaluate(() => window.__explorer!.viewportPosition('town:pingshi'));
    const layoutB = await again.page.evaluate(() => window.__explorer!.viewportPosition('town:pingshi'));
    expect(layoutB).toEqual(layoutA);

    writeFileSync(`${SCREENSHOTS}/metrics.json`, JSON.stringify({ firstDrawMs: Math.round(probe.firstDrawMs!), layoutMs: Math.round(probe.layoutMs ?? -1) }, null, 2));
    console.log(`e2e: first drawn frame ${Math.round(probe.firstDrawMs!)} ms after navigation; layout ${Math.round(probe.layoutMs ?? -1)} ms`);
  });

  it('asks for the reports and the whole graph once each, from the prefetch entry, and draws that answer', async () => {
    const { page } = await open('/');
    const asked = await page.evaluate(() => {
      const names = performance.getEntriesByType('resource').map((r) => r.name).filter((name) => /\/graphql\?/.test(name));
      const operation = (name: string) => /query\s+(\w+)/.exec(new URL(name).searchParams.get('query') ?? '')?.[1] ?? '?';
      return { operations: names.map(operation).sort(), marks: performance.getEntriesByType('mark').map((m) => m.name).filter((n) => /prefetched|taken/.test(n)).sort() };
    });
    expect(asked.operations).toEqual(['Graph', 'Reports']);
    // Started by the small entry before the explorer's bundle ran, and the explorer read those answers.
    expect(asked.marks).toEqual(['explorer:graph-prefetched', 'explorer:graph-taken', 'explorer:reports-prefetched', 'explorer:reports-taken']);
    expect(Number((await graphState(page)).nodeCount)).toBe(totals.entities);
  });

  it('lays out a graph that comes without positions in its worker, the same picture as the seed’s, and caches it', async () => {
    const seed = await readSeed();
    const bare: SeedArtefact = { ...seed, graph: { ...seed.graph, nodes: seed.graph.nodes.map(({ key, attributes }) => {
      const { x: _x, y: _y, ...rest } = attributes!;
      return { key, attributes: rest as typeof attributes };
    }) } };
    const unplaced = await startServer(bare);
    try {
      const explorer = session.adopt(await openPage(session.browser, unplaced.url));
      const { page } = explorer;
      expect(await page.evaluate(() => window.__explorer?.layoutSource)).toBe('computed');
      const placed = seed.graph.nodes.find((n) => n.key === 'town:pingshi')!.attributes!;
      const computed = (await page.evaluate(() => window.__explorer!.graphPosition('town:pingshi')))!;
      // The seed keeps positions to a hundredth; the page computes them in full.
      expect(computed.x).toBeCloseTo(placed.x!, 1);
      expect(computed.y).toBeCloseTo(placed.y!, 1);
      await page.reload();
      await waitForGraph(page);
      // The probe is set by an effect that runs after the frame that sets the page's attributes.
      await expect.poll(() => page.evaluate(() => window.__explorer?.layoutSource ?? null), { timeout: 10_000 }).toBe('cache');
    } finally {
      await unplaced.close();
    }
  });

  it('searches in pinyin, Chinese and English, and a chosen hit opens its panel with its passages', async () => {
    const { page } = await open('/');
    await search(page, 'Search entities', '森林', '森林覆盖率');
    await search(page, 'Search entities', 'forest city', '国家森林城市');
    await search(page, 'Search entities', 'pingshi', '坪石镇');
    const first = page.getByRole('option').first();
    await expect.poll(() => first.getAttribute('aria-selected')).toBe('true');
    expect(await first.textContent()).toContain('坪石镇');
    await page.getByRole('combobox', { name: 'Search entities' }).press('Enter');

    const panel = page.getByRole('complementary', { name: 'Entity details' });
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toBe('坪石镇');
    await expect.poll(() => panel.locator('.passage mark').first().textContent()).toContain('坪石');
    expect(await panel.textContent()).toContain('Pingshi');
    expect(page.url()).toContain('node=town:pingshi');
    const state = await graphState(page);
    expect(state.emphasis).toBe('selection');
    expect(Number(state.emphasisedNodes)).toBeGreaterThan(1);
    await screenshot(page, '02-search-selected');

    await panel.locator('.relation-group').first().locator('.entity-button').first().click();
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).not.toBe('坪石镇');
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.count()).toBe(0);
  });

  it('shows a target’s quantity and a glossary term’s definition', async () => {
    const { page } = await open('/?node=target:2021-2025:senlinfugailv-71');
    const panel = page.getByRole('complementary', { name: 'Entity details' });
    await expect.poll(() => panel.locator('.facts').textContent()).toContain('71');
    expect(await panel.locator('.facts').textContent()).toContain('2021–2025');
    await page.goto(`${session.server.url}/?node=glossary:12`);
    await waitForGraph(page);
    await expect.poll(() => panel.locator('.definition').first().textContent()).toBeTruthy();
    await screenshot(page, '03-glossary-term');
  });

  it('filters by entity and relation type, and focuses on a neighbourhood', async () => {
    const { page } = await open('/');
    const targets = totals.byType.get('TARGET')!;
    await page.getByRole('group', { name: 'Entity types' }).locator('label').filter({ hasText: 'Target' }).locator('input').uncheck();
    await expect.poll(async () => Number((await graphState(page)).visibleNodes)).toBe(totals.entities - targets);
    expect(page.url()).toContain('hide=TARGET');
    await page.getByRole('group', { name: 'Relation types' }).locator('label').filter({ hasText: 'part of strategy' }).locator('input').uncheck();
    const { visibleEdges } = await graphState(page);
    expect(Number(visibleEdges)).toBeLessThan(totals.relations);
    await screenshot(page, '04-filtered');

    await page.goto(`${session.server.url}/?node=town:pingshi&focus=1`);
    await waitForGraph(page);
    const { neighborhood } = await session.server.gql<{ neighborhood: { nodes: unknown[] } }>('{ neighborhood(id: "town:pingshi", depth: 1) { nodes { id } } }');
    await expect.poll(async () => Number((await graphState(page)).visibleNodes)).toBe(neighborhood.nodes.length);
    await page.getByRole('radiogroup', { name: 'Focus depth (hops)' }).getByRole('radio', { name: '2 hops' }).check();
    const { neighborhood: two } = await session.server.gql<{ neighborhood: { nodes: unknown[] } }>('{ neighborhood(id: "town:pingshi", depth: 2, limit: 2000) { nodes { id } } }');
    await expect.poll(async () => Number((await graphState(page)).visibleNodes)).toBe(two.nodes.length);
    expect(page.url()).toContain('focus=2');
    await screenshot(page, '05-focus');

    // The files hold exactly what is drawn, also with types hidden under the focus.
    await page.getByRole('group', { name: 'Entity types' }).locator('label').filter({ hasText: 'Target' }).locator('input').uncheck();
    await page.getByRole('group', { name: 'Entity types' }).locator('label').filter({ hasText: 'Strategy' }).locator('input').uncheck();
    await expect.poll(() => page.url()).toMatch(/hide=[A-Z_,]*STRATEGY/);
    const drawnCount = Number((await graphState(page)).visibleNodes);
    expect(drawnCount).toBeLessThan(two.nodes.length);
    const json = await page.getByRole('link', { name: 'JSON' }).getAttribute('href');
    expect(json).toMatch(/^\/export\/graph\.json\?ids=/);
    const exported = await fetch(`${session.server.url}${json}`);
    expect(exported.status).toBe(200);
    const file = (await exported.json()) as { nodes: { key: string; attributes: { type: string } }[] };
    expect(file.nodes).toHaveLength(drawnCount);
    expect(file.nodes.map((n) => n.key)).toContain('town:pingshi');
    expect(file.nodes.filter((n) => n.attributes.type === 'TARGET' || n.attributes.type === 'STRATEGY')).toEqual([]);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('group', { name: 'Picture of this view' }).getByRole('button', { name: 'PNG 1x' }).click()]);
    expect(download.suggestedFilename()).toBe('lechang-2021-graph.png');
    await download.saveAs(`${SCREENSHOTS}/11-exported-picture.png`);
  });

  it('restores the same view from a copied link', async () => {
    const { page } = await open('/');
    await search(page, 'Search entities', 'huangben', '黄坌村');
    await page.getByRole('combobox', { name: 'Search entities' }).press('Enter');
    await page.getByRole('group', { name: 'Entity types' }).locator('label').filter({ hasText: 'Program' }).locator('input').uncheck();
    await page.getByRole('radiogroup', { name: 'Label language' }).getByRole('radio', { name: 'English' }).check();
    await expect.poll(() => page.url()).toMatch(/lang=en/);
    await page.locator('.graph-area').hover();
    const zoomedFrom = await page.evaluate(() => window.__explorer!.camera());
    await page.mouse.wheel(0, -300);
    // The app writes cam= 250 ms after the camera's last move: the zoom is over once the camera
    // has zoomed in and the address holds where it stopped.
    await expect.poll(async () => {
      const live = await page.evaluate(() => window.__explorer!.camera());
      const [x, y, ratio] = (new URL(page.url()).searchParams.get('cam') ?? '').split(',').map(Number);
      return live.ratio < zoomedFrom.ratio && [x! - live.x, y! - live.y, ratio! - live.ratio].every((d) => Math.abs(d) < 1e-3);
    }, { timeout: 30_000 }).toBe(true);
    const before = { url: page.url(), state: await graphState(page), camera: await page.evaluate(() => window.__explorer!.camera()) };
    expect(before.url).toMatch(/node=town:beixiang-huangben/);
    expect(before.url).toMatch(/hide=PROGRAM/);
    expect(before.url).toMatch(/lang=en/);
    expect(before.url).toMatch(/cam=/);

    const copy = await open(before.url.replace(session.server.url, ''));
    await expect.poll(() => copy.page.getByRole('complementary', { name: 'Entity details' }).getByRole('heading', { level: 2 }).textContent()).toBe('黄坌村');
    const after = await graphState(copy.page);
    expect(after.visibleNodes).toBe(before.state.visibleNodes);
    expect(after.emphasisedNodes).toBe(before.state.emphasisedNodes);
    expect(await copy.page.getByRole('radio', { name: 'English' }).isChecked()).toBe(true);
    const camera = await copy.page.evaluate(() => window.__explorer!.camera());
    expect(camera.x).toBeCloseTo(before.camera.x, 3);
    expect(camera.y).toBeCloseTo(before.camera.y, 3);
    expect(camera.ratio).toBeCloseTo(before.camera.ratio, 3);
    await screenshot(copy.page, '06-restored-link');
  });

  it('finds a path between two entities and lists each hop with its evidence', async () => {
    const { page } = await open('/?tab=path');
    await search(page, 'Path from', 'huangben', '黄坌村');
    await page.getByRole('combobox', { name: 'Path from' }).press('Enter');
    await search(page, 'Path to', '乐昌市', '乐昌市');
    await page.getByRole('combobox', { name: 'Path to' }).press('Enter');
    const { shortestPath } = await session.server.gql<{ shortestPath: { length: number; nodes: { id: string }[] } }>(
      '{ shortestPath(from: "town:beixiang-huangben", to: "town:lechang", maxLength: 10) { length nodes { id } } }',
    );
    await page.getByRole('heading', { name: `Shortest path: ${shortestPath.length} hop` }).waitFor();
    expect(page.url()).toContain('from=town:beixiang-huangben');
    expect(page.url()).toContain('to=town:lechang');
    const hops = page.locator('.hops > li:not(.hop--start)');
    expect(await hops.count()).toBe(shortestPath.length);
    for (let i = 0; i < shortestPath.length; i += 1) expect(await hops.nth(i).locator('.passage mark').count()).toBeGreaterThan(0);
    const state = await graphState(page);
    expect(state.emphasis).toBe('path');
    expect(Number(state.emphasisedNodes)).toBe(shortestPath.nodes.length);
    expect(Number(state.emphasisedEdges)).toBe(shortestPath.length);
    await screenshot(page, '07-path');
  });

  it('reading mode: a section chosen from the outline lights up its entities, and an entity links back to its sections', async () => {
    const { page } = await open('/');
    await page.getByRole('tab', { name: 'Report' }).click();
    const tree = page.getByRole('tree', { name: 'Report outline' });
    await tree.waitFor();
    const firstItem = tree.getByRole('treeitem').first();
    await firstItem.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-section-id'));
    expect(focused).toBeTruthy();
    await page.keyboard.press('Enter');
    const { section } = await session.server.gql<{ section: { entities: { id: string }[] } }>('query($id: ID!) { section(id: $id) { entities { id } } }', { id: focused });
    await expect.poll(async () => Number((await graphState(page)).emphasisedNodes)).toBe(section.entities.length);
    expect((await graphState(page)).emphasis).toBe('section');
    expect(page.url()).toContain(`section=${focused}`);
    await screenshot(page, '08-reading');

    await page.goto(`${session.server.url}/?node=program:ten-hundred-project`);
    await waitForGraph(page);
    const panel = page.getByRole('complementary', { name: 'Entity details' });
    const link = panel.locator('.passage__source button').first();
    await link.click();
    expect(page.url()).toContain('tab=outline');
    await expect.poll(async () => (await graphState(page)).emphasis).toBe('section');
    expect(await page.locator('.tree__row--current').count()).toBe(1);
  });

  it('selects an entity clicked on the canvas', async () => {
    const { page } = await open('/');
    const at = await page.evaluate(() => window.__explorer!.viewportPosition('town:lechang'));
    const box = (await page.locator('.graph-area').boundingBox())!;
    await page.mouse.move(box.x + at!.x, box.y + at!.y);
    await page.waitForTimeout(200);
    await screenshot(page, '09-hover');
    await page.mouse.click(box.x + at!.x, box.y + at!.y);
    await expect.poll(() => page.getByRole('complementary', { name: 'Entity details' }).getByRole('heading', { level: 2 }).textContent()).toBe('乐昌市');
  });

  it('draws a large graph with the settings for large graphs, and a hub still selects and highlights', async () => {
    const relations = LARGE_GRAPH_RELATIONS + 1000;
    const large = await startServer(syntheticSeed({ nodes: 3000, relations, seed: 2, layout: true }));
    try {
      const explorer = session.adopt(await openPage(session.browser, large.url));
      const { page } = explorer;
      const state = await graphState(page);
      expect(Number(state.nodeCount)).toBe(3000);
      expect(Number(state.edgeCount)).toBe(relations);
      expect(await page.evaluate(() => window.__explorer?.layoutSource)).toBe('seed');
      const at = await page.evaluate(() => window.__explorer!.viewportPosition('town:s0'));
      const box = (await page.locator('.graph-area').boundingBox())!;
      await page.mouse.click(box.x + at!.x, box.y + at!.y);
      await expect.poll(async () => (await graphState(page)).emphasis).toBe('selection');
      expect(Number((await graphState(page)).emphasisedNodes)).toBeGreaterThan(10);
      await screenshot(page, '15-large-graph');
    } finally {
      await large.close();
    }
  });

  it('shows a relation with the passage that states it', async () => {
    const { page } = await open('/?rel=LOCATED_IN:town:pingshi->town:lechang');
    const panel = page.getByRole('complementary', { name: 'Relation details' });
    await expect.poll(() => panel.locator('.passage mark').count()).toBeGreaterThan(0);
    expect(await panel.locator('.relation-statement').textContent()).toMatch(/坪石镇.*located in.*乐昌市/);
    const state = await graphState(page);
    expect(state.emphasis).toBe('relation');
    expect(state.emphasisedNodes).toBe('2');
    await screenshot(page, '12-relation');
  });

  it('explains an API failure and recovers on retry', async () => {
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    try {
      await page.route(GRAPHQL_URL, (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ errors: [{ message: 'The Neo4j store is not answering', extensions: { code: 'STORE_UNAVAILABLE' } }] }) }),
      );
      await page.goto(session.server.url);
      const alert = page.getByRole('alert');
      await expect.poll(() => alert.textContent()).toContain('unavailable');
      await screenshot(page, '10-store-unavailable');

      await page.unroute(GRAPHQL_URL);
      await page.route(GRAPHQL_URL, (route) => route.fulfill({ status: 502, body: 'Bad gateway' }));
      await page.getByRole('button', { name: 'Try again' }).click();
      await expect.poll(() => alert.textContent()).toContain('502');

      await page.unroute(GRAPHQL_URL);
      await page.route(GRAPHQL_URL, (route) => route.abort('connectionrefused'));
      await page.getByRole('button', { name: 'Try again' }).click();
      await expect.poll(() => alert.textContent()).toContain('cannot be reached');

      await page.unroute(GRAPHQL_URL);
      await page.getByRole('button', { name: 'Try again' }).click();
      await waitForGraph(page);
      expect(Number((await graphState(page)).nodeCount)).toBe(totals.entities);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
