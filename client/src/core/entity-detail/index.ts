/**
 * How the entity panel orders what the API returns: relations grouped by type and direction,
 * each group named as a phrase that reads from the entity ("located in", "location of"), and
 * a target's quantity written the way the report bounds it.
 */
import { RELATION_TYPES, type RelationType } from '../graph/types.ts';
import type { Comparator } from '../../graphql/generated/graphql.ts';

export type RelationDirection = 'out' | 'in';

export const RELATION_PHRASES: Record<RelationType, Record<RelationDirection, string>> = {
  PART_OF_STRATEGY: { out: 'Part of strategy', in: 'Includes' },
  HAS_TARGET: { out: 'Targets', in: 'Target of' },
  LOCATED_IN: { out: 'Located in', in: 'Location of' },
  PART_OF: { out: 'Part of', in: 'Parts' },
  DEFINED_BY: { out: 'Defined by', in: 'Defines' },
  MENTIONS: { out: 'Mentions', in: 'Mentioned by' },
  AWARDED: { out: 'Awarded', in: 'Awarded to' },
  MEASURES: { out: 'Measures', in: 'Measured by' },
  RESULT_OF: { out: 'Result of goal', in: 'Result' },
};

interface RelationShape {
  id: string;
  type: RelationType;
  source: { id: string };
  target: { id: string };
}

export interface RelationGroup<R extends RelationShape> {
  type: RelationType;
  direction: RelationDirection;
  phrase: string;
  items: { relation: R; other: R['source'] }[];
}

export function groupRelations<R extends RelationShape>(entityId: string, relations: readonly R[]): RelationGroup<R>[] {
  const groups = new Map<string, RelationGroup<R>>();
  for (const relation of relations) {
    const direction: RelationDirection = relation.source.id === entityId ? 'out' : 'in';
    const key = `${relation.type}:${direction}`;
    let group = groups.get(key);
    if (!group) {
      group = { type: relation.type, direction, phrase: RELATION_PHRASES[relation.type][direction], items: [] };
      groups.set(key, group);
    }
    group.items.push({ relation, other: direction === 'out' ? relation.target : relation.source });
  }
  const rank = (g: RelationGroup<R>) => RELATION_TYPES.indexOf(g.type as (typeof RELATION_TYPES)[number]) * 2 + (g.direction === 'out' ? 0 : 1);
  return [...groups.values()].sort((a, b) => rank(a) - rank(b));
}

export const COMPARATOR_SYMBOLS: Record<Comparator, { symbol: string; words: string }> = {
  EQUAL: { symbol: '=', words: 'equal to' },
  AT_LEAST: { symbol: '≥', words: 'at least' },
  MORE_THAN: { symbol: '>', words: 'more than' },
  AT_MOST: { symbol: '≤', words: 'at most' },
  APPROXIMATELY: { symbol: '≈', words: 'about' },
  BETWEEN: { symbol: '', words: 'between' },
};

/** A target's quantity as the panel shows it: "≥ 80 %", or "6–6.5 %" for a range (BETWEEN, with `valueMax`). */
export function formatQuantity(target: { comparator: Comparator; value: number; valueMax?: number | null; unit: string }): string {
  const format = (n: number) => (Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(6))));
  const value = format(target.value);
  if (target.comparator === 'BETWEEN' && target.valueMax != null) return `${value}–${format(target.valueMax)}${target.unit ? ` ${target.unit}` : ''}`;
  return `${COMPARATOR_SYMBOLS[target.comparator].symbol} ${value}${target.unit ? ` ${target.unit}` : ''}`;
}
