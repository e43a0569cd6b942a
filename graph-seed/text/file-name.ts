/**
 * The first part of an export's file name (the API's exports and the explorer's pictures and
 * tables): the reports in view, so that a file says which
 * reports it was cut from whatever seed is served (the default seed is Lechang's alone; an
 * ingested one holds many).
 */

/** A name part for a file name: lower case, and only characters every file system takes. */
export const fileNamePart = (value: string) => value.toLowerCase().replace(/[^a-z0-9+_]+/g, '-').replace(/^-|-$/g, '');

/** Up to this many reports are named one by one; more are only counted. */
export const NAMED_REPORTS = 3;

/**
 * The file name prefix for the reports in view (report ids, `report:<slug>`): one report is its
 * slug (`lechang-2021`, `cn-2021`); two or three are counted and named
 * (`reports-2-cn-2021+cn-2022`); more are counted (`reports-10`). Order and repeats of the ids do
 * not matter. An empty list (a store with no reports) is `graph`.
 */
export function reportsFileName(reportIds: readonly string[]): string {
  const slugs = [...new Set(reportIds.map((id) => fileNamePart(id.replace(/^report:/, ''))))].sort();
  if (slugs.length === 0) return 'graph';
  if (slugs.length === 1) return slugs[0]!;
  return `reports-${slugs.length}${slugs.length <= NAMED_REPORTS ? `-${slugs.join('+')}` : ''}`;
}
