/**
 * What `npm run ingest` reads: files and folders of government work reports, turned into the
 * corpus build's inputs (corpus.ts `CorpusReportInput`).
 *
 * Accepted input:
 * - a text file (.txt, .text), UTF-8 or GB 18030 (GBK) encoded;
 * - a PDF (.pdf) with a text layer, read with unpdf (a maintained build of Mozilla's PDF.js);
 * - a folder: every .txt/.text/.pdf file directly inside it (sub-folders are not read).
 * Radical look-alikes a PDF's text layer gives for ideographs are repaired first (compat-characters.ts).
 *
 * What the text does not say (year, title, jurisdiction, source …) may be given as data:
 * - a folder's `sources.json`: an array of `{ file, year?, title?, source?, date?, jurisdiction?,
 *   speaker?, speakerTitle?, sourceKind? }`, one entry per file (the national folder has one);
 * - a sidecar `<name>.json` beside `<name>.txt` or `<name>.pdf` with the same fields but `file`,
 *   which wins over the folder's entry.
 *
 * Source kind (how the text was produced, which decides how it is normalised), by rule:
 * `sourceKind` in the sidecar or sources.json entry when given; else PDF_TEXT for a .pdf; else,
 * for a text file, PDF_TEXT when it holds form feeds or fewer than 45% of its non-empty lines
 * end a sentence (a PDF dump breaks lines inside sentences), and WEB_TEXT otherwise (scraped text
 * has a paragraph per block).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { SeedBuildError } from '../errors.ts';
import { repairCompatibilityCharacters } from './compat-characters.ts';
import type { CorpusReportInput } from '../corpus.ts';
import type { ReportSidecar } from '../pipeline/report-meta.ts';
import { SOURCE_KINDS, type SourceKind } from '../pipeline/types.ts';

/** File name endings `ingest` reads as reports. */
export const ALLOWED_EXTENSIONS = ['.txt', '.text', '.pdf'] as const;
const ALLOWED = ALLOWED_EXTENSIONS.join(', ');

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export type IngestProblem = 'UNREADABLE' | 'UNSUPPORTED' | 'NO_REPORTS' | 'BAD_SOURCES' | 'BAD_SIDECAR' | 'NO_TEXT';

/** An input that cannot be read as a report: names the path, what is wrong and what is allowed. */
export class IngestError extends SeedBuildError {
  override readonly name: string = 'IngestError';
  constructor(readonly path: string, readonly code: IngestProblem, problem: string) {
    super(path, problem);
  }
}

/** What a sources.json entry or a sidecar JSON may say; `sourceKind` besides the report's fields. */
type SidecarData = ReportSidecar & { sourceKind?: SourceKind };

const SIDECAR_FIELDS = new Set(['id', 'title', 'year', 'date', 'jurisdiction', 'speaker', 'speakerTitle', 'source', 'sourceKind']);

/** How a path is written in the seed and in messages: relative to the project root when inside it or beside it. */
export function displayPath(path: string, root: string = PROJECT_ROOT): string {
  const rel = relative(root, path);
  if (!isAbsolute(rel) && !/^\.\.[/\\]\.\./.test(rel)) return rel.split('\\').join('/');
  return path;
}

function checkSidecar(data: unknown, where: string, code: IngestProblem, allowFile: boolean): SidecarData & { file?: string } {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new IngestError(where, code, 'must be a JSON object of the fields year, title, date, jurisdiction, speaker, speakerTitle, source, sourceKind');
  }
  const record = data as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!SIDECAR_FIELDS.has(key) && !(allowFile && key === 'file')) {
      throw new IngestError(where, code, `unknown field "${key}"; allowed: ${[...(allowFile ? ['file'] : []), ...SIDECAR_FIELDS].join(', ')}`);
    }
  }
  if (record.sourceKind !== undefined && !SOURCE_KINDS.includes(record.sourceKind as SourceKind)) {
    throw new IngestError(where, code, `sourceKind "${String(record.sourceKind)}" is not one of ${SOURCE_KINDS.join(', ')}`);
  }
  for (const key of ['title', 'date', 'speaker', 'speakerTitle', 'source', 'id']) {
    if (record[key] !== undefined && typeof record[key] !== 'string') throw new IngestError(where, code, `${key} must be a string`);
  }
  if (record.year !== undefined && typeof record.year !== 'number') throw new IngestError(where, code, 'year must be a number (2021)');
  return record as SidecarData & { file?: string };
}

function readJson(path: string, code: IngestProblem): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new IngestError(displayPath(path), code, `is not readable JSON: ${(error as Error).message}`);
  }
}

/** A folder's sources.json entries by file name, or an empty map when it has none. */
function readSources(folder: string): Map<string, SidecarData> {
  const path = join(folder, 'sources.json');
  if (!existsSync(path)) return new Map();
  const where = displayPath(path);
  const data = readJson(path, 'BAD_SOURCES');
  if (!Array.isArray(data)) throw new IngestError(where, 'BAD_SOURCES', 'must be an array of { file, year?, title?, source? … } entries');
  const entries = new Map<string, SidecarData>();
  data.forEach((entry, index) => {
    const { file, ...fields } = checkSidecar(entry, `${where} [${index}]`, 'BAD_SOURCES', true);
    if (typeof file !== 'string' || file === '') throw new IngestError(`${where} [${index}]`, 'BAD_SOURCES', '`file` (the report file, relative to the folder) is required');
    if (!existsSync(join(folder, file))) throw new IngestError(`${where} [${index}]`, 'BAD_SOURCES', `names ${file}, which is not in ${displayPath(folder)}`);
    entries.set(resolve(folder, file), fields);
  });
  return entries;
}

/** Decodes a text file: UTF-8, or GB 18030 (which covers GBK and GB 2312) when it is not valid UTF-8. */
function decodeText(bytes: Uint8Array, where: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    try {
      return new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    } catch {
      throw new IngestError(where, 'NO_TEXT', 'is neither UTF-8 nor GB 18030 (GBK) text; save it as UTF-8');
    }
  }
}

/** The rule for a text file's source kind (see the module comment). */
export function detectSourceKind(text: string): SourceKind {
  if (text.includes('\f')) return 'PDF_TEXT';
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 0);
  if (lines.length === 0) return 'WEB_TEXT';
  const ending = lines.filter((l) => /[。！？：；…”’」』）)]$/.test(l)).length;
  return ending / lines.length < 0.45 ? 'PDF_TEXT' : 'WEB_TEXT';
}

/**
 * The text layer of a PDF, page by page (each page's lines as PDF.js gives them), pages joined
 * by a line break. unpdf is loaded only when a PDF is read.
 * @throws IngestError NO_TEXT when the PDF cannot be parsed or has no text layer (a scan needs OCR first).
 */
export async function pdfText(bytes: Uint8Array, where: string): Promise<string> {
  const { extractText, getDocumentProxy } = await import('unpdf');
  let pages: string[];
  try {
    const document = await getDocumentProxy(new Uint8Array(bytes));
    pages = (await extractText(document, { mergePages: false })).text;
  } catch (error) {
    throw new IngestError(where, 'NO_TEXT', `cannot be read as a PDF: ${(error as Error).message}`);
  }
  const text = pages.join('\n');
  if (text.replace(/\s/g, '').length === 0) throw new IngestError(where, 'NO_TEXT', 'has no text layer (a scanned PDF needs OCR first)');
  return text;
}

async function readReportFile(path: string, sidecar: SidecarData): Promise<CorpusReportInput> {
  const where = displayPath(path);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new IngestError(where, 'UNREADABLE', `cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const isPdf = extname(path).toLowerCase() === '.pdf';
  const raw = repairCompatibilityCharacters(isPdf ? await pdfText(bytes, where) : decodeText(bytes, where));
  if (raw.trim().length === 0) throw new IngestError(where, 'NO_TEXT', 'is empty');
  const { sourceKind, ...fields } = sidecar;
  return {
    raw,
    sourceKind: sourceKind ?? (isPdf ? 'PDF_TEXT' : detectSourceKind(raw)),
    file: where,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    sidecar: fields,
  };
}

/** The sidecar of one file: its folder's sources.json entry, overridden by `<name>.json` beside it. */
function sidecarOf(path: string, sources: Map<string, SidecarData>): SidecarData {
  const own = join(dirname(path), `${basename(path, extname(path))}.json`);
  const fromOwn = existsSync(own) ? checkSidecar(readJson(own, 'BAD_SIDECAR'), displayPath(own), 'BAD_SIDECAR', false) : {};
  return { ...(sources.get(resolve(path)) ?? {}), ...fromOwn };
}

const isReportFile = (name: string) => (ALLOWED_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase());

/**
 * Reads the given files and folders as reports.
 * @param paths files or folders, relative to `cwd` or absolute.
 * @returns one input per report file, in the order given (folders in file-name order).
 * @throws IngestError UNREADABLE (a path that does not exist or cannot be read), UNSUPPORTED (a
 *   file that is not .txt/.text/.pdf), NO_REPORTS (a folder with no report file), BAD_SOURCES /
 *   BAD_SIDECAR (malformed metadata), NO_TEXT (an empty file, a PDF without text) — each naming the path.
 */
export async function readInputs(paths: string[], cwd: string = process.cwd()): Promise<CorpusReportInput[]> {
  const inputs: CorpusReportInput[] = [];
  for (const given of paths) {
    const path = resolve(cwd, given);
    let stat;
    try {
      stat = statSync(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new IngestError(given, 'UNREADABLE', code === 'ENOENT' ? 'no such file or folder' : `cannot be read (${code ?? (error as Error).message})`);
    }
    if (stat.isDirectory()) {
      let names: string[];
      try {
        names = readdirSync(path).sort();
      } catch (error) {
        throw new IngestError(given, 'UNREADABLE', `cannot be listed (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
      }
      const sources = readSources(path);
      const files = names.filter(isReportFile).map((n) => join(path, n)).filter((f) => statSync(f).isFile());
      if (files.length === 0) {
        throw new IngestError(given, 'NO_REPORTS', `holds no report: no ${ALLOWED} file directly inside it (sources.json and <name>.json sidecars only describe them)`);
      }
      for (const file of files) inputs.push(await readReportFile(file, sidecarOf(file, sources)));
    } else {
      if (!isReportFile(path)) throw new IngestError(given, 'UNSUPPORTED', `is not a report file this reads; allowed: ${ALLOWED}, or a folder of them`);
      const sources = readSources(dirname(path));
      inputs.push(await readReportFile(path, sidecarOf(path, sources)));
    }
  }
  return inputs;
}
