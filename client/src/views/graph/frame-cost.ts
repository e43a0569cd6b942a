/**
 * What a frame costs where WebGL is software-rendered (SwiftShader: CI, headless Chromium,
 * machines without a GPU), and the three changes that cut it.
 *
 * With the page composited in software, every WebGL canvas that changed in a frame is read back
 * from the GPU process when the frame is committed, and that wait is most of the frame: a Chrome
 * trace of a pan over 10⁴ nodes / 5·10⁴ relations spent 111 of its 145 s in `GLES2::ReadPixels`
 * under `Commit`, against 30 s of script; a frame that only clears sigma's three WebGL layers
 * took 540–800 ms on a loaded machine, one that clears one layer 17–33 ms. Sigma clears all three
 * (edges, nodes, hovered nodes) before every frame, though while the camera moves the edges layer
 * is blank (edges hide on move) and the hovered-nodes layer is blank unless something is hovered.
 *
 * - `trackEdgeLayer` wraps an edge program so that it records when it draws, and (for large
 *   graphs) skips drawing while the camera moves. It replaces sigma's `hideEdgesOnMove`, whose
 *   mouse-up handler reprocesses the whole graph (every reducer, every buffer: 0.4–0.9 s at 10⁴
 *   nodes) only to draw the edges again; a plain render does that (see `isCameraMoving`).
 * - `clearOnlyDrawnLayers` makes one sigma instance clear a WebGL layer only when something was
 *   drawn on it since its last clear, so a frame of motion clears one WebGL layer, not three. A
 *   trace of the same pan after this change still shows three readbacks per frame: the clears
 *   were not the whole of the readback cost (scripts/bench/BENCHMARKS.md, client section).
 *
 * This reaches into sigma 3.0's renderer (`webGLContexts`, `canvasContexts`, `hoveredNode`,
 * `highlightedNodes`, `clear`, `renderHighlightedNodes`); `clearOnlyDrawnLayers` checks that they
 * are there and otherwise leaves sigma as it is, with a warning in the console.
 */
import type Sigma from 'sigma';
import type { EdgeProgramType } from 'sigma/rendering';
import type { RenderParams } from 'sigma/types';
import type { Attributes } from 'graphology-types';

/** Per sigma instance: whether each lazily cleared WebGL layer may hold a drawing. */
interface LayerState {
  /** True once an edge program of this instance reports its draws (else the layer is always cleared). */
  edgesTracked: boolean;
  edgesDrawn: boolean;
  hoverDrawn: boolean;
}

const layerStates = new WeakMap<object, LayerState>();

function layerState(sigma: object): LayerState {
  let state = layerStates.get(sigma);
  if (!state) layerStates.set(sigma, (state = { edgesTracked: false, edgesDrawn: true, hoverDrawn: true }));
  return state;
}

/**
 * Sigma's own test of a camera in motion (the one its `hideEdgesOnMove` uses): an animation, a
 * drag, a wheel zoom, or a touch move in progress.
 */
export function isCameraMoving<N extends Attributes, E extends Attributes, G extends Attributes>(sigma: Sigma<N, E, G>): boolean {
  const mouse = sigma.getMouseCaptor();
  return sigma.getCamera().isAnimated() || mouse.isMoving || mouse.draggedEvents > 0 || mouse.currentWheelDirection !== 0 || sigma.getTouchCaptor().isMoving;
}

/**
 * The edge program `Base`, recording each draw for `clearOnlyDrawnLayers`; with
 * `hideWhileMoving`, it draws nothing while the camera moves. The frame after the move (the label
 * placement schedules one, see GraphView) draws the edges again.
 */
export function trackEdgeLayer<N extends Attributes, E extends Attributes, G extends Attributes>(Base: EdgeProgramType<N, E, G>, { hideWhileMoving }: { hideWhileMoving: boolean }): EdgeProgramType<N, E, G> {
  return class TrackedEdgeProgram extends Base {
    private readonly sigma: Sigma<N, E, G>;
    constructor(gl: WebGLRenderingContext, pickingBuffer: WebGLFramebuffer | null, renderer: Sigma<N, E, G>) {
      super(gl, pickingBuffer, renderer);
      this.sigma = renderer;
      layerState(renderer).edgesTracked = true;
    }
    override render(params: RenderParams): void {
      if (hideWhileMoving && isCameraMoving(this.sigma)) return;
      layerState(this.sigma).edgesDrawn = true;
      super.render(params);
    }
  };
}

/** The parts of sigma 3.0's renderer that `clearOnlyDrawnLayers` replaces or reads. */
interface SigmaInternals {
  webGLContexts: Record<'nodes' | 'edges' | 'hoverNodes', WebGLRenderingContext | WebGL2RenderingContext>;
  canvasContexts: Record<'labels' | 'hovers' | 'edgeLabels', CanvasRenderingContext2D>;
  width: number;
  height: number;
  hoveredNode: string | null;
  highlightedNodes: Set<string>;
  emit(event: string): unknown;
  clear(): unknown;
  renderHighlightedNodes(): void;
}

function internalsOf(sigma: object): SigmaInternals | null {
  const s = sigma as unknown as Partial<SigmaInternals>;
  const gl = s.webGLContexts;
  const ok = gl?.nodes && gl.edges && gl.hoverNodes && s.canvasContexts?.labels && s.canvasContexts.hovers && s.canvasContexts.edgeLabels && s.highlightedNodes instanceof Set && typeof s.clear === 'function' && typeof s.renderHighlightedNodes === 'function';
  return ok ? (s as SigmaInternals) : null;
}

/**
 * Makes `sigma` clear its edges and hovered-nodes WebGL layers only when something was drawn on
 * them since they were last cleared (the nodes layer, drawn every frame, is cleared every frame).
 * Returns false, and changes nothing, when sigma's renderer is not shaped as expected.
 */
export function clearOnlyDrawnLayers<N extends Attributes, E extends Attributes, G extends Attributes>(sigma: Sigma<N, E, G>): boolean {
  const s = internalsOf(sigma);
  if (!s) {
    console.warn('Explorer: sigma\'s renderer is not the expected 3.0 one; every layer is cleared every frame');
    return false;
  }
  const state = layerState(sigma);
  const renderHighlightedNodes = s.renderHighlightedNodes.bind(s);
  s.clear = () => {
    s.emit('beforeClear');
    const { nodes, edges, hoverNodes } = s.webGLContexts;
    nodes.bindFramebuffer(nodes.FRAMEBUFFER, null);
    nodes.clear(nodes.COLOR_BUFFER_BIT);
    if (state.edgesDrawn || !state.edgesTracked) {
      edges.bindFramebuffer(edges.FRAMEBUFFER, null);
      edges.clear(edges.COLOR_BUFFER_BIT);
      state.edgesDrawn = false;
    }
    if (state.hoverDrawn) {
      hoverNodes.clear(hoverNodes.COLOR_BUFFER_BIT);
      state.hoverDrawn = false;
    }
    for (const context of [s.canvasContexts.labels, s.canvasContexts.hovers, s.canvasContexts.edgeLabels]) context.clearRect(0, 0, s.width, s.height);
    s.emit('afterClear');
    return sigma;
  };
  // Sigma's version clears the hovered-nodes layer and draws on it even with nothing to draw.
  s.renderHighlightedNodes = () => {
    const anything = s.hoveredNode !== null || s.highlightedNodes.size > 0;
    if (!anything && !state.hoverDrawn) {
      s.canvasContexts.hovers.clearRect(0, 0, s.width, s.height);
      return;
    }
    renderHighlightedNodes();
    state.hoverDrawn = anything;
  };
  return true;
}
