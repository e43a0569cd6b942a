/** Camera moves on a sigma renderer, in sigma's framed-graph coordinates (the whole graph spans 0–1). */
import type Sigma from 'sigma';
import type { EdgeAttributes, NodeAttributes } from '../../core/graph/types.ts';

type Renderer = Sigma<NodeAttributes, EdgeAttributes>;

/** Room left around fitted entities, and the closest a fit zooms in (one entity would fill the screen). */
const FIT_MARGIN_PX = 120;
const MIN_FIT_RATIO = 0.12;
/** Locating an entity zooms in at least this far, so it stands out from its neighbourhood. */
const LOCATE_RATIO = 0.45;

export function locateNode(sigma: Renderer, id: string): void {
  const data = sigma.getNodeDisplayData(id);
  if (!data) return;
  const camera = sigma.getCamera();
  void camera.animate({ x: data.x, y: data.y, ratio: Math.min(camera.getState().ratio, LOCATE_RATIO) }, { duration: 450 });
}

export function fitNodes(sigma: Renderer, ids: Iterable<string>): void {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const id of ids) {
    const data = sigma.getNodeDisplayData(id);
    if (!data) continue;
    minX = Math.min(minX, data.x);
    maxX = Math.max(maxX, data.x);
    minY = Math.min(minY, data.y);
    maxY = Math.max(maxY, data.y);
  }
  if (minX === Infinity) return;
  const camera = sigma.getCamera();
  const a = sigma.framedGraphToViewport({ x: minX, y: minY });
  const b = sigma.framedGraphToViewport({ x: maxX, y: maxY });
  const { width, height } = sigma.getDimensions();
  const needed = Math.max(Math.abs(b.x - a.x) / Math.max(1, width - FIT_MARGIN_PX), Math.abs(b.y - a.y) / Math.max(1, height - FIT_MARGIN_PX));
  const ratio = Math.min(1, Math.max(MIN_FIT_RATIO, camera.getState().ratio * needed));
  void camera.animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: 450 });
}

/** Moves the view by a share of its size. */
export function panBy(sigma: Renderer, dx: number, dy: number): void {
  const camera = sigma.getCamera();
  const { x, y, ratio } = camera.getState();
  void camera.animate({ x: x + dx * ratio, y: y + dy * ratio }, { duration: 150 });
}
