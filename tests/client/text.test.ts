import { describe, expect, it } from 'vitest';
import { formatQuantity, groupRelations } from '../../client/src/core/entity-detail/index.ts';
import { buildLabelTable, fullLabel, labelCharacters, shortenLabel } from '../../client/src/core/graph/labels.ts';
import { isRunningText, keyPassagesFirst, sectionTrail, splitPassage } from '../../client/src/core/passages/index.ts';
import { pathHops } from '../../client/src/core/path/index.ts';
import { highlightMatches, isSearchable, normaliseQuery } from '../../client/src/core/search/index.ts';
import { GRAPH } from './fixtures.ts';

const marked = (text: string, query: string) => highlightMatches(text, query).filter((s) => s.match).map((s) => s.text);

describe('search helpers', () => {
  it('cleans what input methods produce', () => {
    expect(normaliseQuery('  ping’shi  ')).toBe('pingshi');
    expect(normaliseQuery("ping'shi zhen")).toBe('pingshi zhen');
    expect(normaliseQuery('ＦＯＲＥＳＴ　ｃｉｔｙ')).toBe('FOREST city');
    expect(normaliseQuery('［１２］')).toBe('[12]');
  });

  it('sends one Chinese character or a glossary number, but not one Latin letter', () => {
    expect(isSearchable('镇')).toBe(true);
    expect(isSearchable('12')).toBe(true);
    expect(isSearchable('[3]')).toBe(true);
    expect(isSearchable('p')).toBe(false);
    expect(isSearchable('pi')).toBe(true);
    expect(isSearchable('')).toBe(false);
  });

  it('highlights matches across tones, spaces, case and width', () => {
    expect(marked('píng shí zhèn', 'pingshi')).toEqual(['píng shí']);
    expect(marked('National Forest City', 'forest city')).toEqual(['Forest City']);
    expect(marked('乐昌市国家森林城市建设总体规划', '森林')).toEqual(['森林']);
    expect(marked('“十百”工程', '[12]')).toEqual([]);
  });

  it('falls back to single words when the whole query is not in the text', () => {
    expect(marked('Lechang Forest Park', 'forest city')).toEqual(['Forest']);
  });

  it('keeps every character of the text, in order', () => {
    const text = 'Huangben Village 黄坌村';
    expect(highlightMatches(text, 'ben').map((s) => s.text).join('')).toBe(text);
  });
});

describe('labels', () => {
  const pingshi = GRAPH.nodes[1]!;
  it('speaks the chosen language, falling back to Chinese', () => {
    expect(fullLabel(pingshi, 'zh')).toBe('坪石镇');
    expect(fullLabel(pingshi, 'en')).toBe('Pingshi Town');
    expect(fullLabel(pingshi, 'pinyin')).toBe('píng shí zhèn');
    expect(fullLabel(pingshi, 'both')).toBe('坪石镇 · Pingshi Town');
    expect(fullLabel({ ...pingshi, nameEn: null }, 'en')).toBe('坪石镇');
  });

  it('shortens by display width, a Chinese character counting double', () => {
    expect(shortenLabel('实施现代产业提升行动，经济发展取得新成效', 10)).toBe('实施现代…');
    expect(shortenLabel('Pingshi Town', 10)).toBe('Pingshi…');
    expect(shortenLabel('坪石镇', 10)).toBe('坪石镇');
  });

  it('builds short and full labels for every entity, and lists every character to load', () => {
    const table = buildLabelTable(GRAPH.nodes, 'zh');
    expect(table.full.get('strategy:plan-2')).toBe('实施现代产业提升行动，经济发展取得新成效');
    expect(table.short.get('strategy:plan-2')!.endsWith('…')).toBe(true);
    const chars = labelCharacters(GRAPH.nodes);
    for (const c of '坌乐…·èā') expect(chars).toContain(c);
    expect(new Set(chars).size).toBe(chars.length);
  });
});

describe('passages', () => {
  it('marks the quote at its offset', () => {
    expect(splitPassage('北乡镇黄坌村获评称号。', 3, '黄坌村')).toEqual({ before: '北乡镇', quote: '黄坌村', after: '获评称号。', located: true });
  });

  it('finds the quote when the offset is wrong, and marks nothing when it is absent', () => {
    expect(splitPassage('北乡镇黄坌村获评称号。', 0, '黄坌村').before).toBe('北乡镇');
    expect(splitPassage('北乡镇。', 0, '黄坌村')).toEqual({ before: '北乡镇。', quote: '', after: '', located: false });
  });

  it('writes the section path as a breadcrumb', () => {
    expect(sectionTrail(['一', '二'])).toBe('一 › 二');
  });

  it('puts running text before title, byline and heading lines', () => {
    const byline = { context: '乐昌市市长钟曦' };
    const date = { context: '——2021年2月7日在乐昌市第十五届' };
    const sentence = { context: '乐昌市获评国家森林城市，生态环境持续改善。' };
    const heading = { context: '“十三五”发展成就' };
    expect(isRunningText(byline.context)).toBe(false);
    expect(isRunningText(sentence.context)).toBe(true);
    expect(keyPassagesFirst([byline, date, sentence, heading])).toEqual([sentence, byline, date, heading]);
    expect(keyPassagesFirst([byline])).toEqual([byline]);
  });
});

describe('paths and relations', () => {
  const nodes = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
  it('says which way each hop follows its relation', () => {
    const relations = [
      { id: 'r1', source: { id: 'a' }, target: { id: 'b' } },
      { id: 'r2', source: { id: 'c' }, target: { id: 'b' } },
    ];
    const hops = pathHops({ nodes, relations });
    expect(hops.map((h) => [h.from.id, h.to.id, h.forward])).toEqual([
      ['a', 'b', true],
      ['b', 'c', false],
    ]);
    expect(pathHops({ nodes: [{ id: 'a' }], relations: [] })).toEqual([]);
  });

  it('groups an entity’s relations by type and direction, in a fixed order', () => {
    const entity = 'town:pingshi';
    const relations = GRAPH.relations
      .filter((r) => r.sourceId === entity || r.targetId === entity)
      .map((r) => ({ id: r.id, type: r.type, source: { id: r.sourceId }, target: { id: r.targetId } }));
    const groups = groupRelations(entity, relations);
    expect(groups.map((g) => `${g.phrase}:${g.items.map((i) => i.other.id).join(',')}`)).toEqual([
      'Located in:town:lechang',
      'Location of:program:ten-hundred',
      'Parts:town:huangben',
    ]);
  });

  it('writes a quantity with its bound', () => {
    expect(formatQuantity({ comparator: 'AT_LEAST', value: 71, unit: '%' })).toBe('≥ 71 %');
    expect(formatQuantity({ comparator: 'APPROXIMATELY', value: 0.1 + 0.2, unit: '亿元' })).toBe('≈ 0.3 亿元');
    expect(formatQuantity({ comparator: 'EQUAL', value: 3024, unit: '' })).toBe('= 3024');
  });
});
