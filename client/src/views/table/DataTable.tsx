/**
 * The data table of what is drawn (see core/table): a drawer over the lower part of the canvas,
 * opened by its button. Filter by text and type, sort by any column (header buttons; aria-sort
 * says how), select rows (checkboxes, in step with the canvas both ways: a selection made on the
 * canvas is checked and scrolled to here), and download the rows shown as CSV.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Visibility } from '../../core/filters/index.ts';
import type { GraphIndex } from '../../core/graph/types.ts';
import { filterRows, rowsToCsv, sortRows, tableRows, type EntityFields, type SortOrder } from '../../core/table/index.ts';
import { request } from '../../graphql/client.ts';
import { EntityFieldsDocument } from '../../graphql/generated/graphql.ts';
import { useAsync } from '../common/use-async.ts';
import { downloadBlob } from '../export/download.ts';

/** Rows rendered at most (the CSV holds them all); a filter narrows the rest. */
const MAX_ROWS = 300;

export interface DataTableProps {
  index: GraphIndex;
  visibility: Visibility;
  /** The selected entities, the panel's last. */
  selection: readonly string[];
  onChoose(id: string): void;
  onToggle(id: string): void;
  /** The CSV's file name without `.csv`: the reports in view (graph-seed/text/file-name.ts) and `-table`. */
  fileName: string;
}

export function DataTable({ index, visibility, selection, onChoose, onToggle, fileName }: DataTableProps) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [type, setType] = useState('');
  const [order, setOrder] = useState<SortOrder>({ key: 'degree', direction: 'descending' });
  const fieldsAnswer = useAsync(open ? (signal) => request(EntityFieldsDocument, {}, signal) : null, [open]);
  const fields = useMemo(
    () => (fieldsAnswer.status === 'ready' && fieldsAnswer.data.graph ? new Map(fieldsAnswer.data.graph.nodes.map((n) => [n.id, n as unknown as EntityFields])) : null),
    [fieldsAnswer],
  );
  const table = useMemo(() => (open ? tableRows(index, visibility.entities, fields) : null), [open, index, visibility, fields]);
  const shown = useMemo(() => (table ? sortRows(filterRows(table.rows, text, type || null), order) : []), [table, text, type, order]);
  const types = useMemo(() => [...new Set(table?.rows.map((r) => String(r.cells.type)) ?? [])].sort(), [table]);
  const chosen = useMemo(() => new Set(selection), [selection]);
  const body = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const filter = useRef<HTMLInputElement>(null);
  const last = selection.at(-1);
  useEffect(() => {
    if (!open || !last) return;
    body.current?.querySelector<HTMLElement>(`[data-entity-id="${CSS.escape(last)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [open, last, shown]);

  const sortBy = (key: string) =>
    setOrder((o) => (o.key === key ? { key, direction: o.direction === 'ascending' ? 'descending' : 'ascending' } : { key, direction: key === 'degree' ? 'descending' : 'ascending' }));
  const download = () => {
    if (!table) return;
    downloadBlob(new Blob(['\ufeff', rowsToCsv(table.columns, shown)], { type: 'text/csv;charset=utf-8' }), `${fileName}.csv`);
  };

  if (!open || !table) {
    return (
      <button
        ref={toggle}
        type="button"
        className="button button--small table-toggle"
        aria-expanded={false}
        onClick={() => {
          setOpen(true);
          setTimeout(() => filter.current?.focus(), 0);
        }}
      >
        Table
      </button>
    );
  }

  return (
    <section id="data-table" className="data-table" aria-label="Table of what is drawn">
      <div className="data-table__tools">
        <input ref={filter} type="search" placeholder="Filter rows" value={text} onChange={(e) => setText(e.target.value)} aria-label="Filter rows" />
        <select value={type} onChange={(e) => setType(e.target.value)} aria-label="Only this type">
          <option value="">All types</option>
          {types.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
        <span className="hint" role="status">
          {shown.length} of {table.rows.length} rows{fieldsAnswer.status === 'loading' ? ' · loading fields…' : ''}
        </span>
        <button type="button" className="button button--small" onClick={download}>
          Download CSV
        </button>
        <button type="button" className="button button--small data-table__close" aria-expanded={true} aria-controls="data-table" onClick={() => setOpen(false)}>
          Close the table
        </button>
      </div>
      <div className="data-table__scroll" ref={body} tabIndex={0} role="region" aria-label="Rows (scrolls)">
        <table>
          <caption className="visually-hidden">Entities drawn on the canvas</caption>
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">Selected</span>
              </th>
              {table.columns.map((column) => (
                <th key={column.key} scope="col" aria-sort={order.key === column.key ? order.direction : undefined} className={column.numeric ? 'numeric' : undefined}>
                  <button type="button" className="data-table__sort" onClick={() => sortBy(column.key)}>
                    {column.label}
                    <span aria-hidden="true">{order.key === column.key ? (order.direction === 'ascending' ? ' ▲' : ' ▼') : ''}</span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.slice(0, MAX_ROWS).map((row) => (
              <tr key={row.id} data-entity-id={row.id} className={chosen.has(row.id) ? 'data-table__row--selected' : undefined}>
                <td>
                  <input type="checkbox" checked={chosen.has(row.id)} onChange={() => onToggle(row.id)} aria-label={`Selected: ${row.cells.name}`} />
                </td>
                {table.columns.map((column) => (
                  <td key={column.key} className={column.numeric ? 'numeric' : undefined} lang={column.key === 'name' || column.key === 'indicator' ? 'zh-Hans' : undefined}>
                    {column.key === 'name' ? (
                      <button type="button" className="link-button" onClick={() => onChoose(row.id)}>
                        {row.cells.name}
                      </button>
                    ) : (
                      (row.cells[column.key] ?? '')
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        {shown.length > MAX_ROWS && <p className="hint">The first {MAX_ROWS} rows are shown; the CSV holds all {shown.length}. Filter to narrow.</p>}
      </div>
    </section>
  );
}
