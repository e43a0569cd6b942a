/**
 * What `npm run ingest` accepts and how it refuses the rest: each bad input is named with what is
 * missing or allowed, the exit code is 1, and no stack is printed.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repairCompatibilityCharacters } from '../../graph-seed/ingest/compat-characters.ts';
import { detectSourceKind, IngestError, readInputs } from '../../graph-seed/ingest/read-inputs.ts';
import { hasStack, NATIONAL, ROOT, runIngest } from './run-ingest.ts';

const dir = mkdtempSync(join(tmpdir(), 'ingest-inputs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const write = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

async function refusal(paths: string[]): Promise<IngestError> {
  try {
    await readInputs(paths, dir);
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
  throw new Error(`${paths.join(' ')} was accepted`);
}

describe('reading inputs', () => {
  it('reads a folder with its sources.json: every report file, with the entry\'s title, year and source', async () => {
    const inputs = await readInputs([NATIONAL]);
    expect(inputs.map((i) => i.file)).toEqual([2016, 2017, 2018, 2019, 2021, 2022, 2023, 2024, 2025].map((y) => `../shared/reports/national/${y}.txt`));
    const sources = JSON.parse(readFileSync(join(NATIONAL, 'sources.json'), 'utf8')) as { file: string; year: number; title: string; source: string }[];
    for (const input of inputs) {
      const entry = sources.find((s) => input.file.endsWith(`/${s.file}`))!;
      expect(input.sidecar).toEqual({ year: entry.year, title: entry.title, source: entry.source });
      expect(input.sourceKind).toBe('WEB_TEXT');
      expect(input.sha256).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it('tells a PDF dump from scraped text by where lines end, and lets a sidecar say otherwise', async () => {
    expect(detectSourceKind(readFileSync(join(ROOT, 'graph-seed/source/report.txt'), 'utf8'))).toBe('PDF_TEXT');
    expect(detectSourceKind(readFileSync(join(NATIONAL, '2021.txt'), 'utf8'))).toBe('WEB_TEXT');
    mkdirSync(join(dir, 'kind'));
    writeFileSync(join(dir, 'kind', 'r.txt'), readFileSync(join(NATIONAL, '2021.txt')));
    writeFileSync(join(dir, 'kind', 'r.json'), JSON.stringify({ sourceKind: 'PDF_TEXT', year: 2021 }));
    const [input] = await readInputs([join(dir, 'kind', 'r.txt')]);
    expect(input!.sourceKind).toBe('PDF_TEXT');
    expect(input!.sidecar).toEqual({ year: 2021 });
  });

  it('reads GB 18030 (GBK) text as well as UTF-8', async () => {
    // 政府工作报告 in GBK.
    const gbk = new Uint8Array([0xd5, 0xfe, 0xb8, 0xae, 0xb9, 0xa4, 0xd7, 0xf7, 0xb1, 0xa8, 0xb8, 0xe6]);
    const [input] = await readInputs([write('gbk.txt', gbk)]);
    expect(input!.raw).toBe('政府工作报告');
  });

  it('repairs radical look-alikes from PDF text layers, one code unit for one', () => {
    expect(repairCompatibilityCharacters('政府⼯作报告，⼈⺠⽣活，⻓期')).toBe('政府工作报告，人民生活，长期');
    expect(repairCompatibilityCharacters('⸺2021年')).toBe('——2021年');
  });

  it('refuses a path that does not exist, naming it', async () => {
    const error = await refusal(['missing.txt']);
    expect(error.code).toBe('UNREADABLE');
    expect(error.message).toContain('missing.txt');
  });

  it('refuses an unsupported file, naming it and what is allowed', async () => {
    const error = await refusal([write('report.docx', 'x')]);
    expect(error.code).toBe('UNSUPPORTED');
    expect(error.message).toMatch(/report\.docx.*\.txt, \.text, \.pdf/);
  });

  it('refuses a folder with no reports, naming it', async () => {
    mkdirSync(join(dir, 'empty'));
    writeFileSync(join(dir, 'empty', 'notes.md'), '# notes');
    const error = await refusal([join(dir, 'empty')]);
    expect(error.code).toBe('NO_REPORTS');
    expect(error.message).toMatch(/empty: holds no report.*\.txt, \.text, \.pdf/);
  });

  it('refuses a malformed sources.json, naming the entry and what is allowed', async () => {
    mkdirSync(join(dir, 'bad'));
    writeFileSync(join(dir, 'bad', 'a.txt'), '政府工作报告');
    writeFileSync(join(dir, 'bad', 'sources.json'), JSON.stringify([{ file: 'a.txt', yaer: 2021 }]));
    const error = await refusal([join(dir, 'bad')]);
    expect(error.code).toBe('BAD_SOURCES');
    expect(error.message).toMatch(/sources\.json \[0\].*unknown field "yaer"; allowed: file, id, title, year/);
    writeFileSync(join(dir, 'bad', 'sources.json'), JSON.stringify([{ file: 'b.txt', year: 2021 }]));
    expect((await refusal([join(dir, 'bad')])).message).toMatch(/names b\.txt, which is not in/);
  });

  it('refuses an empty file and a PDF that is no PDF', async () => {
    expect((await refusal([write('blank.txt', '  \n')])).code).toBe('NO_TEXT');
    const error = await refusal([write('fake.pdf', 'not a pdf')]);
    expect(error.code).toBe('NO_TEXT');
    expect(error.message).toMatch(/fake\.pdf: cannot be read as a PDF/);
  });
});

describe('npm run ingest on bad input', () => {
  it('refuses a text with no year, naming the file and what is missing, with exit code 1 and no stack', async () => {
    const file = write('noyear.txt', '政府工作报告\n\n各位代表：\n\n今年经济增长6%左右。\n');
    const run = await runIngest([file, '--out', join(dir, 'never.json')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`ingest: ${file}: no year`);
    expect(run.stderr).toContain('give "year" in');
    expect(hasStack(run.stderr)).toBe(false);
  });

  it('refuses a text whose jurisdiction cannot be found', async () => {
    const file = write('nowhere.txt', '2021年政府工作报告\n\n各位代表：\n\n今年经济增长6%左右。\n');
    const run = await runIngest([file, '--out', join(dir, 'never.json')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${file}: no jurisdiction`);
    expect(hasStack(run.stderr)).toBe(false);
  });

  it('refuses a folder with no reports, an unsupported file and an unknown option, each with exit code 1', async () => {
    mkdirSync(join(dir, 'none'));
    for (const [args, message] of [
      [[join(dir, 'none')], 'holds no report'],
      [[write('table.xlsx', 'x')], 'allowed: .txt, .text, .pdf'],
      [['--bogus'], 'unknown option --bogus; allowed: --out PATH'],
      [[], 'give at least one report file or folder'],
    ] as [string[], string][]) {
      const run = await runIngest(args);
      expect(run.code, args.join(' ')).toBe(1);
      expect(run.stderr).toContain(message);
      expect(hasStack(run.stderr)).toBe(false);
    }
  }, 60_000);
});
