/**
 * What users of Gephi Lite, Neo4j Bloom and Kumu expect, in Chromium against the real server:
 * grow the view from one entity by its neighbours one click at a time (kept in the URL, so
 * Back, Forward and a shared link keep it); hide an entity and show it again; select several
 * (shift-click on the canvas, the drawn list's checkboxes), with the panel saying what is
 * selected and path and export acting on the selection.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeInBrowser, eventually, explorerSession, graphState, screenshot, waitForGraph } from './harness.ts';
import { clickEntity, drawnOf, expectFramed } from './view-checks.ts';

const panel = (page: Page) => page.getByRole('complementary', { name: 'Entity details' });
const visibleNodes = async (page: Page) => Number((await graphState(page)).visibleNodes);

describeInBrowser('grow, hide and select several', () => {
  const session = explorerSession();
  const neighbours = async (id: string) => {
    const { neighborhood } = await session.server.gql<{ neighborhood: { nodes: { id: string }[] } }>('query($id: ID!) { neighborhood(id: $id, depth: 1, limit: 2000) { nodes { id } } }', { id });
    return neighborhood.nodes.map((n) => n.id);
  };

  it('grows the view from one entity, a click at a time; Back, Forward and the link keep it', async () => {
    const { page } = await session.open('/?node=town:pingshi');
    await panel(page).getByRole('button', { name: 'Start from here' }).click();
    await eventually(() => visibleNodes(page)).toBe(1);
    await eventually(() => page.url()).toContain('grow=town:pingshi');
    await expectFramed(page, ['town:pingshi']);

    await panel(page).getByRole('button', { name: 'Expand neighbours' }).click();
    const first = await neighbours('town:pingshi');
    await eventually(() => visibleNodes(page)).toBe(first.length);
    expect(await drawnOf(page, first)).toEqual(first);
    await expectFramed(page, first, 0.3);
    expect(page.url()).toContain('expand=town:pingshi');
    await screenshot(page, '60-grow-once');

    // Double-click a neighbour on the canvas: its neighbours join the view.
    const next = first.find((id) => id !== 'town:pingshi' && id.startsWith('town:'))!;
    await clickEntity(page, next, { double: true });
    const second = [...new Set([...first, ...(await neighbours(next))])];
    await eventually(() => visibleNodes(page)).toBe(second.length);
    await eventually(() => page.url()).toContain(`expand=town:pingshi,${next}`);
    await expectFramed(page, second, 0.3);
    expect(await page.locator('.graph-area__caption').textContent()).toContain('Grown from 坪石镇');
    await screenshot(page, '61-grow-twice');

    await page.goBack();
    await eventually(() => visibleNodes(page)).toBe(first.length);
    await page.goForward();
    await eventually(() => visibleNodes(page)).toBe(second.length);

    const shared = await session.open(page.url().replace(session.server.url, '').replace(/&cam=[^&]*/, ''));
    await eventually(() => visibleNodes(shared.page)).toBe(second.length);
    await expectFramed(shared.page, second, 0.3);

    await shared.page.getByRole('tab', { name: 'Filters' }).click();
    await shared.page.getByRole('button', { name: 'Leave grow mode' }).click();
    await eventually(async () => Number((await graphState(shared.page)).visibleNodes)).toBe(Number((await graphState(shared.page)).nodeCount));
    expect(shared.page.url()).not.toContain('grow=');
  }, 120_000);

  it('hides an entity, keeps it hidden in the link, and shows it again from the Filters tab', async () => {
    const { page } = await session.open('/?node=town:lechang');
    const all = await visibleNodes(page);
    await panel(page).getByRole('button', { name: 'Hide', exact: true }).click();
    await eventually(() => visibleNodes(page)).toBe(all - 1);
    expect(await drawnOf(page, ['town:lechang'])).toEqual([]);
    expect(await panel(page).count()).toBe(0);
    await eventually(() => page.url()).toContain('hideId=town:lechang');

    await page.reload();
    await waitForGraph(page);
    expect(await drawnOf(page, ['town:lechang'])).toEqual([]);
    const hidden = page.getByRole('group', { name: /Hidden entities \(1\)/ });
    await hidden.getByRole('button', { name: 'show 乐昌市' }).click();
    await eventually(() => drawnOf(page, ['town:lechang'])).toEqual(['town:lechang']);
    expect(await visibleNodes(page)).toBe(all);
    expect(page.url()).not.toContain('hideId');
  }, 120_000);

  it('selects several by shift-click and from the list; the panel says what is selected; path and export act on them', async () => {
    const { page } = await session.open('/?node=town:pingshi');
    await expectFramed(page, ['town:pingshi']);
    const near = (await neighbours('town:pingshi')).find((id) => id !== 'town:pingshi')!;
    await clickEntity(page, near, { modifiers: ['Shift'] });
    await eventually(() => panel(page).getByRole('heading', { name: '2 entities selected' }).count()).toBe(1);
    await eventually(() => page.url()).toContain('also=town:pingshi');
    expect(page.url()).toContain(`node=${near}`);
    // Both ends and all their neighbours stand out.
    const union = new Set([...(await neighbours('town:pingshi')), ...(await neighbours(near))]);
    await eventually(async () => Number((await graphState(page)).emphasisedNodes)).toBe(union.size);
    await screenshot(page, '62-two-selected');

    const json = await panel(page).getByRole('link', { name: 'JSON of the selection' }).getAttribute('href');
    expect(json).toContain('ids=');
    const file = (await (await fetch(`${session.server.url}${json}`)).json()) as { nodes: { key: string }[] };
    expect(file.nodes.map((n) => n.key).sort()).toEqual([near, 'town:pingshi'].sort());

    // A third from the drawn list's checkbox.
    await page.locator('.drawn > summary').click();
    const third = page.locator('.drawn__item').filter({ hasNot: page.locator('input:checked') }).first();
    await third.getByRole('checkbox').check();
    await eventually(() => panel(page).getByRole('heading', { name: '3 entities selected' }).count()).toBe(1);
    await panel(page).getByRole('button', { name: /remove .* from the selection/ }).last().click();
    await eventually(() => panel(page).getByRole('heading', { name: '2 entities selected' }).count()).toBe(1);

    await page.reload();
    await waitForGraph(page);
    await eventually(() => panel(page).getByRole('heading', { name: '2 entities selected' }).count()).toBe(1);
    await panel(page).getByRole('button', { name: 'Path between these two' }).click();
    await eventually(() => page.url()).toMatch(/from=.*&to=/);
    await eventually(async () => (await graphState(page)).emphasis).toBe('path');
    await page.getByRole('heading', { name: /Shortest path: 1 hop/ }).waitFor();
  }, 120_000);
});
