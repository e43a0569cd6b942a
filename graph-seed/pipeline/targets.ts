/**
 * Quantified goals and results of any report, and the one rule set the project has: the Lechang
 * seed build runs it too (`extractTimedTargets`, timed by Lechang's section ids). The rules are
 * those of the genre:
 * - the period and kind come from the report's own sections (sections.ts `timingAt`): goals for
 *   year N in the year-N plan, results of year N−1 in the review, five-year spans from 十X五 titles;
 *   a time phrase in the figure's own sentence wins over them (periods.ts: 过去五年, 去年底,
 *   “十三五”时期, 到2025年 …);
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
import { sentenceStart, sentenceTiming } from './periods.ts';
import { innermostSection, timingAt } from './sections.ts';

/** Units of the genre, longest first so that 万亿元 wins over 亿元 and 元. */
export const UNITS = [
  '个百分点', '个工作日', '万平方公里', '平方公里', '万平方米', '平方米', '万亿元', '亿元', '万元', '元', '亿美元', '万亿斤', '亿斤',
  '亿吨', '万吨', '吨', '万千瓦', '亿千瓦', '千瓦', '万亩', '亿亩', '亩', '万公顷', '公顷', '万公里', '公里', '万头', '头',
  '亿户', '万户', '户', '万家庭', '家庭', '件次', '亿人次', '万人次', '人次', '亿人口', '万人口', '亿人', '万人', '人', '名', '万个', '个', '万家', '家', '所', '宗', '条', '项', '件',
  '座', '万套', '套', '辆', '兆瓦', '%', '倍',
].sort((a, b) => b.length - a.length);

const NUMBER = '\\d+(?:\\.\\d+)?';
/** A number (or the start of a range), a unit, and a bound after it. */
const QUANTITY = new RegExp(`(百|${NUMBER})(?:%?[-－—~～至到](${NUMBER}))?(多)?(${UNITS.join('|')})(以上|以内|以下|左右|多|内)?`, 'g');

/** Verbs of a change to a level: the number before them is where it started (由45%提高到63%, 75%提高至100%). */
const CHANGE_TO = '增至|增加到|提高到|提高至|提升到|提升至|上升到|上升至|下降到|下降至|降至|降到|降低到|降低至|压缩到|压缩至';

/** Words before a number that bound it, longest first. */
const LEADING_COMPARATORS: [string, Comparator][] = [
  ['稳定在', 'EQUAL'], ['保持在', 'EQUAL'], ['控制在', 'AT_MOST'], ['不少于', 'AT_LEAST'], ['不低于', 'AT_LEAST'], ['不超过', 'AT_MOST'],
  ['提高到', 'EQUAL'], ['提高至', 'EQUAL'], ['提升到', 'EQUAL'], ['提升至', 'EQUAL'], ['上升到', 'EQUAL'], ['增加到', 'EQUAL'], ['达到', 'EQUAL'], ['突破', 'MORE_THAN'], ['超过', 'MORE_THAN'], ['增至', 'EQUAL'],
  ['压缩至', 'AT_MOST'], ['降低到', 'EQUAL'], ['降至', 'EQUAL'], ['降到', 'EQUAL'], ['接近', 'APPROXIMATELY'], ['最多', 'AT_MOST'], ['保持', 'EQUAL'], ['达', 'EQUAL'], ['超', 'MORE_THAN'], ['为', 'EQUAL'], ['约', 'APPROXIMATELY'], ['近', 'APPROXIMATELY'],
];
const TRAILING_COMPARATORS: Record<string, Comparator> = {
  以上: 'AT_LEAST', 以内: 'AT_MOST', 以下: 'AT_MOST', 内: 'AT_MOST', 多: 'MORE_THAN', 左右: 'APPROXIMATELY',
};

/** Words that open an indicator without belonging to it. */
const LEADING_NOISE = /^(其中|同时|全年|全市|累计|力争|确保|实现|预计|拟按|到?\d{4}年(底|末)?|(今年|去年|上年)(底|末)?|(过去|近)?(五|十)年(来)?|多年来)+/;
/** Verbs that the first item of a `、` list shares with the items after it. */
const SHARED_VERB = /^(新增|完成|建成|新建|新改建|建设|培育|创建|引进|改造|硬化|铺设|拆除|推动|推进|实施|打造|新扩建|投入|争取|组建|设置)/;
/** An indicator that only says who may or must act (各地可, 一律按): the measure is elsewhere in the sentence. */
const SCOPE_ONLY = /^(各地|各省|各级|一律|均|都|可以|可|要|应|按)+$/;
/** A verb of change that opens a clause naming what changes (`下调城镇职工基本养老保险单位缴费比例`). */
const CHANGE_VERB = /^(下调|上调|降低|提高|调整|压减|削减|减少|增加)/;
/** The words of a change in a measure (增产: of an output, 粮食产量1.37万亿斤，增产74亿斤); 增加值 (value added) is a measure, not a change. */
const CHANGE_WORD = '增长|下降|提高|提升|减少|增加(?!值)|上升|降低|回落|上涨|增产|减产';
/** A change that closes a phrase (`广义货币M2预期增长`), with the words that qualify it. */
const CHANGE_AT_END = new RegExp(`(预期)?(同比|年均|实际)?(${CHANGE_WORD})$`);
/** A change and all after it (`国内生产总值增长6.6%` → 国内生产总值). */
const CHANGE_ONWARD = new RegExp(`(同比|年均|实际)?(${CHANGE_WORD}).*$`);
/** Words that are a change alone, with no subject (`年均增长`). */
const CHANGE_ONLY = new RegExp(`^(同比|年均|实际)?(${CHANGE_WORD})$`);
/** A clause that is only a change of something named before it. */
const BARE_CHANGE = new RegExp(`^((同比|年均|分别)?(${CHANGE_WORD})|占|比(去年|上年))`);

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

/** Bare numbers listed before one with a unit, which they share (`10.6万、3.8万、`); at most 万 or 亿 after each. */
const LEADING_VALUES = new RegExp(`(${NUMBER}[万亿]?、)+$`);

/** A count in 万 or 亿 whose unit the report leaves out or the unit list lacks (`用户3.4亿`, `突破3亿辆`, `551万农村贫困人口`). */
const LARGE_COUNT = /\d(\.\d+)?[万亿]/;
/** A list item that holds a count: a quantity with its unit, or a large count without one. */
const ITEM_COUNT = new RegExp(`${HAS_QUANTITY.source}|${LARGE_COUNT.source}`);

function listItemStart(text: string, at: number, floor: number): number {
  for (let i = previousUnit(text, at, floor); i >= floor; i = previousUnit(text, i, floor)) {
    if (isListSeparator(text, i) && ITEM_COUNT.test(text.slice(floor, i))) return i + 1;
  }
  return floor;
}

function insideQuotes(text: string, start: number, floor: number): boolean {
  const before = text.slice(floor, start);
  return before.lastIndexOf('“') > before.lastIndexOf('”');
}

/**
 * The words after a number that say what was counted (`安置3024户居民` → 居民), to the end of the
 * clause or list item; a quantity right after the number (`4960户13571名…`) is stepped over.
 * None after a rate whose words describe the level (`5%左右的较低水平`), nor examples (`10万元等…`).
 */
function countedAfter(text: string, numberEnd: number, unit = ''): { words: string; end: number } {
  let i = numberEnd;
  const next = new RegExp(QUANTITY.source, 'y');
  next.lastIndex = i;
  const adjacent = next.exec(text);
  if (adjacent) i += adjacent[0].length;
  if (!CJK_WORD.test(text[i] ?? '') || text[i] === '等' || (text[i] === '的' && /%|百分点/.test(unit))) return { words: '', end: numberEnd };
  let end = i;
  while (end < text.length && end - i < 24 && !CLAUSE_BREAK.test(text[end]!) && !isListSeparator(text, end)) end += 1;
  return { words: text.slice(i, end), end };
}

/** A count of the people or share a measure reached, whose subject the report names just before it. */
const BENEFIT = /^(惠及|受益|覆盖|参与)$/;

/**
 * Where the quote of a bare reach (`惠及2100多万人`, `4.3亿人次受益`) starts: at the clause or list
 * item that says what reached them, in the same sentence (`建立…“两项补贴”制度，惠及2100多万人`),
 * so its name and mention say what it counts; the number's own item when there is none.
 */
function benefitQuoteStart(text: string, clause: number, itemStart: number): number {
  if (itemStart > clause) return quoteStart(text, clause, itemStart);
  if (text[clause - 1] !== '，') return itemStart;
  const before = clauseStart(text, clause - 1);
  return quoteStart(text, before, clause - 1);
}

function quoteStart(text: string, itemStart: number, numberStart: number): number {
  const words = text.slice(itemStart, numberStart);
  const noise = LEADING_NOISE.exec(words)?.[0].length ?? 0;
  return noise < words.length ? itemStart + noise : itemStart;
}

/** Adverbs that open a clause and say how, not what (成功创建, 扎实推进, 重点招引). */
const ADVERBS = /^(成功|扎实|全面|积极|大力|加快|重点|着力|持续|进一步|继续|稳步|有序|顺利|基本|努力|力争|全力)+/;
/** Verbs that open a count of things made or done: `建成两家…`, `办好十件…`. */
const ACTION_VERB = /^(新增|新建|新改建|新扩建|建成|建设|完成|办好|办成|办理|创建|创成|推进|推动|实施|打造|培育|引进|招引|改造|开工|竣工|落地|投产|组建|设立)/;
/**
 * A list item that is itself an action (`硬化农村公路110公里、“畅返不畅”建设123公里`) takes no
 * specific verb from the list's first item; verbs that govern actions (完成, 推进) it does take.
 */
const ACTION_NOUN = /(建设|改造|整治|治理|提升|修复|提质|达标)$/;
const GOVERNING_VERB = /^(完成|推进|推动|实施|开展|加快|争取)$/;
/** `入选省100个…品牌地`: the number is the size of the list joined, not a result. */
const LIST_JOINED = /(入选|列入|入围|跻身)(全国|国家级?|全省|省级?|市级?)?$/;
/** Measures that belong to something named just before: `引进项目158个，投资总额达221.84亿元`. */
const ATTRIBUTE = /^(投资总额|总投资|投资额|总产值|产值|销售额|营业收入|主营业务收入|利税|办复率|办结率|满意率|总量|规模)((同比|年均)?(增长|下降|提高|减少))?$/;
/** Qualifiers that make a measure a ratio (per unit of GDP, per person), shared by a list's items. */
const PER_UNIT = /^(单位(国内|地区)?生产总值|单位GDP|万元(国内|地区)?生产总值|居民人均|人均)/;
/** Pairs that a report contracts into one word: `城乡…分别增长116%和49%` is 城镇… and 农村…. */
const CONTRACTED: [string, [string, string]][] = [
  ['存贷款', ['存款', '贷款']], ['城乡', ['城镇', '农村']], ['进出口', ['进口', '出口']], ['中小学', ['中学', '小学']], ['中小企业', ['中型企业', '小型企业']],
];
/** Units of time a duration is given in (审批时间压缩至40个工作日). */
const DURATION = /^(个工作日|工作日|小时|天|日|个月)/;
const CHINESE_DIGITS: Record<string, number> = { 一: 1, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 两 → 2, 十 → 10, 十二 → 12, 三十五 → 35. */
function chineseNumber(words: string): number {
  const [tens, ones] = words.includes('十') ? words.split('十') as [string, string] : ['', words];
  if (!words.includes('十')) return CHINESE_DIGITS[ones]!;
  return (tens === '' ? 1 : CHINESE_DIGITS[tens]!) * 10 + (ones === '' ? 0 : CHINESE_DIGITS[ones]!);
}

/**
 * The items of a list of subjects (`政府投资项目、社会投资项目审批时间`), each completed with the
 * words the last item adds after the part they share (审批时间), and contracted pairs opened
 * (城乡特困人员… → 城镇特困人员…, 农村特困人员…) when `count` asks for two.
 */
export function subjectItems(words: string, count: number): string[] {
  // `信息传输软件和信息技术服务业、租赁和商务服务业增加值`: 和 inside names, 、 between them.
  const byComma = words.split('、');
  const separator = count > 1 && byComma.length === count && words.split(/[、和与]/).length !== count ? '、' : /[、和与]/;
  const items = words.split(separator).filter((w) => w !== '');
  if (items.length !== words.split(separator).length) return [words];
  if (items.length === 1 && count === 2) {
    const pair = CONTRACTED.find(([word]) => words.includes(word));
    if (pair) return pair[1].map((w) => words.replace(pair[0], w));
  }
  const last = items[items.length - 1]!;
  // `单位国内生产总值用水量、能耗、二氧化碳排放量`: a qualifier the first item opens with is every item's.
  const head = PER_UNIT.exec(items[0]!)?.[0];
  if (head && items.length > 1 && items.slice(1).every((item) => !item.includes(head) && !PER_UNIT.test(item))) {
    return subjectItems(items.map((item, i) => (i === 0 ? item : head + item)).join('、'), count);
  }
  // `广义货币M2和社会融资规模余额预期增长`: a change the last item ends with is every item's.
  const change = CHANGE_AT_END.exec(last)?.[0] ?? '';
  return items.map((item, i) => {
    if (i === items.length - 1) return item;
    for (let k = item.length; k >= 1; k -= 1) {
      const shared = item.slice(item.length - k);
      const at = last.indexOf(shared);
      if (at >= 0 && at + k < last.length && !item.endsWith(last.slice(at + k))) return item + last.slice(at + k);
    }
    return change !== '' && !CHANGE_AT_END.test(item) ? item + change : item;
  });
}

/**
 * The subject of a list item that holds a count (`汽车保有量突破3亿辆、` → 汽车保有量): its words
 * before the number, without the words that open a clause or say how the count was reached.
 */
function itemSubject(item: string): string {
  const words = /^[^\d]*/.exec(item)![0].replace(LEADING_NOISE, '').replace(ADVERBS, '').replace(SHARED_VERB, '');
  return words.replace(/(突破|达到|达|超过|增加|增长|为|近|约)+$/, '');
}

/** The numbers that follow one as a list of values (`116%和49%`, `44.7%、74.3%`): their starts. */
function valueList(text: string, numberEnd: number): { start: number; unit: string }[] {
  const values: { start: number; unit: string }[] = [];
  const next = new RegExp(`[、和与](${QUANTITY.source})`, 'y');
  for (let at = numberEnd; ; ) {
    next.lastIndex = at;
    const m = next.exec(text);
    if (!m) return values;
    values.push({ start: at + 1, unit: m[5]! });
    at = next.lastIndex;
  }
}

/**
 * A measure with no owner of its own (投资总额, 办复率, 销售额增长) takes the thing counted just
 * before it in the same sentence: one count (`引进项目158个，投资总额…` → 引进项目投资总额), several
 * (`办理人大代表建议23件、政协提案74件，办复率…` → 人大代表建议和政协提案办复率), or the owner of a
 * parallel measure (`商品房销售面积增长12.6%，销售额增长6%` → 商品房销售额增长).
 */
function ownedAttribute(indicator: string, before: ExtractedTarget[]): string {
  if (!ATTRIBUTE.test(indicator) || before.length === 0) return indicator;
  // `成功引进同向精密机械、共力新材料等项目` counts 引进项目: the names listed before 等 are examples.
  const plain = (words: string) => {
    const w = words.replace(ADVERBS, '');
    const listed = /^(.*?)等(.+)$/.exec(w);
    return listed && listed[1]!.includes('、') ? (ACTION_VERB.exec(w)?.[0] ?? '') + listed[2] : w;
  };
  const last = before[before.length - 1]!.indicator;
  const parallel = last.indexOf(indicator.slice(0, 2));
  if (parallel > 0) return plain(last.slice(0, parallel)) + indicator;
  // `国内生产总值增长6.6%，总量突破90万亿元`: the owner is the measure, not its change.
  if (before.length === 1) return plain(last).replace(CHANGE_ONWARD, '') + indicator;
  const owners = before.map((t) => plain(t.indicator).replace(ACTION_VERB, ''));
  return owners.join('和') + indicator;
}

/**
 * The name of a TARGET entity: its quote; or the indicator and the figure where the quote is the
 * figure alone (分别增长116%和49% quotes 49%; 再提高5元 quotes 5元) or with a bare change (增长18%), or quotes another indicator's
 * target of the report too (单位国内生产总值能耗、水耗均下降20%以上; 年均增长7% for GDP and for
 * revenue): 农村特困人员基本生活标准增长49%, 单位国内生产总值水耗下降20%以上. A label then says
 * what the figure measures, and two measures are not one label. The quote stays the mention.
 * @param figure the figure as the report writes it (`20%以上`), or value and unit for a figure in
 *   words (翻番 → `2倍`).
 * @param shared whether a target of another indicator in the report has the same quote (quotedIndicators).
 */
export function targetName(quote: string, indicator: string, figure: string, shared = false): string {
  const words = quote.replace(figure, '');
  // `增长18%`: a change whose subject the quote leaves to the clause before says no more than the figure.
  const alone = !/\p{Script=Han}/u.test(words) || CHANGE_ONLY.test(words);
  return alone || shared ? `${indicator}${figure}` : quote;
}

/**
 * For each quote of a report's targets, the indicators quoted by it: more than one means the
 * quote alone does not tell those targets apart (`年均增长7%` quoted for GDP and for revenue).
 */
export function quotedIndicators(targets: { quote: string; indicator: string }[]): Map<string, Set<string>> {
  const byQuote = new Map<string, Set<string>>();
  for (const t of targets) byQuote.set(t.quote, (byQuote.get(t.quote) ?? new Set()).add(t.indicator));
  return byQuote;
}

/** The figure of a target as its name gives it: the report's digits and unit, or value and unit for a figure in words. */
export function figureText(text: string, t: { numberStart: number; numberEnd: number; value: number; unit: string }, formatted: string): string {
  const written = text.slice(t.numberStart, t.numberEnd);
  return /\d/.test(written) ? written : `${formatted}${t.unit}`;
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
    // Sentence cues switch timing inside a section, so the cache is per sentence.
    const key = `${section.id}:${sentenceStart(text, numberStart)}`;
    if (!timingCache.has(key)) timingCache.set(key, timingAt(text, sections, year, numberStart));
    const timing = timingCache.get(key)!;
    return timing ? { ...timing, sectionId: section.id } : null;
  }, year);
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
 * @param year the report's year: when given, a time phrase in a figure's sentence (periods.ts)
 *   overrides the caller's timing; without it the caller's timing is used as is.
 * @returns targets in text order, offsets into `text`.
 */
export function extractTimedTargets(text: string, partTiming: TimingOf, year?: number): ExtractedTarget[] {
  const timingOf: TimingOf = (start, end) => {
    const part = partTiming(start, end);
    if (!part || year === undefined) return part;
    return { ...sentenceTiming(text, start, year, part), sectionId: part.sectionId };
  };
  const targets: ExtractedTarget[] = [];
  let previous: ExtractedTarget | null = null;
  /** Indicators (and units) a list of subjects gave the later values of its list of values. */
  const assigned = new Map<number, { indicator: string; unit: string }>();
  for (const match of text.matchAll(QUANTITY)) {
    const [whole, digits, upper, about, matchedUnit, trailing] = match as unknown as [string, string, string | undefined, string | undefined, string, string | undefined];
    let unit = matchedUnit;
    const numberStart = match.index!;
    const numberEnd = numberStart + whole.length;
    if (/[\dA-Za-z.\-+]/.test(text[numberStart - 1] ?? '')) continue;
    // 百 counts only where a report says 破百 (突破百亿元); elsewhere it is a word (百姓, 百年).
    if (digits === '百' && text[numberStart - 1] !== '破') continue;
    // `56个民族共同团结奋斗`: the nation's name for itself, not a count of anything.
    if (text.startsWith('56个民族', numberStart)) continue;
    // `年产值5亿元级企业`: a class of things, not a quantity.
    if (text[numberEnd] === '级') continue;
    const timing = timingOf(numberStart, numberEnd);
    if (!timing) continue;

    const clause = clauseStart(text, numberStart);
    if (insideQuotes(text, numberStart, clause)) continue;
    // `面积分别净减少10.6万、3.8万、3.3万平方公里`: values before this one that share its unit.
    const listed = LEADING_VALUES.exec(text.slice(clause, numberStart));
    const leading = listed && /分别[\u4E00-\u9FFF]{0,4}$/.test(text.slice(clause, numberStart - listed[0].length))
      && [...listed[0].matchAll(/[\d.]+([万亿]?)、/g)].every((m) => m[1] === (/^[万亿]/.exec(matchedUnit)?.[0] ?? '')) ? listed : null;
    const listStart = leading ? numberStart - leading[0].length : numberStart;
    const itemStart = listItemStart(text, listStart, clause);
    let head = text.slice(itemStart, listStart);
    if (LIST_JOINED.test(head)) continue;

    let comparator: PipelineComparator = 'EQUAL';
    for (const [word, bound] of LEADING_COMPARATORS) {
      if (head.endsWith(word)) {
        comparator = bound;
        head = head.slice(0, -word.length);
        break;
      }
    }
    // `年内至少降低30%`: a bound said before the verb of change.
    if (comparator === 'EQUAL' && /(至少|不少于|不低于)[\u4E00-\u9FFF]{0,2}$/.test(head)) comparator = 'AT_LEAST';
    // `1200多人` is more than 1200 (多 after a number says "and some"), not about 1200.
    if (about) comparator = 'MORE_THAN';
    if (trailing) comparator = TRAILING_COMPARATORS[trailing]!;
    if (upper !== undefined) comparator = 'BETWEEN';
    // `由…1家增至24家`, `从不到70万亿元增加到…`: the number after 由/从 is the baseline, not the result.
    if (/(由|从|现行)[^，。]*$/.test(head) && new RegExp(`^[^，。]*?(${CHANGE_TO})`).test(text.slice(numberEnd))) continue;
    if (new RegExp(`^(${CHANGE_TO})`).test(text.slice(numberEnd))) continue;

    const counted = countedAfter(text, numberEnd, unit);
    // Figures that measure nothing of the period: a comparison with the past (相当于5年前1.5个
    // 百分点、10年前2.5个百分点的增量), the bounds of a tax bracket (所得额100万元至300万元部分),
    // and, in a review, the goal it is measured against (M2增长11.3%，低于13%左右的预期目标: the
    // goal is its own report's target).
    if (/(\d+|[一二三四五六七八九十]+)年前(的)?$/.test(head) || new RegExp(`^([至到－~～]${NUMBER}[^\\d，。；]{0,3})?的?部分`).test(text.slice(numberEnd))) continue;
    if (timing.kind === 'RESULT' && /^的?(预期)?目标/.test(text.slice(numberEnd, numberEnd + 5))) continue;
    // `74个重点城市细颗粒物年均浓度下降9.1%`: a count that says where another figure holds is its scope.
    if (/^(个|家|所|座|条|项|名)$/.test(unit) && CJK_WORD.test(text[numberEnd] ?? '') && new RegExp(`(增长|下降|提高|降低|减少|增加)(${NUMBER})`).test(text.slice(numberEnd, numberEnd + 40).split(CLAUSE_BREAK)[0]!)) continue;
    // `近14亿人口的发展中大国`: a number that only describes what follows it.
    if (counted.words.startsWith('的') && head.replace(LEADING_NOISE, '') === '' && itemStart === clause) continue;
    // The baseline a change-to verb started from: `从月销售额3万元提高到10万元`, `现行16%的税率降至13%`.
    const fromBaseline = new RegExp(`(${CHANGE_TO})$`).test(text.slice(itemStart, numberStart));
    const headWords = head.replace(/(由|从).*?(增至|增加到|提高到|提高至|上升到|下降到|降至|降到)$/, '').replace(fromBaseline ? new RegExp(`((由|从)[^，。]*|${NUMBER}(${UNITS.join('|')}))$`) : /由(?![\u4E00-\u9FFF]).*$/, '')
      .replace(/现行[\d.]+%的/, '').replace(LEADING_NOISE, '').replace(/\[\d+\]/g, '');
    // `赤字率拟按3%安排`: words of planning are no part of the measure; `用于1500万人次以上的职工…培训`: nor a 的 after the number.
    const planned = /拟按$/.test(headWords) && counted.words === '安排';
    let indicator = (headWords.replace(/(分别|(?<![平人年])均)$/, '').replace(/拟按$/, '').replace(/(继续|持续)$/, '')
      + (planned ? '' : headWords !== '' ? counted.words.replace(/^的/, '') : counted.words))
      .replace(/\[\d+\]/g, '')
      .replace(LEADING_QUANTITY, '');
    // A list of subjects with as many values (`A、B分别增长1%和2%`, `A、B审批时间压缩至100个和40个工作日`),
    // or with one value they all reach (`A、B、C均达100%`): one target each.
    let shares: string[] = [];
    const given = assigned.get(numberStart);
    const values = counted.words === '' && !assigned.has(numberStart) ? valueList(text, numberEnd) : [];
    // 分别/均/都 close the subjects when only a short predicate follows (人均, 首都 are no markers).
    const marker = /(分别|(?<![人年平])均|(?<![首成京])都)(?=[\u4E00-\u9FFF]{0,4}$)/.exec(headWords);
    if (values.length > 0 || (marker && marker[1] !== '分别')) {
      const subjectWords = marker ? headWords.slice(0, marker.index) : headWords;
      const predicate = marker ? headWords.slice(marker.index + marker[1]!.length) : '';
      const verb = SHARED_VERB.exec(subjectWords)?.[0] ?? '';
      const subjects = subjectItems(subjectWords, values.length + 1).map((w, i) => (i > 0 && verb && !SHARED_VERB.test(w) ? verb + w : w) + predicate);
      if (values.length > 0 && subjects.length === values.length + 1) {
        const lastUnit = values[values.length - 1]!.unit;
        // `100个和40个工作日`: the first value's unit is the last one's.
        if (lastUnit.startsWith(unit) && lastUnit !== unit) unit = lastUnit;
        values.forEach((v, i) => assigned.set(v.start, { indicator: subjects[i + 1]!, unit: v.unit }));
        indicator = subjects[0]!;
      } else if (values.length === 0 && subjects.length > 1) {
        indicator = subjects[0]!;
        shares = subjects.slice(1);
      }
    }
    const before: { value: number; start: number; end: number; indicator: string }[] = [];
    if (leading && !given) {
      const subjectWords = marker ? headWords.slice(0, marker.index) : '';
      const predicate = marker ? headWords.slice(marker.index + marker[1]!.length) : '';
      const numbers = [...leading[0].matchAll(new RegExp(`(${NUMBER})[万亿]?`, 'g'))];
      const subjects = marker?.[1] === '分别' ? subjectItems(subjectWords, numbers.length + 1).map((w) => w + predicate) : [];
      // Without one subject for each value the list cannot be read: no target rather than a wrong one.
      if (subjects.length !== numbers.length + 1) continue;
      numbers.forEach((n, i) => before.push({ value: Number(n[1]), start: listStart + n.index!, end: listStart + n.index! + n[0].length, indicator: subjects[i]! }));
      indicator = subjects[numbers.length]!;
    }
    // `基本实现最多1个工作日、最快1小时办结`: what is measured is said after the values.
    const fragment = /(基本)?实现$/.exec(headWords.replace(/(分别|均)$/, ''));
    if (fragment && !given) {
      const clauseEnd = text.slice(numberEnd).search(CLAUSE_BREAK);
      const tail = counted.words !== '' ? counted.words
        : /[\u4E00-\u9FFF]+$/.exec(text.slice(numberEnd, numberEnd + (clauseEnd < 0 ? 0 : clauseEnd)))?.[0].replace(DURATION, '') ?? '';
      const done = tail.length <= 4 ? tail : '';
      indicator = headWords.slice(0, fragment.index) + done + (DURATION.test(unit) && done !== '' ? '时间' : '');
    }
    // `…下降30%以上。…，71%的煤电机组实现超低排放`: a share that opens its clause is the share of
    // what follows it, not of the subject of the sentence before.
    // `在70%左右的地市开展分级诊疗试点`: likewise after a bare 在.
    if ((indicator === '' && !trailing) || indicator === '在') {
      if (unit === '%' && text[numberEnd] === '的') {
        const rest = text.slice(numberEnd + 1).split(CLAUSE_BREAK)[0]!;
        if (rest.length >= 2 && rest.length <= 24) indicator = `${rest}的比例`;
      }
      if (indicator === '在') continue;
    }
    // `有6.5%－7%的增速就能够实现比较充分的就业`: a condition, not a measure of anything.
    if (indicator === '有') continue;
    // `这是在我国经济总量超过60万亿元的高基数上取得的`: a figure that describes the ground of another.
    if (/^这?是在/.test(headWords) && text[numberEnd] === '的') continue;
    // `一律按不低于5%的幅度压减一般性支出`, `下调…单位缴费比例，各地可降至16%`: words that only say who
    // may or must: the measure is what the figure's 幅度 cuts, or the subject of the clause before.
    if (SCOPE_ONLY.test(indicator)) {
      const cut = /^的幅度([\u4E00-\u9FFF“”]{2,16})/.exec(text.slice(numberEnd));
      const clauseBefore = text[clause - 1] === '，' ? text.slice(clauseStart(text, clause - 1), clause - 1).replace(CHANGE_VERB, '') : '';
      indicator = cut ? cut[1]! : clauseBefore.length >= 2 && clauseBefore.length <= 24 ? clauseBefore : indicator;
    }
    // The figure before, in the same sentence and not far back: a bare change or measure is its subject's.
    const near = previous !== null && previous.end >= clause - 40 && !/[。；！？\n]/.test(text.slice(previous.end, clause));
    const previousInClause = previous !== null && previous.numberStart >= clause;
    if (given) {
      indicator = given.indicator;
    } else if (itemStart > clause && !previousInClause && BARE_CHANGE.test(indicator)) {
      // `汽车保有量突破3亿辆、增长46.7%`: the change is of the subject of the item before it,
      // a count that is no target of its own (its unit is left out), not of an earlier clause's.
      const subject = itemSubject(text.slice(clause, itemStart));
      if (subject === '') continue;
      indicator = subject + indicator.replace(/^分别/, '');
    } else if (near && (indicator === '' || BARE_CHANGE.test(indicator) || (ATTRIBUTE.test(indicator) && itemStart > clause && previousInClause))) {
      // `转移支付增加约1.5万亿元、规模近9.8万亿元`: a bare measure after an item of the same clause is its subject's.
      const subject = indicator === '' ? previous!.indicator : previous!.indicator.replace(SHARED_VERB, '').replace(CHANGE_ONWARD, '');
      indicator = indicator === '' ? subject : subject + indicator.replace(/^分别/, '');
    } else if (itemStart > clause) {
      const verb = SHARED_VERB.exec(text.slice(clause, itemStart).replace(LEADING_NOISE, ''))?.[0];
      if (verb && !SHARED_VERB.test(indicator) && !(ACTION_NOUN.test(indicator) && !GOVERNING_VERB.test(verb))) indicator = verb + indicator;
    } else {
      const sentence = Math.max(text.lastIndexOf('。', clause), text.lastIndexOf('；', clause), text.lastIndexOf('\n', clause));
      indicator = ownedAttribute(indicator, targets.filter((t) => t.numberStart > sentence && t.end <= clause));
    }
    indicator = indicator.trim();
    if (indicator === '') continue;

    // `工业企业利润由上年下降2.3%转为增长8.5%`: the first figure is the year before's.
    const yearBefore = /由上年[^，。；]*$/.test(text.slice(clause, numberStart)) && /^[^，。；]{0,3}转为/.test(text.slice(numberEnd)) && /^\d{4}$/.test(timing.period);
    // Each of the two figures measures the subject's own change: 工业企业利润下降, 工业企业利润增长.
    if (yearBefore) indicator = indicator.replace(/由上年([\u4E00-\u9FFF]{1,4}?)转为.*$/, '$1');
    else indicator = indicator.replace(/由上年[^，。；]*转为/, '');
    const target: ExtractedTarget = {
      indicator, value: digits === '百' ? 100 : Number(digits), valueMax: upper !== undefined ? Number(upper) : null,
      unit: given?.unit ?? unit, comparator, period: yearBefore ? String(Number(timing.period) - 1) : timing.period, kind: timing.kind,
      start: BENEFIT.test(indicator) ? benefitQuoteStart(text, clause, itemStart) : quoteStart(text, itemStart, numberStart), end: Math.max(numberEnd, counted.end),
      numberStart, numberEnd, sectionId: timing.sectionId,
    };
    targets.push(target);
    for (const share of shares) targets.push({ ...target, indicator: share });
    for (const b of before) targets.push({ ...target, indicator: b.indicator, value: b.value, valueMax: null, start: b.start, end: b.end, numberStart: b.start, numberEnd: b.end });
    previous = target;
  }
  targets.push(...wordTargets(text, timingOf));
  return targets.sort((a, b) => a.numberStart - b.numberStart || a.start - b.start);
}


const WORD_NUMBER = '(?:[二三四五六七八九]?十[一二三四五六七八九]?|[两二三四五六七八九])';
/** `建成市区和坪石两家生猪定点屠宰厂`, `办好十件民生实事`: a count written in words after a verb of doing. */
const WORD_COUNT = new RegExp(`(${WORD_NUMBER})(个|家|件|项|所|座|条|批)`, 'g');
/** `数量全部翻番`, `比2010年翻一番`: a multiple written in words. */
const DOUBLING = /(翻一番|翻番|翻了一番|翻两番|翻了两番)/g;
/** `A和B继续保持“双100%”`: one value both subjects reach, written as a slogan. */
const DOUBLE_FULL = /“双(\d+(?:\.\d+)?)%”/g;

/** The words of the clause before `at`, without noise, adverbs, [n] marks and trailing 全部/均/都. */
function clauseHead(text: string, at: number): { start: number; words: string } {
  const start = clauseStart(text, at);
  const raw = text.slice(start, at);
  const words = raw.replace(/\[\d+\]/g, '').replace(LEADING_NOISE, '').replace(ADVERBS, '').replace(LEADING_NOISE, '');
  return { start: start + Math.max(0, raw.length - raw.replace(LEADING_NOISE, '').replace(ADVERBS, '').replace(LEADING_NOISE, '').length), words };
}

/**
 * Goals and results the report writes in words, which the number rules cannot see: counts
 * (`两家`, `十件`) after a verb of doing, where any names between the verb and the count are the
 * things counted (their number must be the count); doublings (翻番 → 2倍, 翻两番 → 4倍) of each
 * subject, named `…增长倍数`; and `“双100%”` of two subjects.
 */
function wordTargets(text: string, timingOf: TimingOf): ExtractedTarget[] {
  const found: ExtractedTarget[] = [];
  const add = (indicator: string, value: number, unit: string, start: number, end: number, numberStart: number, numberEnd: number, comparator: PipelineComparator = 'EQUAL') => {
    const timing = timingOf(numberStart, numberEnd);
    if (!timing || indicator === '') return;
    found.push({
      indicator, value, valueMax: null, unit, comparator, period: timing.period, kind: timing.kind,
      start, end, numberStart, numberEnd, sectionId: timing.sectionId,
    });
  };
  for (const match of text.matchAll(WORD_COUNT)) {
    const numberStart = match.index!;
    const numberEnd = numberStart + match[0].length;
    if (/[\d一二三四五六七八九十两百千万第前后这那每各几些]/.test(text[numberStart - 1] ?? '') || text[numberEnd] === '“') continue;
    const { start, words } = clauseHead(text, numberStart);
    if (insideQuotes(text, numberStart, start)) continue;
    const verb = ACTION_VERB.exec(words)?.[0];
    if (!verb || /[\d“”]/.test(words)) continue;
    const value = chineseNumber(match[1]!);
    const named = words.slice(verb.length);
    if (named !== '' && named.split(/[、和及]/).length !== value) continue;
    const counted = countedAfter(text, numberEnd);
    if (counted.words === '' || counted.words.startsWith('“')) continue;
    add(verb + counted.words, value, match[2]!, start, counted.end, numberStart, numberEnd);
  }
  for (const match of text.matchAll(DOUBLING)) {
    const numberStart = match.index!;
    const numberEnd = numberStart + match[0].length;
    const { start, words } = clauseHead(text, numberStart);
    const about = /(接近|近)$/.test(words);
    const subject = words.replace(/比\d{4}年(末)?(基础上)?/, '').replace(/(全部|均|都|再|实现|要|将|接近|近)+$/, '');
    if (subject === '' || /\d/.test(subject)) continue;
    for (const s of subjectItems(subject, 0)) {
      add(`${s}增长倍数`, match[1]!.includes('两') ? 4 : 2, '倍', start, numberEnd, numberStart, numberEnd, about ? 'APPROXIMATELY' : 'EQUAL');
    }
  }
  for (const match of text.matchAll(DOUBLE_FULL)) {
    const numberStart = match.index!;
    const numberEnd = numberStart + match[0].length;
    const { start, words } = clauseHead(text, numberStart);
    const subjects = subjectItems(words.replace(/(继续|持续)?(保持|达到|实现|达)$/, ''), 2);
    if (subjects.length !== 2 || subjects.some((w) => /\d/.test(w))) continue;
    for (const s of subjects) add(s, Number(match[1]), '%', start, numberEnd, numberStart, numberEnd);
  }
  return found;
}
