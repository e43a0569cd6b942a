/**
 * The view in the URL's query string, so a copied link restores it. Short keys, defaults left
 * out, and a forgiving parser: a hand-edited or outdated link loses only the parts it got wrong.
 */
import { LABEL_LANGUAGES, type LabelLanguage } from '../graph/labels.ts';
import { ENTITY_TYPES, RELATION_TYPES } from '../graph/types.ts';
import { COLOR_MODES, DEFAULT_VIEW, FOCUS_DEPTHS, SIDEBAR_TABS, type CameraView, type ColorMode, type FocusDepth, type SidebarTab, type ViewState } from './types.ts';

const KEYS = {
  selected: 'node',
  selectedRelation: 'rel',
  hiddenTypes: 'hide',
  hiddenRelations: 'hideRel',
  focusDepth: 'focus',
  pathFrom: 'from',
  pathTo: 'to',
  camera: 'cam',
  labels: 'lang',
  section: 'section',
  tab: 'tab',
  reports: 'reports',
  colorBy: 'color',
  indicator: 'indicator',
} as const satisfies Record<keyof ViewState, string>;

const oneOf = <T extends string | number>(allowed: readonly T[], value: unknown): T | null =>
  allowed.includes(value as T) ? (value as T) : null;

function listOf<T extends string>(order: readonly T[], raw: string | null): T[] {
  if (!raw) return [];
  const wanted = new Set(raw.split(','));
  return order.filter((item) => wanted.has(item));
}

function parseCamera(raw: string | null): CameraView | null {
  if (!raw) return null;
  const parts = raw.split(',').map(Number);
  if (parts.length !== 3 || parts.some((n) => !Number.isFinite(n))) return null;
  const [x, y, ratio] = parts as [number, number, number];
  return ratio > 0 ? { x, y, ratio } : null;
}

const round = (n: number) => Number(n.toFixed(4));

export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const text = (key: string) => params.get(key)?.trim() || null;
  const selected = text(KEYS.selected);
  const selectedRelation = selected ? null : text(KEYS.selectedRelation);
  const focusDepth = selected ? oneOf<FocusDepth>(FOCUS_DEPTHS, Number(params.get(KEYS.focusDepth))) : null;
  return {
    selected,
    selectedRelation,
    hiddenTypes: listOf(ENTITY_TYPES, params.get(KEYS.hiddenTypes)),
    hiddenRelations: listOf(RELATION_TYPES, params.get(KEYS.hiddenRelations)),
    focusDepth,
    pathFrom: text(KEYS.pathFrom),
    pathTo: text(KEYS.pathTo),
    camera: parseCamera(params.get(KEYS.camera)),
    labels: oneOf<LabelLanguage>(LABEL_LANGUAGES, params.get(KEYS.labels)) ?? DEFAULT_VIEW.labels,
    section: text(KEYS.section),
    tab: oneOf<SidebarTab>(SIDEBAR_TABS, params.get(KEYS.tab)) ?? DEFAULT_VIEW.tab,
    // Report ids are checked against the loaded reports later (core/reports/selection.ts); here only their form.
    reports: [...new Set((params.get(KEYS.reports) ?? '').split(',').map((id) => id.trim()).filter((id) => /^report:[\w.-]+$/.test(id)))],
    colorBy: oneOf<ColorMode>(COLOR_MODES, params.get(KEYS.colorBy)) ?? DEFAULT_VIEW.colorBy,
    indicator: text(KEYS.indicator),
  };
}

export function serializeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.selected) params.set(KEYS.selected, state.selected);
  else if (state.selectedRelation) params.set(KEYS.selectedRelation, state.selectedRelation);
  if (state.hiddenTypes.length) params.set(KEYS.hiddenTypes, state.hiddenTypes.join(','));
  if (state.hiddenRelations.length) params.set(KEYS.hiddenRelations, state.hiddenRelations.join(','));
  if (state.selected && state.focusDepth) params.set(KEYS.focusDepth, String(state.focusDepth));
  if (state.pathFrom) params.set(KEYS.pathFrom, state.pathFrom);
  if (state.pathTo) params.set(KEYS.pathTo, state.pathTo);
  if (state.camera) params.set(KEYS.camera, [state.camera.x, state.camera.y, state.camera.ratio].map(round).join(','));
  if (state.labels !== DEFAULT_VIEW.labels) params.set(KEYS.labels, state.labels);
  if (state.section) params.set(KEYS.section, state.section);
  if (state.tab !== DEFAULT_VIEW.tab) params.set(KEYS.tab, state.tab);
  if (state.reports.length) params.set(KEYS.reports, state.reports.join(','));
  if (state.colorBy !== DEFAULT_VIEW.colorBy) params.set(KEYS.colorBy, state.colorBy);
  if (state.indicator) params.set(KEYS.indicator, state.indicator);
  const query = params.toString().replace(/%3A/gi, ':').replace(/%2C/gi, ',');
  return query ? `?${query}` : '';
}

/**
 * True when two views differ in more than the camera: such a change earns a history entry, so
 * Back and Forward step through every change of view, filters and label language included.
 */
export function isNavigation(a: ViewState, b: ViewState): boolean {
  return (
    a.selected !== b.selected ||
    a.focusDepth !== b.focusDepth ||
    a.hiddenTypes.join() !== b.hiddenTypes.join() ||
    a.hiddenRelations.join() !== b.hiddenRelations.join() ||
    a.labels !== b.labels ||
    a.selectedRelation !== b.selectedRelation ||
    a.section !== b.section ||
    a.pathFrom !== b.pathFrom ||
    a.pathTo !== b.pathTo ||
    a.tab !== b.tab ||
    a.reports.join() !== b.reports.join() ||
    a.colorBy !== b.colorBy ||
    a.indicator !== b.indicator
  );
}
