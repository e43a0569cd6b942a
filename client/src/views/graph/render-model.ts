/** What the canvas needs to know each time the view changes; the reducers read it, never React state. */
import type { LabelTable } from '../../core/graph/labels.ts';
import type { Visibility } from '../../core/filters/index.ts';
import type { Emphasis } from '../../core/highlight/index.ts';

export interface RenderModel {
  visibility: Visibility;
  emphasis: Emphasis | null;
  selected: string | null;
  selectedRelation: string | null;
  labels: LabelTable;
  /** Node colours that replace the type colours (colour by report); null keeps the type colours. */
  colors?: ReadonlyMap<string, string> | null;
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
  /** The labels drawn in the last frame: text, the node's centre and radius in CSS pixels, and the label size. */
  drawnLabels(): { id: string; label: string; x: number; y: number; r: number; size: number; side: 'right' | 'left' }[];
}

declare global {
  interface Window {
    __explorer?: ExplorerProbe;
  }
}
