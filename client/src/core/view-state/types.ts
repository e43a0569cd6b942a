/** The whole view a reader sees, as plain data: what the URL stores and restores. */
import type { LabelLanguage } from '../graph/labels.ts';
import type { EntityType, RelationType } from '../graph/types.ts';

export const SIDEBAR_TABS = ['filters', 'path', 'outline', 'targets', 'briefing'] as const;
export type SidebarTab = (typeof SIDEBAR_TABS)[number];

export const FOCUS_DEPTHS = [1, 2, 3] as const;
export type FocusDepth = (typeof FOCUS_DEPTHS)[number];

export interface CameraView {
  x: number;
  y: number;
  ratio: number;
}

/** What a node's size (and, when chosen, its colour) measures; see core/measures. */
export const MEASURES = ['degree', 'pagerank', 'betweenness'] as const;
export type Measure = (typeof MEASURES)[number];

/**
 * What a node's colour shows: its type (the default), the report's top-level section it is most
 * mentioned in, the report(s) that name it, or a measure (light to dark).
 */
export const COLOR_MODES = ['type', 'section', 'report', ...MEASURES] as const;
export type ColorMode = (typeof COLOR_MODES)[number];

/** Measures computed over the entities drawn now, or over the whole graph whatever is drawn. */
export const MEASURE_SCOPES = ['graph', 'drawn'] as const;
export type MeasureScope = (typeof MEASURE_SCOPES)[number];

/** A position in the graph's own coordinates (the seed layout's, about −500…500), as dragged by the reader. */
export interface Position {
  x: number;
  y: number;
}

/**
 * Exploring by growing: the view draws `start`, and each entity in `expanded` with its
 * neighbours (over the types shown), one "expand" at a time, as in Neo4j Bloom or Kumu.
 */
export interface Growth {
  start: string;
  /** Entities whose neighbours have been added, in the order they were expanded. */
  expanded: string[];
}

export interface ViewState {
  /** The selected entity, whose panel is open (the last one chosen when several are selected). */
  selected: string | null;
  /** Further selected entities (shift/ctrl-click or the drawn list), oldest first; empty unless `selected` is set. */
  alsoSelected: string[];
  /** Entities the reader hid one by one, sorted; drawn again only when shown again. */
  hiddenEntities: string[];
  /** Grow mode: only what was grown from a start entity is drawn; null draws the whole graph. */
  growth: Growth | null;
  sizeBy: Measure;
  colorBy: ColorMode;
  measureScope: MeasureScope;
  /** Entities the reader dragged, at their new positions (graph coordinates). */
  positions: Record<string, Position>;
  /** A selected relation (an edge clicked on the canvas); exclusive with `selected`. */
  selectedRelation: string | null;
  /** Entity and relation types switched off, kept sorted so equal views serialise equally. */
  hiddenTypes: EntityType[];
  hiddenRelations: RelationType[];
  /** Show only the selection's neighbourhood to this depth; null shows everything. */
  focusDepth: FocusDepth | null;
  pathFrom: string | null;
  pathTo: string | null;
  camera: CameraView | null;
  labels: LabelLanguage;
  /** The report section chosen in reading mode. */
  section: string | null;
  tab: SidebarTab;
  /** The reports in view, by id in seed order; empty means every report (see core/reports/selection.ts). */
  reports: string[];
  /** The indicator whose goals and results the targets chart shows (an INDICATOR id); null shows the graph. */
  indicator: string | null;
}

export const DEFAULT_VIEW: ViewState = {
  selected: null,
  alsoSelected: [],
  hiddenEntities: [],
  growth: null,
  sizeBy: 'degree',
  colorBy: 'type',
  measureScope: 'graph',
  positions: {},
  selectedRelation: null,
  hiddenTypes: [],
  hiddenRelations: [],
  focusDepth: null,
  pathFrom: null,
  pathTo: null,
  camera: null,
  labels: 'zh',
  section: null,
  tab: 'filters',
  reports: [],
  indicator: null,
};
