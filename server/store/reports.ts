/**
 * What both stores work out from a seed that holds several reports: which reports each entity
 * and relation stands in (through its mentions' sections), each report's record and counts,
 * and the rules of targetSeries (how an indicator and a jurisdiction are named, the order).
 * The memory store uses these at start; the Neo4j loader writes their results as properties.
 */
import { pinyinOf, toneless } from '../../graph-seed/pinyin.ts';
import { DEFAULT_REPORT_ID, type Mention, type SeedArtefact } from '../../graph-seed/types.ts';
import { JURISDICTION_LEVELS, type EntityRecord, type ReportRecord } from './types.ts';

/** The report of each section, by section id. */
export function sectionReports(seed: Pick<SeedArtefact, 'sections'>): Map<string, string> {
  return new Map(seed.sections.map((s) => [s.id, s.reportId]));
}

/**
 * The reports a list of mentions stands in, in the seed's report order.
 * @param order report id → its index in `seed.reports`.
 */
export function reportsOfMentions(mentions: readonly Mention[], sectionReport: ReadonlyMap<string, string>, order: ReadonlyMap<string, number>): string[] {
  const found = new Set<string>();
  for (const m of mentions) {
    const report = sectionReport.get(m.sectionId);
    if (report) found.add(report);
  }
  return [...found].sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || (a < b ? -1 : 1));
}

/**
 * The store's fields an entity gets from its mentions: `reportIds`, and for TARGET and STRATEGY
 * a `reportId` when the seed gives none (the report of its first mention, else the default).
 */
export function reportFields(entity: Pick<EntityRecord, 'type' | 'mentions' | 'reportId'>, sectionReport: ReadonlyMap<string, string>, order: ReadonlyMap<string, number>) {
  const reportIds = reportsOfMentions(entity.mentions, sectionReport, order);
  const owned = entity.type === 'TARGET' || entity.type === 'STRATEGY';
  const reportId = entity.reportId ?? (owned ? (reportIds[0] ?? DEFAULT_REPORT_ID) : undefined);
  return { reportIds, ...(reportId !== undefined ? { reportId } : {}) };
}

/** The report records of a seed: metadata without the text, with counts over `entities`. */
export function reportRecords(seed: Pick<SeedArtefact, 'reports'>, entities: Iterable<Pick<EntityRecord, 'type' | 'reportIds' | 'reportId'>>): ReportRecord[] {
  const entityCount = new Map<string, number>();
  const targetCount = new Map<string, number>();
  for (const e of entities) {
    for (const r of e.reportIds) entityCount.set(r, (entityCount.get(r) ?? 0) + 1);
    if (e.type === 'TARGET' && e.reportId) targetCount.set(e.reportId, (targetCount.get(e.reportId) ?? 0) + 1);
  }
  return seed.reports.map(({ text: _text, file: _file, sha256: _sha, ...meta }) => ({
    ...meta, entityCount: entityCount.get(meta.id) ?? 0, targetCount: targetCount.get(meta.id) ?? 0,
  }));
}

/** How names are compared in targetSeries: trimmed, lower case, inner spaces as one. */
export const nameKey = (value: string) => value.trim().toLowerCase().replace(/\s+/g, ' ');

/** The keys an INDICATOR answers to: its id, name, aliases and English name. */
export function indicatorKeys(entity: Pick<EntityRecord, 'id' | 'name' | 'aliases' | 'nameEn'>): string[] {
  return [...new Set([entity.id, entity.name, ...entity.aliases, ...(entity.nameEn ? [entity.nameEn] : [])].map(nameKey))];
}

/** The keys a report's jurisdiction answers to exactly: its name, and its GB/T 2260 code when it has one. */
export function jurisdictionKeys(report: Pick<ReportRecord, 'jurisdiction'>): string[] {
  return [report.jurisdiction.name, ...(report.jurisdiction.code ? [report.jurisdiction.code] : [])].map(nameKey);
}

/** The level word a jurisdiction's name ends in (乐昌市, 广西壮族自治区, 浦东新区); the rest is its short name. */
const LEVEL_WORD = /(?:特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|自治旗|新区|地区|省|市|县|区|盟|旗)$/u;
/** What the national government is also called, in Chinese and English. */
const NATIONAL_NAMES = ['中国', '全国', '我国', 'China', 'PRC', 'P.R.C.', "People's Republic of China", 'national'];

/**
 * The other names a report's jurisdiction goes by, asked for when no exact key matches: its name
 * without the level word (乐昌 for 乐昌市, 广西 for 广西壮族自治区) when two characters or more are
 * left, that short name in toneless pinyin (lechang); for the national government 中国, 全国,
 * China and the like. Two jurisdictions may share one (朝阳 for 朝阳市 and 朝阳区): the store then
 * says the name is ambiguous rather than mixing them. Keys are nameKey()s.
 */
export function jurisdictionOtherKeys(report: Pick<ReportRecord, 'jurisdiction'>): string[] {
  const { name, level } = report.jurisdiction;
  const keys: string[] = [];
  const short = name.replace(LEVEL_WORD, '');
  if (short !== name && [...short].length >= 2) keys.push(short);
  const base = short !== name && [...short].length >= 2 ? short : name;
  if (/^\p{Script=Han}+$/u.test(base)) keys.push(toneless(pinyinOf(base)));
  if (level === 'NATIONAL') keys.push(...NATIONAL_NAMES);
  const exact = new Set(jurisdictionKeys(report));
  return [...new Set(keys.map(nameKey))].filter((k) => !exact.has(k));
}

/** The rank of a jurisdiction level in a series (NATIONAL first; an unknown level last). */
export function levelRank(level: string): number {
  const i = (JURISDICTION_LEVELS as readonly string[]).indexOf(level);
  return i === -1 ? JURISDICTION_LEVELS.length : i;
}

/** The order of a series: period, jurisdiction level, report id, target id. */
export function seriesOrder(a: { period: string; level: string; reportId: string; id: string }, b: { period: string; level: string; reportId: string; id: string }): number {
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return cmp(a.period, b.period) || levelRank(a.level) - levelRank(b.level) || cmp(a.reportId, b.reportId) || cmp(a.id, b.id);
}
