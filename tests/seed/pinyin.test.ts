/**
 * Pinyin is read by words, and every polyphone in every entity name is read as reviewed in
 * graph-seed/pinyin-readings.yaml: a new name with a polyphone nobody reviewed fails here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pinyinOf, polyphoneProblems, readPinyinCuration } from '../../graph-seed/pinyin.ts';
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

  it('the custom words are read one syllable per character', () => {
    for (const [word, reading] of Object.entries(readPinyinCuration().words)) expect(pinyinOf(word), word).toBe(reading);
  });
});
