/** The whole view a reader sees, as plain data: what the URL stores and restores. */
import type { LabelLanguage } from '../graph/labels.ts';
import type { EntityType, RelationType } from '../graph/types.ts';

export const SIDEBAR_TABS = ['filters', 'path', 'outline', 'targets', 'briefing'] as const;
export type SidebarTab = (typeof SIDEBAR_TABS)[number];

export const FOCUS_DEPTHS = [1, 2, 3] as const;
export type FocusDepth = (typeof FOCUS_DEPTHS)[number];

/** What gives a node its colour: its entity type (the default) or the report(s) that name it. */
export const COLOR_MODES = ['type', 'report'] as const;
export type ColorMode = (typeof COLOR_MODES)[number];

export interface CameraView {
  x: number;
  y: number;
  ratio: number;
}

export interface ViewState {
  /** The selected entity, whose panel is open. */
  selected: string | null;
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
  colorBy: ColorMode;
  /** The indicator whose goals and results the targets chart shows (an INDICATOR id); null shows the graph. */
  indicator: string | null;
}

export const DEFAULT_VIEW: ViewState = {
  selected: null,
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
  colorBy: 'type',
  indicator: null,
};
