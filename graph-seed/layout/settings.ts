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
