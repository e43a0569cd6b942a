/**
 * The query cost (server/cost.ts) is computed once per document, operation and the values of
 * the variables it reads: each cost here is checked against the same operation written with
 * literals, which no earlier call can have costed, in an order that would expose a stale one.
 */
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { operationCost } from '../../server/cost.ts';
import { schema } from '../../server/schema/index.ts';

const NEIGHBOURHOOD = 'query($id: ID!, $limit: Int = 50) { neighborhood(id: $id, depth: 1, limit: $limit) { nodes { id } relations { id source { id } } } }';
/** The cost of a document written out fresh, so nothing kept for another document answers it. */
const fresh = (source: string) => operationCost(schema, parse(source), undefined, {});
const literal = (limit: number) => fresh(`{ neighborhood(id: "town:pingshi", depth: 1, limit: ${limit}) { nodes { id } relations { id source { id } } } }`);

describe('operationCost', () => {
  it('gives each page size its own cost, and the same cost whatever entity is asked', () => {
    const document = parse(NEIGHBOURHOOD);
    const cost = (variables: Record<string, unknown>) => operationCost(schema, document, undefined, variables);
    expect(cost({ id: 'town:pingshi', limit: 10 })).toBe(literal(10));
    expect(cost({ id: 'town:pingshi', limit: 2000 })).toBe(literal(2000));
    expect(literal(2000)).toBeGreaterThan(literal(10)!);
    expect(cost({ id: 'town:lechang', limit: 10 })).toBe(literal(10));
    expect(cost({ id: 'town:lechang', limit: 2000 })).toBe(literal(2000));
  });

  it('tells a variable left out (its default applies) from one passed as null', () => {
    const document = parse(NEIGHBOURHOOD);
    expect(operationCost(schema, document, undefined, { id: 'town:pingshi' })).toBe(literal(50));
    // A null limit counts as a page of one.
    expect(operationCost(schema, document, undefined, { id: 'town:pingshi', limit: null })).toBe(literal(1));
    expect(operationCost(schema, document, undefined, { id: 'town:pingshi' })).toBe(literal(50));
  });

  it('keeps no answer for variables that do not fit, so the next fitting ones are costed', () => {
    const document = parse(NEIGHBOURHOOD);
    expect(operationCost(schema, document, undefined, { id: 'town:pingshi', limit: 'many' })).toBeNull();
    expect(operationCost(schema, document, undefined, { limit: 2000 })).toBeNull();
    expect(operationCost(schema, document, undefined, { id: 'town:pingshi', limit: 2000 })).toBe(literal(2000));
  });

  it('costs what @include and @skip keep, by their variables', () => {
    const document = parse('query($all: Boolean!) { stats { entityCount } search(query: "乐昌", first: 100) @include(if: $all) { entity { id relations { id } } } }');
    const withSearch = operationCost(schema, document, undefined, { all: true });
    const without = operationCost(schema, document, undefined, { all: false });
    expect(without).toBe(fresh('{ stats { entityCount } }'));
    expect(withSearch).toBe(fresh('{ stats { entityCount } search(query: "乐昌", first: 100) { entity { id relations { id } } } }'));
    expect(withSearch).toBeGreaterThan(without!);
  });

  it('costs each operation of a document by its own name', () => {
    const document = parse('query Small { stats { entityCount } } query Big { search(query: "乐昌", first: 100) { entity { id } } }');
    expect(operationCost(schema, document, 'Small', {})).toBe(fresh('{ stats { entityCount } }'));
    expect(operationCost(schema, document, 'Big', {})).toBe(fresh('{ search(query: "乐昌", first: 100) { entity { id } } }'));
  });
});
