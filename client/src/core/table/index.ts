/**
 * The data table of what is drawn: one row per drawn entity with its name, type, number of
 * relations and its type's own fields (a target's indicator, value, unit, comparator, period
 * and kind; a place's level; a category…), filtered by text and type, sorted by any column,
 * and written as CSV (RFC 4180, by csv-stringify) exactly as shown. Columns come from the fields
 * the API returns, so a new entity type or field gets a column without a change here.
 */
import { stringify } from 'csv-stringify/browser/esm/sync';
import { ENTITY_STYLE } from '../graph/style.ts';
import type { GraphIndex } from '../graph/types.ts';

/** A type's own fields as the API returns them (EntityFields query), keyed by field name. */
export type EntityFields = Record<string, string | number | boolean | null | undefined>;

export interface TableColumn {
  key: string;
  label: string;
  numeric: boolean;
}

export interface TableRow {
  id: string;
  cells: Record<string, string | number | null>;
}

/** Columns every row has, then the type-specific fields in this order when present (others after, by name). */
const BASE_COLUMNS: TableColumn[] = [
  { key: 'name', label: 'Name', numeric: false },
  { key: 'type', label: 'Type', numeric: false },
  { key: 'degree', label: 'Relations', numeric: true },
];
const FIELD_ORDER = ['indicator', 'value', 'unit', 'comparator', 'period', 'kind', 'level', 'category', 'number'];
const FIELD_LABELS: Record<string, string> = { indicator: 'Indicator', value: 'Value', unit: 'Unit', comparator: 'Comparator', period: 'Period', kind: 'Kind', level: 'Level', category: 'Category', number: 'Number' };
const HIDDEN_FIELDS = new Set(['__typename', 'id']);

/** Rows of the drawn entities, in the table's shape; `fields` may be missing (not yet loaded) for any entity. */
export function tableRows(index: GraphIndex, drawn: Iterable<string>, fields: ReadonlyMap<string, EntityFields> | null): { columns: TableColumn[]; rows: TableRow[] } {
  const extra = new Map<string, boolean>();
  const rows: TableRow[] = [];
  for (const id of drawn) {
    const entity = index.entities.get(id);
    if (!entity) continue;
    const cells: TableRow['cells'] = { name: entity.name, type: ENTITY_STYLE[entity.type]?.name ?? entity.type, degree: entity.degree };
    for (const [key, value] of Object.entries(fields?.get(id) ?? {})) {
      if (HIDDEN_FIELDS.has(key) || value === null || value === undefined) continue;
      cells[key] = typeof value === 'number' ? value : String(value);
      extra.set(key, (extra.get(key) ?? true) && typeof value === 'number');
    }
    rows.push({ id, cells });
  }
  const rank = (key: string) => (FIELD_ORDER.includes(key) ? FIELD_ORDER.indexOf(key) : FIELD_ORDER.length);
  const keys = [...extra.keys()].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const columns = [...BASE_COLUMNS, ...keys.map((key) => ({ key, label: FIELD_LABELS[key] ?? key, numeric: extra.get(key)! }))];
  return { columns, rows };
}

/** Rows whose text (any cell, or the id) contains `text` (case-insensitive), of `type` when given (the type's display name). */
export function filterRows(rows: readonly TableRow[], text: string, type: string | null): TableRow[] {
  const needle = text.trim().toLowerCase();
  return rows.filter((row) => {
    if (type && row.cells.type !== type) return false;
    if (!needle) return true;
    if (row.id.toLowerCase().includes(needle)) return true;
    return Object.values(row.cells).some((v) => v !== null && String(v).toLowerCase().includes(needle));
  });
}

export interface SortOrder {
  key: string;
  direction: 'ascending' | 'descending';
}

/** Rows sorted by a column: numbers as numbers, text in Chinese collation order; empty cells last either way; ties by id. */
export function sortRows(rows: readonly TableRow[], order: SortOrder): TableRow[] {
  const collator = new Intl.Collator('zh-Hans-CN', { numeric: true });
  const sign = order.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = a.cells[order.key];
    const y = b.cells[order.key];
    const xEmpty = x === null || x === undefined || x === '';
    const yEmpty = y === null || y === undefined || y === '';
    if (xEmpty || yEmpty) return xEmpty === yEmpty ? a.id.localeCompare(b.id) : xEmpty ? 1 : -1;
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    return c === 0 ? a.id.localeCompare(b.id) : sign * c;
  });
}

/** The rows as CSV (RFC 4180: quoted where needed, quotes doubled, CRLF line ends), with the id first and a header of column labels. */
export function rowsToCsv(columns: readonly TableColumn[], rows: readonly TableRow[]): string {
  const header = ['id', ...columns.map((c) => c.label)];
  const body = rows.map((row) => [row.id, ...columns.map((c) => row.cells[c.key] ?? '')]);
  return stringify([header, ...body], { record_delimiter: 'windows' });
}
