/** The fields that only some entity types have: a target's quantity, a glossary term's definition, a place's level. */
import { COMPARATOR_SYMBOLS, formatQuantity } from '../../core/entity-detail/index.ts';
import type { ReactNode } from 'react';
import type { EntityDetailQuery } from '../../graphql/generated/graphql.ts';

export type EntityDetail = NonNullable<EntityDetailQuery['entity']>;

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}

export function EntityFacts({ entity }: { entity: EntityDetail }) {
  const rows: ReactNode[] = [];
  switch (entity.__typename) {
    case 'Target':
      rows.push(
        <Fact key="indicator" term="Indicator">
          <span lang="zh-Hans">{entity.indicator}</span>
        </Fact>,
        <Fact key="value" term="Value">
          <strong className="quantity">{formatQuantity(entity)}</strong> <span className="muted">({COMPARATOR_SYMBOLS[entity.comparator].words})</span>
        </Fact>,
        <Fact key="period" term="Period">{entity.period}</Fact>,
        <Fact key="kind" term="Kind">{entity.kind === 'GOAL' ? 'Goal (planned)' : 'Result (reported)'}</Fact>,
      );
      break;
    case 'GlossaryTerm':
      rows.push(<Fact key="number" term="Glossary note">[{entity.number}]</Fact>);
      break;
    case 'Town':
      if (entity.level) rows.push(<Fact key="level" term="Level">{entity.level.toLowerCase()}</Fact>);
      break;
    case 'Park':
    case 'Program':
    case 'Organization':
      if (entity.category) rows.push(<Fact key="category" term="Category">{entity.category.toLowerCase().replace(/_/g, ' ')}</Fact>);
      break;
  }
  if (entity.aliases.length) {
    rows.push(
      <Fact key="aliases" term="Also called">
        <span lang="zh-Hans">{entity.aliases.join('、')}</span>
      </Fact>,
    );
  }
  rows.push(<Fact key="degree" term="Relations">{entity.degree}</Fact>);
  return <dl className="facts">{rows}</dl>;
}

export function EntityDescription({ entity }: { entity: EntityDetail }) {
  const definition = entity.__typename === 'GlossaryTerm' ? entity : null;
  return (
    <>
      {definition && (
        <section className="panel__section">
          <h3>Definition (名词解释 [{definition.number}])</h3>
          <p lang="zh-Hans" className="definition">{definition.definition}</p>
          {definition.definitionEn && <p className="definition definition--en">{definition.definitionEn}</p>}
        </section>
      )}
      {(entity.description || entity.descriptionEn) && entity.description !== definition?.definition && (
        <section className="panel__section">
          <h3>Description</h3>
          {entity.description && <p lang="zh-Hans">{entity.description}</p>}
          {entity.descriptionEn && <p>{entity.descriptionEn}</p>}
        </section>
      )}
    </>
  );
}
