/**
 * The layout's fixed parameters; part of the layout cache's key, so changing one lays out
 * afresh. Strong gravity keeps the dozen isolated entities near the drawing instead of flung
 * to its corners (which would shrink everything else to fit); Barnes–Hut keeps 240 iterations
 * on ~700 nodes well under a second.
 */
export const LAYOUT_SETTINGS = {
  iterations: 240,
  chunk: 40,
  forceAtlas2: {
    gravity: 0.25,
    scalingRatio: 30,
    strongGravityMode: true,
    outboundAttractionDistribution: false,
    linLogMode: false,
    barnesHutOptimize: true,
    barnesHutTheta: 0.5,
    adjustSizes: false,
    slowDown: 2,
  },
  /** Positions are scaled so the drawing spans this many units, about the canvas of a laptop
   *  window in pixels, so node sizes (pixels at the default zoom) mean something to noverlap. */
  extent: 1000,
  noverlap: { maxIterations: 200, settings: { margin: 2, ratio: 1.4, expansion: 1.1 } },
} as const;

export type LayoutSettings = Omit<typeof LAYOUT_SETTINGS, 'iterations' | 'chunk' | 'noverlap' | 'forceAtlas2'> & {
  iterations: number;
  chunk: number;
  forceAtlas2: Omit<typeof LAYOUT_SETTINGS.forceAtlas2, 'barnesHutTheta'> & { barnesHutTheta: number };
  noverlap: typeof LAYOUT_SETTINGS.noverlap | null;
};

/** From this many entities on, the layout is coarser (see layoutSettings). */
export const LARGE_GRAPH = 2000;

/**
 * The settings for a graph of `order` entities: the ones above up to LARGE_GRAPH; beyond it,
 * fewer iterations with a coarser Barnes–Hut approximation and no overlap removal (noverlap
 * grows much faster than linearly), so 10⁴ entities lay out in seconds instead of minutes.
 * At that size overlaps only show when zoomed far out, where labels are hidden anyway.
 */
export function layoutSettings(order: number): LayoutSettings {
  if (order < LARGE_GRAPH) return LAYOUT_SETTINGS;
  return { ...LAYOUT_SETTINGS, iterations: 80, chunk: 20, forceAtlas2: { ...LAYOUT_SETTINGS.forceAtlas2, barnesHutTheta: 1.2 }, noverlap: null };
}
