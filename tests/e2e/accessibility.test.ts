/**
 * The explorer for keyboard and screen-reader users, in Chromium against the real server:
 * axe-core finds no serious or critical violation in any mode, at laptop and phone sizes; a
 * skip link leads to the graph; choosing an entity moves focus to its panel; the entities
 * drawn are reachable as a list; Back and Forward step through every change of view,
 * filters included; Escape closes the panel from anywhere.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeInBrowser, eventually, type ExplorerPage, explorerSession, type ExplorerSession, graphState, type OpenOptions, PHONE } from './harness.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let session: ExplorerSession;


const open = (path = '/', options?: OpenOptions): Promise<ExplorerPage> => session.open(path, options);

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** axe-core's serious and critical violations on the page as it is now (WCAG 2.1 A and AA, and best practice). */
async function seriousViolations(page: Page): Promise<Violation[]> {
  // Evaluated through the DevTools protocol, so the page's content security policy stays as it is.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)) }));
  }, 120_000);
  // Serious and critical ones, and skipped heading levels (moderate, but they break navigation by headings).
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical' || v.id === 'heading-order');
}

/** Every mode is checked before the test fails, so one run lists all that is wrong. */
async function checkAccessible(page: Page, mode: string, found: Record<string, Violation[]>): Promise<void> {
  const violations = await seriousViolations(page);
  if (violations.length) found[mode] = violations;
}

describeInBrowser('accessibility', () => {
  session = explorerSession();
  it('a skip link leads to the graph; choosing an entity moves focus to its panel; the list of what is drawn follows the selection', async () => {
    const { page } = await open('/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to the graph' });
    expect(await skip.evaluate((element) => element === document.activeElement)).toBe(true);
    const box = (await skip.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('graph-area'))).toBe(true);

    // The canvas's entities as a list, reached by keyboard from the graph.
    await page.keyboard.press('Tab');
    const summary = page.locator('.drawn > summary');
    expect(await summary.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await summary.textContent()).toContain(`${(await graphState(page)).visibleNodes} entities`);
    await page.keyboard.press('Enter');
    const list = page.getByRole('list', { name: 'Entities drawn on the canvas' });
    await list.waitFor();
    // The rows are rendered once the list opens, a frame later on a busy machine.
    await list.getByRole('checkbox').first().waitFor();
    // Each row: a checkbox that adds it to the selection, then its name, which selects it alone.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/^Selected: /);
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => document.activeElement?.closest('li')?.getAttribute('data-entity-id'));
    expect(first).toBeTruthy();
    await page.keyboard.press('Enter');
    const panel = page.getByRole('complementary', { name: 'Entity details' });
    await eventually(() => page.evaluate(() => document.activeElement?.classList.contains('entity__name') ?? false)).toBe(true);
    expect(await panel.locator('.entity').getAttribute('data-entity-id')).toBe(first);
    expect(await list.locator('[aria-current="true"]').count()).toBe(1);
    expect(await list.locator(`[data-entity-id="${first}"] button`).getAttribute('aria-current')).toBe('true');

    // A choice made elsewhere (search) moves the list's mark and the focus too.
    const input = page.getByRole('combobox', { name: 'Search entities' });
    await input.fill('pingshi');
    await page.getByRole('option').filter({ hasText: '坪石镇' }).first().waitFor();
    await input.press('Enter');
    await eventually(() => page.evaluate(() => document.activeElement?.textContent)).toBe('坪石镇');
    expect(await list.locator('[data-entity-id="town:pingshi"] button').getAttribute('aria-current')).toBe('true');
    const marked = (await list.locator('[data-entity-id="town:pingshi"]').boundingBox())!;
    const shown = (await list.boundingBox())!;
    expect(marked.y).toBeGreaterThanOrEqual(shown.y - 1);
    expect(marked.y + marked.height).toBeLessThanOrEqual(shown.y + shown.height + 1);
  }, 120_000);

  it('Escape closes the panel from anywhere, and Back and Forward step through every change of view', async () => {
    const { page } = await open('/');
    const input = page.getByRole('combobox', { name: 'Search entities' });
    await input.fill('pingshi');
    await page.getByRole('option').filter({ hasText: '坪石镇' }).first().waitFor();
    await input.press('Enter');
    const panel = page.getByRole('complementary', { name: 'Entity details' });
    await panel.locator('.passage').first().waitFor();
    // From the panel itself.
    await page.keyboard.press('Escape');
    await eventually(() => panel.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('graph-area'))).toBe(true);
    // From the search box: the first Escape closes its hits, the next one the panel.
    await page.goBack();
    await panel.waitFor();
    await input.fill('forest');
    await page.getByRole('option').first().waitFor();
    await input.press('Escape');
    expect(await panel.count()).toBe(1);
    await input.press('Escape');
    await input.press('Escape');
    await eventually(() => panel.count()).toBe(0);
    // From a text box in the sidebar.
    await page.goBack();
    await panel.waitFor();
    await page.getByRole('tab', { name: 'Briefing' }).click();
    await page.getByLabel('Caption for this view').focus();
    await page.keyboard.press('Escape');
    await eventually(() => panel.count()).toBe(0);

    // Back and Forward through selection, a filter, focus and the label language.
    await page.goto(`${session.server.url}/?node=town:pingshi`);
    await page.waitForSelector('.graph-area[data-layout="done"][data-labels-drawn-ms]');
    const all = Number((await graphState(page)).nodeCount);
    await page.getByRole('group', { name: 'Entity types' }).locator('label').filter({ hasText: 'Target' }).locator('input').uncheck();
    await eventually(() => page.url()).toContain('hide=TARGET');
    await page.getByRole('button', { name: 'Focus on neighbours' }).click();
    await eventually(() => page.url()).toContain('focus=1');
    await page.getByRole('radiogroup', { name: 'Label language' }).getByRole('radio', { name: 'English' }).check();
    await eventually(() => page.url()).toContain('lang=en');
    const focused = Number((await graphState(page)).visibleNodes);
    await page.goBack();
    await eventually(() => page.url()).not.toContain('lang=en');
    expect(await page.getByRole('radio', { name: '中文', exact: true }).isChecked()).toBe(true);
    await page.goBack();
    await eventually(() => page.url()).not.toContain('focus=');
    await eventually(async () => Number((await graphState(page)).visibleNodes)).toBeGreaterThan(focused);
    await page.goBack();
    await eventually(() => page.url()).not.toContain('hide=');
    await eventually(async () => Number((await graphState(page)).visibleNodes)).toBe(all);
    expect(await page.getByRole('group', { name: 'Entity types' }).locator('label').filter({ hasText: 'Target' }).locator('input').isChecked()).toBe(true);
    await page.goForward();
    await eventually(() => page.url()).toContain('hide=TARGET');
    await eventually(async () => Number((await graphState(page)).visibleNodes)).toBeLessThan(all);
  }, 120_000);

  for (const [size, options] of [['laptop', {}], ['phone', PHONE]] as const) {
    it(`axe finds no serious violation nor skipped heading level in any mode (${size})`, async () => {
      const { page } = await open('/', options);
      const found: Record<string, Violation[]> = {};
      const expectAccessible = (page: Page, mode: string) => checkAccessible(page, mode, found);
      await expectAccessible(page, 'the overview');
      const input = page.getByRole('combobox', { name: 'Search entities' });
      await input.fill('pingshi');
      await page.getByRole('option').filter({ hasText: '坪石镇' }).first().waitFor();
      await expectAccessible(page, 'search with its hits');
      await input.press('Enter');
      await page.getByRole('complementary', { name: 'Entity details' }).locator('.passage').first().waitFor();
      await expectAccessible(page, 'the entity panel');
      await page.getByRole('button', { name: 'Focus on neighbours' }).click();
      await expectAccessible(page, 'focus');
      for (const path of ['/?from=town:beixiang-huangben&to=strategy:work-1&tab=path', '/?tab=outline&section=section:review-13fyp-1', '/?rel=LOCATED_IN:town:pingshi->town:lechang', '/?tab=briefing&node=glossary:12', '/?node=target:2021-2025:senlinfugailv-71&lang=both', '/?node=town:pingshi&also=town:lechang&grow=town:pingshi&expand=town:pingshi&color=section&size=pagerank&hideId=town:beixiang']) {
        await page.goto(`${session.server.url}${path}`);
        await page.waitForSelector('.graph-area[data-layout="done"][data-labels-drawn-ms]');
        await page.waitForTimeout(500);
        if (size === 'phone' && path.includes('tab=')) await page.getByRole('tab', { selected: true }).click();
        await expectAccessible(page, path);
      }
      await page.getByRole('button', { name: 'Table', exact: true }).click();
      await page.getByRole('region', { name: 'Table of what is drawn' }).locator('tbody tr').first().waitFor();
      await expectAccessible(page, 'the data table');
      expect(found, 'axe: serious or critical violations, and skipped heading levels, by mode').toEqual({});
      // axe walks the whole page nine times: allow it the time a shared machine needs.
    }, 240_000);
  }
});
