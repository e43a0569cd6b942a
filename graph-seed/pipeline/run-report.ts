/**
 * The generic path over one report, with no curation: normalise → meta → sections → targets
 * (linked to indicators) → named entities. Pure apart from reading the indicator catalogue; the
 * seed build and `ingest` are meant to call this once per report and merge the results.
 */
import { loadIndicators, matchIndicator, type Indicator } from './indicators.ts';
import { extractNamedEntities } from './named-entities.ts';
import { normalise } from './normalise.ts';
import { readReportMeta, type ReportSidecar } from './report-meta.ts';
import { extractSections } from './sections.ts';
import { extractTargets } from './targets.ts';
import type { ExtractedTarget, NamedEntity, ReportMeta, ReportSection, SourceKind } from './types.ts';

/** Everything the generic path finds in one report; offsets refer to `text`. */
export interface ReportExtraction {
  meta: ReportMeta;
  text: string;
  sections: ReportSection[];
  /** Each target with the id of the indicator it measures, or null when its words name none. */
  targets: (ExtractedTarget & { indicatorId: string | null })[];
  entities: NamedEntity[];
}

/**
 * Runs the generic path on one report.
 * @param input.raw the file's text; input.sourceKind how it was produced; input.file its path
 *   (named in errors); input.sidecar what a sidecar JSON says of it.
 * @throws ReportMetaError when the report's year or jurisdiction cannot be read.
 */
export function runReport(
  input: { raw: string; sourceKind: SourceKind; file: string; sidecar?: ReportSidecar },
  indicators: Indicator[] = loadIndicators(),
): ReportExtraction {
  const { text } = normalise(input.raw, input.sourceKind);
  const meta = readReportMeta(text, { file: input.file, sidecar: input.sidecar });
  const sections = extractSections(text, meta.year);
  const targets = extractTargets(text, sections, meta.year).map((t) => ({ ...t, indicatorId: matchIndicator(t, indicators)?.indicatorId ?? null }));
  const entities = extractNamedEntities(text, { jurisdiction: meta.jurisdiction, sections });
  return { meta, text, sections, targets, entities };
}
