import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { printedSchema } from '../../server/schema/index.ts';

describe('schema.graphql', () => {
  it('is the printed Pothos schema (run npm run schema:print when this fails)', () => {
    expect(readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8')).toBe(printedSchema());
  });

  it('keeps the contract names other tools rely on', () => {
    const sdl = printedSchema();
    for (const name of ['interface Entity', 'type Relation', 'type Mention', 'type Section', 'type Subgraph', 'type Path', 'type SearchHit', 'type EntityConnection',
      'shortestPath(', 'neighborhood(', 'search(', 'entities(', 'graph(', 'stats(', 'type Town implements Entity', 'type GlossaryTerm implements Entity', 'type Target implements Entity']) {
      expect(sdl, name).toContain(name);
    }
    // Arguments carry descriptions, so the SDL prints them on their own lines.
    expect(sdl).toMatch(/\n  entity\(\s*"""[^"]*"""\s*id: ID!\s*\): Entity\n/);
  });
});
