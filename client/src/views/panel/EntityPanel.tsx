/**
 * The side panel of the selected entity: its names in three scripts, its type's own fields,
 * the passages of the report that name it (each linking to its section in reading mode), and
 * its relations with their evidence.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { ENTITY_STYLE } from '../../core/graph/style.ts';
import { request } from '../../graphql/client.ts';
import { EntityDetailDocument } from '../../graphql/generated/graphql.ts';
import { ErrorNotice } from '../common/ErrorNotice.tsx';
import { TypeDot } from '../common/EntityName.tsx';
import { Passage } from '../common/Passage.tsx';
import { useAsync } from '../common/use-async.ts';
import type { FocusDepth } from '../../core/view-state/types.ts';
import { EntityDescription, EntityFacts, type EntityDetail } from './EntityFacts.tsx';
import { RelationList } from './RelationList.tsx';

const PASSAGES_SHOWN = 4;

export interface EntityPanelProps {
  id: string;
  /** Changes each time the reader chooses an entity (0: never); a change moves keyboard focus to the panel. */
  focusKey: number;
  focusDepth: FocusDepth | null;
  onSelect(id: string): void;
  onSection(id: string): void;
  onPathEnd(end: 'from' | 'to', id: string): void;
  onFocus(depth: FocusDepth | null): void;
  /** Grow mode: draw only this entity, then its neighbours when expanded. */
  onStartGrowth(id: string): void;
  /** Add this entity's neighbours to the view (starts grow mode from it when off). */
  onExpand(id: string): void;
  /** Take this entity off the canvas (shown again from the Filters tab). */
  onHide(id: string): void;
  /** Whether grow mode is on, and whether this entity has been expanded. */
  growing: boolean;
  expanded: boolean;
  onClose(): void;
  /** Shown above the entity: what else is selected (see SelectionSummary). */
  selection?: ReactNode;
}

function Passages({ entity, onSection }: { entity: EntityDetail; onSection: (id: string) => void }) {
  const [all, setAll] = useState(false);
  const shown = all ? entity.mentions : entity.mentions.slice(0, PASSAGES_SHOWN);
  return (
    <section className="panel__section" aria-labelledby="panel-passages">
      <h3 id="panel-passages">
        In the report <span className="count">{entity.mentions.length}</span>
      </h3>
      {shown.map((passage) => (
        <Passage key={`${passage.start}:${passage.section.id}`} passage={passage} onSection={onSection} />
      ))}
      {entity.mentions.length > PASSAGES_SHOWN && (
        <button type="button" className="link-button" onClick={() => setAll(!all)} aria-expanded={all}>
          {all ? 'Show fewer' : `Show all ${entity.mentions.length} passages`}
        </button>
      )}
    </section>
  );
}

export function EntityPanel(props: EntityPanelProps) {
  const { id, focusKey, onClose, selection } = props;
  const detail = useAsync((signal) => request(EntityDetailDocument, { id }, signal), [id]);
  const panel = useRef<HTMLElement>(null);
  // After the reader chooses an entity, keyboard focus goes to its name once it is shown.
  const focused = useRef(0);
  // (The state of the previous entity is still there on the first render of a new one.)
  const shown = detail.status === 'error' || (detail.status === 'ready' && detail.data.entity?.id === id);
  useEffect(() => {
    if (!focusKey || focused.current === focusKey || !shown) return;
    focused.current = focusKey;
    (panel.current?.querySelector<HTMLElement>('.entity__name') ?? panel.current?.querySelector<HTMLElement>('.panel__close'))?.focus();
  }, [focusKey, shown]);
  return (
    <aside ref={panel} className="panel" aria-label="Entity details" aria-busy={detail.status === 'loading'}>
      <button type="button" className="panel__close" onClick={onClose} aria-label="Close the panel (Escape)">
        ×
      </button>
      {selection}
      {detail.status === 'loading' && <p className="muted panel__loading">Loading…</p>}
      {detail.status === 'error' && <ErrorNotice error={detail.error} onRetry={detail.retry} title="The entity could not be loaded" />}
      {detail.status === 'ready' && detail.data.entity && (
        <EntityBody {...props} entity={detail.data.entity} />
      )}
    </aside>
  );
}

function EntityBody({ entity, focusDepth, onSelect, onSection, onPathEnd, onFocus, onStartGrowth, onExpand, onHide, growing, expanded }: Omit<EntityPanelProps, 'id' | 'onClose' | 'focusKey'> & { entity: EntityDetail }) {
  const style = ENTITY_STYLE[entity.type];
  return (
    <article className="entity" data-entity-id={entity.id}>
      <header className="entity__header">
        <p className="entity__type">
          <TypeDot type={entity.type} /> {style.name} <span lang="zh-Hans">{style.nameZh}</span>
        </p>
        <h2 lang="zh-Hans" className="entity__name" tabIndex={-1}>
          {entity.name}
        </h2>
        {entity.nameEn && <p className="entity__en">{entity.nameEn}</p>}
        {entity.pinyin && <p className="entity__pinyin">{entity.pinyin}</p>}
        <p className="entity__id">
          <code>{entity.id}</code>
        </p>
      </header>
      <div className="entity__actions" role="group" aria-label="Use this entity">
        <button type="button" className="button button--small" onClick={() => onPathEnd('from', entity.id)}>
          Path from here
        </button>
        <button type="button" className="button button--small" onClick={() => onPathEnd('to', entity.id)}>
          Path to here
        </button>
        <button type="button" className="button button--small" aria-pressed={focusDepth !== null} onClick={() => onFocus(focusDepth ? null : 1)}>
          {focusDepth ? 'Show everything' : 'Focus on neighbours'}
        </button>
      </div>
      <div className="entity__actions" role="group" aria-label="Grow or hide">
        {!growing && (
          <button type="button" className="button button--small" onClick={() => onStartGrowth(entity.id)} title="Draw only this entity, then grow the view by expanding">
            Start from here
          </button>
        )}
        <button type="button" className="button button--small" onClick={() => onExpand(entity.id)} disabled={growing && expanded} title="Add its neighbours to the view (or double-click it)">
          {growing && expanded ? 'Expanded' : 'Expand neighbours'}
        </button>
        <button type="button" className="button button--small" onClick={() => onHide(entity.id)}>
          Hide
        </button>
      </div>
      <EntityFacts entity={entity} />
      <EntityDescription entity={entity} />
      <Passages entity={entity} onSection={onSection} />
      <section className="panel__section" aria-labelledby="panel-relations">
        <h3 id="panel-relations">
          Relations <span className="count">{entity.relations.length}</span>
        </h3>
        <RelationList entity={entity} onSelect={onSelect} onSection={onSection} />
      </section>
    </article>
  );
}
