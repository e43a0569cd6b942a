/**
 * The Cypher the Neo4j store sends, checked without a database: every query, with the largest
 * filters the API accepts, fits in one of neo4j-driver's 1400-byte socket writes. A query that
 * does not waits 40 ms for the server's delayed acknowledgement (the driver leaves Nagle's
 * algorithm on), which is ten times what a neighbourhood takes to compute.
 */
import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES, RELATION_TYPES } from '../../graph-seed/types.ts';
import { atVersion, CYPHER, type CypherQuery } from '../../server/store/neo4j-store.ts';
import { DIRECTIONS } from '../../server/store/types.ts';

/** The driver's write size, less what Bolt adds around the text and parameters. */
const ONE_WRITE = 1400 - 100;

/** An overestimate of the Bolt message: JSON spends more bytes on a value than PackStream does. */
const size = ({ cypher, params }: CypherQuery) => Buffer.byteLength(cypher) + Buffer.byteLength(JSON.stringify(params));

/** A graph version's id as the loader makes them, with room to spare. */
const version = '20261206T093007Z-656167-spare';

const longId = 'target:2021-2025:senlinfugailv-71';
const allRelationTypes = [...RELATION_TYPES];
/** A reports filter as long as a researcher choosing several reports would send. */
const manyReports = ['report:lechang-2021', 'report:cn-2016', 'report:cn-2017', 'report:cn-2018', 'report:cn-2019', 'report:cn-2021'];

const queries: Record<string, CypherQuery> = {
  entities: CYPHER.entities([longId]),
  listEntities: CYPHER.listEntities({ types: [...ENTITY_TYPES], first: 500, after: longId }),
  relationsOf: CYPHER.relationsOf([longId], { direction: 'BOTH', types: allRelationTypes }),
  shortestPath: CYPHER.shortestPath({ from: longId, to: longId, maxLength: 10, relationTypes: allRelationTypes }),
  graph: CYPHER.graph({ types: [...ENTITY_TYPES], relationTypes: allRelationTypes }),
  stats: CYPHER.stats(100),
  sections: CYPHER.sections(['s-1-2-3']),
  allSections: CYPHER.allSections(),
  entitiesInSections: CYPHER.entitiesInSections(['s-1-2-3']),
  reports: CYPHER.reports(),
  targetSeries: CYPHER.targetSeries({ indicator: 'Energy consumption per unit of GDP', jurisdiction: '新疆维吾尔自治区生产建设兵团', kind: 'RESULT' }),
  targetSeriesChoices: CYPHER.targetSeriesChoices(),
  'listEntities with reports': CYPHER.listEntities({ types: [...ENTITY_TYPES], first: 500, after: longId, reports: manyReports }),
  'graph with reports': CYPHER.graph({ types: [...ENTITY_TYPES], relationTypes: allRelationTypes, reports: manyReports }),
};
for (const direction of DIRECTIONS) {
  for (const depth of [1, 2, 3]) {
    queries[`neighborhood ${direction} depth ${depth}`] = CYPHER.neighborhood({ id: longId, depth, direction, limit: 2000, relationTypes: allRelationTypes });
    queries[`neighborhood ${direction} depth ${depth} with reports`] = CYPHER.neighborhood({ id: longId, depth, direction, limit: 2000, relationTypes: allRelationTypes, reports: manyReports });
  }
}
for (const text of ['森林覆盖率', '林', 'senlin fugailv', 'forest coverage rate', '[14]', '乐昌 forest lechang']) {
  queries[`search ${text}`] = CYPHER.search(text, [...ENTITY_TYPES]);
  queries[`search ${text} with reports`] = CYPHER.search(text, [...ENTITY_TYPES], manyReports);
}

describe('the Cypher of the Neo4j store', () => {
  it.each(Object.entries(queries))('%s fits in one socket write', (_, query) => {
    expect(size(atVersion(query, version))).toBeLessThanOrEqual(ONE_WRITE);
  });

  it('is sent on one line, with every value a parameter', () => {
    for (const { cypher } of Object.values(queries)) {
      expect(cypher).not.toMatch(/\s{2}|\n/);
      expect(cypher).not.toContain(longId);
    }
  });

  it('reads one graph version: every query names $v, and every entity or section it starts from is matched in it', () => {
    for (const [name, { cypher }] of Object.entries(queries)) {
      expect(cypher, name).toContain('$v');
      // A pattern that starts from an entity or a section, matched without its version,
      // could start in another version; a traversal from a versioned node stays in its version.
      for (const [pattern, variable] of cypher.matchAll(/MATCH \((\w*):(?:Entity|Section|Report|Indicator)[^)]*\)/g)) {
        const filtered = pattern.includes('version: $v') || (variable !== '' && cypher.includes(`${variable}.version = $v`));
        expect(filtered, `${name}: ${pattern}`).toBe(true);
      }
    }
  });
});
