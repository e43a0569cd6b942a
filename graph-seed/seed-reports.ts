/** Reading a seed that holds several reports: which text a mention's offsets refer to. */
import type { Mention, SeedArtefact, SeedReport } from './types.ts';

/**
 * The report a mention belongs to: the report of the section it stands in.
 * @throws Error when the seed has no such section or no such report (a malformed seed).
 */
export function reportOfMention(seed: Pick<SeedArtefact, 'reports' | 'sections'>, mention: Pick<Mention, 'sectionId'>): SeedReport {
  const section = seed.sections.find((s) => s.id === mention.sectionId);
  if (!section) throw new Error(`the seed has no section ${mention.sectionId}`);
  const report = seed.reports.find((r) => r.id === section.reportId);
  if (!report) throw new Error(`section ${section.id} belongs to ${section.reportId}, which the seed does not hold`);
  return report;
}

/** The exact words a mention quotes, from its report's normalised text. @throws as `reportOfMention`. */
export function quoteOf(seed: Pick<SeedArtefact, 'reports' | 'sections'>, mention: Mention): string {
  return reportOfMention(seed, mention).text.slice(mention.start, mention.end);
}
