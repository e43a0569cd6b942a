/** The side panel of a relation clicked on the canvas: who relates to whom, how, and the passages that say so. */
import { RELATION_PHRASES } from '../../core/entity-detail/index.ts';
import { RELATION_STYLE } from '../../core/graph/style.ts';
import type { IndexedRelation } from '../../core/graph/types.ts';
import { request } from '../../graphql/client.ts';
import { EntityDetailDocument } from '../../graphql/generated/graphql.ts';
import { EntityButton } from '../common/EntityName.tsx';
import { ErrorNotice } from '../common/ErrorNotice.tsx';
import { Passage } from '../common/Passage.tsx';
import { useAsync } from '../common/use-async.ts';

export function RelationPanel({ relation, onSelect, onSection, onClose }: { relation: IndexedRelation; onSelect: (id: string) => void; onSection: (id: string) => void; onClose: () => void }) {
  const detail = useAsync((signal) => request(EntityDetailDocument, { id: relation.source }, signal), [relation.source]);
  const found = detail.status === 'ready' ? detail.data.entity?.relations.find((r) => r.id === relation.id) : undefined;
  return (
    <aside className="panel" aria-label="Relation details" aria-busy={detail.status === 'loading'}>
      <button type="button" className="panel__close" onClick={onClose} aria-label="Close the panel (Escape)">
        ×
      </button>
      <article className="entity">
        <header className="entity__header">
          <h2 className="entity__type">
            <span className="relation-swatch" style={{ background: RELATION_STYLE[relation.type].color }} aria-hidden="true" /> Relation ·{' '}
            {relation.type}
          </h2>
        </header>
        {detail.status === 'loading' && <p className="muted">Loading…</p>}
        {detail.status === 'error' && <ErrorNotice error={detail.error} onRetry={detail.retry} title="The relation could not be loaded" />}
        {detail.status === 'ready' && !found && <p className="muted">This relation is not in the graph any more.</p>}
        {found && (
          <>
            <div className="relation-statement">
              <EntityButton entity={found.source} onSelect={onSelect} />
              <span className="relation-statement__verb">{RELATION_PHRASES[found.type].out.toLowerCase()} →</span>
              <EntityButton entity={found.target} onSelect={onSelect} />
            </div>
            <section className="panel__section">
              <h3>
                Evidence <span className="count">{found.evidence.length}</span>
              </h3>
              {found.evidence.map((passage, i) => (
                <Passage key={i} passage={passage} onSection={onSection} />
              ))}
            </section>
          </>
        )}
      </article>
    </aside>
  );
}
