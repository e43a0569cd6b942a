/**
 * Reading mode: the report's outline as a tree (WAI-ARIA tree view: arrows move, Right/Left
 * open and close, Home/End jump, Enter chooses). Choosing a section lights up on the canvas the
 * entities it mentions and lists them here; an entity's panel links back to its sections.
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { ENTITY_TYPES, type GraphIndex } from '../../core/graph/types.ts';
import { ancestorsOf, buildOutline, moveInTree, type Outline } from '../../core/outline/index.ts';
import { sectionTrail } from '../../core/passages/index.ts';
import type { SectionEntitiesQuery, SectionsQuery } from '../../graphql/generated/graphql.ts';
import type { AsyncState } from '../common/use-async.ts';
import { EntityButton } from '../common/EntityName.tsx';
import { ErrorNotice } from '../common/ErrorNotice.tsx';

type Retryable<T> = AsyncState<T> & { retry: () => void };

export interface OutlinePanelProps {
  index: GraphIndex;
  sections: Retryable<SectionsQuery>;
  sectionEntities: Retryable<SectionEntitiesQuery>;
  current: string | null;
  onChoose(id: string | null): void;
  onSelect(id: string): void;
}

const ENTITIES_SHOWN = 40;

export function OutlinePanel({ index, sections, sectionEntities, current, onChoose, onSelect }: OutlinePanelProps) {
  const outline = useMemo(() => (sections.status === 'ready' ? buildOutline(sections.data.sections ?? []) : null), [sections]);
  return (
    <div className="outline-panel">
      {current && <ChosenSection index={index} result={sectionEntities} onClear={() => onChoose(null)} onSelect={onSelect} />}
      {sections.status === 'loading' && <p className="muted">Loading the outline…</p>}
      {sections.status === 'error' && <ErrorNotice error={sections.error} onRetry={sections.retry} title="The outline could not be loaded" />}
      {outline && <OutlineTree outline={outline} current={current} onChoose={onChoose} />}
    </div>
  );
}

function ChosenSection({ index, result, onClear, onSelect }: { index: GraphIndex; result: Retryable<SectionEntitiesQuery>; onClear: () => void; onSelect: (id: string) => void }) {
  const [all, setAll] = useState(false);
  if (result.status === 'loading') return <p className="muted">Loading the section…</p>;
  if (result.status === 'error') return <ErrorNotice error={result.error} onRetry={result.retry} title="The section could not be loaded" />;
  if (result.status !== 'ready' || !result.data.section) return null;
  const section = result.data.section;
  const rank = (type: string) => ENTITY_TYPES.indexOf(type as (typeof ENTITY_TYPES)[number]);
  const entities = section.entities
    .map((e) => index.entities.get(e.id))
    .filter((e) => e !== undefined)
    .sort((a, b) => rank(a.type) - rank(b.type) || b.degree - a.degree);
  const shown = all ? entities : entities.slice(0, ENTITIES_SHOWN);
  return (
    <section className="chosen-section" aria-labelledby="chosen-section-title">
      <p className="chosen-section__trail" lang="zh-Hans">{sectionTrail(section.path.slice(0, -1))}</p>
      <h2 id="chosen-section-title" lang="zh-Hans">{section.title}</h2>
      <p role="status">
        Mentions <strong>{entities.length}</strong> entit{entities.length === 1 ? 'y' : 'ies'}, highlighted on the graph.{' '}
        <button type="button" className="link-button" onClick={onClear}>
          Clear
        </button>
      </p>
      <ul className="chosen-section__entities">
        {shown.map((entity) => (
          <li key={entity.id}>
            <EntityButton entity={entity} onSelect={onSelect} showEnglish={false} />
          </li>
        ))}
      </ul>
      {entities.length > ENTITIES_SHOWN && (
        <button type="button" className="link-button" onClick={() => setAll(!all)} aria-expanded={all}>
          {all ? 'Show fewer' : `Show all ${entities.length}`}
        </button>
      )}
    </section>
  );
}

function OutlineTree({ outline, current, onChoose }: { outline: Outline; current: string | null; onChoose: (id: string) => void }) {
  const [expanded, setExpanded] = useState<Set<string>>(() => new Set([...outline.roots, ...(current ? ancestorsOf(outline, current) : [])]));
  const [focused, setFocused] = useState<string>(current ?? outline.roots[0] ?? '');
  const treeRef = useRef<HTMLUListElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    if (!current || !outline.nodes.has(current)) return;
    setExpanded((open) => {
      const missing = ancestorsOf(outline, current).filter((id) => !open.has(id));
      return missing.length ? new Set([...open, ...missing]) : open;
    });
    setFocused(current);
  }, [current, outline]);

  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    treeRef.current?.querySelector<HTMLElement>(`[data-section-id="${CSS.escape(focused)}"]`)?.focus();
  }, [focused, expanded]);

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onChoose(focused);
      return;
    }
    const move = moveInTree(outline, expanded, focused, event.key);
    if (!move) return;
    event.preventDefault();
    moved.current = true;
    setExpanded(move.expanded);
    setFocused(move.focus);
  };

  const toggle = (id: string) =>
    setExpanded((open) => {
      const next = new Set(open);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const renderItem = (id: string) => {
    const node = outline.nodes.get(id)!;
    const isOpen = expanded.has(id);
    const hasChildren = node.children.length > 0;
    return (
      <li
        key={id}
        role="treeitem"
        data-section-id={id}
        aria-level={node.depth + 1}
        aria-expanded={hasChildren ? isOpen : undefined}
        aria-selected={id === current}
        tabIndex={id === focused ? 0 : -1}
        className="tree__item"
        onFocus={(event) => {
          if (event.target === event.currentTarget) setFocused(id);
        }}
      >
        <div className={`tree__row${id === current ? ' tree__row--current' : ''}`} style={{ paddingLeft: `${node.depth * 14 + 4}px` }}>
          <span
            className="tree__twisty"
            aria-hidden="true"
            onClick={(event) => {
              event.stopPropagation();
              if (hasChildren) toggle(id);
            }}
          >
            {hasChildren ? (isOpen ? '▾' : '▸') : ''}
          </span>
          <span
            className="tree__title"
            lang="zh-Hans"
            onClick={() => {
              setFocused(id);
              onChoose(id);
            }}
          >
            {node.title}
          </span>
        </div>
        {hasChildren && isOpen && (
          <ul role="group" className="tree__group">
            {node.children.map(renderItem)}
          </ul>
        )}
      </li>
    );
  };

  return (
    <ul ref={treeRef} role="tree" aria-label="Report outline" className="tree" onKeyDown={onKeyDown}>
      {outline.roots.map(renderItem)}
    </ul>
  );
}
