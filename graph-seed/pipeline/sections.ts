/**
 * The section tree of any government work report, from the genre's headings:
 *   unnumbered part titles (“十三五”发展成就和2020年工作回顾), 一、 (chapters), （一） (sections),
 *   1. / （1） / 一是 / ——…。 (items), short lead sentences that open a paragraph (推进生态建设。),
 *   the 主要预期目标 paragraph, and 名词解释 with its [n] entries where present.
 * A heading opens a section that runs to the next heading of its level or above, except:
 *   - a lead sentence heads its own paragraph only: the genre gives each topic of a section one
 *     paragraph opened by its lead, and what follows unheaded is the section's or chapter's;
 *   - the speaker turning to the delegates (各位代表！) or speaking for the government in the first
 *     person (我们要…, 我们将…) after the body has begun ends every section below the chapter:
 *     such paragraphs (民族, 国防, 港澳台, 外交, the closing words) stand beside the sections, not in
 *     the last of them (lead sentences after them head topics of the chapter itself).
 *
 * Each part and chapter title also says what it reports on (timing): 2020年工作回顾 → results
 * of 2020; “十四五”…目标 → goals for 2021–2025; 2021年重点工作 → goals for 2021. A title that
 * joins two (“十三五”发展成就和2020年工作回顾) holds both, and paragraphs that open with the words
 * of one (——五年来, 过去一年, “十四五”时期 …) switch to it (see `timingAt`).
 *
 * Generalises graph-seed/sections.ts, which knows Lechang's three part titles by name.
 */
import { paragraphsOf, type Paragraph } from '../sections.ts';
import { planOfSpan } from './periods.ts';
import type { ReportSection, SectionKind, Timing } from './types.ts';

const LEVEL: Record<SectionKind, number> = {
  PREAMBLE: 0, PART: 0, GLOSSARY: 0, CHAPTER: 1, SECTION: 2, ITEM: 3, LEAD: 4, MAIN_TARGETS: 5, GLOSSARY_ENTRY: 1,
};

const CHAPTER = /^([一二三四五六七八九十]+)、/;
const SECTION = /^（([一二三四五六七八九十]+)）/;
const ITEM = /^((\d{1,2})[.．、](?!\d)|（(\d{1,2})）|([一二三四五六七八九十]+)是(?=[^，。]{2,})|——)/;
const LEAD = /^(一年来，)?[^，。；：！？]{2,20}。/;
/** Short opening sentences that state (今年是…, 我国是…, 过去五年极不平凡) rather than head a topic. */
const STATEMENT = /^(今年|去年|过去|当今|\d{4}年)|^[^，。是]{1,6}(?<!特别|就|还|而|但)是/;
const MAIN_TARGETS = /主要(预期)?目标(任务)?是|主要预期目标[：:]/;
const GLOSSARY = /^(名词解释|名词注释|注释)[:：]?$/;
/**
 * A paragraph at the chapter's level: the speaker addressing the delegates, speaking for the
 * government, or opening the passage on the government's own work (政府自身建设), which closes
 * every report's tasks and belongs to none of its numbered sections.
 */
const CHAPTER_VOICE = /^(各位代表[！!]|我们要|我们将|(进一步|全面|切实)?加强政府自身建设)/;
const GLOSSARY_ENTRY = /^(\[(\d+)\]|(\d{1,2})[.．、])([^：:]{1,40})[：:]/;
const PART_WORDS = /回顾|目标|任务|安排|成就|举措|要求|取向|展望|部署/;

const FIVE_YEAR_PLANS: Record<string, [number, number]> = {
  十一五: [2006, 2010], 十二五: [2011, 2015], 十三五: [2016, 2020], 十四五: [2021, 2025], 十五五: [2026, 2030],
};
const PERIOD_WORDS = /\d{4}年|“十[一二三四五]五”|过去(一|五)年|今年/;
const RESULT_WORDS = /回顾|成就|成绩|进展|总结/;
const GOAL_WORDS = /目标|任务|安排|重点工作|部署|要求|取向|展望|规划|思路|举措|建议/;

/** One half of a title, with what it reports on and the words that open its paragraphs. */
interface TimingSegment { timing: Timing; cue: RegExp }

const range = (from: number, to: number) => (from === to ? String(from) : `${from}–${to}`);

/** What a part or chapter title reports on: one segment per half of a title joined by 和. */
export function timingsOfTitle(title: string, year: number): TimingSegment[] {
  const segments: { kind: Timing['kind'] | null; period: string | null; cue: RegExp }[] = [];
  for (const part of title.split(/和(?=.{2,})/)) {
    const kind = RESULT_WORDS.test(part) ? 'RESULT' : GOAL_WORDS.test(part) ? 'GOAL' : null;
    const plan = /“(十[一二三四五]五)”/.exec(part)?.[1];
    const explicit = /(\d{4})年/.exec(part)?.[1];
    let period: string | null = null;
    let cue = /^$/;
    if (plan && FIVE_YEAR_PLANS[plan]) {
      const [from, to] = FIVE_YEAR_PLANS[plan]!;
      period = range(from, to);
      cue = kind === 'RESULT' ? new RegExp(`^(——)?(五年来|过去五年|“${plan}”)`) : new RegExp(`^(——)?(“${plan}”|到${to}年|今后五年|未来五年)`);
    } else if (explicit) {
      period = explicit;
      cue = kind === 'RESULT' ? new RegExp(`^(——)?(${explicit}年是|${explicit}年，|过去一年|一年来)`) : new RegExp(`^(——)?(${explicit}年|今年)`);
    } else if (/过去五年/.test(part)) {
      period = range(year - 5, year - 1);
      cue = /^(——)?(五年来|过去五年)/;
    } else if (/过去一年|去年/.test(part)) {
      period = String(year - 1);
      cue = /^(——)?(过去一年|一年来)/;
    } else if (/今年/.test(part)) {
      period = String(year);
      cue = /^(——)?今年/;
    }
    if (kind || period) segments.push({ kind, period, cue });
  }
  const known = segments.filter((s) => s.kind);
  const result: TimingSegment[] = [];
  for (const s of segments) {
    const kind = s.kind ?? known[0]?.kind;
    if (!kind) continue;
    // A half without a period of its own (主要任务 beside “十四五”奋斗目标) shares its neighbour's.
    const period = s.period ?? segments.find((o) => o.period && (o.kind ?? kind) === kind)?.period
      ?? (kind === 'RESULT' ? String(year - 1) : String(year));
    if (!result.some((r) => r.timing.period === period && r.timing.kind === kind)) result.push({ timing: { period, kind }, cue: s.cue });
  }
  // A review of one year often looks back over five (and a five-year review at the last year):
  // paragraphs that open with 过去五年 / 刚刚过去的2017年 switch to the other span.
  const results = result.filter((r) => r.timing.kind === 'RESULT');
  if (results.length === 1) {
    const single = !results[0]!.timing.period.includes('–');
    const plan = planOfSpan(year - 5, year - 1);
    result.push(single
      ? { timing: { period: range(year - 5, year - 1), kind: 'RESULT' }, cue: new RegExp(`^(——)?(过去五年|五年来|这五年|近五年|回顾过去五年${plan ? `|“${plan}”时期|“${plan}”期间` : ''})`) }
      : { timing: { period: String(year - 1), kind: 'RESULT' }, cue: new RegExp(`^(——)?(刚刚过去的${year - 1}年|${year - 1}年是|过去一年|一年来)`) });
  }
  return result;
}

/** The title of a heading paragraph: its first sentence, without numbering or a closing mark. */
function headingTitle(p: Paragraph, marker: number): { title: string; start: number; end: number } {
  const body = p.text.slice(marker);
  const stop = body.search(/[。！？]/);
  const length = stop === -1 ? body.length : stop;
  return { title: body.slice(0, length), start: p.start + marker, end: p.start + marker + length };
}

interface Open extends ReportSection { level: number }

/**
 * The sections of a report, in reading order.
 *
 * @param text the normalised text (normalise.ts).
 * @param year the report's year (report-meta.ts), which 过去一年, 今年 and untimed titles refer to.
 * @returns sections with ranges into `text`; a PREAMBLE section holds what comes before the
 *   first heading, so every offset of the text lies in at least one section.
 */
export function extractSections(text: string, year: number): ReportSection[] {
  const paragraphs = paragraphsOf(text);
  const sections: Open[] = [];
  const stack: Open[] = [];
  let inGlossary = false;
  const addressAt = paragraphs.findIndex((p) => /^各位代表[：:，]/.test(p.text));
  /** The paragraph index of the last 各位代表！ standing alone. */
  let addressedAt = -2;

  const open = (kind: SectionKind, p: Paragraph, heading: { title: string; start: number; end: number }) => {
    const level = LEVEL[kind];
    // The preamble ends at the first heading of any level: nothing nests in it.
    while (stack.length > 0 && (stack[stack.length - 1]!.level >= level || stack[stack.length - 1]!.kind === 'PREAMBLE')) stack.pop()!.end = p.start;
    const parent = stack[stack.length - 1];
    const section: Open = {
      id: `section:${sections.length}`, kind, title: heading.title, path: [...(parent?.path ?? []), heading.title],
      parentId: parent?.id ?? null, start: p.start, end: text.length, headingStart: heading.start, headingEnd: heading.end,
      timing: null, level,
    };
    sections.push(section);
    if (kind === 'MAIN_TARGETS' || kind === 'LEAD') section.end = p.end;
    else stack.push(section);
  };

  const first = paragraphs[0];
  if (first) open('PREAMBLE', first, { title: first.text.slice(0, 40), start: first.start, end: first.start + Math.min(40, first.text.length) });
  paragraphs.forEach((p, index) => {
    if (index === 0) return;
    if (GLOSSARY.test(p.text)) {
      inGlossary = true;
      open('GLOSSARY', p, { title: p.text.replace(/[:：]$/, ''), start: p.start, end: p.end });
      return;
    }
    if (inGlossary) {
      const entry = GLOSSARY_ENTRY.exec(p.text);
      if (entry) {
        const termStart = entry[1]!.length;
        open('GLOSSARY_ENTRY', p, { title: entry[4]!, start: p.start + termStart, end: p.start + termStart + entry[4]!.length });
      }
      return;
    }
    const inBody = addressAt === -1 || index > addressAt;
    if (inBody && CHAPTER_VOICE.test(p.text) && !MAIN_TARGETS.test(p.text)) {
      if (/^各位代表[！!]\s*$/.test(p.text)) addressedAt = index;
      while (stack.length > 0 && stack[stack.length - 1]!.level >= LEVEL.SECTION) stack.pop()!.end = p.start;
      return;
    }
    const chapter = CHAPTER.exec(p.text);
    const section = SECTION.exec(p.text);
    const item = ITEM.exec(p.text);
    if (chapter) open('CHAPTER', p, headingTitle(p, chapter[0].length));
    else if (section) open('SECTION', p, headingTitle(p, section[0].length));
    else if (inBody && p.text.length >= 4 && p.text.length <= 40 && !/[。！？；，：]/.test(p.text) && PART_WORDS.test(p.text)) {
      open('PART', p, { title: p.text, start: p.start, end: p.end });
    } else if (MAIN_TARGETS.test(p.text) && /\d/.test(p.text) && stack.some((s) => s.level <= 1 && s.kind !== 'PREAMBLE')) {
      open('MAIN_TARGETS', p, { title: '主要预期目标', start: p.start + p.text.search(MAIN_TARGETS), end: p.start + p.text.search(MAIN_TARGETS) + /主要(预期)?目标/.exec(p.text)![0].length });
    } else if (item && stack.some((s) => s.level <= 2 && s.kind !== 'PREAMBLE')) open('ITEM', p, headingTitle(p, item[0].length));
    // The speaker's address (各位代表！) opens a passage of speech, not a topic with a lead:
    // 中国与世界各国发展紧密相连、命运休戚与共。我们将始终不渝走和平发展道路…
    else if (LEAD.test(p.text) && !STATEMENT.test(p.text) && index !== addressedAt + 1 && p.text.length > LEAD.exec(p.text)![0].length && stack.some((s) => s.level <= 2 && s.kind !== 'PREAMBLE')) {
      open('LEAD', p, headingTitle(p, 0));
    }
  });
  const result = sections.map(({ level: _level, ...section }) => section);
  for (const section of result) section.timing = timingAt(text, result, year, section.headingStart);
  return result;
}

/** The innermost section holding [start, end), or undefined. */
export function innermostSection(sections: ReportSection[], start: number, end: number = start): ReportSection | undefined {
  let best: ReportSection | undefined;
  for (const s of sections) {
    if (s.start <= start && (end === start ? start < s.end : end <= s.end) && (!best || s.end - s.start <= best.end - best.start)) best = s;
  }
  return best;
}

/**
 * What the text at `position` reports on: the timing of the nearest part or chapter around it
 * (or the 主要预期目标 paragraph); inside a title that joins two, the half whose words last opened
 * a paragraph before `position`. Null in the preamble and the glossary.
 */
export function timingAt(text: string, sections: ReportSection[], year: number, position: number): Timing | null {
  for (let s = innermostSection(sections, position); s; s = sections.find((x) => x.id === s!.parentId)) {
    if (s.kind === 'GLOSSARY' || s.kind === 'GLOSSARY_ENTRY' || s.kind === 'PREAMBLE') return null;
    if (s.kind === 'MAIN_TARGETS') return { period: String(year), kind: 'GOAL' };
    if (s.kind !== 'PART' && s.kind !== 'CHAPTER') continue;
    // A chapter inside a part takes the part's timing unless its title names a period itself.
    if (s.kind === 'CHAPTER' && sections.some((x) => x.kind === 'PART' && x.start <= s!.start && s!.end <= x.end) && !PERIOD_WORDS.test(s.title)) continue;
    const segments = timingsOfTitle(s.title, year);
    if (segments.length === 0) continue;
    let chosen = segments[0]!;
    if (segments.length > 1) {
      // `2015年是“十二五”收官之年。过去五年，…`: a cue may open any sentence of a paragraph.
      for (const p of paragraphsOf(text.slice(0, s.end))) {
        if (p.start < s.start || p.start > position) continue;
        for (const sentence of p.text.matchAll(/[^。！？]+[。！？]?/g)) {
          if (p.start + sentence.index! > position) break;
          const cued = segments.find((seg) => seg.cue.test(sentence[0]));
          if (cued) chosen = cued;
        }
      }
    }
    return chosen.timing;
  }
  return null;
}
