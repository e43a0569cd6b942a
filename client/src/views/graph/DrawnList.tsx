/**
 * The entities on the canvas as a list, for keyboard and screen-reader users (the canvas itself
 * is a picture): emphasised entities first, then the most connected. Choosing one selects it as
 * a click on the canvas would; the selected entity is marked and scrolled into view, so the
 * list moves with the selection however it was made.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Visibility } from '../../core/filters/index.ts';
import type { LabelTable } from '../../core/graph/labels.ts';
import type { GraphIndex } from '../../core/graph/types.ts';
import type { Emphasis } from '../../core/highlight/index.ts';
import { TypeDot } from '../common/EntityName.tsx';

/** A list longer than this shows the most relevant ones and says how many are left out. */
const MAX_LISTED = 400;

export interface DrawnListProps {
  index: GraphIndex;
  visibility: Visibility;
  emphasis: Emphasis | null;
  labels: LabelTable;
  selected: string | null;
  /** The other selected entities (several can be selected). */
  alsoSelected: readonly string[];
  onChoose(id: string): void;
  /** Adds to the selection or takes out (the checkbox, or shift/ctrl-click on a name). */
  onToggle(id: string): void;
}

export function DrawnList({ index, visibility, emphasis, labels, selected, alsoSelected, onChoose, onToggle }: DrawnListProps) {
  const chosen = useMemo(() => new Set([...alsoSelected, ...(selected ? [selected] : [])]), [selected, alsoSelected]);
  const list = useRef<HTMLUListElement>(null);
  // Rows are made only while the list is open: hundreds of hidden buttons would slow every render.
  const [open, setOpen] = useState(false);
  const ordered = useMemo(() => {
    const rank = (id: string) => (chosen.has(id) ? 2 : emphasis?.entities.has(id) ? 1 : 0);
    const degree = (id: string) => index.entities.get(id)?.degree ?? 0;
    return [...visibility.entities].sort((a, b) => rank(b) - rank(a) || degree(b) - degree(a) || a.localeCompare(b));
  }, [index, visibility, emphasis, chosen]);
  const shown = open ? ordered.slice(0, MAX_LISTED) : [];

  useEffect(() => {
    if (!selected || !open) return;
    list.current?.querySelector<HTMLElement>(`[data-entity-id="${CSS.escape(selected)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [selected, open]);

  return (
    <details className="drawn" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>List of the {visibility.entities.size} entities drawn</summary>
      <ul ref={list} className="drawn__list" aria-label="Entities drawn on the canvas">
        {shown.map((id) => {
          const entity = index.entities.get(id);
          if (!entity) return null;
          return (
            <li key={id} data-entity-id={id} className="drawn__item">
              <input type="checkbox" className="drawn__check" checked={chosen.has(id)} onChange={() => onToggle(id)} aria-label={`Selected: ${entity.name}`} />
              <button
                type="button"
                className={`entity-button${emphasis?.entities.has(id) ? ' drawn__item--emphasised' : ''}`}
                aria-current={id === selected ? 'true' : undefined}
                onClick={(event) => (event.shiftKey || event.ctrlKey || event.metaKey ? onToggle(id) : onChoose(id))}
              >
                <TypeDot type={entity.type} />
                <span className="entity-button__text">{labels.full.get(id) ?? entity.name}</span>
                <span className="drawn__degree">{entity.degree}</span>
              </button>
            </li>
          );
        })}
      </ul>
      {open && ordered.length > shown.length && <p className="hint muted">And {ordered.length - shown.length} more, less connected; search finds every one.</p>}
    </details>
  );
}
