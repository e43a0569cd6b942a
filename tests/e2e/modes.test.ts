/**
 * Every mode of the explorer draws what it promises, checked on the canvas as a person sees
 * it (entities inside the viewport, filling a sensible part of it, pixels painted), not only in
 * the DOM: focus, path, a report section, a search choice and a `?node=` link each bring what
 * was chosen into view; ⤢, `0` and zoom-out move the camera and it stays there; Enter in search
 * acts on the text in the box; focus and sections do not keep state the reader cannot see; the
 * Briefing tab shows what "Add this view" saves.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { readSeed } from '../../server/store/create-store.ts';
import { describeInBrowser, eventually, type ExplorerPage, explorerSession, type ExplorerSession, graphState, type OpenOptions, screenshot } from './harness.ts';
import { cameraSettled, expectFramed, paintedShare } from './view-checks.ts';

let session: ExplorerSession;


const open = (path = '/', options?: OpenOptions): Promise<ExplorerPage> => session.open(path, options);

/** The entities drawn now, as the page's probe knows them. */
async function drawnEntities(page: Page, all: readonly string[]): Promise<string[]> {
  return page.evaluate((ids) => ids.filter((id) => window.__explorer!.viewportPosition(id) !== null), all as string[]);
}

const panelHeading = (page: Page) => page.getByRole('complementary', { name: 'Entity details' }).getByRole('heading', { level: 2 });

describeInBrowser('modes draw what they promise', () => {
  session = explorerSession();
  it('focus on neighbours frames the neighbourhood on the canvas', async () => {
    const { page } = await open('/?node=town:pingshi');
    await expectFramed(page, ['town:pingshi']);
    await page.getByRole('button', { name: 'Focus on neighbours' }).click();
    const { neighborhood } = await session.server.gql<{ neighborhood: { nodes: { id: string }[] } }>('{ neighborhood(id: "town:pingshi", depth: 1, limit: 2000) { nodes { id } } }');
    const ids = neighborhood.nodes.map((n) => n.id);
    await eventually(async () => Number((await graphState(page)).visibleNodes)).toBe(ids.length);
    const seen = await expectFramed(page, ids, 0.4);
    expect(seen.camera.ratio).toBeLessThan(1);
    expect(await paintedShare(page)).toBeGreaterThan(0.01);
    await eventually(() => page.url()).toMatch(/cam=/);
    const cam = new URL(page.url()).searchParams.get('cam')!.split(',').map(Number);
    for (const value of cam.slice(0, 2)) expect(Math.abs(value)).toBeLessThan(1.5);
    await screenshot(page, '20-focus-framed');

    // The same through the Filters checkbox, from a link that carries a camera far away.
    await page.goto(`${session.server.url}/?node=town:pingshi&cam=34.03,-109.24,1`);
    await page.waitForSelector('.graph-area[data-layout="done"][data-labels-drawn-ms]');
    await page.getByRole('group', { name: 'Focus' }).getByRole('checkbox').check();
    await expectFramed(page, ids, 0.4);
  }, 120_000);

  it('a path is drawn in view, and ⤢, 0 and zoom-out move the camera and it stays there', async () => {
    const { page } = await open('/?from=town:beixiang-huangben&to=strategy:work-1&tab=path');
    const { shortestPath } = await session.server.gql<{ shortestPath: { nodes: { id: string }[] } }>('{ shortestPath(from: "town:beixiang-huangben", to: "strategy:work-1", maxLength: 10) { nodes { id } } }');
    const stops = shortestPath.nodes.map((n) => n.id);
    await eventually(async () => (await graphState(page)).emphasis).toBe('path');
    const framed = await expectFramed(page, stops, 0.3);
    expect(framed.camera.ratio).toBeLessThan(1);
    await screenshot(page, '21-path-framed');

    await page.getByRole('button', { name: 'Show the whole graph' }).click();
    await cameraSettled(page);
    await page.waitForTimeout(800);
    expect(await page.evaluate(() => window.__explorer!.camera())).toEqual({ x: 0.5, y: 0.5, ratio: 1 });

    await page.getByRole('button', { name: 'Zoom in' }).click();
    await cameraSettled(page);
    const zoomedIn = (await page.evaluate(() => window.__explorer!.camera())).ratio;
    expect(zoomedIn).toBeLessThan(1);
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await cameraSettled(page);
    await page.waitForTimeout(800);
    expect((await page.evaluate(() => window.__explorer!.camera())).ratio).toBeCloseTo(zoomedIn * 1.5, 3);

    await page.locator('.graph-area').focus();
    await page.keyboard.press('+');
    await page.keyboard.press('ArrowLeft');
    await cameraSettled(page);
    await page.keyboard.press('0');
    await cameraSettled(page);
    await page.waitForTimeout(800);
    expect(await page.evaluate(() => window.__explorer!.camera())).toEqual({ x: 0.5, y: 0.5, ratio: 1 });
  }, 120_000);

  it('a report section chosen under an old focus lights up and frames all its drawn entities, also on the Briefing tab', async () => {
    const { page } = await open('/?node=town:pingshi&focus=1&tab=outline');
    const tree = page.getByRole('tree', { name: 'Report outline' });
    const { sections } = await session.server.gql<{ sections: { id: string; entities: { id: string }[] }[] }>('{ sections { id entities { id } } }');
    // A section about places far from 坪石镇: chosen with a focus left on, it must still light up all its entities.
    const section = sections.filter((s) => s.entities.length >= 6 && !s.entities.some((e) => e.id === 'town:pingshi')).sort((a, b) => b.entities.length - a.entities.length)[0]!;
    await tree.waitFor();
    const row = page.locator(`[data-section-id="${section.id}"]`).first();
    if (!(await row.isVisible())) {
      // Open the branches down to it.
      for (let depth = 0; depth < 4 && !(await row.isVisible()); depth += 1) {
        for (const closed of await tree.locator('[role="treeitem"][aria-expanded="false"]').all()) if (await closed.isVisible()) await closed.locator('.tree__twisty').first().click();
      }
    }
    await row.locator('.tree__title').first().click();
    const members = [...new Set(section.entities.map((e) => e.id))];
    await eventually(async () => Number((await graphState(page)).emphasisedNodes)).toBe(members.length);
    expect(page.url()).not.toContain('focus=');
    expect(await page.locator('.graph-area__caption').textContent()).toContain(`${members.length} entities`);
    await expectFramed(page, members, 0.3);
    await screenshot(page, '22-section-framed');

    // The Briefing tab shows the section's highlight, as the view it would add.
    await page.getByRole('tab', { name: 'Briefing' }).click();
    await eventually(async () => (await graphState(page)).emphasis).toBe('section');
    expect(Number((await graphState(page)).emphasisedNodes)).toBe(members.length);
    await page.getByRole('button', { name: 'Add this view' }).click();
    await page.getByRole('button', { name: 'Show view 1' }).click();
    await eventually(async () => (await graphState(page)).emphasis).toBe('section');
    expect(Number((await graphState(page)).emphasisedNodes)).toBe(members.length);

  }, 120_000);

  it('a search choice and a link without a camera bring the entity into view', async () => {
    const { page } = await open('/');
    const input = page.getByRole('combobox', { name: 'Search entities' });
    await input.fill('坪石');
    await page.getByRole('option').filter({ hasText: '坪石镇' }).first().click();
    await eventually(() => panelHeading(page).textContent()).toBe('坪石镇');
    await expectFramed(page, ['town:pingshi']);

    // A link to an entity far from the middle, without a camera.
    const seed = await readSeed();
    const far = seed.graph.nodes.reduce((a, b) => (Math.hypot(b.attributes!.x!, b.attributes!.y!) > Math.hypot(a.attributes!.x!, a.attributes!.y!) ? b : a)).key;
    const link = await open(`/?node=${far}`);
    await expectFramed(link.page, [far]);
    expect(await drawnEntities(link.page, [far])).toEqual([far]);
  }, 120_000);

  it('Enter in search acts on the text in the box, waiting for its hits', async () => {
    const { search } = await session.server.gql<{ search: { entity: { id: string; name: string } }[] }>('{ search(query: "139", first: 1) { entity { id name } } }');
    const wanted = search[0]!.entity;
    expect(wanted.name).toContain('139');
    const { page } = await open('/');
    const input = page.getByRole('combobox', { name: 'Search entities' });
    await input.focus();
    // Slow enough that "13" is searched on its own first, fast enough that "139" is not back when Enter comes.
    await page.keyboard.type('13');
    await page.getByRole('option').first().waitFor();
    await page.keyboard.type('9');
    await page.keyboard.press('Enter');
    await eventually(() => panelHeading(page).textContent()).toBe(wanted.name);
    expect(page.url()).toContain(`node=${wanted.id}`);

    // Text with no hits: Enter says so and chooses nothing.
    await input.focus();
    await page.keyboard.type('zzqx');
    await page.keyboard.press('Enter');
    await eventually(() => page.getByRole('status').filter({ hasText: 'Nothing matches' }).count()).toBe(1);
    expect(await panelHeading(page).textContent()).toBe(wanted.name);
  }, 120_000);

  it('"only" in the legend shows one type alone in one click, and again shows them all', async () => {
    const { page } = await open('/');
    const { stats } = await session.server.gql<{ stats: { entityCount: number; entitiesByType: { type: string; count: number }[] } }>('{ stats { entityCount entitiesByType { type count } } }');
    const targets = stats.entitiesByType.find((t) => t.type === 'TARGET')!.count;
    const legend = page.getByRole('group', { name: 'Entity types' });
    await legend.getByRole('button', { name: 'only Target' }).click();
    await eventually(async () => Number((await graphState(page)).visibleNodes)).toBe(targets);
    expect(await legend.locator('input:checked').count()).toBe(1);
    expect(await paintedShare(page)).toBeGreaterThan(0.01);
    await legend.getByRole('button', { name: 'only Target' }).click();
    await eventually(async () => Number((await graphState(page)).visibleNodes)).toBe(stats.entityCount);
  }, 120_000);

  it('choosing another entity ends focus, so the canvas shows the whole graph around the new choice', async () => {
    const { page } = await open('/?node=town:pingshi&focus=1');
    const all = Number((await graphState(page)).nodeCount);
    await eventually(async () => Number((await graphState(page)).visibleNodes)).toBeLessThan(all);
    const input = page.getByRole('combobox', { name: 'Search entities' });
    await input.fill('huangben');
    await page.getByRole('option').filter({ hasText: '黄坌村' }).first().waitFor();
    await input.press('Enter');
    await eventually(() => panelHeading(page).textContent()).toBe('黄坌村');
    expect(page.url()).not.toContain('focus=');
    expect(Number((await graphState(page)).visibleNodes)).toBe(all);
    expect((await graphState(page)).emphasis).toBe('selection');
    expect(await page.getByRole('button', { name: 'Focus on neighbours' }).getAttribute('aria-pressed')).toBe('false');
    await expectFramed(page, ['town:beixiang-huangben']);
  }, 120_000);

  it('at 1440×900 too: focus, a path, a section link, grow mode and a `?node=` link each frame what was chosen', async () => {
    const wide = { viewport: { width: 1440, height: 900 } };
    const { neighborhood } = await session.server.gql<{ neighborhood: { nodes: { id: string }[] } }>('{ neighborhood(id: "town:pingshi", depth: 1, limit: 2000) { nodes { id } } }');
    const around = neighborhood.nodes.map((n) => n.id);
    const focus = await open('/?node=town:pingshi&focus=1', wide);
    await expectFramed(focus.page, around, 0.4);
    expect(await paintedShare(focus.page)).toBeGreaterThan(0.01);
    await screenshot(focus.page, '21-wide-focus');

    const { shortestPath } = await session.server.gql<{ shortestPath: { nodes: { id: string }[] } }>('{ shortestPath(from: "town:beixiang-huangben", to: "strategy:work-1", maxLength: 10) { nodes { id } } }');
    const path = await open('/?from=town:beixiang-huangben&to=strategy:work-1&tab=path', wide);
    await eventually(async () => (await graphState(path.page)).emphasis).toBe('path');
    await expectFramed(path.page, shortestPath.nodes.map((n) => n.id), 0.3);
    await screenshot(path.page, '22-wide-path');

    const { section } = await session.server.gql<{ section: { entities: { id: string }[] } }>('{ section(id: "section:review-13fyp-1") { entities { id } } }');
    const reading = await open('/?tab=outline&section=section:review-13fyp-1', wide);
    const members = [...new Set(section.entities.map((e) => e.id))];
    await eventually(async () => Number((await graphState(reading.page)).emphasisedNodes)).toBe(members.length);
    await expectFramed(reading.page, members, 0.3);

    const grown = await open('/?grow=town:pingshi&expand=town:pingshi', wide);
    await eventually(async () => Number((await graphState(grown.page)).visibleNodes)).toBe(around.length);
    await expectFramed(grown.page, around, 0.4);

    const linked = await open('/?node=glossary:12', wide);
    await expectFramed(linked.page, ['glossary:12']);
  }, 180_000);
});
