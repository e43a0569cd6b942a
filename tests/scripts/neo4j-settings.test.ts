import { describe, expect, it } from 'vitest';

import { MEMORY, Neo4jRunnerError, readSettings } from '../../scripts/neo4j/settings.ts';

describe('local Neo4j runner settings', () => {
  it('uses the benchmark-sized heap and page cache unless the environment says otherwise', () => {
    expect(readSettings({}).memory).toEqual({ heap: MEMORY.heap, pageCache: MEMORY.pageCache });
    expect(readSettings({ NEO4J_HEAP: '1G', NEO4J_PAGECACHE: ' 512m ' }).memory).toEqual({ heap: '1g', pageCache: '512m' });
  });

  it.each(['lots', '0g', '1.5g', '2gb', '-1g'])('refuses NEO4J_HEAP=%s naming the variable and the form allowed', (value) => {
    expect(() => readSettings({ NEO4J_HEAP: value })).toThrow(Neo4jRunnerError);
    expect(() => readSettings({ NEO4J_HEAP: value })).toThrow(/NEO4J_HEAP=.* is not allowed: use a whole number followed by k, m or g/);
  });
});
