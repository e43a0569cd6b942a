/**
 * A target's period is what its passage says: a five-year average is a five-year result, a
 * year-end figure inside a five-year review is that year's, and a comparison (比去年, 十年前,
 * 比2010年) is no period. Checked on the real national reports and the Lechang text.
 */
import { describe, expect, it } from 'vitest';
import { normalise } from '../../../graph-seed/pipeline/normalise.ts';
import { periodCues, sentenceTiming } from '../../../graph-seed/pipeline/periods.ts';
import { extractSections } from '../../../graph-seed/pipeline/sections.ts';
import { extractTargets } from '../../../graph-seed/pipeline/targets.ts';
import type { ExtractedTarget } from '../../../graph-seed/pipeline/types.ts';
import { lechangRaw, nationalRaw, nationalSources } from './inputs.ts';

const cache = new Map<number, { text: string; targets: ExtractedTarget[] }>();
function national(year: number) {
  if (!cache.has(year)) {
    const text = normalise(nationalRaw(`${year}.txt`), 'WEB_TEXT').text;
    cache.set(year, { text, targets: extractTargets(text, extractSections(text, year), year) });
  }
  return cache.get(year)!;
}

/** The target whose quote ends with `quote` in the sentence that holds `sentence`. */
function timed(year: number, sentence: string, quote: string): [string, string] {
  const { text, targets } = national(year);
  const at = text.indexOf(sentence);
  expect(at, `${year}: ${sentence}`).toBeGreaterThanOrEqual(0);
  const hit = targets.filter((t) => t.numberStart >= at && t.numberStart < at + sentence.length && text.slice(t.start, t.end).endsWith(quote));
  expect(hit.length, `${year}: ${quote}`).toBeGreaterThan(0);
  return [hit[0]!.period, hit[0]!.kind];
}

describe('a target takes the period its passage names', () => {
  it('2016: “过去五年……国内生产总值年均增长7.8%” is 2011–2015, not 2015', () => {
    // The paragraph opens “2015年是“十二五”收官之年。过去五年，…”: the cue opens its second sentence.
    expect(timed(2016, '国内生产总值年均增长7.8%', '国内生产总值年均增长7.8%')).toEqual(['2011–2015', 'RESULT']);
    expect(timed(2016, '铁路营业里程达到12.1万公里', '铁路营业里程达到12.1万公里')).toEqual(['2011–2015', 'RESULT']);
    // The one-year review before it stays 2015.
    expect(timed(2016, '国内生产总值达到67.7万亿元，增长6.9%', '增长6.9%')).toEqual(['2015', 'RESULT']);
  });

  it('2018: “国有企业效益明显好转，去年利润增长23.5%” in the five-year review is 2017', () => {
    expect(timed(2018, '去年利润增长23.5%', '利润增长23.5%')).toEqual(['2017', 'RESULT']);
    expect(timed(2018, '居民收入年均增长7.4%', '居民收入年均增长7.4%')).toEqual(['2013–2017', 'RESULT']);
  });

  it('2023: “五年年均增长5.2%，十年增加近70万亿元、年均增长6.2%” are 2018–2022 and 2013–2022; “去年底企业数量…” is 2022', () => {
    const sentence = '国内生产总值增加到121万亿元，五年年均增长5.2%，十年增加近70万亿元、年均增长6.2%';
    expect(timed(2023, sentence, '年均增长5.2%')).toEqual(['2018–2022', 'RESULT']);
    expect(timed(2023, sentence, '增加近70万亿元')).toEqual(['2013–2022', 'RESULT']);
    expect(timed(2023, sentence, '年均增长6.2%')).toEqual(['2013–2022', 'RESULT']);
    expect(timed(2023, '去年底企业数量超过5200万户', '企业数量超过5200万户')).toEqual(['2022', 'RESULT']);
    expect(timed(2023, '全国财政收入十年接近翻一番', '全国财政收入十年接近翻一番')).toEqual(['2013–2022', 'RESULT']);
  });

  it('comparisons are no periods: 比去年, 比上年, 面向2030年的, 高于去年 leave the part’s period', () => {
    expect(timed(2016, '今年拟安排财政赤字2.18万亿元，比去年增加5600亿元', '比去年增加5600亿元')).toEqual(['2016', 'GOAL']);
    expect(timed(2025, '比上年增加1.6万亿元', '比上年增加1.6万亿元')).toEqual(['2025', 'GOAL']);
    expect(timed(2017, '新设6个国家自主创新示范区', '新设6个国家自主创新示范区')).toEqual(['2016', 'RESULT']);
    expect(timed(2021, '增幅明显高于去年，其中均衡性转移支付、县级基本财力保障机制奖补资金等增幅均超过10%', '增幅均超过10%')).toEqual(['2021', 'GOAL']);
  });

  it('plans and horizons: “十三五”时期 and 到2020年 in the 2016 plan chapter are 2016–2020 goals', () => {
    expect(timed(2016, '“十三五”时期经济年均增长保持在6.5%以上', '年均增长保持在6.5%以上')).toEqual(['2016–2020', 'GOAL']);
    expect(timed(2016, '到2020年，常住人口城镇化率达到60%', '常住人口城镇化率达到60%')).toEqual(['2016–2020', 'GOAL']);
  });

  it('no target after a sentence that opens with 过去五年 / 五年来 in its paragraph is timed as one year, in any of the nine reports', () => {
    const wrong: string[] = [];
    for (const { year } of nationalSources) {
      const { text, targets } = national(year);
      for (const t of targets) {
        const paragraph = text.slice(text.lastIndexOf('\n', t.numberStart - 1) + 1, t.numberStart);
        const sentence = paragraph.slice(paragraph.lastIndexOf('。') + 1);
        const opened = paragraph.split('。').some((s) => /^(——)?(过去五年|五年来)/.test(s));
        if (opened && !/去年|上年|今年|\d{4}年|十年/.test(sentence) && t.period !== `${year - 5}–${year - 1}`) {
          wrong.push(`${year} ${t.period}: ${text.slice(t.start, t.end)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('periodCues / sentenceTiming', () => {
  const lechang = normalise(lechangRaw, 'PDF_TEXT').text;
  const fiveYears = { period: '2016–2020', kind: 'RESULT' } as const;

  it('a year-end line in Lechang’s review (“2020年，实现地区生产总值122.98亿元”) is 2020 even in a five-year part', () => {
    const at = lechang.indexOf('地区生产总值122.98亿元');
    expect(sentenceTiming(lechang, at, 2021, fiveYears)).toEqual({ period: '2020', kind: 'RESULT' });
  });

  it('Lechang’s “十四五”期间 goals are 2021–2025, and the glossary’s 2021-2023年 a span', () => {
    const at = lechang.indexOf('地区生产总值达到190亿元');
    expect(sentenceTiming(lechang, at, 2021, { period: '2021', kind: 'GOAL' })).toEqual({ period: '2021–2025', kind: 'GOAL' });
    expect(periodCues('指2021-2023年招商', 2021).map((c) => c.period)).toEqual([[2021, 2023]]);
  });

  it('今后五年 / 未来五年 are goals for N…N+4; 到2035年 a horizon from N; 过去一年 / 去年底 N−1; 今年 N', () => {
    expect(periodCues('今后五年，单位国内生产总值用水量', 2016).map((c) => c.period)).toEqual([[2016, 2020]]);
    expect(periodCues('未来五年', 2021).map((c) => c.period)).toEqual([[2021, 2025]]);
    expect(periodCues('到2035年', 2021).map((c) => c.period)).toEqual([[2021, 2035]]);
    expect(periodCues('改革给人们经商办企业更多便利和空间，去年底', 2023).map((c) => c.period)).toEqual([[2022, 2022]]);
    expect(periodCues('今年', 2024).map((c) => c.period)).toEqual([[2024, 2024]]);
  });

  it('comparisons and names are no cues: 比去年, 较五年前, 是十年前的, 比2010年, 面向2030年的, “十四五”规划, “十二五”末的', () => {
    for (const words of ['比去年增加', '贷款平均利率较五年前下降', '是十年前的', '国内生产总值和城乡居民人均收入比2010年', '部署启动面向2030年的科技创新重大项目', '提前实施部分“十四五”规划重大工程项目', '高新技术企业数量由“十二五”末的']) {
      expect(periodCues(words, 2023), words).toEqual([]);
    }
  });
});
