/**
 * Reports: the documents the graph is read from (several since the graph joins reports), the
 * check of a `reports` filter, and `targetSeries`, one indicator's goals and results over years
 * and jurisdictions.
 */
import { builder } from '../builder.ts';
import { callerError } from '../errors.ts';
import type { GraphStore, ReportFilter, ReportRecord } from '../store/types.ts';
import { JURISDICTION_LEVELS, SOURCE_KINDS } from '../store/types.ts';
import { TargetKindEnum } from './enums.ts';
import { TargetRef } from './entity.ts';
import { ReportRef } from './refs.ts';

/** Most ids, names or jurisdictions an error message lists before saying how many more there are. */
const LISTED = 20;

/** A list for an error message: the first LISTED items, then how many were left out. */
export function listed(items: readonly string[]): string {
  if (items.length === 0) return '(none)';
  return `${items.slice(0, LISTED).join(', ')}${items.length > LISTED ? ` and ${items.length - LISTED} more` : ''}`;
}

/**
 * Checks a `reports` argument against the reports served (no store query: the store knows them).
 * @returns the ids, or null when the argument is absent or empty (no filter).
 * @throws BAD_USER_INPUT naming the unknown ids and the known ones.
 */
export function checkReports(store: GraphStore, reports: ReportFilter): string[] | null {
  if (!reports || reports.length === 0) return null;
  const known = store.reportIds();
  const unknown = reports.filter((id) => !known.includes(id));
  if (unknown.length > 0) {
    throw callerError('BAD_USER_INPUT', `reports: no report ${unknown.map((u) => `"${u}"`).slice(0, 5).join(', ')}; known reports: ${listed(known)}`);
  }
  return [...new Set(reports)];
}

export const JurisdictionLevelEnum = builder.enumType('JurisdictionLevel', {
  description: 'The level of the government that delivers a report.',
  values: {
    NATIONAL: { description: 'The State Council: the national report (国务院政府工作报告).' },
    PROVINCE: { description: 'A province, autonomous region or municipality directly under the central government.' },
    PREFECTURE: { description: 'A prefecture-level city or other prefecture-level division.' },
    COUNTY: { description: 'A county, county-level city (乐昌市) or district.' },
  } satisfies Record<(typeof JURISDICTION_LEVELS)[number], { description: string }>,
});

export const SourceKindEnum = builder.enumType('SourceKind', {
  description: 'How a report\'s text reached the graph.',
  values: {
    PDF_TEXT: { description: 'The text layer of a PDF.' },
    WEB_TEXT: { description: 'Text scraped from a web page.' },
  } satisfies Record<(typeof SOURCE_KINDS)[number], { description: string }>,
});

const JurisdictionRef = builder.objectRef<ReportRecord['jurisdiction']>('Jurisdiction').implement({
  description: 'The government a report speaks for.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'As the report writes it: 中华人民共和国, 广东省, 乐昌市.' }),
    level: t.field({ type: JurisdictionLevelEnum, description: 'National, province, prefecture or county.', resolve: (j) => j.level }),
    code: t.exposeString('code', { nullable: true, description: 'The six-digit GB/T 2260 administrative division code (440281), when known; null otherwise.' }),
  }),
});

ReportRef.implement({
  description: 'One government work report (政府工作报告) the graph is read from: every section, mention and target belongs to one.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id, report:<jurisdiction slug>-<year>: report:lechang-2021, report:cn-2021.' }),
    title: t.exposeString('title', { description: 'The title as the report gives it.' }),
    year: t.exposeInt('year', { description: 'The year it was delivered: its goals are for this year, its review for the year before.' }),
    date: t.exposeString('date', { nullable: true, description: 'The day it was delivered (ISO 8601, 2021-03-05), when stated.' }),
    jurisdiction: t.field({ type: JurisdictionRef, description: 'The government it speaks for.', resolve: (r) => r.jurisdiction }),
    speaker: t.exposeString('speaker', { nullable: true, description: 'Who delivered it, when stated.' }),
    speakerTitle: t.exposeString('speakerTitle', { nullable: true, description: 'The speaker\'s office (国务院总理, 乐昌市市长), when stated.' }),
    source: t.exposeString('source', { nullable: true, description: 'Where the text came from: a URL or a description of the document.' }),
    sourceKind: t.field({ type: SourceKindEnum, description: 'How its text was read: a PDF\'s text or a web page\'s.', resolve: (r) => r.sourceKind }),
    entityCount: t.exposeInt('entityCount', { description: 'Entities with at least one mention in this report.' }),
    targetCount: t.exposeInt('targetCount', { description: 'Targets (goals and results) this report states.' }),
  }),
});

builder.queryFields((t) => ({
  // Nullable like every root field (one failing field leaves the others' answers); the items are not.
  reports: t.field({
    type: [ReportRef],
    nullable: true,
    description: 'Every report of the graph, the default (Lechang 2021) first, then the others by jurisdiction and year.',
    resolve: (_, __, { store }) => store.reports(),
  }),
  report: t.field({
    type: ReportRef,
    nullable: true,
    description: 'A report by id; null with a NOT_FOUND error (listing the known ids) when there is none.',
    args: { id: t.arg.id({ required: true, description: 'The report id, e.g. report:lechang-2021.' }) },
    resolve: async (_, { id }, { loaders, store }) => {
      const report = await loaders.report.load(String(id));
      if (!report) throw callerError('NOT_FOUND', `Report "${id}" does not exist; known reports: ${listed(store.reportIds())}`);
      return report;
    },
  }),
  targetSeries: t.field({
    type: [TargetRef],
    nullable: true,
    description: 'One indicator followed over years and jurisdictions: the targets that measure it (MEASURES), ordered by period, then jurisdiction level (NATIONAL first), then report id. Each result links to its goal (Target.resultOf).',
    args: {
      indicator: t.arg.string({ required: true, description: 'The indicator: its id (indicator:gdp-growth), Chinese name or alias (国内生产总值增长), or English name (GDP growth); case does not matter.' }),
      jurisdiction: t.arg.string({ required: false, description: 'Only targets of reports of this jurisdiction: its name (中华人民共和国, 乐昌市), GB/T 2260 code (440281), name without the level word (乐昌) or its pinyin (Lechang), or for the national government 中国, 全国 or China; case does not matter; all when omitted. A short name two jurisdictions share is BAD_USER_INPUT.' }),
      kind: t.arg({ type: TargetKindEnum, required: false, description: 'Only goals (GOAL) or only results (RESULT); both when omitted.' }),
    },
    resolve: async (_, { indicator, jurisdiction, kind }, { store, loaders }) => {
      if (indicator.trim() === '') throw callerError('BAD_USER_INPUT', 'indicator must not be empty: give an indicator\'s id, Chinese name or alias, or English name');
      const result = await store.targetSeries({ indicator, jurisdiction: jurisdiction?.trim() || null, kind: kind ?? null });
      if (result.kind === 'unknownIndicator') {
        const known = result.indicators.map((i) => `${i.id} (${i.name}${i.nameEn ? ` / ${i.nameEn}` : ''})`);
        throw callerError('NOT_FOUND', `indicator "${indicator}" names no indicator of the graph; known indicators: ${listed(known)}`);
      }
      if (result.kind === 'ambiguousJurisdiction') {
        throw callerError('BAD_USER_INPUT', `jurisdiction "${jurisdiction}" fits ${result.jurisdictions.length} jurisdictions: ${listed(result.jurisdictions)}; give the full name or the GB/T 2260 code`);
      }
      if (result.kind === 'unknownJurisdiction') {
        throw callerError('NOT_FOUND', `jurisdiction "${jurisdiction}" is not the jurisdiction of any report; known jurisdictions: ${listed(result.jurisdictions)} (or their GB/T 2260 codes)`);
      }
      for (const target of result.targets) loaders.entity.prime(target.id, target);
      return result.targets;
    },
  }),
}));
