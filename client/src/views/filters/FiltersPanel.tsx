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
import { FOCUS_DEPTHS, type FocusDepth, type ViewState } from '../../core/view-state/types.ts';

export interface FiltersPanelProps {
  index: GraphIndex;
  visibility: Visibility;
  view: ViewState;
  dispatch: Dispatch<ViewAction>;
  onFocus(depth: FocusDepth | null): void;
  onPicture(format: PictureFormat): Promise<void>;
}

export function FiltersPanel({ index, visibility, view, dispatch, onFocus, onPicture }: FiltersPanelProps) {
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
        <p className="hint muted legend__size">Colour is the type; a node’s size is its number of relations.</p>
        {ENTITY_TYPES.map((type) => (
          <LegendRow
            key={type} style={ENTITY_STYLE[type]} swatch="legend__swatch" hidden={view.hiddenTypes.includes(type)}
            total={totals.get(type) ?? 0} count={shown.get(type) ?? 0} onToggle={() => dispatch({ type: 'toggleEntityType', entityType: type })}
            onOnly={() => dispatch({ type: 'onlyEntityType', entityType: type })}
          />
        ))}
      </fieldset>
      <fieldset className="legend">
        <legend>Relation types</legend>
        {RELATION_TYPES.map((type) => (
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
