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

describe('extractNamedEntities: the kinds of error the evaluation and the hand check found', () => {
  const county = { name: '乐昌市', level: 'COUNTY', code: '440281' } as const;
  const found = (text: string) => extractNamedEntities(text, { jurisdiction: county }).filter((e) => e.type !== 'PLACE').map((e) => `${e.type}:${e.name}`);

  it('a name starts after the verb that governs it, even inside what the walk took', () => {
    expect(found('推动5家企业纳入韶关倍增计划。在产业园区探索实行“企业承诺+先建后验直接落地”改革。'))
      .toEqual(['PROGRAM:韶关倍增计划', 'PROGRAM:“企业承诺+先建后验直接落地”改革']);
  });

  it('after a governing verb the verbs that follow belong to the name, adverbs and counts do not', () => {
    expect(found('深入实施创新驱动发展战略。实施提升就业服务质量工程。实施好关键核心技术攻关工程。'))
      .toEqual(['PROGRAM:创新驱动发展战略', 'PROGRAM:提升就业服务质量工程', 'PROGRAM:关键核心技术攻关工程']);
    // Nor does the marker of an enumerated clause (三是, which the segmenter does not know).
    expect(found('基本生活。三是坚决打好三大攻坚战，主要目标任务全面完成。')).toEqual(['PROGRAM:三大攻坚战']);
    // Nor the verb of a "verb + name。" clause that the segmenter tags as an adjective (畅通/a).
    expect(found('降低成本。畅通货币政策传导机制，避免资金沉淀空转。')).toEqual(['PROGRAM:货币政策传导机制']);
  });

  it('fields of work, ranked common nouns and phrases without a noun are no names', () => {
    expect(found('深化重点领域和关键环节改革。推进社会民生领域改革。加强重大平台规划。推进第二污水处理厂及其配套管网工程。健全稳定支持机制。'))
      .toEqual(['ORGANIZATION:第二污水处理厂']);
  });

  it('what is counted or listed after 等 is a kind of thing, not a name', () => {
    expect(found('完成工业大道等18条道路改造工程。新建小型集中供水工程664宗。创建香芋和岭南落叶水果两个省级现代农业产业园。持续开展“飓风”等严打整治专项行动。'))
      .toEqual(['PROGRAM:“飓风”']);
    // A quoted name stays a name where the count is before it.
    expect(found('完成6个镇“139”镇街整治提升工程。')).toEqual(['PROGRAM:“139”镇街整治提升工程']);
  });

  it('quoted slogans, titles and glossary terms are programs where they stand on their own', () => {
    expect(found('推进“粤菜师傅”“广东技工”等培训工程。荣获“中国象棋之乡”等称号。落实“三线一单”[14]管控方案。'))
      .toEqual(['PROGRAM:“粤菜师傅”', 'PROGRAM:“广东技工”', 'PROGRAM:“中国象棋之乡”', 'PROGRAM:“三线一单”']);
    // Not where a place qualifies them, where they qualify a noun, or where the glossary term is a standard.
    expect(found('建设粤港澳大湾区“米袋子”“菜篮子”，实行“月度红黄榜”“季度流动红黄旗”考评制度。按照“五个过硬”[30]要求。'))
      .toEqual([]);
  });

  it('words the segmenter does not know, a dash between places and titles won in a list stay whole', () => {
    expect(found('大朗（乐昌）产业共建科技园、大朗民营企业产业园等项目。推进中国－东盟自贸区建设。成功创建全国基层中医药服务先进单位、省级慢性病综合防控示范区。'))
      .toEqual(['PARK:大朗（乐昌）产业共建科技园', 'PARK:大朗民营企业产业园', 'PARK:中国－东盟自贸区', 'PROGRAM:全国基层中医药服务先进单位', 'PROGRAM:省级慢性病综合防控示范区']);
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

  it('the hand check\'s misses in the 2021 and 2024 national reports: whole names kept, fields of work left out', () => {
    const { file, title, year, source } = nationalSource(2024);
    const national2024 = runReport({ raw: nationalRaw(file), sourceKind: 'WEB_TEXT', file, sidecar: { title, year, source } });
    expect(names(national2021.entities, 'PROGRAM')).toContain('提升就业服务质量工程');
    expect(names(national2021.entities, 'PROGRAM')).not.toContain('就业服务质量工程');
    expect(names(national2024.entities, 'PROGRAM')).toEqual(expect.arrayContaining(['提升行政执法质量三年行动', '国有企业改革深化提升行动', '千亿斤粮食产能提升行动']));
    expect(names(national2024.entities, 'PROGRAM')).not.toEqual(expect.arrayContaining(['关键环节改革']));
    expect(names(national2024.entities, 'PROGRAM').filter((n) => /领域改革$/.test(n))).toEqual([]);
  });

  it('an organisation is one body (a place, a number, a quote or the jurisdiction\'s own), never a kind of body or a phrase', () => {
    const orgsOf = (year: number) => {
      const { file, title, source } = nationalSource(year);
      return names(runReport({ raw: nationalRaw(file), sourceKind: 'WEB_TEXT', file, sidecar: { title, year, source } }).entities, 'ORGANIZATION');
    };
    // The kinds and fragments the national reports used to give (普惠性幼儿园, 从企业到医院, 公司治理 …).
    const kinds = ['义务教育学校', '普惠性幼儿园', '家庭到学校', '企业到医院', '金融资产管理公司', '高水平大学', '乡村小规模学校', '乡镇寄宿制学校', '城镇学校', '高中阶段学校', '多渠道增加幼儿园', '中国特色国有企业现代公司'];
    const national = [2016, 2018, 2019, 2021, 2023].flatMap(orgsOf);
    for (const kind of kinds) expect(national, kind).not.toContain(kind);
    // A company named by its place keeps its name, without the verbs before it (严厉查处长春长生公司).
    expect(orgsOf(2019)).toEqual(['长春长生公司']);
    const lechangOrgs = names(lechang.entities, 'ORGANIZATION');
    expect(lechangOrgs).toEqual(expect.arrayContaining(['梅花中学', '黄圃镇中心幼儿园', '市退役军人服务中心', '第二污水处理厂', '省委第六巡视组', '乐城街道社区卫生服务中心']));
    for (const kind of ['普惠性民办幼儿园', '大型文旅集团', '农村义务教育寄宿制学校']) expect(lechangOrgs, kind).not.toContain(kind);
  });

  it('a national report names no county of its own, and no division name found inside a longer word', () => {
    const counties = national2021.entities.filter((e) => e.rule === 'GAZETTEER' && e.code && e.code.length === 6 && !e.code.endsWith('00'));
    expect(counties).toEqual([]);
  });
});
