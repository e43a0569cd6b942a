/** The schema as GraphQL clients rely on it: nullable root fields, and Relay's Node interface. */
import { describe, expect, it } from 'vitest';
import { printedSchema } from '../../server/schema/index.ts';
import { codes, gql } from './app.ts';

describe('one failing root field leaves the others', () => {
  it('a bad argument nulls its own field only', async () => {
    const r = await gql(`{ entities(first: 501) { totalCount } search(query: "坪石") { entity { id } } neighborhood(id: "town:atlantis") { truncated } stats { entityCount } graph(types: [GLOSSARY_TERM]) { nodes { id } } }`);
    expect(r.status).toBe(200);
    expect(r.data!.entities).toBeNull();
    expect(r.data!.neighborhood).toBeNull();
    expect(codes(r).sort()).toEqual(['BAD_USER_INPUT', 'NOT_FOUND']);
    expect(r.data!.search.length).toBeGreaterThan(0);
    expect(r.data!.stats.entityCount).toBeGreaterThan(600);
    expect(r.data!.graph.nodes).toHaveLength(31);
  });

  it('every root field is nullable in the printed schema', () => {
    const query = /type Query \{([\s\S]*?)\n\}/.exec(printedSchema())![1]!;
    const fields = query.split('\n').filter((line) => /^  \w+(\(|:)/.test(line));
    expect(fields.length).toBeGreaterThan(8);
    for (const line of fields) expect(line.trimEnd(), line).not.toMatch(/!$/);
  });
});

describe('Relay global object identification', () => {
  it('every entity is a Node, fetched again by node(id:) and nodes(ids:)', async () => {
    const r = await gql(`{
      node(id: "town:pingshi") { __typename id ... on Entity { name } ... on Town { level } }
      nodes(ids: ["glossary:12", "town:atlantis", "target:2021-2025:senlinfugailv-71"]) { __typename id ... on Target { value } }
    }`);
    expect(r.errors).toBeUndefined();
    expect(r.data!.node).toEqual({ __typename: 'Town', id: 'town:pingshi', name: '坪石镇', level: 'TOWN' });
    expect(r.data!.nodes).toEqual([{ __typename: 'GlossaryTerm', id: 'glossary:12' }, null, { __typename: 'Target', id: 'target:2021-2025:senlinfugailv-71', value: 71 }]);
    const missing = await gql(`{ node(id: "town:atlantis") { id } }`);
    expect(missing.data!.node).toBeNull();
    expect(codes(missing)).toEqual(['NOT_FOUND']);
  });

  it('the schema has Relay\'s shapes: interface Node { id: ID! }, node(id: ID!): Node, entities implementing it', () => {
    const sdl = printedSchema();
    expect(sdl).toMatch(/interface Node \{[^}]*id: ID!/);
    expect(sdl).toMatch(/node\(\s*"""[\s\S]*?"""\s*id: ID!\s*\): Node\n/);
    expect(sdl).toMatch(/interface Entity implements Node/);
    expect(sdl).toMatch(/type Town implements Entity & Node/);
  });
});
