/**
 * Which labels to draw so that none overlaps another: a greedy placement in screen space, most
 * important first (the selection, then what is emphasised, then the largest nodes). A label sits
 * to the right of its node, or on its left when the right has no room (at the picture's right
 * edge, say); it is left out when both boxes would cross a label already placed or leave the picture. The canvas and every exported picture use it, so a label
 * is either readable or absent, never drawn over another (“十三五”发展成就 over “139”镇街整治提升工程).
 */

export interface LabelCandidate {
  id: string;
  /** The node's centre and radius, in pixels of the picture. */
  x: number;
  y: number;
  r: number;
  /** The label's width in pixels at the label size. */
  width: number;
  /** Higher goes first. */
  priority: number;
}

export interface PlacementOptions {
  /** The picture's size in pixels; labels must fit inside it. */
  width: number;
  height: number;
  /** Label font size in pixels (the box's height is 1.3 times it). */
  labelSize: number;
  /** Room between the node and its label, and between two labels, in pixels. */
  gap?: number;
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Which side of its node a label is drawn on. */
export type LabelSide = 'right' | 'left';

export interface PlacedLabel {
  id: string;
  side: LabelSide;
}

/** The box a label takes beside its node, `gap` pixels from its edge. */
export function labelBox(c: LabelCandidate, labelSize: number, gap = 3, side: LabelSide = 'right'): Box {
  const height = labelSize * 1.3;
  const left = side === 'right' ? c.x + c.r + gap : c.x - c.r - gap - c.width;
  return { left, top: c.y - height / 2, right: left + c.width, bottom: c.y + height / 2 };
}

/**
 * The labels that can be drawn without overlap, with their side, in placement order. Uses a
 * uniform grid of placed boxes, so the work grows with the number of candidates, not its square.
 */
export function placeLabels(candidates: readonly LabelCandidate[], options: PlacementOptions): PlacedLabel[] {
  const gap = options.gap ?? 3;
  const cell = Math.max(32, options.labelSize * 8);
  const grid = new Map<string, Box[]>();
  const cellsOf = (box: Box) => {
    const keys: string[] = [];
    for (let cx = Math.floor(box.left / cell); cx <= Math.floor(box.right / cell); cx += 1) {
      for (let cy = Math.floor(box.top / cell); cy <= Math.floor(box.bottom / cell); cy += 1) keys.push(`${cx},${cy}`);
    }
    return keys;
  };
  const overlaps = (a: Box, b: Box) => a.left < b.right + gap && b.left < a.right + gap && a.top < b.bottom && b.top < a.bottom;
  const fits = (box: Box) =>
    box.left >= 0 && box.top >= 0 && box.right <= options.width && box.bottom <= options.height && !cellsOf(box).some((key) => grid.get(key)?.some((other) => overlaps(box, other)));
  const placed: PlacedLabel[] = [];
  const ordered = [...candidates].sort((a, b) => b.priority - a.priority || b.r - a.r || a.id.localeCompare(b.id));
  for (const candidate of ordered) {
    if (candidate.width <= 0) continue;
    const side = (['right', 'left'] as const).find((s) => fits(labelBox(candidate, options.labelSize, gap, s)));
    if (!side) continue;
    const box = labelBox(candidate, options.labelSize, gap, side);
    for (const key of cellsOf(box)) {
      const list = grid.get(key);
      if (list) list.push(box);
      else grid.set(key, [box]);
    }
    placed.push({ id: candidate.id, side });
  }
  return placed;
}
