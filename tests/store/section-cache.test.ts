/**
 * The Neo4j store's cache of sections and reports per graph version (SectionCache): what it
 * keeps, what it drops past its bounds, and that two versions never mix.
 */
import { describe, expect, it } from 'vitest';
import { SectionCache } from '../../server/store/neo4j-store.ts';

const section = (id: string, text: string) => ({ id, reportId: 'report:a', title: id, path: [id], parentId: null, start: 0, end: text.length, strategyId: null, text });

describe('SectionCache', () => {
  it('answers a section of the version it was read from, and nothing of another version', () => {
    const cache = new SectionCache();
    cache.put('v1', section('section:1', '一二三'));
    expect(cache.get('v1', 'section:1')?.text).toBe('一二三');
    expect(cache.get('v2', 'section:1')).toBeUndefined();
    expect(cache.get('v1', 'section:2')).toBeUndefined();
    expect(cache.size).toBe(3);
  });

  it('drops the least recently used sections past its bound of characters', () => {
    const cache = new SectionCache(10);
    cache.put('v1', section('a', '1234'));
    cache.put('v1', section('b', '5678'));
    cache.get('v1', 'a'); // a is now the most recently used
    cache.put('v1', section('c', '90ab'));
    expect(cache.get('v1', 'b')).toBeUndefined();
    expect(cache.get('v1', 'a')?.text).toBe('1234');
    expect(cache.get('v1', 'c')?.text).toBe('90ab');
    expect(cache.size).toBe(8);
  });

  it('keeps at most maxVersions versions, dropping the oldest with its sections, outline and reports', () => {
    const cache = new SectionCache(1000, 2);
    cache.put('v1', section('a', 'xx'));
    cache.setOutline('v1', [{ id: 'a', reportId: 'report:a', title: 'a', path: ['a'], parentId: null, start: 0, end: 2, strategyId: null }]);
    cache.put('v2', section('a', 'yyy'));
    expect(cache.outline('v1')).toHaveLength(1);
    cache.put('v3', section('a', 'z'));
    expect(cache.get('v1', 'a')).toBeUndefined();
    expect(cache.outline('v1')).toBeNull();
    expect(cache.get('v2', 'a')?.text).toBe('yyy');
    expect(cache.size).toBe(4);
  });

  it('replacing a section counts its text once', () => {
    const cache = new SectionCache();
    cache.put('v1', section('a', '1234'));
    cache.put('v1', section('a', '12'));
    expect(cache.size).toBe(2);
  });
});
