/**
 * Pinyin is read by words, and every polyphone in every entity name is read as reviewed in
 * graph-seed/pinyin-readings.yaml: a new name with a polyphone nobody reviewed fails here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pinyinOf, polyphoneProblems, readPinyinCuration } from '../../graph-seed/pinyin.ts';
import { phraseMisreadings, syllablesOf } from '../../graph-seed/pinyin-check.ts';
import { SEED_PATHS } from '../../graph-seed/paths.ts';
import type { SeedArtefact } from '../../graph-seed/types.ts';

const seed = JSON.parse(readFileSync(SEED_PATHS.seed, 'utf8')) as SeedArtefact;
const entities = seed.graph.nodes.map((n) => ({ id: n.key, ...n.attributes! }));
const byId = new Map(entities.map((e) => [e.id, e]));

describe('pinyin', () => {
  it('reads the report’s chief systems and the Long March right, in the seed as built', () => {
    expect(byId.get('program:river-chief-system')?.pinyin).toBe('hé zhǎng zhì');
    expect(byId.get('program:forest-chief-system')?.pinyin).toBe('lín zhǎng zhì');
    expect(byId.get('program:road-chief-136')?.pinyin).toBe('lù zhǎng zhì 136 xíng dòng');
    expect(byId.get('program:chain-leader-system')?.pinyin).toBe('chǎn yè liàn liàn zhǎng zhì');
    expect(byId.get('park:red-army-third-blockade-sites')?.pinyin).toMatch(/^hóng jūn cháng zhēng /);
    expect(byId.get('park:long-march-national-cultural-park-lechang')?.pinyin).toMatch(/^cháng zhēng /);
    expect(byId.get('town:changlai')?.name).toBe('长来');
    expect(byId.get('town:changlai')?.pinyin).toBe('cháng lái');
    expect(byId.get('town:lechang')?.pinyin).toBe('lè chāng shì');
  });

  it('the seed holds the pinyin the reviewed readings give (of the name; of the indicator for a target)', () => {
    const expected = (e: (typeof entities)[number]) => pinyinOf(e.type === 'TARGET' ? e.indicator! : e.name);
    const stale = entities.filter((e) => e.pinyin !== expected(e)).map((e) => `${e.id}: ${e.pinyin} ≠ ${expected(e)}`);
    expect(stale).toEqual([]);
  });

  it('every polyphonic character of every entity name and alias is read as reviewed', () => {
    const names = new Set(entities.flatMap((e) => [e.name, ...e.aliases]));
    const problems = polyphoneProblems(names).map((p) => (p.reviewed
      ? `${p.char} in ${p.word} (${p.name}) is read ${p.reading}, reviewed as ${p.reviewed}: fix it under \`words\` in graph-seed/pinyin-readings.yaml`
      : `${p.char} in ${p.word} (${p.name}) is read ${p.reading} and was never reviewed: review it in graph-seed/pinyin-readings.yaml`));
    expect(problems).toEqual([]);
  });

  it('a polyphone in a word nobody reviewed, or read against the review, is reported', () => {
    const reviewed = readPinyinCuration().reviewed;
    expect(polyphoneProblems(['长大成人'], reviewed)).toContainEqual(expect.objectContaining({ char: '长', word: '长大', reviewed: null }));
    const wrong = { ...reviewed, 长: { cháng: ['河长制'] } };
    expect(polyphoneProblems(['河长制'], wrong)).toEqual([{ name: '河长制', char: '长', word: '河长制', reading: 'zhǎng', reviewed: 'cháng' }]);
  });

  it('a word is read as pinyin-pro reads it alone, not through a phrase across two words of the name (national names)', () => {
    // Names of the national reports pinyin-pro read through 本行, 行高 and 重提.
    expect(pinyinOf('降低物流成本行动')).toBe('jiàng dī wù liú chéng běn xíng dòng');
    expect(pinyinOf('实行高水平对外开放')).toBe('shí xíng gāo shuǐ píng duì wài kāi fàng');
    expect(pinyinOf('清洁能源消费比重提高')).toBe('qīng jié néng yuán xiāo fèi bǐ zhòng tí gāo');
    for (const [name, reading] of [['重庆市', 'chóng qìng shì'], ['中国人民银行', 'zhōng guó rén mín yín háng'], ['长江经济带', 'cháng jiāng jīng jì dài'], ['宏观调控', 'hóng guān tiáo kòng'], ['重点项目', 'zhòng diǎn xiàng mù']]) {
      expect(pinyinOf(name!), name).toBe(reading);
    }
    expect(phraseMisreadings(['降低物流成本行动', '实行高水平对外开放', '清洁能源消费比重提高', '河长制', '产学研一体化创新机制'])).toEqual([]);
    // The check fails on a reading other than the word's own (重 read as in 重点).
    const zhongQing = (name: string) => syllablesOf(name).map((s, i) => ([...name][i] === '重' ? 'zhòng' : s));
    expect(phraseMisreadings(['重庆市'], zhongQing)).toEqual([{ name: '重庆市', word: '重庆市', reading: 'zhòng qìng shì', phrase: 'chóng qìng shì' }]);
  });

  it('ü is written ü with its tone mark (战略 zhàn lüè), as pinyin is printed', () => {
    expect(pinyinOf('战略')).toBe('zhàn lüè');
    expect(entities.some((e) => e.pinyin?.includes('lüè'))).toBe(true);
    expect(entities.filter((e) => /(^| )[ln]v/.test(e.pinyin ?? '')).map((e) => e.pinyin)).toEqual([]);
  });

  it('the custom words are read one syllable per character', () => {
    for (const [word, reading] of Object.entries(readPinyinCuration().words)) expect(pinyinOf(word), word).toBe(reading);
  });
});
