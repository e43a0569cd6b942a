/**
 * Search over GraphQL as users type it (the memory store behind the real app, through
 * yoga.fetch): names with full-width punctuation, glossary numbers in Chinese brackets,
 * polyphones, pinyin inside names, English in either spelling, and the ranking of mixed
 * queries. The same inputs run on both stores in tests/store/contract.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { gql } from './app.ts';

interface Hit { score: number; entity: { id: string; name: string; pinyin: string | null } }

async function search(query: string, first = 5, types?: string[]): Promise<Hit[]> {
  const r = await gql<{ search: Hit[] }>(
    'query($q: String!, $first: Int, $types: [EntityType!]) { search(query: $q, first: $first, types: $types) { score entity { id name pinyin } } }',
    { q: query, first, types },
  );
  expect(r.errors, query).toBeUndefined();
  return r.data!.search;
}
const ids = (hits: Hit[]) => hits.map((h) => h.entity.id);

describe('search as users type it', () => {
  it('finds exact names printed with full-width brackets, enumeration commas and dashes, first', async () => {
    for (const [q, id] of [
      ['长征国家文化公园（乐昌段）', 'park:long-march-national-cultural-park-lechang'],
      ['大朗（乐昌）产业共建科技园', 'park:dalang-lechang-tech-park'],
      ['大朗(乐昌)产业共建科技园', 'park:dalang-lechang-tech-park'],
      ['村（居）法律顾问制度', 'program:village-legal-adviser'],
      ['乐棉中路、公主下路连接人民南路道路建设', 'program:lemian-gongzhu-road-link'],
      ['坪石-梅花自来水扩网工程', 'program:pingshi-meihua-water-network'],
      ['ｐｉｎｇｓｈｉ', 'town:pingshi'],
    ]) expect(ids(await search(q!))[0], q).toBe(id);
  });

  it('finds a glossary note by its number in any bracket', async () => {
    for (const q of ['[14]', '【14】', '［14］', '［１４］', '(14)', '（14）', '〔14〕', '〖14〗']) expect(ids(await search(q))[0], q).toBe('glossary:14');
    expect(ids(await search('14', 5, ['GLOSSARY_TERM']))[0]).toBe('glossary:14');
  });

  it('reads polyphones by word, in the pinyin it serves and in what it finds', async () => {
    const [river] = await search('河长制', 1);
    expect(river!.entity.pinyin).toBe('hé zhǎng zhì');
    expect(ids(await search('hezhangzhi'))[0]).toBe('program:river-chief-system');
    expect(ids(await search('hé zhǎng zhì'))[0]).toBe('program:river-chief-system');
    const [sites] = await search('红军长征突破第三道封锁线遗址群', 1);
    expect(sites!.entity.pinyin).toMatch(/^hóng jūn cháng zhēng /);
    expect(ids(await search('hongjun changzheng'))).toContain('park:red-army-third-blockade-sites');
  });

  it('finds pinyin run together anywhere in a name, with or without spaces, and initials', async () => {
    for (const q of ['senlinchengshi', 'senlin chengshi', 'sen lin cheng shi']) expect(ids(await search(q))[0], q).toBe('program:national-forest-city');
    expect(ids(await search('nvzi'))[0]).toBe('program:national-womens-chess-league');
    expect(ids(await search('nüzi'))[0]).toBe('program:national-womens-chess-league');
    expect(ids(await search('gjslcs'))[0]).toBe('program:national-forest-city');
  });

  it('finds English by stem, in British and American spelling', async () => {
    for (const q of ['rural revitalization', 'rural revitalisation', 'revitalizing rural']) {
      expect(ids(await search(q)), q).toEqual(expect.arrayContaining(['program:rural-revitalization-strategy', 'program:rural-revitalisation-paired-assistance']));
    }
    expect(ids(await search('fertilizers'))).toContain('program:fertiliser-pesticide-zero-growth');
    expect(ids(await search('health center'))).toEqual(expect.arrayContaining(['org:lecheng-community-health-center', 'program:lecheng-health-centre']));
  });

  it('finds a word the English convention keeps from Chinese by the common English for it', async () => {
    const xiangqi = ['program:national-womens-chess-league', 'program:chinese-chess-hometown'];
    for (const q of ['chess', 'Chinese chess', 'xiangqi']) expect(ids(await search(q)), q).toEqual(expect.arrayContaining(xiangqi));
    // The synonym is for search only: what is shown keeps the convention.
    const r = await gql<{ entity: { nameEn: string } }>('{ entity(id: "program:chinese-chess-hometown") { nameEn } }');
    expect(r.data!.entity.nameEn).not.toMatch(/chess/i);
  });

  it('ranks an exact name first, then entities matching every word, then the rest', async () => {
    expect(ids(await search('东站 airport'))[0]).toBe('program:east-station-airport-expressway');
    expect(ids(await search('S248 长来'))[0]).toBe('program:s248-beixiang-changlai');
    const forest = await search('国家森林城市', 20);
    expect(forest[0]!.entity.id).toBe('program:national-forest-city');
    expect(forest.slice(1).every((h) => h.score < forest[0]!.score)).toBe(true);
    // Both words, in the name: above entities with only one of them.
    const mixed = await search('坪石 power plant', 20);
    expect(mixed[0]!.entity.id).toBe('org:pingshi-power-plant-b');
    expect(mixed.length).toBeGreaterThan(1);
  });

  it('answers a query of punctuation only with no hits, not an error', async () => {
    for (const q of ['【】', '“”', '——', '、', '🌲']) expect(await search(q), q).toEqual([]);
  });
});
