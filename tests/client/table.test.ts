import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildGraphIndex } from '../../client/src/core/graph/graph-index.ts';
import { filterRows, rowsToCsv, sortRows, tableRows } from '../../client/src/core/table/index.ts';
import { GRAPH } from './fixtures.ts';

const index = buildGraphIndex(GRAPH);
const fields = new Map<string, Record<string, string | number | null>>([
  ['target:2021:gdp', { __typename: 'Target', id: 'target:2021:gdp', indicator: '地区生产总值', value: 6, unit: '%', comparator: 'AT_LEAST', period: '2021', kind: 'GOAL' }],
  ['town:pingshi', { __typename: 'Town', id: 'town:pingshi', level: 'town' }],
  ['town:lechang', { __typename: 'Town', id: 'town:lechang', level: 'city', newField: 'x' }],
]);

describe('data table', () => {
  it('has a column for each field the drawn types have, a target\'s in its order, and new fields after', () => {
    const { columns, rows } = tableRows(index, ['target:2021:gdp', 'town:pingshi', 'town:lechang', 'gone'], fields);
    expect(columns.map((c) => c.key)).toEqual(['name', 'type', 'degree', 'indicator', 'value', 'unit', 'comparator', 'period', 'kind', 'level', 'newField']);
    expect(columns.find((c) => c.key === 'value')!.numeric).toBe(true);
    expect(rows).toHaveLength(3);
    expect(rows[0]!.cells).toMatchObject({ name: '地区生产总值增长6%', type: 'Target', degree: 1, value: 6, unit: '%' });
    expect(tableRows(index, ['town:pingshi'], null).columns).toHaveLength(3);
  });

  it('filters by any cell or the id, and by type', () => {
    const { rows } = tableRows(index, index.entities.keys(), fields);
    expect(filterRows(rows, 'city', null).map((r) => r.id)).toEqual(['town:lechang']);
    expect(filterRows(rows, 'PINGSHI', null).map((r) => r.id)).toEqual(['town:pingshi']);
    expect(filterRows(rows, '', 'Place')).toHaveLength(4);
    expect(filterRows(rows, '坪', 'Target')).toHaveLength(0);
  });

  it('sorts numbers as numbers and both ways, empty cells last', () => {
    const { rows } = tableRows(index, index.entities.keys(), fields);
    const down = sortRows(rows, { key: 'degree', direction: 'descending' });
    expect(down[0]!.id).toBe('program:ten-hundred');
    expect(down.at(-1)!.id).toBe('org:isolated');
    const up = sortRows(rows, { key: 'level', direction: 'ascending' });
    expect(up.slice(0, 2).map((r) => r.id)).toEqual(['town:lechang', 'town:pingshi']);
    const upDesc = sortRows(rows, { key: 'level', direction: 'descending' });
    expect(upDesc.slice(0, 2).map((r) => r.id)).toEqual(['town:pingshi', 'town:lechang']);
    expect(upDesc.at(-1)!.cells.level).toBeUndefined();
  });

  it('writes RFC 4180 CSV that a CSV reader reads back exactly: quotes, commas and line breaks inside cells', () => {
    const columns = [{ key: 'name', label: 'Name', numeric: false }, { key: 'value', label: 'Value, "as written"', numeric: true }];
    const rows = [
      { id: 'a', cells: { name: '“十百”工程, "quoted"', value: 6 } },
      { id: 'b', cells: { name: 'two\nlines\r\nhere', value: null } },
      { id: 'c', cells: { name: '', value: 0.5 } },
    ];
    const csv = rowsToCsv(columns, rows);
    expect(csv).toContain('"“十百”工程, ""quoted"""');
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')[0]).toBe('id,Name,"Value, ""as written"""');
    expect(parse(csv)).toEqual([
      ['id', 'Name', 'Value, "as written"'],
      ['a', '“十百”工程, "quoted"', '6'],
      ['b', 'two\nlines\r\nhere', ''],
      ['c', '', '0.5'],
    ]);
  });
});
