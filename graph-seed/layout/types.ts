/** What the layout worker is given and gives back: plain data, so it crosses postMessage cheaply. */
export interface LayoutNode {
  id: string;
  x: number;
  y: number;
  size: number;
}

export interface LayoutInput {
  nodes: LayoutNode[];
  /** [source, target] pairs; parallel relations pull harder, as they should. */
  edges: [string, string][];
}

/** x0, y0, x1, y1, … in the order of `LayoutInput.nodes`. */
export type LayoutCoordinates = Float64Array;

export type LayoutMessage =
  | { kind: 'progress'; coordinates: LayoutCoordinates; iterations: number }
  | { kind: 'done'; coordinates: LayoutCoordinates; ms: number }
  | { kind: 'error'; message: string };
