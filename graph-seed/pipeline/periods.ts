/**
 * The period a sentence itself gives its figures, over the timing of the part it stands in.
 *
 * A part of a report is timed by its title (sections.ts): a review of last year, a five-year plan,
 * this year's work. Its sentences often say otherwise, and what they say wins:
 * - `过去五年`, `五年来`, `这五年`, `近五年`, `五年年均…` in a year-N report: N−5…N−1;
 *   `十年来`, `十年增加…`: N−10…N−1;
 * - `“十二五”时期`, `“十三五”期间`, `“十四五”以来`: the plan's span (2011–2015, 2016–2020, 2021–2025);
 * - `过去一年`, `一年来`, `去年`, `上年`: N−1; `今年`: N;
 * - `今后五年`, `未来五年`: goals for N…N+4; `到2025年`, `到2035年`: goals for N…2025 (N…2035);
 * - `2020年，…`, `2021-2023年…`: that year or span.
 * Comparisons are not periods: `比去年增加`, `较五年前下降`, `比2010年翻一番`, `面向2030年的…`,
 * `是十年前的3倍`, `由“十二五”末的1家…` name the base of a figure, not its period.
 *
 * The kind follows the period where it is plain: a period that ends before the report's year is a
 * result, one that starts at or after it a goal; otherwise the part's kind stays.
 */
import type { TargetKind } from '../types.ts';
import type { Timing } from './types.ts';

const FIVE_YEAR_PLANS: Record<string, [number, number]> = {
  十一五: [2006, 2010], 十二五: [2011, 2015], 十三五: [2016, 2020], 十四五: [2021, 2025], 十五五: [2026, 2030],
};

/** The five-year plan (十三五) whose span is [from, to], if one is. */
export function planOfSpan(from: number, to: number): string | null {
  return Object.entries(FIVE_YEAR_PLANS).find(([, [a, b]]) => a === from && b === to)?.[0] ?? null;
}

/** The span of a five-year plan named as 十三五, or undefined. */
export function planSpan(plan: string): [number, number] | undefined {
  return FIVE_YEAR_PLANS[plan];
}

const span = (from: number, to: number) => (from === to ? String(from) : `${from}–${to}`);

/** Words right before a time phrase that make it the base of a comparison, or a start, not a period. */
const COMPARED = /(比|较|同|与|和|于|面向|从|由|自|超过|相当于)$/;
/** Words right after a time phrase that make it a base or an attribute (十年前, 面向2030年的, 同期). */
const NOT_A_PERIOD = /^(前|以前|的|末的|同期|水平|相比|基础上|翻|开始)/;

/**
 * Time phrases of the genre, each with the period it names in a year-`year` report. `at` is
 * matched against the text before a figure; `lead` is what may come after the phrase.
 */
const PHRASES: { pattern: RegExp; period: (m: RegExpExecArray, year: number) => [number, number] | null }[] = [
  // 今后五年 / 未来五年: the five years from this one.
  { pattern: /(今后|未来)五年/g, period: (_m, y) => [y, y + 4] },
  // 过去五年 / 五年来 / 这五年 / 近五年 / 五年间 / 五年年均 / 五年累计.
  { pattern: /(?:(?:过去|近|这|最近)五年(?:来|间|中)?|(?<![今未后连续一几数第用每近这过去])五年(?:来|间|年均|累计|共|合计))/g, period: (_m, y) => [y - 5, y - 1] },
  // 过去十年 / 十年来 / 这十年 / 十年增加… / 十年接近翻一番.
  { pattern: /(?:(?:过去|近|这|最近)十年(?:来|间|中)?|(?<![今未后连续一几数第用每近这过去])十年(?:来|间|年均|累计|共|合计|增加|增长|接近|翻))/g, period: (_m, y) => [y - 10, y - 1] },
  // “十三五”时期 / 期间, or the plan alone before a comma or a measure's change; “十四五”以来: its
  // years so far.
  {
    pattern: /“(十[一二三四五]五)”(时期|期间|以来|(?=[，、]|年均|经济))/g,
    period: (m, y) => {
      const plan = FIVE_YEAR_PLANS[m[1]!];
      if (!plan) return null;
      return m[2] === '以来' ? (plan[0] <= y - 1 ? [plan[0], Math.min(plan[1], y - 1)] : null) : plan;
    },
  },
  // 过去一年 / 一年来 / 去年 / 上年 (底, 末, 全年).
  { pattern: /(?:过去一年|一年来|(?<![今明前])去年|(?<![今明前])上年)(?:底|末|全年)?/g, period: (_m, y) => [y - 1, y - 1] },
  { pattern: /今年/g, period: (_m, y) => [y, y] },
  // 到2025年 / 至2035年: a goal to be reached by then, set now.
  { pattern: /(?:到|至)(\d{4})年(?:底|末)?/g, period: (m, y) => (Number(m[1]) >= y ? [y, Number(m[1])] : null) },
  // 2021-2023年 / 2021—2023年.
  { pattern: /(\d{4})[-－—~～至到](\d{4})年/g, period: (m) => (Number(m[1]) < Number(m[2]) ? [Number(m[1]), Number(m[2])] : null) },
  // 2020年， / 2020年底 / 2020年全年 (not 2020年的, 比2020年).
  { pattern: /(?<![\d到至\-－—~～])(\d{4})年(?=[，,]|底|末|全年|上半年)/g, period: (m) => [Number(m[1]), Number(m[1])] },
];

/** One time phrase found in a sentence: where it stands and the period it names. */
export interface PeriodCue { start: number; end: number; period: [number, number] }

/**
 * The time phrases of `words` that say the period of what follows them (comparisons left out),
 * in text order.
 * @param words a sentence or the part of one before a figure; @param year the report's year.
 */
export function periodCues(words: string, year: number): PeriodCue[] {
  const cues: PeriodCue[] = [];
  for (const { pattern, period } of PHRASES) {
    for (const m of words.matchAll(pattern)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (COMPARED.test(words.slice(0, start)) || NOT_A_PERIOD.test(words.slice(end))) continue;
      const p = period(m as RegExpExecArray, year);
      if (!p) continue;
      // A phrase inside a longer one already found (今后五年 holds 五年) is that one.
      if (cues.some((c) => c.start <= start && end <= c.end)) continue;
      for (let i = cues.length - 1; i >= 0; i -= 1) if (start <= cues[i]!.start && cues[i]!.end <= end) cues.splice(i, 1);
      cues.push({ start, end, period: p });
    }
  }
  return cues.sort((a, b) => a.start - b.start);
}

/** The kind a period implies in a year-`year` report, or `fallback` when it spans that year. */
export function kindOfPeriod([from, to]: [number, number], year: number, fallback: TargetKind): TargetKind {
  if (to < year) return 'RESULT';
  if (from >= year) return 'GOAL';
  return fallback;
}

/** Where the sentence holding `at` begins: after the last 。！？ or line break before it. */
export function sentenceStart(text: string, at: number): number {
  for (let i = at - 1; i >= 0; i -= 1) if (/[。！？\n]/.test(text[i]!)) return i + 1;
  return 0;
}

/**
 * The timing of a figure at `numberStart`: the period named by the last time phrase of its
 * sentence before it, else `part` (the timing of the part of the report it stands in).
 * @param year the report's year, which 去年, 今年 and 过去五年 count from.
 */
export function sentenceTiming(text: string, numberStart: number, year: number, part: Timing): Timing {
  const cues = periodCues(text.slice(sentenceStart(text, numberStart), numberStart), year);
  const last = cues[cues.length - 1];
  if (!last) return part;
  const [from, to] = last.period;
  // `“十四五”期间，地区生产总值达到190亿元`: in the plan's own part the part already says so.
  return { period: span(from, to), kind: kindOfPeriod(last.period, year, part.kind) };
}
