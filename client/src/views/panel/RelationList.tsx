/** An entity's relations, grouped by type and direction; each names the other entity and can show its evidence. */
import { groupRelations } from '../../core/entity-detail/index.ts';
import { RELATION_STYLE } from '../../core/graph/style.ts';
import { EntityButton } from '../common/EntityName.tsx';
import { Passage } from '../common/Passage.tsx';
import type { EntityDetail } from './EntityFacts.tsx';

const OPEN_GROUP_LIMIT = 10;

export function RelationList({ entity, onSelect, onSection }: { entity: EntityDetail; onSelect: (id: string) => void; onSection: (id: string) => void }) {
  const groups = groupRelations(entity.id, entity.relations);
  if (groups.length === 0) return <p className="muted">No relations: the report names it without tying it to anything else.</p>;
  return (
    <div className="relation-groups">
      {groups.map((group) => (
        <details key={`${group.type}:${group.direction}`} className="relation-group" open={group.items.length <= OPEN_GROUP_LIMIT}>
          <summary>
            <span className="relation-swatch" style={{ background: RELATION_STYLE[group.type].color }} aria-hidden="true" />
            {group.phrase} <span className="count">{group.items.length}</span>
            <span className="relation-type">{group.type}</span>
          </summary>
          <ul className="relation-items">
            {group.items.map(({ relation, other }) => (
              <li key={relation.id} className="relation-item">
                <EntityButton entity={other} onSelect={onSelect} />
                {relation.evidence.length > 0 && (
                  <details className="evidence">
                    <summary>Evidence{relation.evidence.length > 1 ? ` (${relation.evidence.length})` : ''}</summary>
                    {relation.evidence.map((passage, i) => (
                      <Passage key={i} passage={passage} onSection={onSection} />
                    ))}
                  </details>
                )}
              </li>
            ))}
          </ul>
        </details>
      ))}
    </div>
  );
}
