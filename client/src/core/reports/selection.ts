/**
 * Which reports are in view. The view state keeps the reader's choice as a list of report ids,
 * empty meaning "every report" (the default, so a one-report seed and an old link look as they
 * always did); these functions turn that into what the API's `reports` filter and the picker need.
 */

/** The ids in view: the chosen ones that exist, in seed order; every report when none is chosen (or none of the chosen exists). */
export function reportsInView(all: readonly { id: string }[], chosen: readonly string[]): string[] {
  const wanted = new Set(chosen);
  const kept = all.filter((report) => wanted.has(report.id)).map((report) => report.id);
  return kept.length ? kept : all.map((report) => report.id);
}

/**
 * The `reports` argument for the API: null (no filter) when every report is in view, so the
 * default view asks exactly what it asked before there were several reports.
 */
export function reportsFilter(all: readonly { id: string }[], chosen: readonly string[]): string[] | null {
  const inView = reportsInView(all, chosen);
  return inView.length === all.length ? null : inView;
}

/**
 * The choice after the reader ticks or unticks one report: the list the view state stores (empty
 * when that means every report). The last report in view cannot be unticked: a view of no
 * report shows nothing, so the choice stays as it was.
 */
export function toggleReport(all: readonly { id: string }[], chosen: readonly string[], id: string): string[] {
  const inView = new Set(reportsInView(all, chosen));
  if (inView.has(id)) {
    if (inView.size === 1) return [...chosen];
    inView.delete(id);
  } else if (all.some((report) => report.id === id)) inView.add(id);
  const next = all.filter((report) => inView.has(report.id)).map((report) => report.id);
  return next.length === all.length ? [] : next;
}
