/**
 * Every camera move the explorer makes, in sigma's framed-graph coordinates: the graph's
 * bounding box spans 0–1 on its longer side, (0.5, 0.5) is its centre, and ratio 1 shows the
 * whole graph (smaller ratios zoom in).
 *
 * Positions are taken from the graph's own x/y attributes and converted through sigma's
 * graphToViewport/viewportToFramedGraph, never read from `getNodeDisplayData`: between a
 * scheduled refresh and the next frame sigma's display cache holds the reducer's output in
 * *graph* coordinates, so reading it then sent the camera to (34, −109) and drew a blank canvas.
 * Every move ends in `moveCamera`, which rejects what is not a finite framed position and keeps
 * the centre over the graph, so no move can leave the reader looking at nothing.
 */
import type Sigma from 'sigma';
import type { CameraState } from 'sigma/types';
import type { EdgeAttributes, NodeAttributes } from '../../core/graph/types.ts';

type Renderer = Sigma<NodeAttributes, EdgeAttributes>;

/** A camera position: framed-graph centre (0–1 spans the graph) and zoom ratio (1 = the whole graph). */
export interface FramedCamera {
  x: number;
  y: number;
  ratio: number;
}

/** Room left around fitted entities, in CSS pixels; more on the right, where labels run. */
const FIT_MARGIN_PX = { left: 50, right: 150, top: 60, bottom: 50 };
/** The closest a fit zooms in: even one entity, or two side by side, keep some context around them. */
const MIN_FIT_RATIO = 0.08;
/** Locating an entity zooms in at least this far, so it stands out from its neighbourhood. */
const LOCATE_RATIO = 0.35;
/** One press of + or − zooms by this factor. */
const ZOOM_STEP = 1.5;
/** The camera's centre stays within the graph's frame, widened by this much on each side. */
const FRAME_SLACK = 0.1;
const DURATION_MS = 400;

/** The camera that sigma's matrices use as a neutral reference (no zoom, no pan). */
const NEUTRAL: CameraState = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };

/** An entity's position in framed-graph coordinates, from its graph attributes; null when it has none. */
export function framedPosition(sigma: Renderer, id: string): { x: number; y: number } | null {
  const graph = sigma.getGraph();
  if (!graph.hasNode(id)) return null;
  const { x, y } = graph.getNodeAttributes(id);
  if (!Number.isFinite(x) || !Number.isFinite(y)) return null;
  const viewport = sigma.graphToViewport({ x, y }, { cameraState: NEUTRAL });
  return sigma.viewportToFramedGraph(viewport, { cameraState: NEUTRAL });
}

/** True when a camera is a usable framed position: finite numbers, a positive ratio. */
export function isFramedCamera(camera: FramedCamera): boolean {
  return Number.isFinite(camera.x) && Number.isFinite(camera.y) && Number.isFinite(camera.ratio) && camera.ratio > 0;
}

/**
 * The one way the camera moves. Keeps the centre over the graph (a link from before this
 * fix carried graph coordinates, far outside) and the ratio within sigma's zoom limits.
 * `duration` 0 jumps; otherwise the move is animated. Returns the camera it moved to, or null
 * when the target was not a finite framed camera (nothing moves then).
 */
export function moveCamera(sigma: Renderer, target: FramedCamera, duration = DURATION_MS): FramedCamera | null {
  if (!isFramedCamera(target)) return null;
  const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));
  const minRatio = sigma.getSetting('minCameraRatio') ?? 0;
  const maxRatio = sigma.getSetting('maxCameraRatio') ?? Infinity;
  const next: FramedCamera = {
    x: clamp(target.x, -FRAME_SLACK, 1 + FRAME_SLACK),
    y: clamp(target.y, -FRAME_SLACK, 1 + FRAME_SLACK),
    ratio: clamp(target.ratio, minRatio, maxRatio),
  };
  const camera = sigma.getCamera();
  if (duration <= 0) camera.setState(next);
  else void camera.animate(next, { duration });
  return next;
}

/**
 * The camera that shows all these entities with a margin, zoomed in no further than
 * MIN_FIT_RATIO; null when none of them has a position.
 */
export function fitCamera(sigma: Renderer, ids: Iterable<string>): FramedCamera | null {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const id of ids) {
    const at = framedPosition(sigma, id);
    if (!at) continue;
    minX = Math.min(minX, at.x);
    maxX = Math.max(maxX, at.x);
    minY = Math.min(minY, at.y);
    maxY = Math.max(maxY, at.y);
  }
  if (minX === Infinity) return null;
  // The box's size in pixels at ratio 1; at ratio r it is this divided by r.
  const a = sigma.framedGraphToViewport({ x: minX, y: minY }, { cameraState: NEUTRAL });
  const b = sigma.framedGraphToViewport({ x: maxX, y: maxY }, { cameraState: NEUTRAL });
  const { width, height } = sigma.getDimensions();
  // Margins shrink on a small screen, so that they never take more than half of it.
  const scale = Math.min(1, width / 2 / (FIT_MARGIN_PX.left + FIT_MARGIN_PX.right), height / 2 / (FIT_MARGIN_PX.top + FIT_MARGIN_PX.bottom));
  const m = { left: FIT_MARGIN_PX.left * scale, right: FIT_MARGIN_PX.right * scale, top: FIT_MARGIN_PX.top * scale, bottom: FIT_MARGIN_PX.bottom * scale };
  const roomX = Math.max(1, width - m.left - m.right);
  const roomY = Math.max(1, height - m.top - m.bottom);
  const ratio = Math.min(1, Math.max(MIN_FIT_RATIO, Math.abs(b.x - a.x) / roomX, Math.abs(b.y - a.y) / roomY));
  // Centre the box in the room between the margins: aim the camera at the framed point that
  // sits that far from the middle of the screen when the box's centre is in the middle.
  const centre: CameraState = { x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio, angle: 0 };
  const aim = sigma.viewportToFramedGraph({ x: width / 2 + (m.right - m.left) / 2, y: height / 2 + (m.bottom - m.top) / 2 }, { cameraState: centre });
  return { x: aim.x, y: aim.y, ratio };
}

export function fitNodes(sigma: Renderer, ids: Iterable<string>, duration = DURATION_MS): void {
  const target = fitCamera(sigma, ids);
  if (target) moveCamera(sigma, target, duration);
}

/** Centres an entity, zooming in to LOCATE_RATIO if the view is wider. */
export function locateNode(sigma: Renderer, id: string, duration = DURATION_MS): void {
  const at = framedPosition(sigma, id);
  if (!at) return;
  moveCamera(sigma, { ...at, ratio: Math.min(sigma.getCamera().getState().ratio, LOCATE_RATIO) }, duration);
}

/** Zooms in (`direction` 1) or out (−1) by one step around the current centre. */
export function zoomBy(sigma: Renderer, direction: 1 | -1): void {
  const { x, y, ratio } = sigma.getCamera().getState();
  moveCamera(sigma, { x, y, ratio: direction > 0 ? ratio / ZOOM_STEP : ratio * ZOOM_STEP }, 250);
}

/** The whole graph. */
export function resetCamera(sigma: Renderer): void {
  moveCamera(sigma, { x: NEUTRAL.x, y: NEUTRAL.y, ratio: NEUTRAL.ratio }, 300);
}

/** Moves the view by a share of its size. */
export function panBy(sigma: Renderer, dx: number, dy: number): void {
  const { x, y, ratio } = sigma.getCamera().getState();
  moveCamera(sigma, { x: x + dx * ratio, y: y + dy * ratio, ratio }, 150);
}
