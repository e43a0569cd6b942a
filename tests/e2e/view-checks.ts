/**
 * What a person sees on the canvas, measured in the page: where entities are drawn (sigma's
 * viewport positions, in CSS pixels of the graph area), how much of the area they span, and how
 * much of the area is painted at all (a screenshot's pixels, not the DOM).
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export interface Framing {
  /** The graph area's size in CSS pixels. */
  width: number;
  height: number;
  /** Entities whose drawn position is outside the graph area. */
  outside: string[];
  /** The drawn entities' bounding box as a share of the area's width and height (0–1). */
  spanX: number;
  spanY: number;
  camera: { x: number; y: number; ratio: number };
}

/** Where these entities are drawn now. */
export async function framing(page: Page, ids: readonly string[]): Promise<Framing> {
  const box = (await page.locator('.graph-area').boundingBox())!;
  const { positions, camera } = await page.evaluate((wanted) => {
    const probe = window.__explorer!;
    return { positions: wanted.map((id) => [id, probe.viewportPosition(id)] as const), camera: probe.camera() };
  }, ids as string[]);
  const outside: string[] = [];
  const xs: number[] = [];
  const ys: number[] = [];
  for (const [id, at] of positions) {
    if (!at || at.x < 0 || at.y < 0 || at.x > box.width || at.y > box.height) outside.push(id);
    if (at) {
      xs.push(at.x);
      ys.push(at.y);
    }
  }
  const span = (values: number[], size: number) => (values.length ? (Math.max(...values) - Math.min(...values)) / size : 0);
  return { width: box.width, height: box.height, outside, spanX: span(xs, box.width), spanY: span(ys, box.height), camera };
}

/** Waits until the camera has stopped moving (an animation, or a move reported late). */
export async function cameraSettled(page: Page): Promise<void> {
  let last = '';
  for (let tries = 0; tries < 40; tries += 1) {
    const now = JSON.stringify(await page.evaluate(() => window.__explorer!.camera()));
    if (now === last) return;
    last = now;
    await page.waitForTimeout(250);
  }
  throw new Error('e2e: the camera kept moving for 10 s');
}

/**
 * Waits for the camera to settle, then checks that every one of `ids` is drawn inside the graph
 * area, and that together they fill at least `minSpan` of its width or height (one entity: it
 * is near the middle instead).
 */
export async function expectFramed(page: Page, ids: readonly string[], minSpan = 0.25): Promise<Framing> {
  await cameraSettled(page);
  const seen = await framing(page, ids);
  expect(seen.outside, `drawn outside the ${seen.width}×${seen.height} canvas`).toEqual([]);
  expect(seen.camera.x, 'camera x in framed coordinates').toBeGreaterThanOrEqual(-0.1);
  expect(seen.camera.x).toBeLessThanOrEqual(1.1);
  expect(seen.camera.y, 'camera y in framed coordinates').toBeGreaterThanOrEqual(-0.1);
  expect(seen.camera.y).toBeLessThanOrEqual(1.1);
  if (ids.length > 1) expect(Math.max(seen.spanX, seen.spanY), 'share of the canvas the chosen entities span').toBeGreaterThanOrEqual(minSpan);
  else {
    const at = (await page.evaluate((id) => window.__explorer!.viewportPosition(id), ids[0]!))!;
    expect(Math.abs(at.x - seen.width / 2), 'distance from the middle (x)').toBeLessThan(seen.width / 4);
    expect(Math.abs(at.y - seen.height / 2), 'distance from the middle (y)').toBeLessThan(seen.height / 4);
  }
  return seen;
}

/** The share of the graph area's pixels that differ from its background: 0 is a blank canvas. */
export async function paintedShare(page: Page): Promise<number> {
  const box = (await page.locator('.graph-area').boundingBox())!;
  const png = await page.screenshot({ clip: box });
  return page.evaluate(async (base64) => {
    const blob = new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: 'image/png' });
    const bitmap = await createImageBitmap(blob);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    const background = [0xf6, 0xf6, 0xf3];
    let painted = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (Math.abs(data[i]! - background[0]!) + Math.abs(data[i + 1]! - background[1]!) + Math.abs(data[i + 2]! - background[2]!) > 30) painted += 1;
    }
    return painted / (data.length / 4);
  }, png.toString('base64'));
}

/** Clicks (or double-clicks) an entity where it is drawn on the canvas, as a person would with the mouse, holding the keys given. */
export async function clickEntity(page: Page, id: string, options: { double?: boolean; modifiers?: ('Shift' | 'Control')[] } = {}): Promise<void> {
  await cameraSettled(page);
  const box = (await page.locator('.graph-area').boundingBox())!;
  const at = await page.evaluate((wanted) => window.__explorer!.viewportPosition(wanted), id);
  if (!at || at.x < 0 || at.y < 0 || at.x > box.width || at.y > box.height) throw new Error(`e2e: ${id} is not drawn inside the canvas`);
  for (const key of options.modifiers ?? []) await page.keyboard.down(key);
  if (options.double) await page.mouse.dblclick(box.x + at.x, box.y + at.y);
  else await page.mouse.click(box.x + at.x, box.y + at.y);
  for (const key of options.modifiers ?? []) await page.keyboard.up(key);
}

/** The entities among `ids` drawn now (not hidden by a filter, grow mode or the reader). */
export async function drawnOf(page: Page, ids: readonly string[]): Promise<string[]> {
  return page.evaluate((wanted) => wanted.filter((id) => window.__explorer!.nodeDisplay(id) !== null), ids as string[]);
}
