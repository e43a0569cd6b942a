/**
 * What a picture or a printed page says about its source when the graph holds several reports:
 * the title names the one report in view, or how many; the source line lists them.
 */
import { reportLabel } from './colors.ts';
import type { ReportRef } from './types.ts';

/** Above this many reports, the source line names the first few and says how many there are. */
const NAMED_IN_SOURCE = 3;

/** The picture's title: null for the Lechang-only default (the picture keeps its own title), the report's label for one report, "N government work reports" for several. */
export function reportsTitle(inView: readonly ReportRef[], defaultReportId: string): string | null {
  if (inView.length === 0 || (inView.length === 1 && inView[0]!.id === defaultReportId)) return null;
  if (inView.length === 1) return reportLabel(inView[0]!);
  return `${inView.length} 份政府工作报告 · ${inView.length} government work reports`;
}

/** "Source: A, B, C" or "Source: 10 reports — A, B, C …": null for the Lechang-only default. */
export function reportsSourceLine(inView: readonly ReportRef[], defaultReportId: string): string | null {
  if (inView.length === 0 || (inView.length === 1 && inView[0]!.id === defaultReportId)) return null;
  const named = inView.slice(0, NAMED_IN_SOURCE).map(reportLabel).join(', ');
  return inView.length > NAMED_IN_SOURCE ? `Source: ${inView.length} reports — ${named} …` : `Source: ${named}`;
}
