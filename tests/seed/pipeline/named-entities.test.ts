import { describe, expect, it } from 'vitest';
import { extractNamedEntities } from '../../../graph-seed/pipeline/named-entities.ts';
import { runReport } from '../../../graph-seed/pipeline/run-report.ts';
import { tagWords } from '../../../graph-seed/pipeline/segmenter.ts';
import type { NamedEntity } from '../../../graph-seed/pipeline/types.ts';
import { lechangRaw, nationalRaw, nationalSource } from './inputs.ts';

const names = (entities: NamedEntity[], type: NamedEntity['type']) => entities.filter((e) => e.type === type).map((e) => e.name);
const lechang = runReport({ raw: lechangRaw, sourceKind: 'PDF_TEXT', file: 'graph-seed/source/report.txt' });
const national2021 = (() => {
  const { file, title, year, source } = nationalSource(2021);
  return runReport({ raw: nationalRaw(file), sourceKind: 'WEB_TEXT', file, sidecar: { title, year, source } });
})();

describe('tagWords', () => {
  it('gives POS-tagged words whose offsets point into the text', () => {
    const text = '深入实施乡村振兴战略。\n建设南岭国家公园。';
    const words = tagWords(text);
    expect(words.map((w) => w.word).join('')).toBe(text.replace('\n', ''));
    for (const w of words) expect(text.slice(w.start, w.end)).toBe(w.word);
    expect(words.find((w) => w.word === '南岭')?.tag).toBe('ns');
  });
});

describe('extractNamedEntities on a small text', () => {
  const text = '深入实施乡村振兴战略，推进“十百”工程，建设南岭国家公园和乐昌产业园。在广东省韶关市乐昌市坪石镇，北乡镇黄坌村建成乐昌市第二人民医院。和平区域稳定。\n';
  const entities = extractNamedEntities(text, { jurisdiction: { name: '乐昌市', level: 'COUNTY', code: '440281' } });

  it('finds programs and parks by suffix, without the verbs that open the clause', () => {
    expect(names(entities, 'PROGRAM')).toEqual(['乡村振兴战略', '“十百”工程']);
    expect(names(entities, 'PARK')).toEqual(['南岭国家公园', '乐昌产业园']);
    expect(names(entities, 'ORGANIZATION')).toEqual(['乐昌市第二人民医院']);
  });

  it('finds places with their GB/T 2260 codes, the county\'s townships and a village after its township, not a name inside a word', () => {
    const places = entities.filter((e) => e.type === 'PLACE');
    expect(places.map((p) => [p.name, p.code, p.rule])).toEqual([
      ['广东省', '440000', 'GAZETTEER'], ['韶关市', '440200', 'GAZETTEER'], ['乐昌市', '440281', 'GAZETTEER'],
      ['坪石镇', '440281108', 'GAZETTEER'], ['北乡镇', '440281102', 'GAZETTEER'], ['黄坌村', null, 'VILLAGE'],
    ]);
    expect(places.find((p) => p.name === '乐昌市')!.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['乐昌市', '乐昌市']);
  });
});

describe('extractNamedEntities on real reports', () => {
  it('Lechang: its towns by code, 粤港澳大湾区 as a region, programs and parks of the report', () => {
    const places = lechang.entities.filter((e) => e.type === 'PLACE');
    expect(places.find((p) => p.name === '坪石镇')).toMatchObject({ code: '440281108' });
    expect(places.find((p) => p.name === '粤港澳大湾区')).toMatchObject({ rule: 'REGION' });
    expect(names(lechang.entities, 'PROGRAM')).toEqual(expect.arrayContaining(['乡村振兴战略', '“十百”工程', '“放管服”改革', '工业企业倍增工程']));
    expect(names(lechang.entities, 'PARK')).toEqual(expect.arrayContaining(['南岭国家公园', '龙山林场', '西京古道（乐昌段）']));
  });

  it('no name opens with a verb of the clause, and every mention quotes the name from its own report', () => {
    for (const report of [lechang, national2021]) {
      for (const e of report.entities) {
        expect(e.name, e.name).not.toMatch(/^(深入|实施|推进|推动|深化|加快|加强|全面|积极|大力|建设(?!项目))/);
        expect(e.mentions.length, e.name).toBeGreaterThan(0);
        for (const m of e.mentions) expect(report.text.slice(m.start, m.end)).toBe(e.name);
      }
    }
  });

  it('one thing named in two reports has one name: 乡村振兴战略 and 粤港澳大湾区 in Lechang and in the 2021 national report', () => {
    for (const [type, name] of [['PROGRAM', '乡村振兴战略'], ['PLACE', '粤港澳大湾区']] as const) {
      expect(names(lechang.entities, type)).toContain(name);
      expect(names(national2021.entities, type)).toContain(name);
    }
  });

  it('a national report names no county of its own, and no division name found inside a longer word', () => {
    const counties = national2021.entities.filter((e) => e.rule === 'GAZETTEER' && e.code && e.code.length === 6 && !e.code.endsWith('00'));
    expect(counties).toEqual([]);
  });
});
