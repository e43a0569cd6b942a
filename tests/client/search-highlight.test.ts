/**
 * The client highlights what the server matched: the same normaliser reads the query and the
 * hit's text (graph-seed/text/normalise-query.ts).
 */
import { describe, expect, it } from 'vitest';
import { highlightMatches, isSearchable } from '../../client/src/core/search/index.ts';
import { MemoryStore } from '../../server/store/memory-store.ts';
import { readSeed } from '../../server/store/create-store.ts';

const marked = (text: string, query: string) => highlightMatches(text, query).filter((s) => s.match).map((s) => s.text);

describe('search highlighting, read as the server reads', () => {
  it('ignores the width and style of brackets, quotes, commas and dashes', () => {
    expect(marked('长征国家文化公园（乐昌段）', '长征国家文化公园(乐昌段)')).toEqual(['长征国家文化公园（乐昌段']);
    expect(marked('乐棉中路、公主下路连接人民南路道路建设', '乐棉中路,公主下路')).toEqual(['乐棉中路、公主下路']);
    expect(marked('“十百”工程', '「十百」工程')).toEqual(['十百”工程']);
    expect(marked('坪石—梅花自来水扩网工程', '坪石-梅花')).toEqual(['坪石—梅花']);
  });

  it('marks each word of a mixed query, and English words by stem in either spelling', () => {
    expect(marked('Rural Revitalisation Strategy', 'rural revitalization')).toEqual(['Rural', 'Revitalisation']);
    expect(marked('Lecheng Subdistrict Community Health Service Center', 'health centre')).toEqual(['Health', 'Center']);
    expect(marked('乐昌东站至韶关机场快速通道', '东站 airport')).toEqual(['东站']);
    expect(marked('hé zhǎng zhì', 'hezhangzhi')).toEqual(['hé zhǎng zhì']);
    expect(marked('quán guó xiàng qí nǚ zǐ jiǎ jí lián sài', 'nvzi')).toEqual(['nǚ zǐ']);
  });

  it('sends glossary numbers in any bracket, and not punctuation alone', () => {
    expect(isSearchable('【14】')).toBe(true);
    expect(isSearchable('〔3〕')).toBe(true);
    expect(isSearchable('【】')).toBe(false);
    expect(isSearchable('——')).toBe(false);
  });

  it('lights up, in the first hit of each issue query, the words the server matched', async () => {
    const store = new MemoryStore(await readSeed());
    for (const [query, field] of [['hezhangzhi', 'pinyin'], ['senlin chengshi', 'pinyin'], ['rural revitalization', 'nameEn'], ['村（居）法律顾问制度', 'name']] as const) {
      const [hit] = await store.search({ text: query, first: 1 });
      expect(marked(hit!.entity[field] ?? '', query).length, query).toBeGreaterThan(0);
    }
  });
});
