/**
 * Quantified goals and results of any report, and the one rule set the project has: the Lechang
 * seed build runs it too (`extractTimedTargets`, timed by Lechang's section ids). The rules are
 * those of the genre:
 * - the period and kind come from the report's own sections (sections.ts `timingAt`): goals for
 *   year N in the year-N plan, results of year N−1 in the review, five-year spans from 十X五 titles;
 * - the units and bounds of national and provincial reports too (万亿元, 亿斤, 万吨, 万千瓦 …;
 *   左右; a range such as 6%－6.5%, which becomes BETWEEN with `valueMax`).
 *
 * The indicator is the clause before the number, trimmed of the words that only say how the
 * number relates (达, 突破, 控制在 …). Clauses the report shortens are completed from their
 * neighbours: in `新增亿元企业6家、高新技术企业6家` the second item takes the verb of the first,
 * and in `地区生产总值122.98亿元、同比增长3.3%` the growth takes the subject before it.
 */
import type { Comparator } from '../types.ts';
import type { ExtractedTarget, PipelineComparator, ReportSection, Timing } from './types.ts';
import { innermostSection, timingAt } from './sections.ts';

/** Units of the genre, longest first so that 万亿元 wins over 亿元 and 元. */
export const UNITS = [
  '个百分点', '个工作日', '万平方公里', '平方公里', '万平方米', '平方米', '万亿元', '亿元', '万元', '元', '亿美元', '万亿斤', '亿斤',
  '亿吨', '万吨', '吨', '万千瓦', '亿千瓦', '千瓦', '万亩', '亿亩', '亩', '万公顷', '公顷', '万公里', '公里', '万头', '头',
  '万户', '户', '亿人次', '万人次', '人次', '亿人', '万人', '人', '名', '万个', '个', '万家', '家', '所', '宗', '条', '项', '件',
  '座', '万套', '套', '辆', '兆瓦', '%', '倍',
].sort((a, b) => b.length - a.length);

const NUMBER = '\\d+(?:\\.\\d+)?';
/** A number (or the start of a range), a unit, and a bound after it. */
const QUANTITY = new RegExp(`(百|${NUMBER})(?:%?[-－—~～至到](${NUMBER}))?(多)?(${UNITS.join('|')})(以上|以内|以下|左右|多|内)?`, 'g');

/** Words before a number that bound it, longest first. */
const LEADING_COMPARATORS: [string, Comparator][] = [
  ['稳定在', 'EQUAL'], ['控制在', 'AT_MOST'], ['不少于', 'AT_LEAST'], ['不低于', 'AT_LEAST'], ['不超过', 'AT_MOST'],
  ['提高到', 'EQUAL'], ['达到', 'EQUAL'], ['突破', 'MORE_THAN'], ['超过', 'MORE_THAN'], ['增至', 'EQUAL'],
  ['压缩至', 'AT_MOST'], ['最多', 'AT_MOST'], ['保持', 'EQUAL'], ['达', 'EQUAL'], ['超', 'MORE_THAN'], ['为', 'EQUAL'], ['约', 'APPROXIMATELY'], ['近', 'APPROXIMATELY'],
];
const TRAILING_COMPARATORS: Record<string, Comparator> = {
  以上: 'AT_LEAST', 以内: 'AT_MOST', 以下: 'AT_MOST', 内: 'AT_MOST', 多: 'MORE_THAN', 左右: 'APPROXIMATELY',
};

/** Words that open an indicator without belonging to it. */
const LEADING_NOISE = /^(其中|同时|全年|全市|累计|力争|确保|实现|预计|拟按|\d{4}年|到\d{4}年|今年|去年)+/;
/** Verbs that the first item of a `、` list shares with the items after it. */
const SHARED_VERB = /^(新增|完成|建成|新建|新改建|建设|培育|创建|引进|改造|硬化|铺设|拆除|推动|推进|实施|打造|新扩建|投入|争取|组建|设置)/;
/** A clause that is only a change of something named before it. */
const BARE_CHANGE = /^((同比|年均|分别)?(增长|下降|提高|提升|减少)|占)/;

const CLAUSE_BREAK = /[，。；：！？\n]/;
const CJK_WORD = /[\u4E00-\u9FFF“]/;
const LEADING_QUANTITY = new RegExp(`^${NUMBER}(${UNITS.join('|')})`);
const HAS_QUANTITY = new RegExp(`(\\d|百)多?(${UNITS.join('|')})`);

function previousUnit(text: string, at: number, floor: number): number {
  const i = at - 1;
  if (i < floor) return -1;
  if (text[i] !== '”') return i;
  const open = text.lastIndexOf('“', i);
  return open < floor ? -1 : open;
}

function clauseStart(text: string, at: number): number {
  let i = at;
  for (let j = previousUnit(text, at, 0); j >= 0 && !CLAUSE_BREAK.test(text[j]!); j = previousUnit(text, j, 0)) i = j;
  return i;
}

function isListSeparator(text: string, i: number): boolean {
  return text[i] === '、' || (text[i] === '和' && /\d/.test(text[i + 1] ?? ''));
}

function listItemStart(text: string, at: number, floor: number): number {
  for (let i = previousUnit(text, at, floor); i >= floor; i = previousUnit(text, i, floor)) {
    if (isListSeparator(text, i) && HAS_QUANTITY.test(text.slice(floor, i))) return i + 1;
  }
  return floor;
}

function insideQuotes(text: string, start: number, floor: number): boolean {
  const before = text.slice(floor, start);
  return before.lastIndexOf('“') > before.lastIndexOf('”');
}

function countedAfter(text: string, numberEnd: number): { words: string; end: number } {
  let i = numberEnd;
  const next = new RegExp(QUANTITY.source, 'y');
  next.lastIndex = i;
  const adjacent = next.exec(text);
  if (adjacent) i += adjacent[0].length;
  if (!CJK_WORD.test(text[i] ?? '')) return { words: '', end: numberEnd };
  let end = i;
  while (end < text.length && end - i < 24 && !CLAUSE_BREAK.test(text[end]!) && !isListSeparator(text, end)) end += 1;
  return { words: text.slice(i, end), end };
}

function quoteStart(text: string, itemStart: number, numberStart: number): number {
  const words = text.slice(itemStart, numberStart);
  const noise = LEADING_NOISE.exec(words)?.[0].length ?? 0;
  return noise < words.length ? itemStart + noise : itemStart;
}

/**
 * Every number with a unit in the timed parts of a report, as a target.
 *
 * @param text the normalised text; @param sections its sections (sections.ts); @param year the
 *   report's year. Numbers in the preamble and the glossary, inside “…” (names such as
 *   “6个100%”), codes (G107, 5G) and baselines (由…增至) are skipped.
 * @returns targets in text order, offsets into `text`.
 */
export function extractTargets(text: string, sections: ReportSection[], year: number): ExtractedTarget[] {
  const timingCache = new Map<string, Timing | null>();
  return extractTimedTargets(text, (numberStart, numberEnd) => {
    const section = innermostSection(sections, numberStart, numberEnd);
    if (!section) return null;
    // Paragraph cues switch timing inside a section, so the cache is per paragraph.
    const paragraphStart = text.lastIndexOf('\n', numberStart) + 1;
    const key = `${section.id}:${paragraphStart}`;
    if (!timingCache.has(key)) timingCache.set(key, timingAt(text, sections, year, numberStart));
    const timing = timingCache.get(key)!;
    return timing ? { ...timing, sectionId: section.id } : null;
  });
}

/**
 * Where a number stands and what it reports on: the id of the innermost section holding
 * [start, end) and the period and kind of that part of the report; null where numbers are no
 * targets (the preamble, the glossary).
 */
export type TimingOf = (start: number, end: number) => (Timing & { sectionId: string }) | null;

/**
 * The same rules as `extractTargets`, timed by the caller: a build whose sections carry their own
 * periods (Lechang's curated seed, graph-seed/build-seed.ts) passes its mapping here.
 * @returns targets in text order, offsets into `text`.
 */
export function extractTimedTargets(text: string, timingOf: TimingOf): ExtractedTarget[] {
  const targets: ExtractedTarget[] = [];
  let previous: ExtractedTarget | null = null;
  for (const match of text.matchAll(QUANTITY)) {
    const [whole, digits, upper, about, unit, trailing] = match as unknown as [string, string, string | undefined, string | undefined, string, string | undefined];
    const numberStart = match.index!;
    const numberEnd = numberStart + whole.length;
    if (/[\dA-Za-z.\-+]/.test(text[numberStart - 1] ?? '')) continue;
    // 百 counts only where a report says 破百 (突破百亿元); elsewhere it is a word (百姓, 百年).
    if (digits === '百' && text[numberStart - 1] !== '破') continue;
    const timing = timingOf(numberStart, numberEnd);
    if (!timing) continue;

    const clause = clauseStart(text, numberStart);
    if (insideQuotes(text, numberStart, clause)) continue;
    const itemStart = listItemStart(text, numberStart, clause);
    let head = text.slice(itemStart, numberStart);

    let comparator: PipelineComparator = 'EQUAL';
    for (const [word, bound] of LEADING_COMPARATORS) {
      if (head.endsWith(word)) {
        comparator = bound;
        head = head.slice(0, -word.length);
        break;
      }
    }
    // `1200多人` is more than 1200 (多 after a number says "and some"), not about 1200.
    if (about) comparator = 'MORE_THAN';
    if (trailing) comparator = TRAILING_COMPARATORS[trailing]!;
    if (upper !== undefined) comparator = 'BETWEEN';
    // `由…1家增至24家`, `从不到70万亿元增加到…`: the number after 由/从 is the baseline, not the result.
    if (/(由|从)[^，。]*$/.test(head) && /^[^，。]*?(增至|增加到|提高到|提高至|上升到|下降到|降至|降到)/.test(text.slice(numberEnd))) continue;

    const counted = countedAfter(text, numberEnd);
    let indicator = (head.replace(/(由|从).*?(增至|增加到|提高到|提高至|上升到|下降到|降至|降到)$/, '').replace(/由.*$/, '').replace(LEADING_NOISE, '').replace(/(分别|均)$/, '') + counted.words)
      .replace(/\[\d+\]/g, '')
      .replace(LEADING_QUANTITY, '');
    const near = previous !== null && previous.end >= clause - 40;
    if (near && (indicator === '' || BARE_CHANGE.test(indicator))) {
      const subject = indicator === '' ? previous!.indicator : previous!.indicator.replace(SHARED_VERB, '').replace(/(同比|年均)?(增长|下降|提高|提升).*$/, '');
      indicator = indicator === '' ? subject : subject + indicator.replace(/^分别/, '');
    } else if (itemStart > clause) {
      const verb = SHARED_VERB.exec(text.slice(clause, itemStart).replace(LEADING_NOISE, ''))?.[0];
      if (verb && !SHARED_VERB.test(indicator)) indicator = verb + indicator;
    }
    indicator = indicator.trim();
    if (indicator === '') continue;

    const target: ExtractedTarget = {
      indicator, value: digits === '百' ? 100 : Number(digits), valueMax: upper !== undefined ? Number(upper) : null,
      unit, comparator, period: timing.period, kind: timing.kind,
      start: quoteStart(text, itemStart, numberStart), end: Math.max(numberEnd, counted.end),
      numberStart, numberEnd, sectionId: timing.sectionId,
    };
    targets.push(target);
    previous = target;
  }
  return targets;
}
