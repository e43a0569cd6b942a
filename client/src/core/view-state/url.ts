/**
 * The view in the URL's query string, so a copied link restores it. Short keys, defaults left
 * out, and a forgiving parser: a hand-edited or outdated link loses only the parts it got wrong.
 */
import { LABEL_LANGUAGES, type LabelLanguage } from '../graph/labels.ts';
import { ENTITY_TYPES, RELATION_TYPES } from '../graph/types.ts';
import { COLOR_MODES, DEFAULT_VIEW, FOCUS_DEPTHS, MEASURE_SCOPES, MEASURES, SIDEBAR_TABS, type CameraView, type ColorMode, type FocusDepth, type Growth, type Measure, type MeasureScope, type Position, type SidebarTab, type ViewState } from './types.ts';

const KEYS = {
  selected: 'node',
  alsoSelected: 'also',
  hiddenEntities: 'hideId',
  growth: 'grow',
  sizeBy: 'size',
  colorBy: 'color',
  measureScope: 'measure',
  positions: 'pos',
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
  indicator: 'indicator',
} as const satisfies Record<keyof ViewState, string>;
/** Grow mode's expanded entities, beside `grow` (its start). */
const EXPAND_KEY = 'expand';

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

/** A list of ids, order kept, duplicates and empties dropped. */
function idList(raw: string | null): string[] {
  if (!raw) return [];
  return [...new Set(raw.split(',').map((id) => id.trim()).filter(Boolean))];
}

/**
 * Dragged positions, compactly: `id~x~y` joined by commas (`town:pingshi~12.5~-40`), graph
 * coordinates to a tenth. A malformed item is dropped, the rest kept.
 */
export function parsePositions(raw: string | null): Record<string, Position> {
  const positions: Record<string, Position> = {};
  for (const item of (raw ?? '').split(',')) {
    const parts = item.split('~');
    if (parts.length < 3) continue;
    const y = Number(parts.pop());
    const x = Number(parts.pop());
    const id = parts.join('~').trim();
    if (id && Number.isFinite(x) && Number.isFinite(y) && parts.length) positions[id] = { x, y };
  }
  return positions;
}

export function serializePositions(positions: Record<string, Position>): string {
  return Object.keys(positions)
    .sort()
    .map((id) => `${id}~${Number(positions[id]!.x.toFixed(1))}~${Number(positions[id]!.y.toFixed(1))}`)
    .join(',');
}

function parseGrowth(start: string | null, expanded: string | null): Growth | null {
  return start ? { start, expanded: idList(expanded) } : null;
}

export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const text = (key: string) => params.get(key)?.trim() || null;
  const selected = text(KEYS.selected);
  const selectedRelation = selected ? null : text(KEYS.selectedRelation);
  const focusDepth = selected ? oneOf<FocusDepth>(FOCUS_DEPTHS, Number(params.get(KEYS.focusDepth))) : null;
  return {
    selected,
    alsoSelected: selected ? idList(params.get(KEYS.alsoSelected)).filter((id) => id !== selected) : [],
    hiddenEntities: idList(params.get(KEYS.hiddenEntities)).sort(),
    growth: parseGrowth(text(KEYS.growth), params.get(EXPAND_KEY)),
    sizeBy: oneOf<Measure>(MEASURES, params.get(KEYS.sizeBy)) ?? DEFAULT_VIEW.sizeBy,
    colorBy: oneOf<ColorMode>(COLOR_MODES, params.get(KEYS.colorBy)) ?? DEFAULT_VIEW.colorBy,
    measureScope: oneOf<MeasureScope>(MEASURE_SCOPES, params.get(KEYS.measureScope)) ?? DEFAULT_VIEW.measureScope,
    positions: parsePositions(params.get(KEYS.positions)),
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
    indicator: text(KEYS.indicator),
  };
}

export function serializeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.selected) params.set(KEYS.selected, state.selected);
  else if (state.selectedRelation) params.set(KEYS.selectedRelation, state.selectedRelation);
  if (state.selected && state.alsoSelected.length) params.set(KEYS.alsoSelected, state.alsoSelected.join(','));
  if (state.hiddenEntities.length) params.set(KEYS.hiddenEntities, state.hiddenEntities.join(','));
  if (state.growth) {
    params.set(KEYS.growth, state.growth.start);
    if (state.growth.expanded.length) params.set(EXPAND_KEY, state.growth.expanded.join(','));
  }
  if (state.sizeBy !== DEFAULT_VIEW.sizeBy) params.set(KEYS.sizeBy, state.sizeBy);
  if (state.colorBy !== DEFAULT_VIEW.colorBy) params.set(KEYS.colorBy, state.colorBy);
  if (state.measureScope !== DEFAULT_VIEW.measureScope) params.set(KEYS.measureScope, state.measureScope);
  if (Object.keys(state.positions).length) params.set(KEYS.positions, serializePositions(state.positions));
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
  if (state.indicator) params.set(KEYS.indicator, state.indicator);
  const query = params.toString().replace(/%3A/gi, ':').replace(/%2C/gi, ',').replace(/%7E/gi, '~');
  return query ? `?${query}` : '';
}

/**
 * True when two views differ in more than the camera: such a change earns a history entry, so
 * Back and Forward step through every change of view, filters and label language included.
 */
export function isNavigation(a: ViewState, b: ViewState): boolean {
  return (
    a.selected !== b.selected ||
    a.alsoSelected.join() !== b.alsoSelected.join() ||
    a.hiddenEntities.join() !== b.hiddenEntities.join() ||
    JSON.stringify(a.growth) !== JSON.stringify(b.growth) ||
    a.sizeBy !== b.sizeBy ||
    a.colorBy !== b.colorBy ||
    a.measureScope !== b.measureScope ||
    serializePositions(a.positions) !== serializePositions(b.positions) ||
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
    a.indicator !== b.indicator
  );
}
