/**
 * Named things of a report found by rule, with no curation: places, parks, programs and
 * organisations.
 *
 * - Places (PLACE, the seed's TOWN): the administrative divisions of China (gazetteer.ts): every
 *   province, prefecture and county by its full name, and for a county or prefecture report its
 *   own townships; a village named right after its township (北乡镇黄坌村 → 黄坌村); regions named
 *   by a place word and a region suffix (粤港澳大湾区, 沿海经济带, 珠三角地区).
 * - Parks, programs, organisations: the genre's name suffixes (…产业园, …保护区 / …战略, …工程,
 *   …行动 / …公司, …医院, …局). A name runs left from its suffix over the words that can be part
 *   of a name (nouns, place and person names, numerals, “quoted” names, （bracketed） places),
 *   stops at punctuation, prepositions, conjunctions, particles and pronouns, and loses the
 *   verbs and adverbs it opens with (深入实施乡村振兴战略 → 乡村振兴战略), using jieba's POS tags;
 *   after a verb that governs the name (实施, 推进, 纳入 …) the verbs that follow are part of it
 *   (实施创新驱动发展战略), and a governing verb met inside the walk starts the name after it.
 *   Names that say nothing particular are left out: ranked common nouns (重点工程, 重大平台规划),
 *   fields of work (重点领域改革), phrases without a noun (稳定支持机制), and kinds of thing that
 *   are counted or listed (18条道路改造工程, 供水工程664宗, “飓风”等严打整治专项行动).
 * - Quoted names that stand alone (findQuoted): slogans in a run, titles before 称号, and
 *   quoted terms a governing verb takes as its object (落实“三线一单”[14]).
 * Every match must start on a word boundary of the segmenter, so a division name inside a
 * longer word (和平区 in 和平区域) is not a place.
 */
import { allDivisions, childrenOf, divisionByCode, townshipsOf } from './gazetteer.ts';
import { tagWords, type TaggedWord } from './segmenter.ts';
import type { Jurisdiction, NamedEntity, NamedEntityType, ReportSection } from './types.ts';

const PARK_SUFFIXES = [
  '现代农业产业园', '产业园', '工业园', '科技园', '农业园', '园区', '示范区', '开发区', '高新区', '试验区', '自贸区', '自由贸易试验区',
  '自然保护区', '保护区', '国家公园', '森林公园', '湿地公园', '文化公园', '公园', '基地', '林场', '特色小镇', '小镇', '田园综合体', '古道', '众创空间',
];
const PROGRAM_SUFFIXES = [
  '战略', '工程', '行动', '计划', '改革', '攻坚战', '专项斗争', '专项整治', '试点', '工作机制', '机制', '长制', '模式', '规划', '大赛', '丰收节', '责任制', '承诺制', '制度', '示范县', '示范村', '示范镇', '示范市', '示范城市', '先进集体', '先进单位', '普查',
];
const ORGANIZATION_SUFFIXES = [
  '有限公司', '公司', '集团', '人民医院', '中医院', '医院', '卫生院', '学校', '小学', '中学', '大学', '学院', '幼儿园', '图书馆',
  '服务中心', '指挥部', '巡视组', '公安局', '司法局', '分局', '检查站', '机场', '电厂', '污水处理厂', '博物馆',
];
const REGION_SUFFIXES = ['大湾区', '经济带', '经济圈', '城市群', '都市圈', '生态发展区', '地区'];
/** Place words that name no place: 城镇学校, 乡村学校, 中国特色…公司 are kinds of body. */
const GENERIC_PLACE = /^(城镇|乡镇|乡村|农村|城乡|城市|城区|中国|全国|国家|地方|基层|中西部|东部|西部|中部|东北)$/;
/** A place name's own words, without its level word (乐昌 of 乐昌市, 梅花 of 梅花镇, 长春 of 长春市). */
const placeStem = (name: string) => name.replace(/(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|街道|省|市|县|区|镇|乡)$/, '');
/** A body named as the jurisdiction's own by its level word: 市公安局, 县人民医院, 省委巡视组, 镇中心幼儿园. */
const OWN_BODY = /^(省委|市委|县委|区委|省|市|县|区|镇|乡)(?!级|村|镇|城|区)/;

const SUFFIXES: [string, NamedEntityType | 'REGION'][] = [
  ...PARK_SUFFIXES.map((s) => [s, 'PARK'] as [string, NamedEntityType]),
  ...PROGRAM_SUFFIXES.map((s) => [s, 'PROGRAM'] as [string, NamedEntityType]),
  ...ORGANIZATION_SUFFIXES.map((s) => [s, 'ORGANIZATION'] as [string, NamedEntityType]),
  ...REGION_SUFFIXES.map((s) => [s, 'REGION'] as [string, 'REGION']),
].sort((a, b) => b[0].length - a[0].length);
const SUFFIX_PATTERN = new RegExp(SUFFIXES.map(([s]) => s).join('|'), 'g');
/** Text that opens with a suffix word or a word that names (制度, 体制 …) before a suffix. */
const SUFFIX_START = new RegExp(`^(${SUFFIXES.map(([s]) => s).join('|')}|试点|建设项目|体制|制度)`);

/** Tags of words that end a name when met on the way left. */
const STOP_TAG = /^(x|p|c|u|uj|ul|uz|uv|ud|ug|r|y|e|o|w|zg)$/;
/**
 * True when word i opens the clause rather than the name: a verb, adverb, numeral …, or a verbal
 * noun right before a proper name or a quoted one (建设南岭国家公园; but 建设项目“联合测绘”改革 keeps it).
 */
function opensClause(words: TaggedWord[], i: number): boolean {
  const w = words[i]!;
  if (LEADING_TAG.test(w.tag)) return true;
  const next = words[i + 1];
  return w.tag === 'vn' && next !== undefined && (/^(ns|nr|nz|nt|nrt)$/.test(next.tag) || next.word === '“');
}

/** Words that join clauses or say how, never part of a name (高质量发展要靠改革, 政治上行动). */
const STOP_WORDS = new Set(['要', '靠', '要靠', '用于', '专项用于', '是', '有', '上', '中', '让', '使', '给', '被', '向', '对', '把']);
/** Tags of words a name does not open with. */
const LEADING_TAG = /^(v|vd|vi|vg|d|ad|dg|p|c|r|q|u.*|m|mq|f|y)$/;
/** Names made of a suffix and words that say nothing particular. */
const GENERIC = /^(重点|重大|各项|一批|民生|专项|相关|系列|这些|基础|配套|全市|全省|全国|全县|我市|我县|我省|本地|各类|这一|这项|一项|主要|各级|国家|省级|市级|县级|城乡|综合|年度|发展|建设|改革|重要|三年|五年|工作|新一轮|一系列|省|市|县|镇|村|新|大|小)+$/;
const MAX_NAME = 20;
/** Characters after which a place name starts even where the segmenter joined them (指珠三角 …). */
const BEFORE_PLACE = '和与及在至到、的从指对向把将由为';
/** Level words that make no name particular: 省级公园, 镇级污水处理厂. */
const LEVEL_WORDS = /^(国家级|省级以上|省级|市级|县级|镇级|村级|乡镇|省|市|县|镇|村|国家|全国|城区|农村|城乡)/;
/**
 * Words of the genre that open a clause of work, not a name: the segmenter often tags them as
 * nouns or idioms (深化/j, 全面推行/n, 积极参与/i), so they are stripped by their words too.
 */
const CLAUSE_OPENERS = [
  '坚定不移', '大力', '全力', '全面', '深入', '深化', '扎实', '积极', '认真', '持续', '继续', '主动', '充分', '着力', '加快', '加强', '加大',
  '推行', '推进', '推动', '实施', '开展', '参与', '创建', '成功', '落实', '健全', '完善', '建立', '谋划', '打造', '启动', '完成',
  '抓好', '做好', '做大做强', '做强', '做大', '打好', '融入', '续建', '新建', '扩建', '利用好', '利用', '发挥', '获评', '连续', '入选', '争创',
  '创成', '探索', '实行', '提升', '巩固', '构建', '培育', '引进', '支持', '鼓励', '优化', '强化', '统筹', '聚焦', '围绕', '依托', '对接',
  '参加', '举办', '承办', '组织', '开工', '竣工', '申报', '获批', '被评为', '评为', '成立', '纳入', '指', '以', '把', '将', '在', '和', '与',
  '及', '等', '的', '是', '为', '了', '到', '对', '向', '由', '从', '其中', '同时', '进一步', '不断', '切实', '努力', '力争', '确保', '全市',
  '全县', '全省', '我市', '我县', '我省', '今年', '明年', '年内', '新一轮', '一批', '一系列', '各类', '各项', '所有', '首个', '首批',
  '相关', '好', '新一批', '坚决', '运用', '优先', '发展', '采用', '通过', '用好', '严厉', '依法', '查处', '严肃',
].sort((a, b) => b.length - a.length);
const OPENER = new RegExp(`^(${CLAUSE_OPENERS.join('|')}|\\d+年|[一二三四五六七八九十两]+年|[一二三四五六七八九十]是)`);
/**
 * Verbs that take the name as their object (实施…战略, 纳入…计划, 探索实行…改革): met before the
 * name or inside what the walk took, the name starts after them, and the verbs after them belong
 * to the name (实施创新驱动发展战略, 深化涉农资金统筹整合改革).
 */
const GOVERNING = new Set([
  '实施', '深入实施', '深化实施', '推行', '全面推行', '推进', '推动', '开展', '创建', '落实', '全面落实', '建立', '健全', '完善', '谋划', '打造',
  '启动', '完成', '抓好', '做好', '打好', '融入', '深化', '探索', '实行', '参与', '参加', '举办', '承办', '组织', '申报', '争创', '创成',
  '入选', '纳入', '获评', '荣获', '评为', '被评为', '获批', '构建', '加快构建', '部署', '出台', '制定', '编制', '查处',
]);
/**
 * Openers that are no verb (adverbs, counts, prepositions): after a governing verb they are still
 * not part of the name (实施好…工程, 实施新一批…工程), while other verbs are (实施提升就业服务质量工程).
 */
const NOT_VERB_OPENERS = new Set([
  '坚定不移', '大力', '全力', '全面', '深入', '扎实', '积极', '认真', '持续', '继续', '主动', '充分', '着力', '成功', '连续', '进一步', '不断',
  '切实', '努力', '力争', '确保', '全市', '全县', '全省', '我市', '我县', '我省', '今年', '明年', '年内', '新一轮', '新一批', '一批', '一系列',
  '各类', '各项', '所有', '首个', '首批', '相关', '好', '以', '把', '将', '在', '和', '与', '及', '等', '的', '是', '为', '了', '到', '对', '向',
  '由', '从', '其中', '同时', '指', '坚决',
]);
/**
 * Governing verbs that a name does not hold: met inside what the walk took (企业纳入韶关倍增计划,
 * 在产业园区探索实行“…”改革), the name starts after them. 深化, 完善 … are left out, since names
 * hold them (国有企业改革深化提升行动).
 */
const INSIDE_GOVERNING = new Set(['实施', '推行', '推进', '推动', '开展', '创建', '落实', '建立', '打造', '启动', '完成', '探索', '实行', '参与', '入选', '纳入', '获评', '荣获', '评为', '被评为', '获批', '申报', '举办', '承办']);


interface Found { name: string; type: NamedEntityType; rule: NamedEntity['rule']; code: string | null; start: number; end: number }

function indexWords(words: TaggedWord[]): { byStart: Map<number, number>; containing: (at: number) => number } {
  const byStart = new Map<number, number>();
  words.forEach((w, i) => byStart.set(w.start, i));
  const containing = (at: number) => {
    let lo = 0;
    let hi = words.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (words[mid]!.end <= at) lo = mid + 1;
      else if (words[mid]!.start > at) hi = mid - 1;
      else return mid;
    }
    return -1;
  };
  return { byStart, containing };
}

/** The places of the division tables that a report of this jurisdiction may name. */
function gazetteerNames(text: string, jurisdiction?: Jurisdiction): { name: string; code: string }[] {
  const province = jurisdiction?.code?.slice(0, 2);
  // A county of another province counts only when the text also names its prefecture or
  // province: county names are often common words elsewhere (老城区, 新区, 城关镇).
  const named = (code: string) => text.includes(divisionByCode(code)?.name ?? '\u0000');
  const names = allDivisions()
    .filter((d) => d.name.length >= 3)
    .filter((d) => d.level !== 'COUNTY' || d.code.startsWith(province ?? '--') || d.parents.some(named))
    .map((d) => ({ name: d.name, code: d.code }));
  if (jurisdiction?.code && jurisdiction.level === 'COUNTY') {
    names.push(...townshipsOf(jurisdiction.code).map((d) => ({ name: d.name, code: d.code })));
  } else if (jurisdiction?.code && jurisdiction.level === 'PREFECTURE') {
    for (const county of childrenOf(jurisdiction.code)) names.push(...townshipsOf(county.code).map((d) => ({ name: d.name, code: d.code })));
  }
  return names.sort((a, b) => b.name.length - a.name.length);
}

function findPlaces(text: string, words: TaggedWord[], jurisdiction: Jurisdiction | undefined, taken: boolean[]): Found[] {
  const { byStart } = indexWords(words);
  const found: Found[] = [];
  for (const { name, code } of gazetteerNames(text, jurisdiction)) {
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
      const before = text[at - 1] ?? '';
      const starts = byStart.has(at) || !/[\u4E00-\u9FFF]/.test(before) || BEFORE_PLACE.includes(before);
      if (!starts || taken.slice(at, at + name.length).some(Boolean)) continue;
      for (let i = at; i < at + name.length; i++) taken[i] = true;
      found.push({ name, type: 'PLACE', rule: 'GAZETTEER', code, start: at, end: at + name.length });
      // A village or community named right after its township.
      const village = /^([\u4E00-\u9FFF]{1,3}?)(村|社区)(?![\u4E00-\u9FFF]{0,1}(委|民|级|集体|干部|小组))/.exec(text.slice(at + name.length, at + name.length + 6));
      if (code.length > 6 && village) {
        const start = at + name.length;
        found.push({ name: village[0], type: 'PLACE', rule: 'VILLAGE', code: null, start, end: start + village[0].length });
      }
    }
  }
  return found;
}

/** Suffixes that are also verbs: before a proper name they govern it (乐昌产业园规划城东片区). */
const VERBAL_SUFFIX = /^(规划|计划|改革|试点)$/;
/** Text right before a name that says it is counted or listed: what follows is a kind, not a name. */
const COUNTED_BEFORE = /((\d+(\.\d+)?|[一二三四五六七八九十两百千几多]+)(个|家|条|项|所|座|宗|批|类|处|种)|一批|一系列|若干|各类|各项|等|等等)$/;
/** A count right after a name (“菜篮子”生产基地17家, 供水工程664宗): the name is a kind. */
const COUNTED_AFTER = /^(\d+(\.\d+)?|[一二三四五六七八九十两百千几多]+)(个|家|条|所|座|宗|批|处|种)/;
/** A count inside a name, quotes aside (香芋和岭南落叶水果两个省级现代农业产业园). */
const COUNT_INSIDE = /(\d+|[二三四五六七八九十两几多])(个|家|条|所|座|宗|批|处)|一批|一系列/;
/** Words that make a head no more particular (重点领域改革, 重大平台规划, 配套管网工程). */
const GENERIC_LEAD = /^(重点|重大|关键|配套|相关|主要|一般|其他|有关|各类|各项|综合|专项|一批)+/;
/** Heads that name a field of work, not a thing: 重点领域和关键环节改革, 社会民生领域改革. */
const FIELD_HEAD = /(领域|环节|方面)$/;

/**
 * The start of the name that ends with the suffix at [suffixStart, suffixEnd), and whether what
 * is named is counted (a kind of thing rather than one thing). Null when nothing is left of it.
 *
 * The walk goes left over the words a name can hold; then the name starts after the last verb
 * that governs it (实施, 纳入, 探索实行 …), and loses the adverbs, verbs and numerals it opens
 * with — except that after a governing verb the verbs that follow belong to the name
 * (实施创新驱动发展战略 → 创新驱动发展战略, not 驱动发展战略).
 */
function nameStart(text: string, words: TaggedWord[], k: number, suffixStart: number): { start: number; counted: boolean } | null {
  let first = k;
  let j = k - 1;
  while (j >= 0 && suffixStart - words[j]!.start <= MAX_NAME && words[j]!.end === words[j + 1]!.start) {
    const w = words[j]!;
    if (w.word === '”' || w.word === '）') {
      const open = w.word === '”' ? '“' : '（';
      let m = j - 1;
      while (m >= 0 && words[m]!.word !== open && /[^，。；：！？]/.test(words[m]!.word)) m -= 1;
      if (m < 0 || words[m]!.word !== open) break;
      // （五） numbers a heading: the name starts after it (a quoted number is a name: “十四五”规划).
      if (open === '（' && /^[一二三四五六七八九十\d]+$/.test(text.slice(words[m]!.end, w.start))) break;
      first = m;
      j = m - 1;
      continue;
    }
    // A dash between two places joins them into one name (坪石—梅花自来水扩网工程, 中国－东盟自贸区).
    if (/^[—－-]$/.test(w.word) && j > 0 && /^(ns|nz|nr|j)$/.test(words[j - 1]!.tag) && /^(ns|nz|nr|j)$/.test(words[j + 1]!.tag)) {
      first = j;
      j -= 1;
      continue;
    }
    if (STOP_TAG.test(w.tag) || STOP_WORDS.has(w.word) || /[，。；：！？、《》]/.test(w.word)) break;
    first = j;
    j -= 1;
  }
  let i = first;
  let governed = false;
  // Listed after 等 or counted (“飓风”等严打整治专项行动, 等一批绿化美化亮化工程): a kind.
  const listed = COUNTED_BEFORE.test(text.slice(Math.max(0, words[first]!.start - 4), words[first]!.start));
  // A governing verb inside what the walk took (企业纳入韶关倍增计划): the name is its object.
  for (let m = k - 1, depth = 0; m > i; m -= 1) {
    const w = words[m]!.word;
    if (w === '”') depth += 1;
    else if (w === '“') depth -= 1;
    else if (depth === 0 && INSIDE_GOVERNING.has(w) && /^(v|vn|j|i|l|nr|ns|n)$/.test(words[m]!.tag)) {
      i = m + 1;
      governed = true;
      break;
    }
  }
  let counted = false;
  for (let moved = true; moved && i < k;) {
    moved = false;
    const here = words[i]!;
    const opener = OPENER.exec(text.slice(here.start, suffixStart))?.[0];
    if (opener && here.start + opener.length <= words[k]!.start && (!governed || GOVERNING.has(opener) || NOT_VERB_OPENERS.has(opener) || /\d|年$/.test(opener))) {
      // By words of the genre (the segmenter tags 深化 as j, 全面推行 as n): up to the next word boundary.
      const to = here.start + opener.length;
      let next = i;
      while (next < k && words[next]!.start < to) next += 1;
      if (GOVERNING.has(opener)) governed = true;
      i = next;
      moved = true;
    } else if (here.word !== '“' && /^(m|mq)$/.test(here.tag) && !here.word.startsWith('第')) {
      // A number before the name, with its measure word: with a classifier it counts what follows
      // (18条道路改造工程: a kind, left out); as an amount after a governing verb it is part of the
      // name (实施新一轮千亿斤粮食产能提升行动); otherwise it opens the clause.
      let end = i;
      while (end < k && /^(m|mq)$/.test(words[end]!.tag)) end += 1;
      if (end < k && words[end]!.word.length === 1 && words[end + 1]?.word !== '“') end += 1;
      const number = text.slice(here.start, words[end - 1]!.end);
      if (COUNTED_BEFORE.test(number)) counted = true;
      else if (governed) break;
      i = end;
      moved = true;
    } else if (!governed && i === first && here.tag === 'a' && atClauseStart(text, here.start) && /^[，。；！？\n]/.test(text.slice(words[k]!.end))) {
      // A clause of the form "verb + name。" whose verb the segmenter tags as an adjective
      // (健全/a, 畅通/a 货币政策传导机制。): the first word is the clause's verb.
      i += 1;
      moved = true;
    } else if (!governed && here.word !== '“' && opensClause(words, i)) {
      i += 1;
      moved = true;
    }
  }
  while (i < k && (words[i]!.word === '）' || words[i]!.word === '”')) i += 1;
  // What a count counts, right before a quoted name (6个镇“139”镇街整治提升工程): the name is the quoted one.
  if ((counted || listed) && i + 1 < k && words[i]!.word.length <= 2 && words[i + 1]!.word === '“') i += 1;
  const start = i < k || words[k]!.start < suffixStart ? words[Math.min(i, k)]!.start : suffixStart;
  if (start >= suffixStart) return null;
  return { start, counted: counted || listed || COUNTED_BEFORE.test(text.slice(Math.max(0, start - 4), start)) };
}

/** True when `at` opens a clause: the text's start or right after a stop. */
function atClauseStart(text: string, at: number): boolean {
  return at === 0 || /[，。；：！？\n]/.test(text[at - 1]!);
}

/** Verbs that say a name is a title won or sought: what they take is a PROGRAM (category TITLE). */
const TITLE_VERB_IN_CLAUSE = /(获评|评为|创建|创成|入选|荣获|授予|认定为|命名为|争创|获得)/;

/** True when the words before `at` in its clause hold a verb of winning or seeking a title. */
function titleClause(text: string, at: number): boolean {
  const clause = text.slice(Math.max(0, at - 30), at).split(/[，。；：！？\n]/).pop() ?? '';
  return TITLE_VERB_IN_CLAUSE.test(clause);
}

/**
 * @param placeStems the own words of the places the report may name (gazetteerNames, placeStem),
 *   which make an organisation one body (梅花中学, 长春长生公司).
 */
function findBySuffix(text: string, words: TaggedWord[], taken: boolean[], placeStems: string[]): Found[] {
  const { containing } = indexWords(words);
  const found: Found[] = [];
  for (const match of text.matchAll(SUFFIX_PATTERN)) {
    const suffixStart = match.index!;
    const suffixEnd = suffixStart + match[0].length;
    const last = containing(suffixEnd - 1);
    // The suffix ends a word, or a word whose rest says it is a project of it (试点工程项目).
    if (last === -1 || (words[last]!.end !== suffixEnd && !/^项目$/.test(text.slice(suffixEnd, words[last]!.end)))) continue;
    const k = containing(suffixStart);
    // The suffix is a word of its own (宅基地 holds 基地 but is no 基地), and ends the noun
    // phrase: in 重大战略成果 or 工程建设 the suffix word modifies the noun after it, and in
    // 乐昌产业园规划城东片区 it is a verb whose object is a name.
    if (k === -1 || words[k]!.start !== suffixStart) continue;
    const next = words[last + 1];
    // (The segmenter tags some adverbs as nouns: 全面/n, 大力/n.)
    const nounAfter = (/^(n|ng)$/.test(next?.tag ?? '') && !/^(全面|大力|深入|扎实|积极|持续|全力|着力|不断|切实|稳步|加快)/.test(next!.word)) || (VERBAL_SUFFIX.test(match[0]) && /^(ns|nr|nz)$/.test(next?.tag ?? ''));
    if (next && next.start === suffixEnd && nounAfter && !SUFFIX_START.test(text.slice(next.start))) continue;
    const type = SUFFIXES.find(([s]) => s === match[0])![1];
    if (type === 'REGION') {
      // A region is named by place words only: 粤港澳大湾区, 珠三角地区, not 贫困地区.
      let first = k;
      while (first > 0 && /^(ns|f)$/.test(words[first - 1]!.tag) && suffixStart - words[first - 1]!.start <= 8) first -= 1;
      const regionStart = first < k || words[k]!.start < suffixStart ? words[first]!.start : suffixStart;
      if (!words.slice(first, k + 1).some((w) => w.tag === 'ns') || regionStart >= suffixStart) continue;
      const region = text.slice(regionStart, suffixEnd);
      found.push({ name: region, type: 'PLACE', rule: 'REGION', code: null, start: regionStart, end: suffixEnd });
      continue;
    }
    const at = nameStart(text, words, k, suffixStart);
    if (at === null) continue;
    const nameAt = at.start;
    const name = text.slice(nameAt, suffixEnd);
    const core = name.slice(0, -match[0].length);
    const quoted = /“[^”]+”/.test(core);
    if (core.replace(/[“”（）]/g, '').length < 2 || GENERIC.test(core) || /^[“”（）]+$/.test(core)) continue;
    // A kind of thing, not one thing: counted before or after, or holding a count (quotes aside).
    // A quoted name stays a name where the count is before it (6个镇“139”镇街整治提升工程).
    const unquoted = core.replace(/“[^”]*”/g, '');
    if ((at.counted && !quoted) || COUNTED_AFTER.test(text.slice(suffixEnd)) || COUNT_INSIDE.test(unquoted)) continue;
    // Several quoted names sharing one suffix (“汽车下乡”“家电惠民”行动) name no one thing: the
    // quoted names are found on their own (findQuoted).
    if (/^“[^”]*”(\[\d+\])?“/.test(name)) continue;
    // A name is particular: it quotes a name, holds a number or an ordinal (第二污水处理厂), names a place or person (南岭国家公园),
    // or has three characters of its own beyond level words and words of rank (重点, 重大, 配套 …).
    const own = core.replace(LEVEL_WORDS, '').replace(GENERIC_LEAD, '').replace(LEVEL_WORDS, '');
    if (!quoted && FIELD_HEAD.test(own)) continue;
    const proper = words.slice(containing(nameAt), k).some((w) => /^(ns|nr|nz|nt|nrt|j)$/.test(w.tag));
    const ownLength = own.replace(/[（）]/g, '').length;
    // A name holds a noun (稳定支持机制 is an adjective and a verb: it says how, not which).
    if (!quoted && !words.slice(containing(nameAt), k).some((w) => /^(n|ng|nz|ns|nr|nt|nrt|vn|j|l|i|eng|m)$/.test(w.tag))) continue;
    if (!/[“\d]|第[一二三四五六七八九十]/.test(core) && (ownLength < 2 || (ownLength < 3 && !proper))) continue;
    if (/^[（）”]/.test(name)) continue;
    // An organisation is one body: named by a place or person (梅花中学, 长春长生公司), a quote,
    // a number (第二污水处理厂, 省委第六巡视组) or as the jurisdiction's own (市退役军人服务中心); a
    // kind of body (普惠性幼儿园, 高水平大学, 金融资产管理公司) or a phrase (从企业到医院) is none.
    const organisation = type === 'ORGANIZATION' && !titleClause(text, nameAt);
    const placed = placeStems.some((stem) => core.includes(stem))
      || words.slice(containing(nameAt), k).some((w) => w.tag === 'ns' && !GENERIC_PLACE.test(w.word));
    if (organisation && !placed && !quoted && !/\d|第[一二三四五六七八九十]/.test(core) && !OWN_BODY.test(name)) continue;
    if (taken.slice(nameAt, suffixEnd).every(Boolean)) continue;
    // A short bracket right after the suffix belongs to the name: 西京古道（乐昌段）.
    const bracket = /^（[^（），。]{1,6}）/.exec(text.slice(suffixEnd))?.[0] ?? '';
    // What a place wins (获评韶关市优秀园区, 成功创建全国…先进单位、省级…示范区) is a title, a program.
    const won = titleClause(text, nameAt) || /^”?称号/.test(text.slice(suffixEnd + bracket.length));
    found.push({ name: name + bracket, type: won ? 'PROGRAM' : type, rule: 'SUFFIX', code: null, start: nameAt, end: suffixEnd + bracket.length });
  }
  return found;
}

/**
 * Quoted names that stand on their own, which the genre uses for its slogans and titles:
 * - a run of two or more quoted names that is the object of a verb or opens a clause, and is
 *   followed by a stop, 等 or 和 (推进“粤菜师傅”“广东技工”“南粤家政”等培训工程; not 建设粤港澳
 *   大湾区“米袋子”“菜篮子”, where a place qualifies them, nor “月度红黄榜”“季度流动红黄旗”考评制度,
 *   where they qualify a noun);
 * - a quoted term the glossary explains ([n] after it) that is the object of a governing verb;
 * - a quoted title before 称号 (荣获“中国象棋之乡”等称号, 荣获“四好农村路”国家示范县称号).
 * All are PROGRAMs (a title is a program's category TITLE in the curated graph).
 */
function findQuoted(text: string, words: TaggedWord[]): Found[] {
  const { containing } = indexWords(words);
  const found: Found[] = [];
  for (const run of text.matchAll(/(“[^“”\n]{2,16}”){2,}/g)) {
    const start = run.index!;
    const end = start + run[0].length;
    const before = containing(start - 1);
    // The run opens a clause, or is the object of a verb (推进“粤菜师傅”…, 打造了“马蹄之乡”…).
    const prev = before === -1 ? undefined : words[before]!;
    const opensRun = start === 0 || /[，。；：！？\n、]/.test(text[start - 1]!) || (prev !== undefined && (/^(v|vn|ul)$/.test(prev.tag) || GOVERNING.has(prev.word)));
    if (!opensRun || !/^([，。；！？、\n]|等|和)/.test(text.slice(end))) continue;
    for (const item of run[0].matchAll(/“[^“”]+”/g)) {
      found.push({ name: item[0], type: 'PROGRAM', rule: 'QUOTED', code: null, start: start + item.index!, end: start + item.index! + item[0].length });
    }
  }
  // A term the report explains in its glossary ([n] after it), as the object of a governing verb:
  // 落实“三线一单”[14], 积极开展“百镇千村”示范创建[8]. (Not 按照“五个过硬”[30]要求, 新增“三品一标”[2]:
  // a standard or a label, not a program.)
  const governedBefore = new RegExp(`(${[...GOVERNING].join('|')})$`);
  for (const term of text.matchAll(/“[^“”\n]{2,16}”[\u4E00-\u9FFF]{0,10}(?=\[\d+\])/g)) {
    if (!governedBefore.test(text.slice(Math.max(0, term.index! - 6), term.index!))) continue;
    found.push({ name: term[0], type: 'PROGRAM', rule: 'QUOTED', code: null, start: term.index!, end: term.index! + term[0].length });
  }
  // A quoted term standing alone as the object of a governing verb: 实现“24证合一”。 实行“一企一档一专班”和…
  const objectBefore = new RegExp(`(${[...GOVERNING, '实现', '坚持', '推广'].join('|')})$`);
  for (const term of text.matchAll(/“[^“”\n]{2,16}”(?=[，。；、]|和|等)/g)) {
    if (!objectBefore.test(text.slice(Math.max(0, term.index! - 6), term.index!))) continue;
    found.push({ name: term[0], type: 'PROGRAM', rule: 'QUOTED', code: null, start: term.index!, end: term.index! + term[0].length });
  }
  for (const title of text.matchAll(/“[^“”\n]{2,20}”([\u4E00-\u9FFF]{0,6}?)(?=(等)?称号)/g)) {
    found.push({ name: title[0], type: 'PROGRAM', rule: 'QUOTED', code: null, start: title.index!, end: title.index! + title[0].length });
  }
  return found;
}

/**
 * The named places, parks, programs and organisations of a report.
 *
 * @param text the normalised text (normalise.ts).
 * @param options.jurisdiction the report's jurisdiction (report-meta.ts): a county or prefecture
 *   report also finds its own townships.
 * @returns one record per distinct name and type, with every occurrence of the name in `text`,
 *   in order of first occurrence.
 */
export function extractNamedEntities(text: string, options: { jurisdiction?: Jurisdiction; sections?: ReportSection[] } = {}): NamedEntity[] {
  // Words the segmenter does not know (大朗, 镇街, 林田湖草) it tags x, as it tags punctuation: in a
  // name they are proper nouns.
  const words = tagWords(text).map((w) => (w.tag === 'x' && /^[\u4E00-\u9FFF]+$/.test(w.word) ? { ...w, tag: 'nz' } : w));
  const taken = new Array<boolean>(text.length).fill(false);
  // Part and chapter titles are the report's pillars, its strategies (实施生态环境提升行动): what is
  // named only there is the heading's subject, not a program of its own.
  const headings = (options.sections ?? []).filter((s) => s.kind === 'PART' || s.kind === 'CHAPTER');
  const inHeading = (m: { start: number; end: number }) => headings.some((h) => h.headingStart <= m.start && m.end <= h.headingEnd);
  const stems = [...new Set(gazetteerNames(text, options.jurisdiction).map((d) => placeStem(d.name)).filter((stem) => stem.length >= 2))];
  const bySuffix = [...findBySuffix(text, words, taken, stems), ...findQuoted(text, words)];
  // Where names nest (安全生产专项整治 in 安全生产专项整治三年行动), the longest is the name.
  const outermost = bySuffix.filter((f) => !bySuffix.some((g) => g !== f && g.start <= f.start && f.end <= g.end && g.end - g.start > f.end - f.start));
  const found = [...findPlaces(text, words, options.jurisdiction, taken), ...outermost];
  const byKey = new Map<string, NamedEntity & { first: number }>();
  for (const f of found.sort((a, b) => a.start - b.start)) {
    const key = `${f.type}:${f.name}`;
    if (byKey.has(key)) continue;
    const mentions: { start: number; end: number }[] = [];
    for (let at = text.indexOf(f.name); at !== -1; at = text.indexOf(f.name, at + 1)) mentions.push({ start: at, end: at + f.name.length });
    if (f.type !== 'PLACE' && mentions.every(inHeading)) continue;
    byKey.set(key, { name: f.name, type: f.type, rule: f.rule, code: f.code, mentions, first: f.start });
  }
  return [...byKey.values()].sort((a, b) => a.first - b.first).map(({ first: _first, ...entity }) => entity);
}
