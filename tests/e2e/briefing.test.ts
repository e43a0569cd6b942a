/**
 * Briefings in the real browser against the real server: pictures of a view as PNG (1x, 2x)
 * and SVG with its font embedded, the data files of the same view, and a briefing built in the
 * UI, shared as one link, presented view by view and laid out for print.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeInBrowser, type ExplorerPage, explorerSession, type ExplorerSession, graphState, type OpenOptions, SCREENSHOTS } from './harness.ts';

let session: ExplorerSession;

const open = (path = '/', options?: OpenOptions): Promise<ExplorerPage> => session.open(path, options);

async function downloadFrom(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

/** Decodes an image in the session.browser, as a reader's image viewer would. */
async function imageSize(page: Page, bytes: Buffer, type: string): Promise<{ width: number; height: number }> {
  return page.evaluate(
    async ({ base64, type }) => {
      const blob = new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type });
      const image = new Image();
      image.src = URL.createObjectURL(blob);
      await image.decode();
      URL.revokeObjectURL(image.src);
      return { width: image.naturalWidth, height: image.naturalHeight };
    },
    { base64: bytes.toString('base64'), type },
  );
}

describeInBrowser('briefings', () => {
  session = explorerSession();
  it('exports the view as PNG at 1x and 2x, as SVG with its Chinese font embedded, and as GEXF', async () => {
    const { page } = await open('/?node=town:pingshi&focus=1');
    const pictures = page.getByRole('group', { name: 'Picture of this view' });
    const canvas = (await page.locator('.graph-area').boundingBox())!;

    const one = await downloadFrom(page, () => pictures.getByRole('button', { name: 'PNG 1x' }).click());
    expect(one.name).toBe('lechang-2021-graph.png');
    const size1 = await imageSize(page, one.bytes, 'image/png');
    expect(size1.width).toBe(Math.round(canvas.width));
    expect(size1.height).toBeGreaterThan(Math.round(canvas.height));

    const two = await downloadFrom(page, () => pictures.getByRole('button', { name: 'PNG 2x' }).click());
    expect(two.name).toBe('lechang-2021-graph@2x.png');
    expect(await imageSize(page, two.bytes, 'image/png')).toEqual({ width: size1.width * 2, height: size1.height * 2 });
    writeFileSync(`${SCREENSHOTS}/13-picture-2x.png`, two.bytes);
    const four = await downloadFrom(page, () => pictures.getByRole('button', { name: 'PNG 4x' }).click());
    expect(await imageSize(page, four.bytes, 'image/png')).toEqual({ width: size1.width * 4, height: size1.height * 4 });

    const svg = await downloadFrom(page, () => pictures.getByRole('button', { name: 'SVG' }).click());
    expect(svg.name).toBe('lechang-2021-graph.svg');
    const errors: string[] = [];
    const doc = new DOMParser({ onError: (level, message) => void (level !== 'warning' && errors.push(message)) }).parseFromString(svg.bytes.toString('utf8'), 'image/svg+xml');
    expect(errors).toEqual([]);
    const texts = Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent ?? '');
    expect(texts).toContain('坪石镇');
    expect(texts.some((t) => t.includes('乐昌市2021年政府工作报告'))).toBe(true);
    expect(texts.some((t) => /^Sections( \(first \d+ of \d+\))?: /.test(t) && t.includes('›'))).toBe(true);
    const style = doc.getElementsByTagName('style')[0]?.textContent ?? '';
    expect(style).toMatch(/@font-face\{font-family:"Noto Sans SC";[^}]*src:url\(data:font\/woff2;base64,[A-Za-z0-9+/=]{1000,}\)/);
    expect(await imageSize(page, svg.bytes, 'image/svg+xml')).toEqual(size1);

    const gexf = await downloadFrom(page, () => page.getByRole('link', { name: 'GEXF' }).click());
    const graph = parseGexf(MultiDirectedGraph, gexf.bytes.toString('utf8'));
    expect(graph.order).toBe(Number((await graphState(page)).visibleNodes));
    expect(graph.hasNode('town:pingshi')).toBe(true);
  });

  it('builds a briefing in the UI, shares it as one link, presents it in order and lays it out for print', async () => {
    const builder = await open('/?node=town:pingshi&focus=1&tab=briefing');
    const { page } = builder;
    const panel = page.getByRole('region', { name: 'Briefing' });
    await panel.getByLabel('Caption for this view').fill('坪石镇 and its neighbours');
    await panel.getByRole('button', { name: 'Add this view' }).click();
    await page.goto(`${session.server.url}/?hide=TARGET,GLOSSARY_TERM&tab=briefing`);
    await page.waitForSelector('.graph-area[data-layout="done"][data-first-draw-ms][data-labels-drawn-ms]');
    await panel.getByLabel('Caption for this view').fill('Without targets and glossary');
    await panel.getByRole('button', { name: 'Add this view' }).click();
    await page.goto(`${session.server.url}/?node=program:ten-hundred-project&tab=briefing`);
    await page.waitForSelector('.graph-area[data-layout="done"][data-first-draw-ms][data-labels-drawn-ms]');
    await panel.getByLabel('Caption for this view').fill('百千工程');
    await panel.getByRole('button', { name: 'Add this view' }).click();

    const captions = () => panel.getByRole('list', { name: 'Views in this briefing' }).locator('textarea').evaluateAll((areas) => areas.map((a) => (a as HTMLTextAreaElement).value));
    expect(await captions()).toEqual(['坪石镇 and its neighbours', 'Without targets and glossary', '百千工程']);
    await panel.getByRole('button', { name: 'Move view 3 up' }).click();
    expect(await captions()).toEqual(['坪石镇 and its neighbours', '百千工程', 'Without targets and glossary']);
    await panel.getByLabel('Caption of view 2').fill('百千工程 (ten-hundred project)');
    await panel.getByRole('button', { name: 'Remove view 1' }).click();
    await panel.getByRole('button', { name: 'Move view 2 up' }).click();
    expect(await captions()).toEqual(['Without targets and glossary', '百千工程 (ten-hundred project)']);
    const link = await panel.getByLabel('Link to this briefing').inputValue();
    expect(link).toMatch(/#briefing=[A-Za-z0-9_-]+$/);

    const shown = await open(link.replace(session.server.url, ''));
    const bar = shown.page.getByRole('region', { name: 'Briefing view' });
    await expect.poll(() => bar.textContent()).toContain('View 1 of 2');
    expect(await bar.textContent()).toContain('Without targets and glossary');
    expect(shown.page.url()).toContain('hide=TARGET,GLOSSARY_TERM');
    await shown.page.keyboard.press('ArrowRight');
    await expect.poll(() => bar.textContent()).toContain('View 2 of 2');
    expect(await bar.textContent()).toContain('百千工程 (ten-hundred project)');
    expect(shown.page.url()).toContain('node=program:ten-hundred-project');
    expect(shown.page.url()).toContain('slide=2');
    await expect.poll(() => shown.page.getByRole('complementary', { name: 'Entity details' }).getByRole('heading', { level: 2 }).textContent()).toBe('“十百”工程');
    await shown.page.keyboard.press('ArrowRight');
    expect(await bar.textContent()).toContain('View 2 of 2');
    await shown.page.keyboard.press('ArrowLeft');
    await expect.poll(() => bar.textContent()).toContain('View 1 of 2');
    await expect.poll(async () => (await graphState(shown.page)).visibleNodes).not.toBe((await graphState(shown.page)).nodeCount);

    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', 'yes');
    });
    await panel.getByRole('button', { name: 'Print / PDF' }).click();
    await page.waitForSelector('body[data-printed="yes"]', { timeout: 30_000 });
    const pages = page.locator('.print-page');
    expect(await pages.count()).toBe(2);
    for (let i = 0; i < 2; i += 1) {
      expect(await pages.nth(i).locator('img').evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
      expect(await pages.nth(i).locator('.passage').count()).toBeGreaterThan(0);
    }
    expect(await pages.nth(1).locator('.print-page__caption').textContent()).toBe('百千工程 (ten-hundred project)');
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: `${SCREENSHOTS}/15-briefing-print.png`, fullPage: true });
    const pdf = await page.pdf({ format: 'A4', landscape: true });
    writeFileSync(`${SCREENSHOTS}/14-briefing.pdf`, pdf);
    // Each view starts a page; a view whose passages do not fit goes on to the next page instead of being cut.
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length).toBeGreaterThanOrEqual(2);
  });
});
