/**
 * Dragging a node, in Chromium against the real server: it follows the mouse, its new place
 * goes into the view's URL (`pos=id~x~y`), and a reload, Back and Forward, and a briefing
 * built from the view show it there.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeInBrowser, eventually, explorerSession, screenshot, waitForGraph } from './harness.ts';
import { cameraSettled } from './view-checks.ts';

const where = (page: Page, id: string) => page.evaluate((wanted) => window.__explorer!.viewportPosition(wanted), id);
const placed = (page: Page, id: string) => page.evaluate((wanted) => window.__explorer!.graphPosition(wanted), id);

describeInBrowser('drag a node', () => {
  const session = explorerSession();

  it('moves where it is dropped, and the link, a reload, Back/Forward and a briefing keep it there', async () => {
    const { page } = await session.open('/?node=town:pingshi&focus=1&tab=briefing');
    await cameraSettled(page);
    const box = (await page.locator('.graph-area').boundingBox())!;
    const before = (await where(page, 'town:pingshi'))!;
    const laidOut = (await placed(page, 'town:pingshi'))!;
    await page.mouse.move(box.x + before.x, box.y + before.y);
    await page.mouse.down();
    for (let step = 1; step <= 8; step += 1) await page.mouse.move(box.x + before.x + step * 15, box.y + before.y + step * 10);
    await page.mouse.up();
    await eventually(() => page.url()).toMatch(/pos=town:pingshi~-?[\d.]+~-?[\d.]+/);
    await cameraSettled(page);
    const after = (await where(page, 'town:pingshi'))!;
    expect(after.x - before.x, 'moved right with the mouse (px)').toBeGreaterThan(100);
    expect(after.y - before.y, 'moved down with the mouse (px)').toBeGreaterThan(60);
    const [, x, y] = new URL(page.url()).searchParams.get('pos')!.split('~').map(Number) as [number, number, number];
    const dropped = (await placed(page, 'town:pingshi'))!;
    expect(Math.abs(dropped.x - x)).toBeLessThan(0.1);
    expect(Math.abs(dropped.y - y)).toBeLessThan(0.1);
    // The panel stayed on the same entity: a drag is not a click elsewhere.
    expect(page.url()).toContain('node=town:pingshi');
    await screenshot(page, '65-dragged');

    // A briefing saves the view with the node where it was dropped.
    const briefing = page.getByRole('region', { name: 'Briefing' });
    await briefing.getByLabel('Caption for this view').fill('坪石镇 moved');
    await briefing.getByRole('button', { name: 'Add this view' }).click();
    const link = await briefing.getByLabel('Link to this briefing').inputValue();

    await page.reload();
    await waitForGraph(page);
    await cameraSettled(page);
    expect(await placed(page, 'town:pingshi')).toEqual({ x, y });
    const reloaded = (await where(page, 'town:pingshi'))!;
    expect(Math.abs(reloaded.x - after.x), 'same place on screen after a reload').toBeLessThan(3);
    expect(Math.abs(reloaded.y - after.y)).toBeLessThan(3);

    await page.goBack();
    await eventually(async () => (await placed(page, 'town:pingshi'))!.x).toBeCloseTo(laidOut.x, 3);
    await page.goForward();
    await eventually(async () => (await placed(page, 'town:pingshi'))!.x).toBeCloseTo(x, 3);

    const shown = await session.open(link.replace(session.server.url, ''));
    await eventually(() => shown.page.getByRole('region', { name: 'Briefing view' }).textContent()).toContain('坪石镇 moved');
    await eventually(() => placed(shown.page, 'town:pingshi')).toEqual({ x, y });

    await page.getByRole('tab', { name: 'Filters' }).click();
    await page.getByRole('button', { name: 'Put dragged entities back' }).click();
    await eventually(async () => (await placed(page, 'town:pingshi'))!.x).toBeCloseTo(laidOut.x, 3);
    expect(page.url()).not.toContain('pos=');
  }, 120_000);
});
