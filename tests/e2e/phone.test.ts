/**
 * The explorer on a phone (390×844, touch): the canvas gets the screen, the modes open as
 * sheets from the bottom, the entity panel is a sheet below a canvas that stays visible, and
 * nothing overflows sideways. Search, the entity panel, path, reading mode and briefings are
 * used by tapping, and each chosen thing is drawn inside the part of the canvas left visible.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeInBrowser, eventually, type ExplorerPage, explorerSession, type ExplorerSession, graphState, type OpenOptions, PHONE, screenshot } from './harness.ts';
import { expectFramed, paintedShare } from './view-checks.ts';

let session: ExplorerSession;


const open = (path = '/', options?: OpenOptions): Promise<ExplorerPage> => session.open(path, options);

/** Nothing wider than the screen, and the element inside it. */
async function expectOnScreen(page: Page, selector: string): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = (await page.locator(selector).first().boundingBox())!;
  expect(box, selector).not.toBeNull();
  expect(box.x, `${selector} left edge`).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, `${selector} right edge`).toBeLessThanOrEqual(PHONE.viewport.width + 0.5);
  expect(box.y + box.height, `${selector} bottom edge`).toBeLessThanOrEqual(PHONE.viewport.height + 0.5);
  return box;
}

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const widths = await page.evaluate(() => ({ doc: document.documentElement.scrollWidth, body: document.body.scrollWidth }));
  expect(widths.doc, 'page width').toBeLessThanOrEqual(PHONE.viewport.width);
  expect(widths.body, 'body width').toBeLessThanOrEqual(PHONE.viewport.width);
}

describeInBrowser('on a phone', () => {
  session = explorerSession(PHONE);
  it('gives the canvas the screen; search and the entity panel work by touch', async () => {
    const { page } = await open('/');
    const canvas = await expectOnScreen(page, '.graph-area');
    expect(canvas.width).toBeGreaterThanOrEqual(PHONE.viewport.width - 1);
    expect(canvas.height).toBeGreaterThan(PHONE.viewport.height * 0.6);
    expect(await paintedShare(page)).toBeGreaterThan(0.02);
    const search = await expectOnScreen(page, '.header__search input');
    expect(search.width).toBeGreaterThan(300);
    await expectNoSidewaysScroll(page);
    await screenshot(page, '30-phone-overview');

    await page.getByRole('combobox', { name: 'Search entities' }).tap();
    await page.keyboard.type('pingshi');
    await page.getByRole('option').filter({ hasText: '坪石镇' }).first().tap();
    const panel = page.getByRole('complementary', { name: 'Entity details' });
    await eventually(() => panel.getByRole('heading', { level: 2 }).textContent()).toBe('坪石镇');
    const sheet = await expectOnScreen(page, '.panel');
    const after = await expectOnScreen(page, '.graph-area');
    expect(after.width).toBeGreaterThanOrEqual(PHONE.viewport.width - 1);
    expect(after.height, 'canvas left above the panel (labels need room)').toBeGreaterThan(PHONE.viewport.height * 0.42);
    expect(after.y + after.height).toBeLessThanOrEqual(sheet.y + 1);
    await expectFramed(page, ['town:pingshi']);
    await expectNoSidewaysScroll(page);
    await screenshot(page, '31-phone-entity');

    await panel.getByRole('button', { name: 'Focus on neighbours' }).tap();
    const { neighborhood } = await session.server.gql<{ neighborhood: { nodes: { id: string }[] } }>('{ neighborhood(id: "town:pingshi", depth: 1, limit: 2000) { nodes { id } } }');
    await eventually(async () => Number((await graphState(page)).visibleNodes)).toBe(neighborhood.nodes.length);
    await expectFramed(page, neighborhood.nodes.map((n) => n.id), 0.3);
    await screenshot(page, '32-phone-focus');

    await panel.getByRole('button', { name: /Close the panel/ }).tap();
    await eventually(() => panel.count()).toBe(0);
    expect((await page.locator('.graph-area').boundingBox())!.height).toBeGreaterThan(PHONE.viewport.height * 0.6);
  }, 120_000);

  it('finds a path, opens reading mode and presents a briefing from sheets', async () => {
    const { page } = await open('/?node=town:beixiang-huangben');
    await page.getByRole('button', { name: 'Path from here' }).tap();
    const pathTo = page.getByRole('combobox', { name: 'Path to' });
    await eventually(() => pathTo.isVisible()).toBe(true);
    await expectOnScreen(page, '.sidebar');
    await pathTo.tap();
    await page.keyboard.type('乐昌市');
    await page.getByRole('option').filter({ hasText: '乐昌市' }).first().tap();
    await page.getByRole('heading', { name: /Shortest path: \d+ hop/ }).waitFor();
    await expectNoSidewaysScroll(page);
    await screenshot(page, '33-phone-path-sheet');
    await page.getByRole('tabpanel').getByRole('button', { name: 'Back to the graph' }).tap();
    const { shortestPath } = await session.server.gql<{ shortestPath: { nodes: { id: string }[] } }>('{ shortestPath(from: "town:beixiang-huangben", to: "town:lechang", maxLength: 10) { nodes { id } } }');
    await eventually(async () => (await graphState(page)).emphasis).toBe('path');
    await expectFramed(page, shortestPath.nodes.map((n) => n.id), 0.2);
    await screenshot(page, '34-phone-path');

    await page.getByRole('tab', { name: 'Report' }).tap();
    const tree = page.getByRole('tree', { name: 'Report outline' });
    await tree.waitFor();
    await expectOnScreen(page, '.sidebar');
    await tree.locator('.tree__title').nth(1).tap();
    await eventually(async () => (await graphState(page)).emphasis).toBe('section');
    await expectNoSidewaysScroll(page);

    await page.getByRole('tab', { name: 'Briefing' }).tap();
    await page.getByRole('button', { name: 'Add this view' }).tap();
    await page.getByRole('button', { name: 'Present' }).tap();
    const bar = await expectOnScreen(page, '.present');
    expect(bar.width).toBeGreaterThan(300);
    await eventually(async () => (await graphState(page)).emphasis).toBe('section');
    await expectNoSidewaysScroll(page);
    await screenshot(page, '35-phone-present');
  }, 120_000);
});
