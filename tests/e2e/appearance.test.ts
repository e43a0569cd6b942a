/**
 * Size and colour by a measure, in Chromium against the real server: PageRank and betweenness
 * (graphology-metrics) over the whole graph or over what is drawn, colour by report section,
 * each kept in the URL; the biggest node drawn is the one the measure ranks first (checked
 * against the measure computed here from the API's graph), and the legend says what size and
 * colour mean.
 */
import Graph from 'graphology';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeInBrowser, eventually, explorerSession, graphState, screenshot, waitForGraph } from './harness.ts';

/** The drawn entity with the largest radius on the canvas, and every drawn colour. */
async function drawnSizes(page: Page, ids: readonly string[]): Promise<{ biggest: string; radius: Map<string, number>; colors: Set<string> }> {
  const shown = await page.evaluate((wanted) => wanted.map((id) => [id, window.__explorer!.nodeDisplay(id)] as const).filter(([, d]) => d !== null), ids as string[]);
  const radius = new Map(shown.map(([id, d]) => [id, d!.radius]));
  const biggest = [...radius].sort((a, b) => b[1] - a[1])[0]![0];
  return { biggest, radius, colors: new Set(shown.map(([, d]) => d!.color)) };
}

const ready = (page: Page) => eventually(async () => (await graphState(page)).appearance).toBe('ready');

describeInBrowser('size and colour by a measure', () => {
  const session = explorerSession();

  it('sizes by PageRank over the whole graph and by betweenness over what is drawn, and says so', async () => {
    const { graph } = await session.server.gql<{ graph: { nodes: { id: string }[]; relations: { sourceId: string; targetId: string }[] } }>('{ graph { nodes { id } relations { sourceId targetId } } }');
    const reference = new Graph({ type: 'directed' });
    for (const n of graph.nodes) reference.addNode(n.id);
    for (const r of graph.relations) if (r.sourceId !== r.targetId) reference.mergeEdge(r.sourceId, r.targetId);
    const ranks = pagerank(reference, { getEdgeWeight: null });
    const first = Object.entries(ranks).sort((a, b) => b[1] - a[1])[0]![0];
    const ids = graph.nodes.map((n) => n.id);

    const { page } = await session.open('/');
    const byDegree = await drawnSizes(page, ids);
    await page.getByLabel('Size by').selectOption('pagerank');
    await eventually(() => page.url()).toContain('size=pagerank');
    await ready(page);
    await eventually(async () => (await drawnSizes(page, ids)).biggest).toBe(first);
    const legend = page.getByRole('group', { name: 'Entity types' });
    expect(await legend.textContent()).toMatch(new RegExp(`size is its PageRank.*over the whole graph \\(${graph.nodes.length} entities\\)`));
    expect(await page.getByRole('group', { name: 'Size and colour' }).textContent()).toContain('Largest PageRank');
    expect(byDegree.biggest).not.toBe(undefined);
    await screenshot(page, '63-size-pagerank');

    // Betweenness among the neighbours of one town: the town is the hub all their shortest paths cross.
    await page.goto(`${session.server.url}/?node=town:pingshi&focus=1&size=betweenness&measure=drawn`);
    await waitForGraph(page);
    await ready(page);
    const focused = await drawnSizes(page, ids);
    expect(focused.biggest).toBe('town:pingshi');
    expect(focused.radius.size).toBe(Number((await graphState(page)).visibleNodes));
    expect(await legend.textContent()).toMatch(/betweenness.*among the \d+ entities drawn/);
    expect(await page.getByRole('radio', { name: 'What is drawn' }).isChecked()).toBe(true);
  }, 120_000);

  it('colours by report section and by a measure, with a key for each, kept in the link', async () => {
    const { page } = await session.open('/');
    await page.getByLabel('Colour by').selectOption('section');
    await ready(page);
    const key = page.getByRole('list', { name: 'Colour key: report sections' });
    const titles = await key.locator('li').allTextContents();
    expect(titles.some((t) => t.includes('2021年工作安排'))).toBe(true);
    expect(titles.length).toBeGreaterThanOrEqual(4);
    const swatches = await key.locator('.legend__swatch').evaluateAll((els) => els.map((el) => getComputedStyle(el).backgroundColor));
    const { graph } = await session.server.gql<{ graph: { nodes: { id: string }[] } }>('{ graph { nodes { id } } }');
    const drawn = await drawnSizes(page, graph.nodes.map((n) => n.id));
    const toRgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
    const used = new Set([...drawn.colors].map(toRgb));
    expect(used.size).toBeGreaterThanOrEqual(4);
    for (const colour of used) expect(swatches, 'every colour drawn is in the key').toContain(colour);
    expect(await page.getByRole('group', { name: 'Entity types' }).textContent()).toContain('Colour is the report section');
    await screenshot(page, '64-colour-section');

    await page.getByLabel('Colour by').selectOption('betweenness');
    await ready(page);
    await page.getByRole('img', { name: /Colour key: Betweenness from 0 \(light\) to 0\.\d+ \(dark\)/ }).waitFor();
    const url = page.url();
    expect(url).toContain('color=betweenness');
    await page.reload();
    await waitForGraph(page);
    await ready(page);
    expect(await page.getByLabel('Colour by').inputValue()).toBe('betweenness');
    const after = await drawnSizes(page, graph.nodes.map((n) => n.id));
    expect(after.colors.size, 'shades of the measure').toBeGreaterThan(5);
  }, 120_000);
});
