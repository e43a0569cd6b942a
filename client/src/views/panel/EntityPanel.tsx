/**
 * The side panel of the selected entity: its names in three scripts, its type's own fields,
 * the passages of the report that name it (each linking to its section in reading mode), and
 * its relations with their evidence.
 */
import { useEffect, useRef, useState } from 'react';
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
  onClose(): void;
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

export function EntityPanel({ id, focusKey, focusDepth, onSelect, onSection, onPathEnd, onFocus, onClose }: EntityPanelProps) {
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
      {detail.status === 'loading' && <p className="muted panel__loading">Loading…</p>}
      {detail.status === 'error' && <ErrorNotice error={detail.error} onRetry={detail.retry} title="The entity could not be loaded" />}
      {detail.status === 'ready' && detail.data.entity && (
        <EntityBody entity={detail.data.entity} focusDepth={focusDepth} onSelect={onSelect} onSection={onSection} onPathEnd={onPathEnd} onFocus={onFocus} />
      )}
    </aside>
  );
}

function EntityBody({ entity, focusDepth, onSelect, onSection, onPathEnd, onFocus }: Omit<EntityPanelProps, 'id' | 'onClose' | 'focusKey'> & { entity: EntityDetail }) {
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
