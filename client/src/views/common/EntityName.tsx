/** An entity's name as a button that selects it, with its type's colour. */
import { ENTITY_STYLE } from '../../core/graph/style.ts';
import type { EntityType } from '../../core/graph/types.ts';

export interface NamedEntity {
  id: string;
  type: EntityType;
  name: string;
  nameEn?: string | null;
}

export function TypeDot({ type }: { type: EntityType }) {
  return <span className="type-dot" style={{ background: ENTITY_STYLE[type].color }} aria-hidden="true" />;
}

export function EntityButton({ entity, onSelect, showEnglish = true }: { entity: NamedEntity; onSelect: (id: string) => void; showEnglish?: boolean }) {
  return (
    <button type="button" className="entity-button" onClick={() => onSelect(entity.id)} title={`${ENTITY_STYLE[entity.type].name}: ${entity.name}`}>
      <TypeDot type={entity.type} />
      <span className="entity-button__text">
        <span className="entity-button__name" lang="zh-Hans">{entity.name}</span>
        {showEnglish && entity.nameEn && <span className="entity-button__en"> {entity.nameEn}</span>}
      </span>
    </button>
  );
}
