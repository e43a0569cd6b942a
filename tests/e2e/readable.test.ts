/**
 * What a reader can read on the canvas, in Chromium against the real seed: labels drawn never
 * overlap one another (measured in the page with the label font), in the overview, after
 * zooming, in a section and in 中文 + EN; English names are not cut to "…" when they fit; the
 * legend says what a node's size means.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeInBrowser, type ExplorerPage, explorerSession, type ExplorerSession, type OpenOptions, PHONE, screenshot, SCREENSHOTS } from './harness.ts';
import { cameraSettled } from './view-checks.ts';

let session: ExplorerSession;

const open = (path = '/', options?: OpenOptions): Promise<ExplorerPage> => session.open(path, options);

/** Pairs of drawn labels whose boxes (measured with the label font) overlap, and how many labels are drawn. */
async function labelOverlaps(page: Page): Promise<{ drawn: number; overlaps: string[] }> {
  await cameraSettled(page);
  // Each frame places the labels and, when the placement changed, draws again: wait until two
  // looks a quarter-second apart see the same labels (a busy machine draws frames late).
  let last = '';
  for (let tries = 0; tries < 40; tries += 1) {
    await page.waitForTimeout(250);
    const now = await page.evaluate(() => JSON.stringify(window.__explorer!.drawnLabels().map((l) => [l.id, l.side, Math.round(l.x), Math.round(l.y)])));
    if (now === last) break;
    last = now;
  }
  return page.evaluate(() => {
    const labels = window.__explorer!.drawnLabels();
    const ctx = document.createElement('canvas').getContext('2d')!;
    const boxes = labels.map((l) => {
      ctx.font = `400 ${l.size}px "Noto Sans SC"`;
      const width = ctx.measureText(l.label).width;
      const left = l.side === 'left' ? l.x - l.r - 3 - width : l.x + l.r + 3;
      return { text: l.label, left, right: left + width, top: l.y - l.size / 2, bottom: l.y + l.size / 2 };
    });
    const overlaps: string[] = [];
    for (let i = 0; i < boxes.length; i += 1) {
      for (let j = i + 1; j < boxes.length; j += 1) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) overlaps.push(`${a.text} × ${b.text}`);
      }
    }
    return { drawn: labels.length, overlaps };
  }, 120_000);
}

describeInBrowser('readable', () => {
  session = explorerSession();
  it('draws labels that never overlap, at every zoom, in a section, in both languages and on a phone', async () => {
    const { page } = await open('/');
    const overview = await labelOverlaps(page);
    expect(overview.overlaps, 'overlapping labels in the overview').toEqual([]);
    expect(overview.drawn).toBeGreaterThanOrEqual(8);
    await screenshot(page, '40-labels-overview');

    await page.locator('.graph-area').focus();
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    const zoomed = await labelOverlaps(page);
    expect(zoomed.overlaps, 'overlapping labels zoomed in').toEqual([]);
    expect(zoomed.drawn).toBeGreaterThan(overview.drawn);

    for (const path of ['/?tab=outline&section=section:review-13fyp', '/?node=town:pingshi&focus=2&lang=both', '/?node=town:lechang&lang=en']) {
      await page.goto(`${session.server.url}${path}`);
      await page.waitForSelector('.graph-area[data-layout="done"][data-labels-drawn-ms]');
      const seen = await labelOverlaps(page);
      expect(seen.overlaps, `overlapping labels in ${path}`).toEqual([]);
      expect(seen.drawn, path).toBeGreaterThanOrEqual(3);
    }
    await screenshot(page, '41-labels-english');

    const phone = await open('/?node=town:pingshi&focus=1', PHONE);
    const small = await labelOverlaps(phone.page);
    expect(small.overlaps, 'overlapping labels on a phone').toEqual([]);
  }, 120_000);

  it('prints a 乐昌市 view with passages of running text, none clipped, and labels of print size', async () => {
    const { page } = await open('/?node=town:lechang&tab=briefing');
    const panel = page.getByRole('region', { name: 'Briefing' });
    await panel.getByLabel('Caption for this view').fill('乐昌市');
    await panel.getByRole('button', { name: 'Add this view' }).click();
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', 'yes');
    });
    await panel.getByRole('button', { name: 'Print / PDF' }).click();
    await page.waitForSelector('body[data-printed="yes"]', { timeout: 30_000 });
    // A4 landscape less 12 mm margins, in CSS pixels (96 per inch).
    await page.setViewportSize({ width: 1032, height: 703 });
    await page.emulateMedia({ media: 'print' });
    const sheet = page.locator('.print-page').first();
    const city = sheet.locator('.print-page__entity').filter({ has: page.locator('h3', { hasText: '乐昌市' }) }).first();
    const quoted = await city.locator('.passage__text').allTextContents();
    expect(quoted.length).toBeGreaterThan(0);
    for (const text of quoted) expect(text, 'a key passage is running text, not a title or byline').toMatch(/[。；，！？：、]/);

    const clipped = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.print-page, .print-page *')]
        .filter((el) => getComputedStyle(el).overflow !== 'visible' && el.scrollHeight > el.clientHeight + 1 && el.tagName !== 'IMG')
        .map((el) => el.className),
    );
    expect(clipped, 'elements that cut their content').toEqual([]);
    const labelPt = await sheet.locator('img').evaluate((img) => {
      const image = img as HTMLImageElement;
      // The picture is painted at 2x with 20 px labels and a 20 px legend (layoutPicture scales it
      // with the labels); its printed width sets their size (1 CSS px = 0.75 pt).
      return 20 * (image.getBoundingClientRect().width / (image.naturalWidth / 2)) * 0.75;
    });
    expect(labelPt, 'label and legend size on paper, in points').toBeGreaterThanOrEqual(9);
    await page.screenshot({ path: `${SCREENSHOTS}/42-print-lechang.png`, fullPage: true });
  }, 120_000);

  it('shows English names whole when they fit, and says what node size means', async () => {
    const { page } = await open('/?node=town:pingshi&focus=1&lang=en');
    await cameraSettled(page);
    const labels = await page.evaluate(() => window.__explorer!.drawnLabels().map((l) => l.label));
    expect(labels.length).toBeGreaterThan(3);
    const cut = labels.filter((l) => l.endsWith('…'));
    expect(cut, 'English labels cut short').toEqual([]);
    expect(await page.getByRole('group', { name: 'Entity types' }).textContent()).toMatch(/size.*relations/i);
  }, 120_000);
});
