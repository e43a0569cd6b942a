/**
 * The legend is the filter: each entity type with its colour and how many of it are drawn, a
 * checkbox to show or hide it; the same for relation types; and focus mode, which keeps only
 * the selection's neighbourhood to a chosen depth.
 */
import { useMemo, type Dispatch } from 'react';
import { countByType, type Visibility } from '../../core/filters/index.ts';
import { ENTITY_STYLE, RELATION_STYLE } from '../../core/graph/style.ts';
import { ENTITY_TYPES, RELATION_TYPES, type GraphIndex, type RelationType } from '../../core/graph/types.ts';
import type { ViewAction } from '../../core/view-state/index.ts';
import { ExportPanel, type PictureFormat } from '../export/ExportPanel.tsx';
import { COLOR_MODES, FOCUS_DEPTHS, MEASURES, type ColorMode, type FocusDepth, type Measure, type ViewState } from '../../core/view-state/types.ts';
import { sequentialColor } from '../../core/measures/index.ts';
import type { Appearance } from '../graph/use-appearance.ts';

/** How each measure is named in the legend, and what it means. */
export const MEASURE_TEXT: Record<Measure, { name: string; means: string }> = {
  degree: { name: 'Degree', means: 'number of relations' },
  pagerank: { name: 'PageRank', means: 'PageRank (how much is pointed at it, following relations in their direction)' },
  betweenness: { name: 'Betweenness', means: 'betweenness (share of shortest paths passing through it)' },
};
const COLOR_TEXT: Record<ColorMode, string> = { type: 'Type', section: 'Report section', report: 'Report', ...Object.fromEntries(MEASURES.map((m) => [m, MEASURE_TEXT[m].name])) } as Record<ColorMode, string>;

const formatValue = (v: number) => (Number.isInteger(v) ? String(v) : v < 0.01 ? v.toExponential(1) : v.toFixed(3));

export interface FiltersPanelProps {
  index: GraphIndex;
  visibility: Visibility;
  view: ViewState;
  dispatch: Dispatch<ViewAction>;
  onFocus(depth: FocusDepth | null): void;
  onPicture(format: PictureFormat): Promise<void>;
  appearance: Appearance;
}

export function FiltersPanel({ index, visibility, view, dispatch, onFocus, onPicture, appearance }: FiltersPanelProps) {
  const totals = useMemo(() => countByType(index, new Set(index.entities.keys())), [index]);
  const shown = useMemo(() => countByType(index, visibility.entities), [index, visibility]);
  const relationTotals = useMemo(() => {
    const counts = new Map<RelationType, number>();
    for (const r of index.relations.values()) counts.set(r.type, (counts.get(r.type) ?? 0) + 1);
    return counts;
  }, [index]);
  const relationShown = useMemo(() => {
    const counts = new Map<RelationType, number>();
    for (const id of visibility.relations) {
      const type = index.relations.get(id)?.type;
      if (type) counts.set(type, (counts.get(type) ?? 0) + 1);
    }
    return counts;
  }, [index, visibility]);
  const selectedName = view.selected ? index.entities.get(view.selected)?.name : undefined;
  const anyHidden = view.hiddenTypes.length > 0 || view.hiddenRelations.length > 0;

  return (
    <div className="filters">
      <p className="filters__summary" role="status">
        Showing <strong>{visibility.entities.size}</strong> of {index.entities.size} entities and <strong>{visibility.relations.size}</strong> of{' '}
        {index.relations.size} relations.
      </p>
      <fieldset className="legend">
        <legend>Entity types</legend>
        <p className="hint muted legend__size">{sizeColourSentence(view, visibility.entities.size, index.entities.size)}</p>
        {/* Only the types the graph holds: a report set without indicators lists none. */}
        {ENTITY_TYPES.filter((type) => (totals.get(type) ?? 0) > 0 || view.hiddenTypes.includes(type)).map((type) => (
          <LegendRow
            key={type} style={ENTITY_STYLE[type]} swatch="legend__swatch" hidden={view.hiddenTypes.includes(type)}
            total={totals.get(type) ?? 0} count={shown.get(type) ?? 0} onToggle={() => dispatch({ type: 'toggleEntityType', entityType: type })}
            onOnly={() => dispatch({ type: 'onlyEntityType', entityType: type })}
          />
        ))}
      </fieldset>
      <AppearanceControls index={index} view={view} dispatch={dispatch} appearance={appearance} />
      <fieldset className="legend">
        <legend>Relation types</legend>
        {RELATION_TYPES.filter((type) => (relationTotals.get(type) ?? 0) > 0 || view.hiddenRelations.includes(type)).map((type) => (
          <LegendRow
            key={type} style={RELATION_STYLE[type]} swatch="legend__line" hidden={view.hiddenRelations.includes(type)}
            total={relationTotals.get(type) ?? 0} count={relationShown.get(type) ?? 0} onToggle={() => dispatch({ type: 'toggleRelationType', relationType: type })}
            onOnly={() => dispatch({ type: 'onlyRelationType', relationType: type })}
          />
        ))}
      </fieldset>
      {anyHidden && (
        <button type="button" className="button button--small" onClick={() => dispatch({ type: 'showAllTypes' })}>
          Show all types
        </button>
      )}
      {view.growth && (
        <fieldset className="grow">
          <legend>Grow mode</legend>
          <p className="hint">
            Drawn: <strong lang="zh-Hans">{index.entities.get(view.growth.start)?.name ?? view.growth.start}</strong>
            {view.growth.expanded.length ? ` and the neighbours of ${view.growth.expanded.length} expanded` : ''}. Double-click a node, or press Expand neighbours in its panel, to add its neighbours.
          </p>
          <button type="button" className="button button--small" onClick={() => dispatch({ type: 'endGrowth' })}>
            Leave grow mode
          </button>
        </fieldset>
      )}
      {Object.keys(view.positions).length > 0 && (
        <p className="hint">
          {Object.keys(view.positions).length} dragged {Object.keys(view.positions).length === 1 ? 'entity is' : 'entities are'} where you put {Object.keys(view.positions).length === 1 ? 'it' : 'them'}.{' '}
          <button type="button" className="link-button" onClick={() => dispatch({ type: 'resetPositions' })}>
            Put dragged entities back
          </button>
        </p>
      )}
      {view.hiddenEntities.length > 0 && (
        <fieldset className="hidden-entities">
          <legend>Hidden entities ({view.hiddenEntities.length})</legend>
          <ul className="hidden-entities__list">
            {view.hiddenEntities.map((id) => (
              <li key={id}>
                <span lang="zh-Hans">{index.entities.get(id)?.name ?? id}</span>{' '}
                <button type="button" className="link-button" onClick={() => dispatch({ type: 'showEntities', ids: [id] })}>
                  show<span className="visually-hidden"> {index.entities.get(id)?.name ?? id}</span>
                </button>
              </li>
            ))}
          </ul>
          <button type="button" className="button button--small" onClick={() => dispatch({ type: 'showEntities', ids: null })}>
            Show all hidden
          </button>
        </fieldset>
      )}
      <fieldset className="focus" disabled={!view.selected}>
        <legend>Focus</legend>
        <label className="focus__toggle">
          <input type="checkbox" checked={view.focusDepth !== null} onChange={(event) => onFocus(event.target.checked ? 1 : null)} />
          Only the neighbourhood of {selectedName ? <strong lang="zh-Hans">{selectedName}</strong> : 'the selection'}
        </label>
        <div className="segmented" role="radiogroup" aria-label="Focus depth (hops)">
          {FOCUS_DEPTHS.map((depth) => (
            <label key={depth} className="segmented__option">
              <input type="radio" name="focus-depth" value={depth} checked={view.focusDepth === depth} onChange={() => onFocus(depth)} />
              <span>
                {depth} hop{depth > 1 ? 's' : ''}
              </span>
            </label>
          ))}
        </div>
        {!view.selected && <p className="muted hint">Select an entity (click it, or search) to focus on it.</p>}
      </fieldset>
      <ExportPanel view={view} drawn={visibility.entities} onPicture={onPicture} />
    </div>
  );
}

/** One type in the legend: a checkbox that shows or hides it, its colour, names and counts, and "only" to show it alone. */
function LegendRow(props: {
  style: { color: string; name: string; nameZh: string };
  swatch: 'legend__swatch' | 'legend__line';
  hidden: boolean;
  total: number;
  count: number;
  onToggle: () => void;
  onOnly: () => void;
}) {
  const { style, swatch, hidden, total, count, onToggle, onOnly } = props;
  return (
    <div className="legend__item">
      <label className="legend__row">
        <input type="checkbox" checked={!hidden} onChange={onToggle} />
        <span className={swatch} style={{ background: style.color }} aria-hidden="true" />
        <span className="legend__name">
          {style.name} <span lang="zh-Hans" className="muted">{style.nameZh}</span>
        </span>
        <span className="legend__count">{count === total ? total : `${count} / ${total}`}</span>
      </label>
      <button type="button" className="legend__only link-button" onClick={onOnly} title={`Show only ${style.name}; again to show all`}>
        only<span className="visually-hidden"> {style.name}</span>
      </button>
    </div>
  );
}

/** What size and colour mean now, in one sentence (the legend's first line). */
export function sizeColourSentence(view: Pick<ViewState, 'sizeBy' | 'colorBy' | 'measureScope'>, drawn: number, total: number): string {
  const over = view.measureScope === 'drawn' ? ` among the ${drawn} entities drawn` : ` over the whole graph (${total} entities)`;
  const colour =
    view.colorBy === 'type' ? 'Colour is the type'
    : view.colorBy === 'section' ? 'Colour is the report section an entity is most mentioned in'
    : view.colorBy === 'report' ? 'Colour is the report that names an entity (grey: several reports in view)'
    : `Colour is its ${MEASURE_TEXT[view.colorBy].means}, light to dark${over}`;
  const size = `a node’s size is its ${MEASURE_TEXT[view.sizeBy].means}${view.sizeBy === 'degree' && view.measureScope === 'graph' ? '' : over}`;
  return `${colour}; ${size}.`;
}

/** Size by and colour by a measure (or the report's sections), over the whole graph or what is drawn; and the key to the colours chosen. */
function AppearanceControls({ index, view, dispatch, appearance }: { index: GraphIndex; view: ViewState; dispatch: Dispatch<ViewAction>; appearance: Appearance }) {
  const top = appearance.sizeTop ? index.entities.get(appearance.sizeTop.id) : undefined;
  return (
    <fieldset className="appearance" aria-describedby="appearance-status">
      <legend>Size and colour</legend>
      <div className="appearance__row">
        <label htmlFor="size-by">Size by</label>
        <select id="size-by" value={view.sizeBy} onChange={(event) => dispatch({ type: 'setSizeBy', measure: event.target.value as Measure })}>
          {MEASURES.map((m) => (
            <option key={m} value={m}>
              {MEASURE_TEXT[m].name}
            </option>
          ))}
        </select>
      </div>
      <div className="appearance__row">
        <label htmlFor="color-by">Colour by</label>
        <select id="color-by" value={view.colorBy} onChange={(event) => dispatch({ type: 'setColorBy', mode: event.target.value as ColorMode })}>
          {COLOR_MODES.map((m) => (
            <option key={m} value={m}>
              {COLOR_TEXT[m]}
            </option>
          ))}
        </select>
      </div>
      <div className="segmented" role="radiogroup" aria-label="Measures computed on">
        {(['graph', 'drawn'] as const).map((scope) => (
          <label key={scope} className="segmented__option">
            <input type="radio" name="measure-scope" value={scope} checked={view.measureScope === scope} onChange={() => dispatch({ type: 'setMeasureScope', scope })} />
            <span>{scope === 'graph' ? 'Whole graph' : 'What is drawn'}</span>
          </label>
        ))}
      </div>
      <p id="appearance-status" className="hint muted" role="status">
        {appearance.status === 'computing' ? 'Computing…' : appearance.status === 'error' ? 'The measure could not be computed; sizes and colours are by degree and type.' : top && appearance.sizeTop ? (
          <>
            Largest {MEASURE_TEXT[view.sizeBy].name}: <span lang="zh-Hans">{top.name}</span> ({formatValue(appearance.sizeTop.value)})
          </>
        ) : null}
      </p>
      {appearance.colorRange && (
        <div className="appearance__ramp" aria-label={`Colour key: ${COLOR_TEXT[view.colorBy]} from ${formatValue(appearance.colorRange.min)} (light) to ${formatValue(appearance.colorRange.max)} (dark)`} role="img">
          <span>{formatValue(appearance.colorRange.min)}</span>
          <span className="appearance__gradient" style={{ background: `linear-gradient(to right, ${[0, 0.25, 0.5, 0.75, 1].map(sequentialColor).join(', ')})` }} />
          <span>{formatValue(appearance.colorRange.max)}</span>
        </div>
      )}
      {appearance.sectionKey && (
        <ul className="appearance__sections" aria-label="Colour key: report sections">
          {appearance.sectionKey.map((section) => (
            <li key={section.id}>
              <span className="legend__swatch" style={{ background: section.color }} aria-hidden="true" />
              <span lang="zh-Hans">{section.title}</span> <span className="legend__count">{section.count}</span>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
