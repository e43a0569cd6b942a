/**
 * A PDF report through `npm run ingest`: Chromium prints the 2021 national report's real text
 * to a PDF (as many government sites publish theirs), and ingest reads it back with unpdf.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Entity, SeedArtefact } from '../../graph-seed/types.ts';
import { NATIONAL, readSeedFile, runIngest } from './run-ingest.ts';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const dir = mkdtempSync(join(tmpdir(), 'ingest-pdf-'));
let seed: SeedArtefact;

beforeAll(async () => {
  const paragraphs = readFileSync(join(NATIONAL, '2021.txt'), 'utf8').replace(/\u200B/g, '').split(/\n+/).map((p) => p.trim()).filter(Boolean);
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const html = `<!doctype html><meta charset="utf-8"><style>body{font-family:"Noto Serif CJK SC",serif;font-size:14px}p{margin:0;text-indent:2em}</style>${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('')}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.setContent(html);
    writeFileSync(join(dir, '2021.pdf'), await page.pdf({ format: 'A4' }));
  } finally {
    await browser.close();
  }
  writeFileSync(join(dir, '2021.json'), JSON.stringify({ title: '2021年中华人民共和国国务院政府工作报告' }));
  const run = await runIngest([join(dir, '2021.pdf'), '--out', join(dir, 'seed.json')]);
  if (run.code !== 0) throw new Error(`ingest failed (${run.code}): ${run.stderr}`);
  seed = readSeedFile(join(dir, 'seed.json'));
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('reads the PDF as report:cn-2021 from its own title block, with its GDP-growth goal linked to the indicator', () => {
  const report = seed.reports.find((r) => r.id === 'report:cn-2021')!;
  expect(report).toMatchObject({ year: 2021, date: '2021-03-05', sourceKind: 'PDF_TEXT', jurisdiction: { name: '中华人民共和国', level: 'NATIONAL' } });
  expect(report.file).toMatch(/2021\.pdf$/);
  expect(report.text).not.toMatch(/[\u2E80-\u2FDF]/); // radical look-alikes repaired
  const entities = seed.graph.nodes.map((n) => ({ id: n.key, ...n.attributes! }) as Entity);
  const goal = entities.find((e) => e.type === 'TARGET' && e.reportId === report.id && e.kind === 'GOAL' && e.period === '2021' && e.name === '国内生产总值增长6%以上');
  expect(goal).toMatchObject({ value: 6, comparator: 'AT_LEAST', unit: '%' });
  expect(seed.graph.edges.some((e) => e.source === goal!.id && e.target === 'indicator:gdp-growth' && e.attributes!.type === 'MEASURES')).toBe(true);
  const sections = new Map(seed.sections.map((s) => [s.id, s]));
  for (const e of entities) {
    for (const m of e.mentions) {
      const section = sections.get(m.sectionId)!;
      if (section.reportId !== report.id) continue;
      if (e.type === 'PROGRAM' || e.type === 'STRATEGY') expect([e.name, ...e.aliases]).toContain(report.text.slice(m.start, m.end));
    }
  }
  expect(entities.some((e) => e.id === 'program:rural-revitalization-strategy' && e.mentions.some((m) => sections.get(m.sectionId)!.reportId === report.id))).toBe(true);
});
