/**
 * Colour by report: one colour per report, fixed by the report's place in the seed (so a colour
 * never moves when the reader chooses other reports), a neutral colour for an entity named in
 * several of the reports in view, and the legend that says so. Pure, so the canvas, the legend
 * and a picture's legend read the same answer.
 */
import type { LegendEntry } from '../export/index.ts';
import type { ReportRef } from './types.ts';

/**
 * Ten distinct colours (Tableau 10 without its grey, plus a cyan), so none can be read as the
 * neutral "several reports" colour. An eleventh report reuses the first colour; the legend lists
 * every report with its colour, so a repeat is visible there.
 */
export const REPORT_PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#17becf'] as const;

/** An entity named in more than one of the reports in view. */
export const SEVERAL_REPORTS_COLOR = '#3f4650';

/** An entity none of the reports in view names (drawn only when kept for another reason). */
export const NO_REPORT_COLOR = '#c9ced6';

/** Report id → colour, by the report's index in `reports` (the seed's order, Lechang first). */
export function reportColors(reports: readonly { id: string }[]): Map<string, string> {
  return new Map(reports.map((report, i) => [report.id, REPORT_PALETTE[i % REPORT_PALETTE.length]!]));
}

/**
 * The colour of one entity in report mode: its report's colour when exactly one report in view
 * names it, SEVERAL_REPORTS_COLOR when several do, NO_REPORT_COLOR when none does.
 * `entityReports`: ids of the reports that mention it; `inView`: the chosen report ids.
 */
export function entityReportColor(entityReports: readonly string[], inView: ReadonlySet<string>, colors: ReadonlyMap<string, string>): string {
  const shown = [...new Set(entityReports)].filter((id) => inView.has(id));
  if (shown.length === 1) return colors.get(shown[0]!) ?? NO_REPORT_COLOR;
  return shown.length > 1 ? SEVERAL_REPORTS_COLOR : NO_REPORT_COLOR;
}

/** Entity id → colour in report mode, for every entity given. */
export function entityColorsByReport(
  entities: Iterable<{ id: string; reports: readonly { id: string }[] }>,
  inView: ReadonlySet<string>,
  colors: ReadonlyMap<string, string>,
): Map<string, string> {
  const out = new Map<string, string>();
  for (const entity of entities) out.set(entity.id, entityReportColor(entity.reports.map((r) => r.id), inView, colors));
  return out;
}

/** "2021年乐昌市人民政府工作报告 (2021)": the words a passage, a legend line or a picture uses for a report. */
export function reportLabel(report: Pick<ReportRef, 'title' | 'year'>): string {
  return report.title.includes(String(report.year)) ? report.title : `${report.title} (${report.year})`;
}

/**
 * Legend lines in report mode: each report in view with its colour and how many drawn entities
 * only it names, then the neutral line for entities several reports name (when there are any).
 * `drawnColors`: the report-mode colour of each drawn entity.
 */
export function reportLegendEntries(reports: readonly ReportRef[], inView: ReadonlySet<string>, colors: ReadonlyMap<string, string>, drawnColors: Iterable<string>): LegendEntry[] {
  const counts = new Map<string, number>();
  for (const color of drawnColors) counts.set(color, (counts.get(color) ?? 0) + 1);
  const lines: LegendEntry[] = reports
    .filter((report) => inView.has(report.id))
    .map((report) => {
      const color = colors.get(report.id) ?? NO_REPORT_COLOR;
      return { color, label: `${reportLabel(report)} (${counts.get(color) ?? 0})` };
    });
  const several = counts.get(SEVERAL_REPORTS_COLOR) ?? 0;
  if (several > 0) lines.push({ color: SEVERAL_REPORTS_COLOR, label: `In several of these reports 多份报告 (${several})` });
  return lines;
}
