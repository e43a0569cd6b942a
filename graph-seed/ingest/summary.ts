/** The figures `npm run ingest` prints about a seed of several reports. */
import { seedSummary } from '../summary.ts';
import type { SeedArtefact } from '../types.ts';

export interface CorpusSummary {
  version: string;
  reports: { id: string; title: string; year: number; jurisdiction: string; level: string; file: string; sourceKind: string; targets: number }[];
  entities: Record<string, number>;
  relations: Record<string, number>;
  /** TARGET entities, and those linked (MEASURES) to a catalogue indicator. */
  targets: { total: number; withIndicator: number };
  resultOf: number;
}

/** Counts of a seed: its reports (with their targets), entities and relations by type, indicator and result links. */
export function corpusSummary(seed: SeedArtefact): CorpusSummary {
  const base = seedSummary(seed);
  const perReport = new Map<string, number>();
  for (const node of seed.graph.nodes) {
    const a = node.attributes!;
    if (a.type === 'TARGET') perReport.set(a.reportId ?? seed.reports[0]!.id, (perReport.get(a.reportId ?? seed.reports[0]!.id) ?? 0) + 1);
  }
  const measured = new Set(seed.graph.edges.filter((e) => e.attributes!.type === 'MEASURES').map((e) => e.source));
  return {
    version: seed.version,
    reports: seed.reports.map((r) => ({
      id: r.id, title: r.title, year: r.year, jurisdiction: r.jurisdiction.name, level: r.jurisdiction.level, file: r.file,
      sourceKind: r.sourceKind, targets: perReport.get(r.id) ?? 0,
    })),
    entities: base.entities,
    relations: base.relations,
    targets: { total: base.entities.TARGET ?? 0, withIndicator: measured.size },
    resultOf: base.relations.RESULT_OF ?? 0,
  };
}

/** The summary as lines of text. */
export function formatCorpusSummary(s: CorpusSummary): string {
  const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
  const rows = (counts: Record<string, number>) => Object.entries(counts).map(([k, v]) => `  ${k.padEnd(18)}${String(v).padStart(6)}`);
  return [
    `reports: ${s.reports.length}`,
    ...s.reports.map((r) => `  ${r.id.padEnd(24)} ${String(r.year)} ${r.jurisdiction} (${r.level}) ${r.sourceKind} ${r.file}, ${r.targets} targets`),
    `entities: ${total(s.entities)}`, ...rows(s.entities),
    `relations: ${total(s.relations)}`, ...rows(s.relations),
    `targets linked to an indicator: ${s.targets.withIndicator} of ${s.targets.total}`,
    `results linked to their goals (RESULT_OF): ${s.resultOf}`,
  ].join('\n');
}
