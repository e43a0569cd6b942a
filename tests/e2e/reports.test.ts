/**
 * The explorer on the ten-report seed (Lechang and the nine national reports), in real Chromium
 * against the real server serving the production build: the reports picker and colour by
 * report, the report of every passage, and the targets view — 国内生产总值增长 with each year's
 * national goal and Lechang's 2021 goal, each point opening its passage, no boxes for Chinese.
 *
 * The seed is SEED_PATH when set (e.g. after `npm run ingest -- ../shared/reports/national`),
 * otherwise built here from ../shared/reports/national by the same functions `npm run ingest` runs.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { defaultBuildInput } from '../../graph-seed/build-seed.ts';
import { buildCorpusSeed } from '../../graph-seed/corpus.ts';
import { readInputs } from '../../graph-seed/ingest/read-inputs.ts';
import type { SeedArtefact } from '../../graph-seed/types.ts';
import { readSeed } from '../../server/store/create-store.ts';
import { describeInBrowser, launchBrowser, openPage, screenshot, SCREENSHOTS, startServer, type Running } from './harness.ts';

const NATIONAL = fileURLToPath(new URL('../../../shared/reports/national', import.meta.url));

async function tenReportSeed(): Promise<SeedArtefact> {
  if (process.env.SEED_PATH) return readSeed(process.env.SEED_PATH);
  if (!existsSync(NATIONAL)) throw new Error(`e2e: no national reports at ${NATIONAL}; set SEED_PATH to a seed made by npm run ingest`);
  return buildCorpusSeed(defaultBuildInput(), await readInputs([NATIONAL]));
}

interface ApiTarget {
  id: string;
  period: string;
  kind: 'GOAL' | 'RESULT';
  report: { id: string; title: string; year: number; jurisdiction: { name: string } };
}

describeInBrowser('several reports in the explorer', () => {
  let server: Running;
  let browser: Browser;
  let goals: ApiTarget[];
  let reports: { id: string; title: string; year: number }[];

  beforeAll(async () => {
    server = await startServer(await tenReportSeed());
    browser = await launchBrowser();
    ({ reports } = await server.gql<{ reports: typeof reports }>('{ reports { id title year } }'));
    ({ targetSeries: goals } = await server.gql<{ targetSeries: ApiTarget[] }>(
      'query($i: String!) { targetSeries(indicator: $i, kind: GOAL) { id period kind report { id title year jurisdiction { name } } } }',
      { i: '国内生产总值增长' },
    ));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('serves ten reports and lists them in the Filters tab; unticking one filters the graph and goes into the URL', async () => {
    expect(reports).toHaveLength(10);
    const { page, context, errors } = await openPage(browser, server.url);
    const picker = page.locator('.reports-picker');
    await expect.poll(() => picker.locator('input[type="checkbox"]').count()).toBe(10);
    const before = Number(await page.locator('.graph-area').getAttribute('data-node-count'));
    await picker.getByText(reports[1]!.title).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('reports')?.split(',').length).toBe(9);
    expect(new URL(page.url()).searchParams.get('reports')).not.toContain(reports[1]!.id);
    await expect.poll(async () => Number(await page.locator('.graph-area').getAttribute('data-node-count'))).toBeLessThan(before);
    // Colour by report: the legend names each report in view, and the colour for several.
    await page.getByLabel('Colour by report').check();
    const legend = page.locator('.reports-picker__legend li');
    await expect.poll(() => legend.count()).toBe(10);
    expect(await legend.last().textContent()).toContain('In several of these reports');
    expect(new URL(page.url()).searchParams.get('color')).toBe('report');
    await screenshot(page, 'reports-colour-by-report');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says which report every passage in the entity panel is from', async () => {
    const { page, context, errors } = await openPage(browser, `${server.url}/?node=indicator:gdp-growth`);
    const sources = page.locator('.panel .passage__report');
    await expect.poll(() => sources.count()).toBeGreaterThan(1);
    const texts = await sources.allTextContents();
    expect(texts.every((t) => reports.some((r) => t.includes(r.title)))).toBe(true);
    expect(new Set(texts).size).toBeGreaterThan(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('charts 国内生产总值增长: each year’s national goal and Lechang’s 2021 goal, each point opening its passage', async () => {
    const national = goals.filter((t) => t.report.jurisdiction.name === '中华人民共和国' && /^\d{4}$/.test(t.period));
    const lechang = goals.find((t) => t.report.id === 'report:lechang-2021' && t.period === '2021');
    expect(national.length).toBeGreaterThanOrEqual(9);
    expect(lechang).toBeDefined();

    const { page, context, errors } = await openPage(browser, server.url);
    await page.getByRole('tab', { name: 'Targets' }).click();
    await page.getByLabel('Indicator 指标').fill('GDP growth');
    await page.locator('.targets-panel__choice', { hasText: '国内生产总值增长' }).first().click();
    await page.waitForSelector('.targets-view[data-state="ready"] .targets-chart svg');
    expect(new URL(page.url()).searchParams.get('indicator')).toBe('indicator:gdp-growth');

    const points = page.locator('.targets-chart [data-target-id]');
    const drawn = new Map((await points.evaluateAll((els) => els.map((el) => [el.getAttribute('data-target-id'), el.getAttribute('data-kind')] as const))).map(([id, kind]) => [id!, kind]));
    for (const goal of [...national, lechang!]) expect(drawn.get(goal.id), goal.id).toBe('GOAL');
    expect([...drawn.values()]).toContain('RESULT');
    // The table holds the same points.
    expect(await page.locator('.targets-table tbody tr').count()).toBe(drawn.size);

    // Keyboard: focus Lechang's 2021 goal and press Enter.
    await page.locator(`.targets-chart [data-target-id="${lechang!.id}"]`).focus();
    await page.keyboard.press('Enter');
    const popup = page.getByRole('dialog', { name: 'Passage of this target' });
    await expect.poll(() => popup.locator('.targets-popup__report').textContent()).toContain(lechang!.report.title);
    expect(await popup.locator('mark').first().textContent()).toMatch(/生产总值/);
    expect(await popup.textContent()).toContain('乐昌市');
    await screenshot(page, 'targets-gdp-growth-passage');
    await page.keyboard.press('Escape');
    await expect.poll(() => popup.count()).toBe(0);

    // Click: the 2021 national goal, from its own report.
    const cn2021 = national.find((t) => t.period === '2021')!;
    await page.locator(`.targets-chart [data-target-id="${cn2021.id}"]`).click();
    await expect.poll(() => popup.locator('.targets-popup__report').textContent()).toContain(cn2021.report.title);
    expect(await popup.locator('.passage__text').first().textContent()).toMatch(/国内生产总值增长6%以上/);
    await page.locator('.targets-popup .panel__close').click();

    // No boxes for Chinese: every character the chart draws is in a loaded face of the bundled font
    // (Chromium here sees no system CJK font, so without it they would be boxes).
    const chartText = await page.locator('.targets-chart svg').first().evaluate((svg) => svg.textContent ?? '');
    const cjk = [...new Set(chartText.match(/[\u4e00-\u9fff]/g) ?? [])].join('');
    expect(cjk.length).toBeGreaterThan(0);
    await page.evaluate((text) => document.fonts.load('12px "Noto Sans SC"', text), cjk);
    expect(await page.evaluate((text) => document.fonts.check('12px "Noto Sans SC"', text), cjk)).toBe(true);
    expect(await page.locator('.targets-chart svg').first().evaluate((svg) => getComputedStyle(svg).fontFamily)).toContain('Noto Sans SC');
    await page.locator('.targets-view').screenshot({ path: `${SCREENSHOTS}/targets-gdp-growth.png` });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the chart in a briefing slide and exports it as a picture with its font', async () => {
    const { page, context, errors } = await openPage(browser, `${server.url}/?tab=targets&indicator=indicator:gdp-growth`);
    await page.waitForSelector('.targets-view[data-state="ready"] .targets-chart svg');
    const download = page.waitForEvent('download');
    await page.locator('.targets-view').getByRole('button', { name: 'SVG' }).click();
    const file = await (await download).path();
    const svg = await import('node:fs').then((fs) => fs.readFileSync(file!, 'utf8'));
    expect(svg).toContain('@font-face');
    expect(svg).toContain('国内生产总值增长');
    expect(svg).toContain('乐昌市');
    await page.getByRole('tab', { name: 'Briefing' }).click();
    await page.getByRole('button', { name: 'Add this view' }).click();
    const link = await page.getByLabel('Link to this briefing').inputValue();
    expect(link).toContain('indicator=indicator:gdp-growth');
    expect(errors).toEqual([]);
    await context.close();
    // The briefing's link opens the chart again, in present mode.
    const shown = await openPage(browser, link, { waitForGraph: false });
    await shown.page.waitForSelector('.targets-view[data-state="ready"] .targets-chart [data-target-id]');
    expect(await shown.page.locator('.present').count()).toBe(1);
    expect(shown.errors).toEqual([]);
    await shown.context.close();
  });
});
