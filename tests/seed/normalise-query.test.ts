/** The one reading of search text that the stores and the client share. */
import { describe, expect, it } from 'vitest';
import {
  americanSpelling, englishStem, foldText, glossaryNumber, hanKey, queryWords, searchKey, searchText,
} from '../../graph-seed/text/normalise-query.ts';

describe('search text normaliser', () => {
  it('folds width, case and tones; ü is v', () => {
    expect(foldText('ＦＯＲＥＳＴ　Ｃｉｔｙ')).toBe('forest city');
    expect(searchKey('píng shí zhèn')).toBe('pingshizhen');
    expect(searchKey('nǚ zǐ')).toBe('nvzi');
    expect(searchKey('NÜZI')).toBe('nvzi');
  });

  it('treats every bracket, quote, interpunct, dash and comma as a separator', () => {
    const key = searchKey('长征国家文化公园乐昌段');
    for (const q of ['长征国家文化公园（乐昌段）', '长征国家文化公园(乐昌段)', '长征国家文化公园【乐昌段】', '长征国家文化公园［乐昌段］', '长征国家文化公园〔乐昌段〕',
      '“长征国家文化公园”乐昌段', '「长征国家文化公园」乐昌段', '『长征国家文化公园』乐昌段', '‘长征国家文化公园’乐昌段', '"长征国家文化公园"乐昌段',
      '《长征国家文化公园》乐昌段', '长征·国家文化公园・乐昌段', '长征—国家文化公园–乐昌段', '长征-国家文化公园‐乐昌段', '长征、国家文化公园，乐昌段']) {
      expect(searchKey(q), q).toBe(key);
    }
    expect(searchText('乐棉中路、公主下路')).toBe('乐棉中路 公主下路');
    expect(hanKey('S248线北乡至长来段')).toBe('线北乡至长来段');
  });

  it('joins Latin letters across an apostrophe, and cuts a query into Han and Latin words', () => {
    expect(searchText("ping'shi women’s")).toBe('pingshi womens');
    expect(queryWords('S248长来 airport')).toEqual([{ text: 's248', kind: 'latin' }, { text: '长来', kind: 'han' }, { text: 'airport', kind: 'latin' }]);
    expect(queryWords('【】“”——🌲')).toEqual([]);
  });

  it('reads a glossary number in any bracket, a bare one only when asked', () => {
    for (const q of ['[14]', '【14】', '［14］', '［１４］', '(14)', '（14）', '〔14〕', '〖14〗', '「14」', ' [ 14 ] ']) expect(glossaryNumber(q, false), q).toBe(14);
    expect(glossaryNumber('14', false)).toBeNull();
    expect(glossaryNumber('14', true)).toBe(14);
    expect(glossaryNumber('[14', false)).toBeNull();
    expect(glossaryNumber('[1400]', false)).toBeNull();
  });

  it('folds British spellings to American before stemming', () => {
    expect(americanSpelling('revitalisation')).toBe('revitalization');
    expect(americanSpelling('centre')).toBe('center');
    expect(americanSpelling('licence')).toBe('license');
    expect(americanSpelling('honour')).toBe('honor');
    expect(americanSpelling('four')).toBe('four');
    expect(englishStem('revitalisation')).toBe(englishStem('revitalization'));
    expect(englishStem('revitalising')).toBe(englishStem('revitalize'));
    expect(englishStem('civilised')).toBe(englishStem('civilized'));
    expect(englishStem('fertilisers')).toBe(englishStem('fertilizer'));
    expect(englishStem('s248')).toBe('s248');
  });

  it('reads text in the fast path exactly as the full Unicode folding would', () => {
    const slow = (t: string) => t.normalize('NFKC').toLowerCase().normalize('NFD').replace(/u\u0308/g, 'v').replace(/\p{M}/gu, '').normalize('NFC')
      .replace(/(?<=[a-z])['’‘`´](?=[a-z])/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    const ranges = [[0x20, 0x7e], [0x2010, 0x205e], [0x3000, 0x303f], [0x3400, 0x3500], [0x4e00, 0x9fff]];
    for (const [from, to] of ranges) {
      for (let c = from!; c <= to!; c++) {
        const text = `乐${String.fromCodePoint(c)}a`;
        expect(searchText(text), c.toString(16)).toBe(slow(text));
      }
    }
  });
});
