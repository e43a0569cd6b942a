/**
 * Quantified goals and reported results, found by rule: every number with a unit in the body
 * of the report becomes a TARGET with the phrase it measures, its value, unit and comparator,
 * and a period and kind read from the section it stands in.
 *
 * The indicator is the clause before the number, trimmed of the words that only say how the
 * number relates (达, 突破, 控制在 …). Clauses that the report shortens are completed from
 * their neighbours: in `新增亿元企业6家、高新技术企业6家` the second item takes the verb of the
 * first, and in `地区生产总值122.98亿元、同比增长3.3%` the growth takes the subject before it,
 * so that a level and the growth of the same measure are two targets with distinct indicators.
 * What the rules cannot tell (a number that is a name, a rank or a list size) is settled by
 * the curated records in `curation/targets.yaml`.
 */
import type { Comparator, Section, TargetKind } from './types.ts';

export interface Quantity {
  indicator: string;
  value: number;
  unit: string;
  comparator: Comparator;
  period: string;
  kind: TargetKind;
  /** The span the target quotes: indicator, comparator, number and unit. */
  start: number;
  end: number;
  /** The span of the number and its unit alone. */
  numberStart: number;
  numberEnd: number;
  sectionId: string;
}

const UNITS = [
  '个百分点', '个工作日', '万平方米', '平方米', '万亿元', '亿元', '万元', '元', '万亩', '亩', '公里', '万头', '头',
  '万户', '户', '万人', '人', '名', '个', '家', '所', '宗', '条', '项', '件', '座', '兆瓦', '%', '倍',
].sort((a, b) => b.length - a.length);

const QUANTITY = new RegExp(`(百|\\d+(?:\\.\\d+)?)(多)?(${UNITS.join('|')})(以上|以内|以下|左右|多|内)?`, 'g');

/** Words before a number that bound it, longest first. */
const LEADING_COMPARATORS: [string, Comparator][] = [
  ['稳定在', 'EQUAL'], ['控制在', 'AT_MOST'], ['不少于', 'AT_LEAST'], ['不低于', 'AT_LEAST'], ['不超过', 'AT_MOST'],
  ['提高到', 'EQUAL'], ['达到', 'EQUAL'], ['突破', 'MORE_THAN'], ['超过', 'MORE_THAN'], ['增至', 'EQUAL'],
  ['压缩至', 'AT_MOST'], ['最多', 'AT_MOST'], ['保持', 'EQUAL'], ['达', 'EQUAL'], ['超', 'MORE_THAN'], ['为', 'EQUAL'], ['约', 'APPROXIMATELY'], ['近', 'APPROXIMATELY'],
];
/** `1200多人` is more than 1200 (多 after a number says "and some"), not about 1200. */
const TRAILING_COMPARATORS: Record<string, Comparator> = { 以上: 'AT_LEAST', 以内: 'AT_MOST', 以下: 'AT_MOST', 内: 'AT_MOST', 多: 'MORE_THAN', 左右: 'APPROXIMATELY' };

/** Words that open an indicator without belonging to it. */
const LEADING_NOISE = /^(其中|同时|全年|全市|累计|力争|确保|实现|2020年|到2025年|今年)+/;
/** Verbs that the first item of a `、` list shares with the items after it. */
const SHARED_VERB = /^(新增|完成|建成|新建|新改建|建设|培育|创建|引进|改造|硬化|铺设|拆除|推动|推进|实施|打造|新扩建|建成|投入|争取|组建|设置)/;
/** A clause that is only a change of something named before it. */
const BARE_CHANGE = /^((同比|年均|分别)?(增长|下降|提高|提升|减少)|占)/;

/** Period and kind of what a section reports. */
function periodOf(section: Section, sections: Section[]): { period: string; kind: TargetKind } | null {
  const ids = new Set<string>();
  for (let s: Section | undefined = section; s; s = sections.find((x) => x.id === s!.parentId)) ids.add(s.id);
  if (ids.has('section:review-13fyp')) return { period: '2016–2020', kind: 'RESULT' };
  if (ids.has('section:review-2020')) return { period: '2020', kind: 'RESULT' };
  if (ids.has('section:plan')) return { period: '2021–2025', kind: 'GOAL' };
  if (ids.has('section:work')) return { period: '2021', kind: 'GOAL' };
  return null;
}

/** Clause boundaries: a number's indicator never reaches across one of these. */
const CLAUSE_BREAK = /[，。；：！？\n]/;
const CJK_WORD = /[\u4E00-\u9FFF“]/;
/** `4960户13571名…`: the first count is not part of the second one's indicator. */
const LEADING_QUANTITY = new RegExp(`^\\d+(?:\\.\\d+)?(${UNITS.join('|')})`);

/**
 * The start of the unit of text before `at`: one character, or a whole “…” (whose commas and
 * list marks belong to a name), or -1 before `floor`.
 */
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

/** A separator of a list of quantities: `、`, or `和` before a number. */
function isListSeparator(text: string, i: number): boolean {
  return text[i] === '、' || (text[i] === '和' && /\d/.test(text[i + 1] ?? ''));
}

const HAS_QUANTITY = new RegExp(`(\\d|百)多?(${UNITS.join('|')})`);

/**
 * Where the list item holding a number starts. `新增亿元企业6家、高新技术企业6家` is a list of
 * two quantities; `引进同向精密机械、共力新材料等项目24个` is one quantity of a list of names.
 * A separator splits items only when the item before it holds a quantity of its own.
 */
function listItemStart(text: string, at: number, floor: number): number {
  for (let i = previousUnit(text, at, floor); i >= floor; i = previousUnit(text, i, floor)) {
    if (isListSeparator(text, i) && HAS_QUANTITY.test(text.slice(floor, i))) return i + 1;
  }
  return floor;
}

/** True when the span sits inside “…” (a name such as “6个100%”, not a measured quantity). */
function insideQuotes(text: string, start: number, floor: number): boolean {
  const before = text.slice(floor, start);
  return before.lastIndexOf('“') > before.lastIndexOf('”');
}

/**
 * The words after a number that say what was counted: `安置3024户居民` → 居民. They run to the
 * end of the clause or list item; a quantity right after the number (`4960户13571名…`) is
 * stepped over, since both count the same thing.
 */
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

export function extractQuantities(text: string, sections: Section[], sectionAt: (start: number, end: number) => Section): Quantity[] {
  const quantities: Quantity[] = [];
  let previous: Quantity | null = null;
  for (const match of text.matchAll(QUANTITY)) {
    const [whole, digits, about, unit, trailing] = match as unknown as [string, string, string | undefined, string, string | undefined];
    const numberStart = match.index!;
    const numberEnd = numberStart + whole.length;
    // Part of a longer number, a code (G107, S248, 5G) or a range (3-5年).
    if (/[\dA-Za-z.\-+]/.test(text[numberStart - 1] ?? '')) continue;
    if (digits === '百' && text.slice(numberStart - 1, numberStart + 3) !== '破百亿元') continue;
    const section = sectionAt(numberStart, numberEnd);
    const timing = periodOf(section, sections);
    if (!timing) continue;

    const clause = clauseStart(text, numberStart);
    if (insideQuotes(text, numberStart, clause)) continue;
    const itemStart = listItemStart(text, numberStart, clause);
    let head = text.slice(itemStart, numberStart);

    let comparator: Comparator = 'EQUAL';
    for (const [word, bound] of LEADING_COMPARATORS) {
      if (head.endsWith(word)) {
        comparator = bound;
        head = head.slice(0, -word.length);
        break;
      }
    }
    if (about) comparator = 'MORE_THAN';
    if (trailing) comparator = TRAILING_COMPARATORS[trailing]!;
    // `由…1家增至24家`: the number after 由 is the baseline, not the result.
    if (/由[^，。]*$/.test(head) && /^[^，。]*?(增至|提高到|提高至)/.test(text.slice(numberEnd))) continue;

    const counted = countedAfter(text, numberEnd);
    let indicator = (head.replace(/由.*$/, '').replace(LEADING_NOISE, '').replace(/(分别|均)$/, '') + counted.words)
      .replace(/\[\d+\]/g, '')
      .replace(LEADING_QUANTITY, '');
    const near = previous !== null && previous.end >= clause - 40;
    if (near && (indicator === '' || BARE_CHANGE.test(indicator))) {
      // `地区生产总值122.98亿元、同比增长3.3%`: the change of the measure named just before;
      // `分别增长44.7%、74.3%`: another value of the same measure.
      const subject = indicator === '' ? previous!.indicator : previous!.indicator.replace(SHARED_VERB, '').replace(/(同比|年均)?(增长|下降|提高|提升).*$/, '');
      indicator = indicator === '' ? subject : subject + indicator.replace(/^分别/, '');
    } else if (itemStart > clause) {
      // A later item of a list: it takes the verb the list opened with, when it has none.
      const verb = SHARED_VERB.exec(text.slice(clause, itemStart).replace(LEADING_NOISE, ''))?.[0];
      if (verb && !SHARED_VERB.test(indicator)) indicator = verb + indicator;
    }
    indicator = indicator.trim();
    if (indicator === '') continue;

    const quantity: Quantity = {
      indicator, value: digits === '百' ? 100 : Number(digits), unit, comparator, ...timing,
      start: quoteStart(text, itemStart, numberStart), end: Math.max(numberEnd, counted.end),
      numberStart, numberEnd, sectionId: section.id,
    };
    quantities.push(quantity);
    previous = quantity;
  }
  return quantities;
}

/** The quote starts where the item's own words start, past noise words. */
function quoteStart(text: string, itemStart: number, numberStart: number): number {
  const words = text.slice(itemStart, numberStart);
  const noise = LEADING_NOISE.exec(words)?.[0].length ?? 0;
  return noise < words.length ? itemStart + noise : itemStart;
}
