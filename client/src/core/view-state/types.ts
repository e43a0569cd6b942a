/** The whole view a reader sees, as plain data: what the URL stores and restores. */
import type { LabelLanguage } from '../graph/labels.ts';
import type { EntityType, RelationType } from '../graph/types.ts';

export const SIDEBAR_TABS = ['filters', 'path', 'outline', 'briefing'] as const;
export type SidebarTab = (typeof SIDEBAR_TABS)[number];

export const FOCUS_DEPTHS = [1, 2, 3] as const;
export type FocusDepth = (typeof FOCUS_DEPTHS)[number];

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
};
