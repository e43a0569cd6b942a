/**
 * The report's section tree, read from the normalised text by its headings.
 *
 * The report has three parts with fixed titles; inside them, numbered headings (一、二、…),
 * the "——五年来" paragraphs of the five-year review, and in the 2021 plan the short lead
 * sentences that open paragraphs (推进生态建设。). The review's title names its two halves
 * (“十三五”发展成就 and 2020年工作回顾); they become sections of their own so that what the
 * report says of the five years and of 2020 can be told apart. Each heading that names a
 * pillar or area of work is also a STRATEGY.
 */
import { DEFAULT_REPORT_ID, type Section } from './types.ts';
import { SeedBuildError } from './errors.ts';

export const PART_TITLES = {
  review: '“十三五”发展成就和2020年工作回顾',
  plan: '“十四五”奋斗目标和主要任务',
  work: '2021年工作安排',
} as const;

const NUMBERED_HEADING = /^([一二三四五六七八九十]+)、/;
const FIVE_YEAR_HEADING = /^——五年来，/;
const REVIEW_2020_OPENING = '2020年是极不平凡的一年';
const ADDRESS = /^各位代表[，！]/;
/** A lead sentence heads a paragraph and is short: 推进生态建设。 一年来，政府服务效能加快提升。 */
const LEAD_SENTENCE = /^(一年来，)?[^，。；：！]{2,16}。/;

export interface Paragraph {
  start: number;
  end: number;
  text: string;
}

export function paragraphsOf(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    if (line.length > 0) paragraphs.push({ start, end: start + line.length, text: line });
    start += line.length + 1;
  }
  return paragraphs;
}

/** A heading as found in the text, before ends and paths are known. */
interface Opening {
  key: string;
  title: string;
  parentKey: string | null;
  /** Where the heading's text lies (the span that a strategy's mention points to). */
  start: number;
  end: number;
  /** Where the section's range begins: its heading paragraph, unless said otherwise. */
  bodyStart: number;
  strategy: boolean;
}

const CHINESE_NUMERALS = '一二三四五六七八九十';

function numeralValue(numeral: string): number {
  return CHINESE_NUMERALS.indexOf(numeral) + 1;
}

/** The first sentence of a paragraph, without its closing mark: the heading's title. */
function firstSentence(paragraph: Paragraph): { title: string; end: number } {
  const stop = paragraph.text.search(/[。！]/);
  const length = stop === -1 ? paragraph.text.length : stop;
  return { title: paragraph.text.slice(0, length), end: paragraph.start + length };
}

function findOpenings(text: string): Opening[] {
  const paragraphs = paragraphsOf(text);
  const openings: Opening[] = [];
  const open = (o: Omit<Opening, 'bodyStart'> & { bodyStart?: number }) => {
    const paragraph = paragraphs.find((p) => p.start <= o.start && o.start <= p.end);
    openings.push({ ...o, bodyStart: o.bodyStart ?? paragraph?.start ?? o.start });
  };
  const indexOf = (title: string): number => {
    const index = paragraphs.findIndex((p) => p.text === title);
    if (index === -1) throw new SeedBuildError('sections', `part heading "${title}" not found in the normalised text`);
    return index;
  };
  const reviewAt = indexOf(PART_TITLES.review);
  const planAt = indexOf(PART_TITLES.plan);
  const workAt = indexOf(PART_TITLES.work);
  const glossaryAt = paragraphs.findIndex((p) => p.text === '名词解释');
  if (glossaryAt === -1) throw new SeedBuildError('sections', 'glossary heading "名词解释" not found');
  const appendixAt = paragraphs[glossaryAt - 1]?.text === '附件' ? glossaryAt - 1 : glossaryAt;

  const first = paragraphs[0];
  if (!first) throw new SeedBuildError('sections', 'the normalised text is empty');
  open({ key: 'preamble', title: first.text, parentKey: null, start: first.start, end: first.end, strategy: false });

  const part = (key: string, index: number) => {
    const p = paragraphs[index]!;
    open({ key, title: p.text, parentKey: null, start: p.start, end: p.end, strategy: true });
  };

  // Part one: the five years, then 2020.
  part('review', reviewAt);
  const [fiveYearTitle, year2020Title] = PART_TITLES.review.split('和') as [string, string];
  const reviewHeading = paragraphs[reviewAt]!;
  open({
    key: 'review-13fyp', title: fiveYearTitle, parentKey: 'review',
    start: reviewHeading.start, end: reviewHeading.start + fiveYearTitle.length, strategy: true,
    bodyStart: reviewHeading.end + 1,
  });
  let fiveYear = 0;
  let review2020 = 0;
  let in2020 = false;
  for (let i = reviewAt + 1; i < planAt; i++) {
    const p = paragraphs[i]!;
    if (FIVE_YEAR_HEADING.test(p.text)) {
      fiveYear += 1;
      const { title, end } = firstSentence(p);
      open({ key: `review-13fyp-${fiveYear}`, title: title.replace(/^——/, ''), parentKey: 'review-13fyp', start: p.start + 2, end, strategy: true });
    } else if (p.text.startsWith(REVIEW_2020_OPENING)) {
      in2020 = true;
      const titleStart = reviewHeading.start + fiveYearTitle.length + 1;
      // The 2020 section's title stands in the part heading; its body starts here.
      open({
        key: 'review-2020', title: year2020Title, parentKey: 'review',
        start: titleStart, end: titleStart + year2020Title.length, strategy: true, bodyStart: p.start,
      });
    } else if (in2020 && (NUMBERED_HEADING.test(p.text) || LEAD_SENTENCE.test(p.text))) {
      review2020 += 1;
      const { title, end } = firstSentence(p);
      const numbered = NUMBERED_HEADING.exec(p.text);
      const skip = numbered ? numbered[0].length : 0;
      open({ key: `review-2020-${review2020}`, title: title.slice(skip), parentKey: 'review-2020', start: p.start + skip, end, strategy: true });
    } else if (ADDRESS.test(p.text)) {
      const title = '这些成绩来之不易';
      const at = p.text.indexOf(title);
      open({ key: 'review-closing', title, parentKey: 'review', start: p.start + at, end: p.start + at + title.length, strategy: false });
    }
  }

  // Part two: the seven 提升行动 of the 14th Five-Year Plan.
  part('plan', planAt);
  for (let i = planAt + 1; i < workAt; i++) {
    const p = paragraphs[i]!;
    const numbered = NUMBERED_HEADING.exec(p.text);
    if (!numbered) continue;
    const { title, end } = firstSentence(p);
    open({
      key: `plan-${numeralValue(numbered[1]!)}`, title: title.slice(numbered[0].length), parentKey: 'plan',
      start: p.start + numbered[0].length, end, strategy: true,
    });
  }

  // Part three: the seven 突出… areas of 2021, each with its lead sentences.
  part('work', workAt);
  let area: string | null = null;
  let leads = 0;
  let addresses = 0;
  for (let i = workAt + 1; i < appendixAt; i++) {
    const p = paragraphs[i]!;
    const numbered = NUMBERED_HEADING.exec(p.text);
    if (numbered) {
      area = `work-${numeralValue(numbered[1]!)}`;
      leads = 0;
      open({ key: area, title: p.text.slice(numbered[0].length), parentKey: 'work', start: p.start + numbered[0].length, end: p.end, strategy: true });
    } else if (ADDRESS.test(p.text)) {
      addresses += 1;
      const skip = '各位代表！'.length;
      const { title, end } = firstSentence({ ...p, start: p.start + skip, text: p.text.slice(skip) });
      // The first address sets out the government's own tasks; the last closes the report.
      const closing = addresses === 1;
      open({
        key: closing ? 'work-government' : 'conclusion', title,
        parentKey: closing ? 'work' : null, start: p.start + skip, end, strategy: closing,
      });
      area = null;
    } else if (area && LEAD_SENTENCE.test(p.text)) {
      leads += 1;
      const { title, end } = firstSentence(p);
      open({ key: `${area}-${leads}`, title, parentKey: area, start: p.start, end, strategy: true });
    }
  }

  // The glossary: one section per note.
  const glossaryHeading = paragraphs[glossaryAt]!;
  open({
    key: 'glossary', title: glossaryHeading.text, parentKey: null,
    start: glossaryHeading.start, end: glossaryHeading.end, strategy: false, bodyStart: paragraphs[appendixAt]!.start,
  });
  for (let i = glossaryAt + 1; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    const entry = /^\[(\d+)\]([^：]+)：/.exec(p.text);
    if (!entry) throw new SeedBuildError('sections', `glossary paragraph ${i} does not start with "[n]term：": ${p.text.slice(0, 20)}`);
    open({
      key: `glossary-${entry[1]}`, title: entry[2]!, parentKey: 'glossary',
      start: p.start + entry[0].length - entry[2]!.length - 1, end: p.start + entry[0].length - 1, strategy: false,
    });
  }
  return openings;
}

/**
 * Builds the section tree. A section runs from its heading (or body start) to the start of
 * the next section that is not its descendant, or the end of its parent.
 */
export function extractSections(text: string, reportId: string = DEFAULT_REPORT_ID): { sections: Section[]; headings: Map<string, { start: number; end: number }> } {
  const openings = findOpenings(text);
  const byKey = new Map(openings.map((o) => [o.key, o]));
  const bodyStart = (o: Opening) => o.bodyStart;
  // Order by where each section's range begins; on a tie the outer section comes first.
  const ordered = [...openings].sort((a, b) => bodyStart(a) - bodyStart(b) || depth(a) - depth(b));
  function depth(o: Opening): number {
    let d = 0;
    for (let k = o.parentKey; k; k = byKey.get(k)?.parentKey ?? null) d += 1;
    return d;
  }
  function isAncestor(candidate: Opening, of: Opening): boolean {
    for (let k = of.parentKey; k; k = byKey.get(k)?.parentKey ?? null) if (k === candidate.key) return true;
    return false;
  }

  const sections: Section[] = [];
  const headings = new Map<string, { start: number; end: number }>();
  ordered.forEach((o, index) => {
    let end = text.length;
    for (const later of ordered.slice(index + 1)) {
      if (!isAncestor(o, later)) {
        end = bodyStart(later);
        break;
      }
    }
    const path: string[] = [];
    for (let k: string | null = o.key; k; k = byKey.get(k)?.parentKey ?? null) path.unshift(byKey.get(k)!.title);
    sections.push({
      id: `section:${o.key}`,
      reportId,
      title: o.title,
      path,
      parentId: o.parentKey ? `section:${o.parentKey}` : null,
      start: bodyStart(o),
      end,
      strategyId: o.strategy ? `strategy:${o.key}` : null,
    });
    headings.set(`section:${o.key}`, { start: o.start, end: o.end });
  });
  return { sections, headings };
}

/** The innermost section that holds the span [start, end). */
export function sectionAt(sections: Section[], start: number, end: number): Section {
  let best: Section | undefined;
  for (const section of sections) {
    if (section.start <= start && end <= section.end && (!best || section.end - section.start < best.end - best.start)) {
      best = section;
    }
  }
  if (!best) throw new SeedBuildError('sections', `no section holds the span ${start}–${end}`);
  return best;
}
