/** What the canvas needs to know each time the view changes; the reducers read it, never React state. */
import type { LabelTable } from '../../core/graph/labels.ts';
import type { Visibility } from '../../core/filters/index.ts';
import type { Emphasis } from '../../core/highlight/index.ts';

export interface RenderModel {
  visibility: Visibility;
  emphasis: Emphasis | null;
  selected: string | null;
  /** The other selected entities (shift/ctrl-click), drawn highlighted like the selected one. */
  alsoSelected: ReadonlySet<string>;
  selectedRelation: string | null;
  labels: LabelTable;
  /** Sizes and colours by a measure, a section or the reports (see use-appearance.ts, core/reports/colors.ts); null keeps the graph's own. */
  sizes: ReadonlyMap<string, number> | null;
  colors: ReadonlyMap<string, string> | null;
}

export interface HoverState {
  node: string | null;
  edge: string | null;
}

/** What the page exposes for end-to-end tests and measurements. */
export interface ExplorerProbe {
  firstDrawMs: number | null;
  layoutMs: number | null;
  /** Where the positions came from: the seed, the layout cache, or a layout run in the page. */
  layoutSource: 'seed' | 'cache' | 'computed' | null;
  /** An entity's position in graph coordinates (the layout's units). */
  graphPosition(id: string): { x: number; y: number } | null;
  /** Where an entity is drawn, in CSS pixels from the canvas's top-left corner. */
  viewportPosition(id: string): { x: number; y: number } | null;
  camera(): { x: number; y: number; ratio: number };
  /** How an entity is drawn now: null when it is not drawn (hidden or unknown); its radius in CSS pixels and its colour. */
  nodeDisplay(id: string): { radius: number; color: string; size: number } | null;
  /** The labels drawn in the last frame: text, the node's centre and radius in CSS pixels, and the label size. */
  drawnLabels(): { id: string; label: string; x: number; y: number; r: number; size: number; side: 'right' | 'left' }[];
}

declare global {
  interface Window {
    __explorer?: ExplorerProbe;
  }
}
