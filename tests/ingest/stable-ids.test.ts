/**
 * The same reports give the same seed: ingesting the national folder, and its files one by one
 * in the reverse order, writes the same bytes (ids, order and layout do not depend on how the
 * input was given).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { NATIONAL, runIngest } from './run-ingest.ts';

const dir = mkdtempSync(join(tmpdir(), 'ingest-stable-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('writes the same seed, ids and all, for the folder and for its files given in reverse order', async () => {
  const files = ['2025', '2024', '2023', '2022', '2021', '2019', '2018', '2017', '2016'].map((y) => join(NATIONAL, `${y}.txt`));
  const [a, b] = await Promise.all([
    runIngest([NATIONAL, '--out', join(dir, 'a.json')]),
    runIngest([...files, `--out=${join(dir, 'b.json')}`]),
  ]);
  expect(a.code, a.stderr).toBe(0);
  expect(b.code, b.stderr).toBe(0);
  const first = readFileSync(join(dir, 'a.json'), 'utf8');
  const second = readFileSync(join(dir, 'b.json'), 'utf8');
  const ids = (text: string) => {
    const seed = JSON.parse(text) as { graph: { nodes: { key: string }[]; edges: { key: string }[] }; sections: { id: string }[] };
    return { nodes: seed.graph.nodes.map((n) => n.key), edges: seed.graph.edges.map((e) => e.key), sections: seed.sections.map((s) => s.id) };
  };
  expect(ids(second)).toEqual(ids(first));
  expect(ids(first).nodes.length).toBeGreaterThan(2000);
  expect(second === first).toBe(true);
}, 120_000);
