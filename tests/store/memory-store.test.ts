/**
 * What the embedded store does beyond the contract: it answers at once and builds its search
 * index in the background (and says so), and its bounded traversals give, on a large synthetic
 * graph with hubs, the answers a plain reference computation gives.
 */
import { describe, expect, it } from 'vitest';
import { readSeed } from '../../server/store/create-store.ts';
import { MemoryStore } from '../../server/store/memory-store.ts';
import {
  chineseField, englishField, initialsField, lookupParts, parseQuery, pinyinField, rankCandidates, searchDoc, type Candidate,
} from '../../server/store/search-query.ts';
import type { EntityRecord, EntityType } from '../../server/store/types.ts';
import { pinyinOf } from '../../graph-seed/pinyin.ts';
import { readSearchQueries } from '../../scripts/bench/search-quality.ts';
import { syntheticSeed } from '../../scripts/bench/synthetic-seed.ts';

const seed = await readSeed();

describe('MemoryStore search index', () => {
  it('answers graph queries before its search index is built, says the index is BUILDING, and a search waits for it', async () => {
    const store = new MemoryStore(seed);
    try {
      expect(await store.health()).toMatchObject({ ready: true, store: 'memory', searchIndex: 'BUILDING' });
      expect((await store.entitiesByIds(['town:pingshi']))[0]?.name).toBe('坪石镇');
      const early = await store.search({ text: 'pingshi', first: 5 });
      expect(await store.health()).toMatchObject({ ready: true, searchIndex: 'READY' });
      expect(early[0]?.entity.id).toBe('town:pingshi');
      expect(await store.search({ text: 'pingshi', first: 5 })).toEqual(early);
    } finally {
      await store.close();
    }
  });

  it('finds what a scan of every entity\'s search fields finds, ranked the same, for the whole query set and more', async () => {
    const store = new MemoryStore(seed);
    const all = (await store.graph({})).nodes.map((entity) => {
      const doc = searchDoc(entity, pinyinOf);
      const terms = (field: string) => field.split(' ').filter(Boolean);
      return { entity, chinese: chineseField(doc), pinyin: terms(pinyinField(doc)), initials: terms(initialsField(doc)), english: terms(englishField(doc)) };
    });
    /** The lookups the index answers, done by looking at every entity; then the shared ranking. */
    const scan = (text: string, types: readonly EntityType[] | null) => {
      const query = parseQuery(text, types);
      const allowed = types && types.length > 0 ? new Set(types) : null;
      const startsWith = (terms: string[], prefix: string | null) => prefix !== null && terms.some((t) => t.startsWith(prefix));
      const candidates: Candidate[] = all.filter((e) => (!allowed || allowed.has(e.entity.type)) && (
        lookupParts(query).some((part) => (part.kind === 'han'
          ? e.chinese.includes(part.text)
          : startsWith(e.pinyin, part.pinyin) || (part.stem !== null && e.english.some((t) => (part.stem!.length >= 3 ? t.startsWith(part.stem!) : t === part.stem)))))
        || startsWith(e.pinyin, query.pinyinRun) || startsWith(e.initials, query.initials))).map(({ entity }) => ({ entity }));
      const glossary = all.find((e) => e.entity.type === 'GLOSSARY_TERM' && e.entity.number === query.glossaryNumber);
      if (glossary && (!allowed || allowed.has('GLOSSARY_TERM'))) candidates.unshift({ entity: glossary.entity, pinned: true });
      return rankCandidates(candidates, query, 10_000, (e) => searchDoc(e, pinyinOf));
    };
    const cases = [...readSearchQueries().map((c) => [c.q, c.types ?? null] as const),
      ['镇', null], ['乐', ['TOWN']], ['[12]', null], ['12', ['GLOSSARY_TERM']], ['s248', null], ['ps', null], ['forest c', null], ['坪石 pingshi', null]] as const;
    for (const [text, types] of cases) {
      const hits = await store.search({ text, types, first: 10_000 });
      expect(hits.map((h) => [h.entity.id, h.score]), text).toEqual(scan(text, types).map((h) => [h.entity.id, h.score]));
    }
    expect(cases.length).toBeGreaterThan(100);
    await store.close();
  }, 120_000);

  it('a search on a store closed before its index was built fails with a message, not a hang', async () => {
    const store = new MemoryStore(seed);
    await store.close();
    await expect(store.search({ text: 'pingshi', first: 5 })).rejects.toThrow(/closed before its search index was built/);
  });
});

describe('MemoryStore on a synthetic graph with hubs', () => {
  const synthetic = syntheticSeed({ nodes: 3000, relations: 15000, seed: 7 });
  const store = new MemoryStore(synthetic);
  const edges = synthetic.graph.edges.map((e) => ({ id: String(e.key), source: e.source, target: e.target, type: e.attributes!.type }));

  /** The neighbourhood by the plain rule: level by level, all in reach sorted by degree then id, cut at `limit`. */
  function reference(id: string, depth: number, limit: number) {
    const degree = new Map<string, number>();
    for (const e of edges) for (const end of [e.source, e.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
    const included = [id];
    const seen = new Set(included);
    let frontier = [id];
    let truncated = false;
    for (let level = 0; level < depth && frontier.length > 0 && !truncated; level++) {
      const inFrontier = new Set(frontier);
      const next = new Set<string>();
      for (const e of edges) {
        if (inFrontier.has(e.source) && !seen.has(e.target)) next.add(e.target);
        if (inFrontier.has(e.target) && !seen.has(e.source)) next.add(e.source);
      }
      const ordered = [...next].sort((a, b) => (degree.get(b) ?? 0) - (degree.get(a) ?? 0) || (a < b ? -1 : 1));
      const room = limit - included.length;
      truncated = ordered.length > room;
      frontier = ordered.slice(0, room);
      for (const n of frontier) {
        included.push(n);
        seen.add(n);
      }
    }
    const relations = edges.filter((e) => seen.has(e.source) && seen.has(e.target)).map((e) => e.id).sort();
    return { nodes: included, relations, truncated };
  }

  it.each([
    ['a hub', 'town:s0', 2, 200],
    ['a leaf', 'program:s17', 2, 200],
    ['a leaf, deeper and wider', 'program:s17', 3, 1000],
    ['a strategy', 'strategy:s1', 1, 50],
    ['a leaf, with room for all in reach', 'program:s17', 1, 1000],
  ])('the neighbourhood of %s (%s, depth %i, limit %i) is the plain rule\'s, in its order', async (_, id, depth, limit) => {
    const got = (await store.neighborhood({ id, depth, direction: 'BOTH', limit }))!;
    const want = reference(id, depth, limit);
    expect(got.nodes.map((n: EntityRecord) => n.id)).toEqual(want.nodes);
    expect(got.relations.map((r) => r.id)).toEqual(want.relations);
    expect(got.truncated).toBe(want.truncated);
  });

  it('keeps one record per entity: the graph\'s relations point at the entities the store returns', async () => {
    const [hub] = await store.entitiesByIds(['town:s0']);
    const { nodes } = (await store.neighborhood({ id: 'town:s0', depth: 1, direction: 'BOTH', limit: 10 }))!;
    expect(nodes[0]).toBe(hub);
    const [relations] = await store.relationsOf(['town:s0'], { direction: 'IN' });
    expect(relations!.length).toBe(hub!.degree - (await store.relationsOf(['town:s0'], { direction: 'OUT' }))[0]!.length);
    expect(relations!.every((r) => r.target === hub!.id)).toBe(true);
  });

  it('most connected entities in stats are the top of the degree order', async () => {
    const { mostConnected } = await store.stats({ top: 7 });
    const all = (await store.graph({})).nodes;
    const sorted = [...all].sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : 1)).slice(0, 7);
    expect(mostConnected.map((e) => e.id)).toEqual(sorted.map((e) => e.id));
    await store.close();
  });
});
