import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadCuration } from '../../../graph-seed/curation.ts';
import { SEED_PATHS } from '../../../graph-seed/paths.ts';
import type { SeedArtefact } from '../../../graph-seed/types.ts';
import { normalise } from '../../../graph-seed/pipeline/normalise.ts';
import { extractSections } from '../../../graph-seed/pipeline/sections.ts';
import { extractTargets, quotedIndicators, targetName } from '../../../graph-seed/pipeline/targets.ts';
import type { ExtractedTarget } from '../../../graph-seed/pipeline/types.ts';
import { nationalRaw } from './inputs.ts';

function targetsOf(file: string, year: number): { text: string; targets: ExtractedTarget[] } {
  const text = normalise(nationalRaw(file), 'WEB_TEXT').text;
  return { text, targets: extractTargets(text, extractSections(text, year), year) };
}
const summary = (t: ExtractedTarget) => [t.kind, t.period, t.indicator, t.value, t.valueMax, t.unit, t.comparator];

describe('the Lechang build runs these rules', () => {
  // Every target the rules find where the curation changes nothing is in the curated seed as found:
  // same indicator, value, unit, period and kind, quoted at the same place of the seed's text. One
  // the curation adds by hand and the rules now find too is there once, with the curated quote.
  it('a rule target no curated record corrects is a seed TARGET with the same fields (and quote, unless curated)', () => {
    const seed = JSON.parse(readFileSync(SEED_PATHS.seed, 'utf8')) as SeedArtefact;
    const curation = loadCuration(SEED_PATHS.curation, seed.reports[0]!.text);
    const holds = (c: { at: { start: number; end: number } }, t: ExtractedTarget) => c.at.start <= t.numberStart && t.numberEnd <= c.at.end;
    const changes = curation.targetCorrections.filter((c) => c.action === 'exclude'
      || (c.action === 'override' && [c.indicator, c.value, c.unit, c.comparator, c.period, c.kind].some((f) => f !== undefined)));
    const added = curation.targetCorrections.filter((c) => c.action === 'add');
    const seedTargets = seed.graph.nodes.filter((n) => n.attributes!.type === 'TARGET').map((n) => n.attributes!);
    const fields = (t: { indicator?: string | null; value?: number | null; unit?: string | null; period?: string | null; kind?: string | null }) => [t.indicator, t.value, t.unit, t.period, t.kind].join('|');
    const quoted = new Set(seedTargets.flatMap((a) => a.mentions.map((m) => [fields(a), a.comparator, m.start, m.end].join('|'))));
    const figures = new Set(seedTargets.map(fields));
    const found = extractTargets(seed.reports[0]!.text, extractSections(seed.reports[0]!.text, 2021), 2021).filter((t) => !changes.some((c) => holds(c, t)));
    expect(found.length).toBeGreaterThan(200);
    const curatedToo = found.filter((t) => added.some((c) => holds(c, t) && c.indicator === t.indicator && c.value === t.value && c.period === t.period && c.kind === t.kind));
    expect(curatedToo.length).toBeGreaterThanOrEqual(4);
    expect(curatedToo.filter((t) => !figures.has(fields(t))).map((t) => t.indicator)).toEqual([]);
    const missing = found.filter((t) => !curatedToo.includes(t) && !quoted.has([fields(t), t.comparator, t.start, t.end].join('|')));
    expect(missing.map((t) => seed.reports[0]!.text.slice(t.start, t.end))).toEqual([]);
  });
});

describe('extractTargets on national reports', () => {
  it('2021: the main goals for 2021, with their bounds', () => {
    const { targets } = targetsOf('2021.txt', 2021);
    const goals = targets.filter((t) => t.kind === 'GOAL' && t.period === '2021').map(summary);
    expect(goals).toEqual(expect.arrayContaining([
      ['GOAL', '2021', '国内生产总值增长', 6, null, '%', 'AT_LEAST'],
      ['GOAL', '2021', '城镇新增就业', 1100, null, '万人', 'AT_LEAST'],
      ['GOAL', '2021', '城镇调查失业率', 5.5, null, '%', 'APPROXIMATELY'],
      ['GOAL', '2021', '居民消费价格涨幅', 3, null, '%', 'APPROXIMATELY'],
      ['GOAL', '2021', '粮食产量', 1.3, null, '万亿斤', 'AT_LEAST'],
    ]));
  });

  it('2021: results of 2020 and of the 十三五, goals of the 十四五; a baseline (从不到70万亿元) is no target', () => {
    const { targets } = targetsOf('2021.txt', 2021);
    expect(targets.map(summary)).toEqual(expect.arrayContaining([
      ['RESULT', '2020', '国内生产总值增长', 2.3, null, '%', 'EQUAL'],
      ['RESULT', '2016–2020', '国内生产总值', 100, null, '万亿元', 'MORE_THAN'],
      ['GOAL', '2021–2025', '森林覆盖率', 24.1, null, '%', 'EQUAL'],
    ]));
    expect(targets.some((t) => t.value === 70 && t.unit === '万亿元')).toBe(false);
    expect(targets.find((t) => t.value === 600 && t.unit === '万人')).toMatchObject({ indicator: '新纳入低保、特困供养', comparator: 'APPROXIMATELY' });
  });

  it('reads a range as BETWEEN with its upper value (2016: 6.5%－7%; 2019: 6%－6.5%)', () => {
    expect(targetsOf('2016.txt', 2016).targets.find((t) => t.indicator === '国内生产总值增长' && t.kind === 'GOAL')).toMatchObject({
      value: 6.5, valueMax: 7, comparator: 'BETWEEN', period: '2016', unit: '%',
    });
    expect(targetsOf('2019.txt', 2019).targets.find((t) => t.indicator === '国内生产总值增长' && t.kind === 'GOAL')).toMatchObject({
      value: 6, valueMax: 6.5, comparator: 'BETWEEN', period: '2019',
    });
  });

  it('quotes spans of the text that hold the number', () => {
    const { text, targets } = targetsOf('2024.txt', 2024);
    expect(targets.length).toBeGreaterThan(20);
    for (const t of targets) {
      expect(text.slice(t.numberStart, t.numberEnd)).toContain(String(t.value));
      expect(t.start <= t.numberStart && t.numberEnd <= t.end).toBe(true);
    }
  });
});

describe('extractTargets on a small report', () => {
  const text = [
    '政府工作报告', '各位代表：', '一、2021年工作回顾', '全年地区生产总值增长3.5%，新增高新技术企业12家、专精特新企业5家。',
    '二、2022年工作安排', '地区生产总值增长6%左右，城镇登记失业率控制在3.5%以内。', '“6个100%”抑尘措施全面落实。', '',
  ].join('\n');
  const targets = extractTargets(text, extractSections(text, 2022), 2022);

  it('times results and goals by their chapters, completes list items, and skips quoted names', () => {
    expect(targets.map(summary)).toEqual([
      ['RESULT', '2021', '地区生产总值增长', 3.5, null, '%', 'EQUAL'],
      ['RESULT', '2021', '新增高新技术企业', 12, null, '家', 'EQUAL'],
      ['RESULT', '2021', '新增专精特新企业', 5, null, '家', 'EQUAL'],
      ['GOAL', '2022', '地区生产总值增长', 6, null, '%', 'APPROXIMATELY'],
      ['GOAL', '2022', '城镇登记失业率', 3.5, null, '%', 'AT_MOST'],
    ]);
  });
});

describe('rules of the genre, on sentences written like any report', () => {
  const text = [
    '政府工作报告', '各位代表：', '一、2021年工作回顾',
    '城乡居民人均可支配收入分别增长8.2%和9.1%，金融机构存贷款余额分别增长10.5%、12.3%。',
    '政府投资项目、企业投资项目审批时间压缩至30个和15个工作日内。空气质量优良率、饮用水源达标率均达100%。',
    '建成东区和西区两座污水处理厂，全面完成十件民生实事。东山林场入选全国100个示范林场。',
    '培育年产值10亿元级企业3家。引进项目45个，投资总额达80亿元。商品房销售面积增长5.1%，销售额增长4.2%。',
    '二、2022年工作安排',
    '力争高新技术企业、专精特新企业数量全部翻番。河流断面水质优良率和饮用水源达标率保持“双100%”。',
    '推动企业开办基本实现最多1个工作日、最快2小时办结。将现行16%的税率降至13%。', '',
  ].join('\n');
  const targets = extractTargets(text, extractSections(text, 2022), 2022);
  const rows = (value: number) => targets.filter((t) => t.value === value).map((t) => [t.kind, t.period, t.indicator, t.unit, t.comparator]);

  it('gives each subject of a list its own value (分别, 和, 、), opening contracted pairs (城乡, 存贷款) and shared tails', () => {
    expect(rows(8.2)).toEqual([['RESULT', '2021', '城镇居民人均可支配收入增长', '%', 'EQUAL']]);
    expect(rows(9.1)).toEqual([['RESULT', '2021', '农村居民人均可支配收入增长', '%', 'EQUAL']]);
    expect([...rows(10.5), ...rows(12.3)].map((r) => r[2])).toEqual(['金融机构存款余额增长', '金融机构贷款余额增长']);
    expect(rows(30)).toEqual([['RESULT', '2021', '政府投资项目审批时间', '个工作日', 'AT_MOST']]);
    expect(rows(15)).toEqual([['RESULT', '2021', '企业投资项目审批时间', '个工作日', 'AT_MOST']]);
  });

  it('gives every subject the one value they all reach (均达, “双100%”)', () => {
    expect(rows(100).map((r) => `${r[1]} ${r[2]}`)).toEqual([
      '2021 空气质量优良率', '2021 饮用水源达标率', '2022 河流断面水质优良率', '2022 饮用水源达标率',
    ]);
  });

  it('reads counts and multiples written in words, where names before a count are what it counts', () => {
    expect(rows(2).map((r) => [r[2], r[3]])).toEqual([['建成污水处理厂', '座'], ['高新技术企业数量增长倍数', '倍'], ['专精特新企业数量增长倍数', '倍']]);
    expect(rows(10)).toEqual([['RESULT', '2021', '完成民生实事', '件', 'EQUAL']]);
  });

  it('skips the size of a list joined, a class of company and a baseline; names the owner of a bare measure', () => {
    expect(rows(100).some((r) => r[3] === '个')).toBe(false);
    expect(targets.some((t) => t.value === 10 && t.unit === '亿元')).toBe(false);
    expect(rows(3)).toEqual([['RESULT', '2021', '培育年产值10亿元级企业', '家', 'EQUAL']]);
    expect(targets.some((t) => t.value === 16)).toBe(false);
    expect(rows(13)).toEqual([['GOAL', '2022', '将税率', '%', 'EQUAL']]);
    expect(rows(80)[0]![2]).toBe('引进项目投资总额');
    expect(rows(4.2)[0]![2]).toBe('商品房销售额增长');
  });

  it('completes a fragment that ends in 实现 with what is done after the values', () => {
    expect(rows(1)).toEqual([['GOAL', '2022', '推动企业开办办结时间', '个工作日', 'AT_MOST']]);
  });
});

describe('rules of the genre read on the national reports\' kinds of sentence', () => {
  const text = [
    '政府工作报告', '各位代表：', '一、过去五年工作回顾',
    '高技术制造业、装备制造业增加值年均分别增长10.6%、7.9%。进口、出口通关时间分别压减67%、92%。',
    '全国和自由贸易试验区负面清单条数分别压减51%、72%。地级及以上城市细颗粒物平均浓度下降27.5%。',
    '农村自来水普及率从80%提高到87%，覆盖率75%提高至100%。去年底企业数量超过5200万户，制定修订行政法规180件次。',
    '同心协力建设56个民族共同团结奋斗的美好家园。赤字率拟按3%安排，比去年预算高0.2个百分点。',
    '财政性教育经费占国内生产总值比例继续保持在4%以上，拿出1000亿元，用于1500万人次以上的职工技能培训。',
    '全国财政收入十年接近翻一番，国内生产总值和城乡居民人均收入比2010年翻一番。', '',
  ].join('\n');
  const targets = extractTargets(text, extractSections(text, 2023), 2023);
  const indicatorOf = (value: number) => targets.filter((t) => t.value === value).map((t) => t.indicator);

  it('closes a list of subjects at 分别 (not at 年均 or 平均), completes shared tails, and keeps 地级及以上 and 自由 whole', () => {
    expect(indicatorOf(10.6)).toEqual(['高技术制造业增加值年均增长']);
    expect(indicatorOf(7.9)).toEqual(['装备制造业增加值年均增长']);
    expect(indicatorOf(67)).toEqual(['进口通关时间压减']);
    expect(indicatorOf(92)).toEqual(['出口通关时间压减']);
    expect(indicatorOf(72)).toEqual(['自由贸易试验区负面清单条数压减']);
    expect(indicatorOf(27.5)).toEqual(['地级及以上城市细颗粒物平均浓度下降']);
  });

  it('skips baselines, reads 亿户/件次, drops 去年底, and counts no 56个民族', () => {
    expect(targets.some((t) => t.value === 80 || t.value === 75)).toBe(false);
    expect(indicatorOf(87)).toEqual(['农村自来水普及率']);
    expect(indicatorOf(100)).toEqual(['覆盖率']);
    expect(targets.find((t) => t.value === 5200)).toMatchObject({ indicator: '企业数量', unit: '万户', comparator: 'MORE_THAN' });
    expect(targets.find((t) => t.value === 180)).toMatchObject({ indicator: '制定修订行政法规', unit: '件次' });
    expect(targets.some((t) => t.value === 56)).toBe(false);
  });

  it('leaves words of planning and keeping out of the measure, and gives a change its subject', () => {
    expect(indicatorOf(3)).toEqual(['赤字率']);
    expect(indicatorOf(0.2)).toEqual(['赤字率比去年预算高']);
    expect(targets.find((t) => t.value === 4)).toMatchObject({ indicator: '财政性教育经费占国内生产总值比例', comparator: 'AT_LEAST' });
    expect(indicatorOf(1500)).toEqual(['用于职工技能培训']);
  });

  it('reads 翻一番 as 2倍 for each subject, 接近翻一番 as about 2倍, with the year compared to left out', () => {
    expect(targets.filter((t) => t.unit === '倍').map((t) => [t.indicator, t.value, t.comparator])).toEqual([
      ['全国财政收入十年增长倍数', 2, 'APPROXIMATELY'], ['国内生产总值增长倍数', 2, 'EQUAL'], ['城乡居民人均收入增长倍数', 2, 'EQUAL'],
    ]);
  });
});

describe('figures that measure nothing of their period, and figures of the year before', () => {
  const find = (file: string, year: number, words: string) => {
    const { text, targets } = targetsOf(file, year);
    const at = text.indexOf(words);
    expect(at, words).toBeGreaterThanOrEqual(0);
    return targets.filter((t) => t.numberStart >= at && t.numberEnd <= at + words.length);
  };

  it('a comparison with years ago, a tax bracket\'s bounds and a review\'s goal cited are no targets', () => {
    // 2016: 国内生产总值每增长1个百分点的增量，相当于5年前1.5个百分点、10年前2.5个百分点的增量.
    expect(find('2016.txt', 2016, '相当于5年前1.5个百分点、10年前2.5个百分点的增量').map(summary)).toEqual([]);
    // 2023: 市场主体总量超过1.6亿户、是十年前的3倍: the total is a result, the multiple a comparison.
    expect(find('2023.txt', 2023, '市场主体总量超过1.6亿户、是十年前的3倍').map((t) => t.value)).toEqual([1.6]);
    expect(find('2022.txt', 2022, '对小微企业年应纳税所得额100万元至300万元部分').map(summary)).toEqual([]);
    expect(find('2021.txt', 2021, '年应纳税所得额不到100万元的部分').map(summary)).toEqual([]);
    // 2017: 广义货币M2增长11.3%，低于13%左右的预期目标: 11.3% is the result, 13% the 2016 report's goal.
    expect(find('2017.txt', 2017, '广义货币M2增长11.3%，低于13%左右的预期目标').map((t) => t.value)).toEqual([11.3]);
  });

  it('由上年…转为: the first figure is the year before\'s, each the subject\'s own change; 至少 bounds a change', () => {
    expect(find('2017.txt', 2017, '工业企业利润由上年下降2.3%转为增长8.5%').map(summary)).toEqual([
      ['RESULT', '2015', '工业企业利润下降', 2.3, null, '%', 'EQUAL'],
      ['RESULT', '2016', '工业企业利润增长', 8.5, null, '%', 'EQUAL'],
    ]);
    expect(find('2018.txt', 2018, '年内至少降低30%').map((t) => [t.value, t.comparator])).toEqual([[30, 'AT_LEAST']]);
    // A per-unit-of-GDP qualifier the first subject opens with is every subject's.
    expect(find('2016.txt', 2016, '单位国内生产总值用水量、能耗、二氧化碳排放量分别下降23%、15%、18%').map((t) => t.indicator)).toEqual([
      '单位国内生产总值用水量下降', '单位国内生产总值能耗下降', '单位国内生产总值二氧化碳排放量下降',
    ]);
  });

  it('a share that opens its clause is the share of what follows; a count that says where another figure holds is no target', () => {
    // 2018: …平均浓度下降30%以上。…，71%的煤电机组实现超低排放 (not a PM2.5 figure).
    expect(find('2018.txt', 2018, '71%的煤电机组实现超低排放').map((t) => t.indicator)).toEqual(['煤电机组实现超低排放的比例']);
    expect(find('2016.txt', 2016, '在70%左右的地市开展分级诊疗试点').map((t) => [t.indicator, t.comparator])).toEqual([['地市开展分级诊疗试点的比例', 'APPROXIMATELY']]);
    // 2016: 有6.5%－7%的增速就能够实现比较充分的就业 restates the goal as a condition.
    expect(find('2016.txt', 2016, '有6.5%－7%的增速就能够实现').map(summary)).toEqual([]);
    // 2017: 74个重点城市细颗粒物（PM2.5）年均浓度下降9.1%: 9.1% is the result, 74 its scope.
    const { text, targets } = targetsOf('2017.txt', 2017);
    const at = text.indexOf('74个重点城市');
    expect(targets.filter((t) => t.numberStart >= at && t.numberStart < at + 40).map((t) => [t.value, t.unit])).toEqual([[9.1, '%']]);
  });
});

describe('lists whose values or counts carry no unit of their own', () => {
  const text = [
    '政府工作报告', '各位代表：', '一、过去五年工作回顾',
    '信息传输软件和信息技术服务业、租赁和商务服务业增加值分别增长10.9%、10.4%。',
    '森林覆盖率达到24%，水土流失、荒漠化、沙化土地面积分别净减少10.6万、3.8万、3.3万平方公里。',
    '各类市场主体达到9800多万户，五年增加70%以上。中央对地方转移支付增加约1.5万亿元、规模近9.8万亿元。',
    '支持汽车、家电等大宗消费，汽车保有量突破3亿辆、增长46.7%。新增第四代移动通信用户3.4亿、光缆线路550多万公里。',
    '十年增加近70万亿元、年均增长6.2%。', '',
  ].join('\n');
  const targets = extractTargets(text, extractSections(text, 2023), 2023);
  const of = (value: number) => targets.filter((t) => t.value === value).map((t) => [t.indicator, t.unit, text.slice(t.start, t.end)]);

  it('gives a change of output (增产, 减产) the subject of the figure before it in the sentence', () => {
    const grain = '粮食产量1.37万亿斤，增产74亿斤。生猪出栏减产5%。';
    const source = `政府工作报告\n各位代表：\n一、过去一年工作回顾\n${grain}\n`;
    const found = extractTargets(source, extractSections(source, 2023), 2023);
    expect(found.map((t) => [t.indicator, t.value, t.unit])).toEqual([['粮食产量', 1.37, '万亿斤'], ['粮食产量增产', 74, '亿斤'], ['生猪出栏减产', 5, '%']]);
  });

  it('gives every subject the change the last one ends with', () => {
    const m2 = '广义货币M2和社会融资规模余额预期增长均为12%左右。';
    const found = extractTargets(`政府工作报告\n各位代表：\n二、2017年工作任务\n${m2}\n`, extractSections(`政府工作报告\n各位代表：\n二、2017年工作任务\n${m2}\n`, 2017), 2017);
    expect(found.map((t) => t.indicator)).toEqual(['广义货币M2预期增长', '社会融资规模余额预期增长']);
  });

  it('splits subjects at 、 when 和 is inside their names, and completes the shared tail', () => {
    expect(of(10.9)).toEqual([['信息传输软件和信息技术服务业增加值增长', '%', '信息传输软件和信息技术服务业、租赁和商务服务业增加值分别增长10.9%']]);
    expect(of(10.4)).toEqual([['租赁和商务服务业增加值增长', '%', '10.4%']]);
  });

  it('gives bare values before the last of a 分别 list the last one\'s unit, each its own subject', () => {
    expect(of(10.6)).toEqual([['水土流失净减少', '万平方公里', '10.6万']]);
    expect(of(3.8)).toEqual([['荒漠化土地面积净减少', '万平方公里', '3.8万']]);
    expect(of(3.3).map((r) => r.slice(0, 2))).toEqual([['沙化土地面积净减少', '万平方公里']]);
    expect(targets.filter((t) => /\d/.test(t.indicator))).toEqual([]);
  });

  it('takes the subject of a change or a bare measure from the item before it, not from another clause', () => {
    expect(of(70).map((r) => r[0])).toEqual(['各类市场主体增加', '增加']);
    expect(of(9.8)[0]![0]).toBe('中央对地方转移支付规模');
    expect(of(46.7)[0]![0]).toBe('汽车保有量增长');
    expect(of(550)[0]![0]).toBe('新增光缆线路');
    expect(of(6.2)[0]![0]).not.toMatch(/^增加/);
  });

});

describe('indicators that only say who may act, and figures that describe another\'s ground', () => {
  const text = [
    '政府工作报告', '各位代表：', '一、2018年工作回顾',
    '这是在我国经济总量超过60万亿元的高基数上取得的。年初剩余的551万农村贫困人口全部脱贫、52个贫困县全部摘帽。',
    '二、2019年政府工作任务',
    '各级政府要坚持过紧日子，中央部门要带头，一律按不低于5%的幅度压减一般性支出。',
    '下调城镇职工基本养老保险单位缴费比例，各地可降至16%。', '',
  ].join('\n');
  const targets = extractTargets(text, extractSections(text, 2019), 2019);
  const of = (value: number) => targets.filter((t) => t.value === value).map((t) => [t.kind, t.indicator, t.unit, t.comparator]);

  it('takes the measure from the figure\'s 幅度 or from the clause before, not 一律按 or 各地可', () => {
    expect(of(5)).toEqual([['GOAL', '压减一般性支出', '%', 'AT_LEAST']]);
    expect(of(16)).toEqual([['GOAL', '城镇职工基本养老保险单位缴费比例', '%', 'EQUAL']]);
  });

  it('ends a list item after a count in 万 whose unit is a noun, and makes no target of the ground of a result', () => {
    expect(of(52)).toEqual([['RESULT', '贫困县全部摘帽', '个', 'EQUAL']]);
    expect(targets.some((t) => t.value === 60)).toBe(false);
  });
});

describe('a bare reach (惠及, 受益, 覆盖) is quoted with what reached', () => {
  const text = [
    '政府工作报告', '各位代表：', '一、过去五年工作回顾',
    '建立困难和重度残疾人“两项补贴”制度，惠及2100多万人。加大对各类学校家庭困难学生资助力度，4.3亿人次受益。',
    '基本养老保险参保人数增加1.4亿、覆盖10.5亿人。', '',
  ].join('\n');
  const targets = extractTargets(text, extractSections(text, 2018), 2018);
  const quoteOf = (value: number) => targets.filter((t) => t.value === value).map((t) => [t.indicator, text.slice(t.start, t.end)]);

  it('starts the quote at the clause or item before, in the same sentence', () => {
    expect(quoteOf(2100)).toEqual([['惠及', '建立困难和重度残疾人“两项补贴”制度，惠及2100多万人']]);
    expect(quoteOf(4.3)).toEqual([['受益', '加大对各类学校家庭困难学生资助力度，4.3亿人次受益']]);
    expect(quoteOf(10.5)).toEqual([['覆盖', '基本养老保险参保人数增加1.4亿、覆盖10.5亿人']]);
  });
});

describe('targetName', () => {
  it('is the quote where the quote says what it measures, else the indicator and the figure', () => {
    expect(targetName('建成污水处理厂2座', '建成污水处理厂', '2座')).toBe('建成污水处理厂2座');
    expect(targetName('74.3%', '金融机构贷款余额增长', '74.3%')).toBe('金融机构贷款余额增长74.3%');
    expect(targetName('5元', '基本公共卫生服务经费人均财政补助标准提高', '5元')).toBe('基本公共卫生服务经费人均财政补助标准提高5元');
    expect(targetName('单位国内生产总值能耗、水耗均下降20%以上', '单位国内生产总值水耗下降', '20%以上', true)).toBe('单位国内生产总值水耗下降20%以上');
    expect(targetName('增长18%', '中央对地方转移支付规模增长', '18%')).toBe('中央对地方转移支付规模增长18%');
    expect(targetName('年均增长5.2%', '国内生产总值年均增长', '5.2%')).toBe('国内生产总值年均增长5.2%');
  });

  it('counts a quote as shared when it quotes targets of more than one indicator', () => {
    const quoted = quotedIndicators([
      { quote: '年均增长7%', indicator: '地区生产总值年均增长' }, { quote: '年均增长7%', indicator: '一般公共预算收入年均增长' },
      { quote: '城镇登记失业率控制在3.5%以内', indicator: '城镇登记失业率' }, { quote: '城镇登记失业率控制在3.5%以内', indicator: '城镇登记失业率' },
    ]);
    expect(quoted.get('年均增长7%')!.size).toBe(2);
    expect(quoted.get('城镇登记失业率控制在3.5%以内')!.size).toBe(1);
  });
});
