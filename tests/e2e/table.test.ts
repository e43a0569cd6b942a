/**
 * The data table of what is drawn, in Chromium against the real server: one row per drawn
 * entity with its type's fields (a target's indicator, value, unit, comparator, period, kind),
 * sorted and filtered by keyboard, selection in step with the canvas both ways, CSV of the rows
 * shown (read back with a CSV reader), and no serious axe finding.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeInBrowser, eventually, explorerSession, graphState, screenshot, waitForGraph } from './harness.ts';
import { clickEntity } from './view-checks.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function serious(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<{ violations: { id: string; impact: string; nodes: { target: unknown }[] }[] }> } }).axe;
    const result = await axe.run(document.querySelector('#data-table'), { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} ${JSON.stringify(v.nodes[0]?.target)}`);
  });
}

describeInBrowser('data table', () => {
  const session = explorerSession();

  it('lists what is drawn with each type\'s fields, sorts and filters by keyboard, keeps selection in step, and writes the rows shown as CSV', async () => {
    const { page } = await session.open('/?node=town:pingshi&focus=2');
    const drawn = Number((await graphState(page)).visibleNodes);
    await page.getByRole('button', { name: 'Table' }).click();
    const table = page.getByRole('region', { name: 'Table of what is drawn' });
    await eventually(() => table.getByRole('status').textContent()).toBe(`${drawn} of ${drawn} rows`);
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(drawn);

    // Only targets: their own columns are filled.
    await table.getByRole('combobox', { name: 'Only this type' }).selectOption('Target');
    const headers = await table.locator('thead th').allTextContents();
    for (const field of ['Indicator', 'Value', 'Unit', 'Comparator', 'Period', 'Kind']) expect(headers.join('|')).toContain(field);
    const targets = await rows.count();
    expect(targets).toBeGreaterThan(0);
    const { graph } = await session.server.gql<{ graph: { nodes: { id: string; indicator?: string; value?: number; unit?: string }[] } }>('{ graph { nodes { id ... on Target { indicator value unit } } } }');
    const firstId = await rows.first().getAttribute('data-entity-id');
    const target = graph.nodes.find((n) => n.id === firstId)!;
    const firstCells = await rows.first().locator('td').allTextContents();
    expect(firstCells).toContain(target.indicator);
    if (target.value !== null && target.value !== undefined) expect(firstCells).toContain(String(target.value));

    // Sort by Value with the keyboard: ascending, then descending.
    await table.getByRole('button', { name: 'Value' }).focus();
    await page.keyboard.press('Enter');
    await eventually(() => table.locator('th[aria-sort="ascending"]').textContent()).toContain('Value');
    const valueAt = headers.findIndex((h) => h.startsWith('Value'));
    const values = async () => (await rows.locator(`td:nth-child(${valueAt + 1})`).allTextContents()).filter(Boolean).map(Number);
    const up = await values();
    expect(up).toEqual([...up].sort((a, b) => a - b));
    await page.keyboard.press('Enter');
    const down = await values();
    expect(down).toEqual([...down].sort((a, b) => b - a));

    // Filter by text.
    await table.getByRole('combobox', { name: 'Only this type' }).selectOption('');
    await table.getByRole('searchbox', { name: 'Filter rows' }).fill('坪石');
    await eventually(async () => (await rows.count()) < drawn).toBe(true);
    for (const text of await rows.locator('td:nth-child(2)').allTextContents()) expect(text).toContain('坪石');

    // Selection, in grow mode (what is drawn does not depend on the selection): a checkbox
    // selects on the canvas too; a click on the canvas checks the row.
    await page.goto(`${session.server.url}/?grow=town:pingshi&expand=town:pingshi`);
    await waitForGraph(page);
    await page.getByRole('button', { name: 'Table' }).click();
    const other = await rows.nth(3).getAttribute('data-entity-id');
    await rows.nth(3).getByRole('checkbox').check();
    await eventually(() => page.url()).toContain(`node=${other}`);
    await rows.nth(0).getByRole('checkbox').check();
    await eventually(() => page.url()).toContain(`also=${other}`);
    await page.getByRole('button', { name: 'Clear selection' }).click();
    await eventually(() => table.locator('tbody input:checked').count()).toBe(0);
    const box = (await page.locator('.graph-area').boundingBox())!;
    const ids = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-entity-id')!));
    const positions = await page.evaluate((wanted) => wanted.map((id) => [id, window.__explorer!.viewportPosition(id)] as const), ids);
    // The canvas gives way to the table: nothing drawn sits under it.
    const tableTop = (await table.boundingBox())!.y - box.y;
    expect(positions.filter(([, at]) => at && at.y > tableTop).map(([id]) => id), 'entities drawn under the open table').toEqual([]);
    const above = positions.find(([, at]) => at && at.y > 40 && at.y < box.height * 0.45 && at.x > 20 && at.x < box.width - 20)![0];
    await clickEntity(page, above);
    await eventually(() => table.locator(`tr[data-entity-id="${above}"] input`).isChecked()).toBe(true);
    await screenshot(page, '66-table');

    expect(await serious(page), 'serious axe findings in the table').toEqual([]);

    // CSV of the rows shown (places only), read back by a CSV reader.
    await table.getByRole('combobox', { name: 'Only this type' }).selectOption('Place');
    const shownIds = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-entity-id')));
    const [download] = await Promise.all([page.waitForEvent('download'), table.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('lechang-2021-table.csv');
    const csv = readFileSync((await download.path())!, 'utf8').replace(/^\ufeff/, '');
    const records = parse(csv) as string[][];
    expect(records[0]!.slice(0, 4)).toEqual(['id', 'Name', 'Type', 'Relations']);
    expect(records.slice(1).map((r) => r[0])).toEqual(shownIds);
    expect(records.slice(1).every((r) => r[2] === 'Place')).toBe(true);
  }, 120_000);
});
