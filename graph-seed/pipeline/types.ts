/**
 * The shapes the generic extraction pipeline returns, for any 政府工作报告 (national, provincial,
 * prefecture or county). Every offset is a UTF-16 code-unit offset into the report's normalised
 * text (what `normalise` returns), so records from different steps line up.
 */
import type { Comparator, TargetKind } from '../types.ts';

/** How a report's text reached us: a PDF's text dump, or text scraped from a web page. */
export const SOURCE_KINDS = ['PDF_TEXT', 'WEB_TEXT'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** The level of the government that delivers a report. */
export const JURISDICTION_LEVELS = ['NATIONAL', 'PROVINCE', 'PREFECTURE', 'COUNTY'] as const;
export type JurisdictionLevel = (typeof JURISDICTION_LEVELS)[number];

export interface Jurisdiction {
  /** As the report writes it: 中华人民共和国, 广东省, 韶关市, 乐昌市. */
  name: string;
  level: JurisdictionLevel;
  /** The six-digit GB/T 2260 code (440281), when the division tables know the name; null otherwise. */
  code: string | null;
}

/** What identifies one report. */
export interface ReportMeta {
  /** `report:<jurisdiction slug>-<year>`: report:cn-2021, report:lechang-2021. */
  id: string;
  title: string;
  /** The year the report was delivered; its goals are for this year, its review for the year before. */
  year: number;
  /** ISO date (2021-03-05) the report was delivered, when stated. */
  date: string | null;
  jurisdiction: Jurisdiction;
  /** The person who delivered it (李克强), when stated; their office in `speakerTitle`. */
  speaker: string | null;
  speakerTitle: string | null;
  /** Where the text came from: a URL or a file path. */
  source: string | null;
}

/** What a section reports on: goals for a period, or results of one. */
export interface Timing {
  /** One year (2021) or a range with an en dash (2021–2025). */
  period: string;
  kind: TargetKind;
}

/** Heading levels of the genre, outermost first. */
export const SECTION_KINDS = [
  'PREAMBLE', // the title block and the address before the first heading
  'PART', // an unnumbered part title: “十三五”发展成就和2020年工作回顾
  'CHAPTER', // 一、
  'SECTION', // （一）
  'ITEM', // 1. / （1） / 一是 / ——…。
  'LEAD', // a short lead sentence opening a paragraph: 推进生态建设。
  'MAIN_TARGETS', // the paragraph of 主要预期目标
  'GLOSSARY', // 名词解释
  'GLOSSARY_ENTRY', // [n]term：…
] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

export interface ReportSection {
  /** `section:<n>`, numbered in reading order; stable for the same normalised text. */
  id: string;
  kind: SectionKind;
  /** The heading's words without its numbering (一、 （一） 1. ——). */
  title: string;
  /** Titles from the outermost section down to this one. */
  path: string[];
  parentId: string | null;
  /** The section's range [start, end): its heading paragraph to the next heading of its level or above. */
  start: number;
  end: number;
  /** Where the heading's title stands. */
  headingStart: number;
  headingEnd: number;
  /** What the section reports on, read from its own title or inherited; null when it says nothing (the preamble). */
  timing: Timing | null;
}

/** How the pipeline bounds a quantity: the seed's comparators, and BETWEEN for a range (6%－6.5%). */
export type PipelineComparator = Comparator | 'BETWEEN';

/** A quantified goal or result found by rule. */
export interface ExtractedTarget {
  /** The words that say what is measured, as the report writes them (国内生产总值增长). */
  indicator: string;
  value: number;
  /** The upper end of a range (6.5 of 6%－6.5%); null otherwise. */
  valueMax: number | null;
  unit: string;
  comparator: PipelineComparator;
  period: string;
  kind: TargetKind;
  /** The span the target quotes: indicator, comparator, number and unit. */
  start: number;
  end: number;
  numberStart: number;
  numberEnd: number;
  sectionId: string;
}

/** Types of named things the rules find; PLACE is the seed's TOWN. */
export const NAMED_ENTITY_TYPES = ['PLACE', 'PARK', 'PROGRAM', 'ORGANIZATION'] as const;
export type NamedEntityType = (typeof NAMED_ENTITY_TYPES)[number];

export interface NamedEntity {
  name: string;
  type: NamedEntityType;
  /** Which rule found it: the division gazetteer, a suffix of the genre, a region word, a village after its township, or a quoted name standing alone. */
  rule: 'GAZETTEER' | 'SUFFIX' | 'REGION' | 'VILLAGE' | 'QUOTED';
  /** The six-digit (or longer, for townships) GB/T 2260 code of a gazetteer place. */
  code: string | null;
  /** Every occurrence of the name in the text. */
  mentions: { start: number; end: number }[];
}
