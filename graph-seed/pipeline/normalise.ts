/**
 * Turns the text of any government work report, as it arrives, into the one canonical text
 * every offset of the pipeline refers to: paragraphs joined by "\n", simplified characters.
 *
 * Two source kinds, two layouts:
 * - PDF_TEXT: a PDF's text dump. One PDF line per text line, page numbers on lines of their own
 *   (12, - 12 -, 第12页), spaces around Latin runs and between spaced-out title characters.
 *   Paragraph ends are not marked, so they are inferred from the layout as graph-seed/normalise.ts
 *   does for Lechang, but with the full line width measured from the document instead of fixed.
 * - WEB_TEXT: text scraped from a page. A paragraph per block, blocks between blank lines;
 *   links split a paragraph into lines of their own (根据《\n…\n》); zero-width spaces; a block
 *   broken in the middle of a word (…交出一份人\n\u200b\n民满意…) or a number (…达到74.4\n\u200b\n万亿元…); a licence or page footer after
 *   the report.
 * Both: zero-width characters go, full-width digits and ％ become ASCII (one code unit for one,
 * so nothing shifts), a footer after the report is cut off and returned apart, and a text in
 * traditional characters is converted with OpenCC (opencc-js), the maintained converter.
 */
import * as OpenCC from 'opencc-js';
import { normaliseInline } from '../normalise.ts';
import type { SourceKind } from './types.ts';

export interface NormalisedReport {
  /** The canonical text: paragraphs joined by "\n", ending with "\n". */
  text: string;
  /** What was cut off after the report (a licence notice, page furniture); '' when nothing was. */
  footer: string;
  /** True when the input was in traditional characters and was converted. */
  convertedFromTraditional: boolean;
}

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const PAGE_NUMBER = /^(?:[-—–]\s*)?\d{1,3}(?:\s*[-—–])?$|^第\s*\d{1,3}\s*页(?:\s*[，,]?\s*共\s*\d{1,3}\s*页)?$|^\d{1,3}\s*\/\s*\d{1,3}$/;
/**
 * Lines that open what follows a report on a web page or in a PDF: a licence notice, an
 * editor's line, print/close buttons, share widgets. Only looked for in the last third.
 */
const FOOTER_START = /^(本作品(是|在|来自)|Public domain$|责任编辑[:：]|【(打印|关闭|字号|纠错)|扫一扫|分享到|版权所有|Copyright|©|相关(链接|稿件|新闻)[:：]?$|来源[:：]\s*\S+$|注：中文维基文库)/;
/** Closing punctuation: a block that ends with one of these ends a sentence. */
const CLOSES = /[。！？：；…”’」』）)]$/;
/** Openings that always start a paragraph: headings of the genre, addresses, glossary entries. */
const PARAGRAPH_OPENING = /^(——|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\[\d+\]|各位代表[，！：]|附件$|名词解释$|[一二三四五六七八九十]+是)/;

/** Share of changed CJK characters above which a text is taken to be in traditional characters. */
const TRADITIONAL_SHARE = 0.02;

let toSimplified: ((text: string) => string) | undefined;

function simplified(text: string): string {
  toSimplified ??= OpenCC.Converter({ from: 't', to: 'cn' });
  return toSimplified(text);
}

/** True when a sample converts with more than 2% of its CJK characters changed. */
function looksTraditional(text: string): boolean {
  const sample = text.slice(0, 20000);
  const converted = simplified(sample);
  if (converted.length !== sample.length) return true;
  let cjk = 0;
  let changed = 0;
  for (let i = 0; i < sample.length; i++) {
    if (/[\u4E00-\u9FFF]/.test(sample[i]!)) {
      cjk += 1;
      if (converted[i] !== sample[i]) changed += 1;
    }
  }
  return cjk > 0 && changed / cjk > TRADITIONAL_SHARE;
}

/** Full-width digits, ％ and ． between digits become ASCII: the rules read numbers in one form. */
function asciiNumbers(text: string): string {
  return text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/％/g, '%')
    .replace(/(?<=\d)．(?=\d)/g, '.');
}

/** Splits off a footer that starts on a line of its own in the last third of the lines. */
function cutFooter(lines: string[]): { body: string[]; footer: string[] } {
  const from = Math.floor(lines.length * (2 / 3));
  for (let i = from; i < lines.length; i++) {
    if (FOOTER_START.test(lines[i]!.trim())) return { body: lines.slice(0, i), footer: lines.slice(i) };
  }
  return { body: lines, footer: [] };
}

function visualWidth(line: string): number {
  let width = 0;
  for (const char of line) width += char.charCodeAt(0) < 0x2000 ? 0.5 : 1;
  return width;
}

/** The width of a full line of body text: the 80th percentile of the widths of the longer lines. */
function fullLineWidth(lines: string[]): number {
  const widths = lines.map(visualWidth).filter((w) => w >= 10).sort((a, b) => a - b);
  if (widths.length === 0) return Infinity;
  return widths[Math.floor(widths.length * 0.8)]!;
}

/** Paragraphs of a PDF dump: lines joined until one ends a sentence short of the full width. */
function pdfParagraphs(lines: string[]): string[] {
  const kept = lines.map((l) => l.trim()).filter((l) => l.length > 0 && !PAGE_NUMBER.test(l));
  const full = fullLineWidth(kept);
  const paragraphs: string[] = [];
  let current = '';
  kept.forEach((line, index) => {
    // The PDF wraps anywhere, even inside a number, so lines join with nothing between them.
    current += line;
    const next = kept[index + 1];
    const width = visualWidth(line);
    const ends = next === undefined
      || PARAGRAPH_OPENING.test(next)
      // A sentence that stops short of the margin ends its paragraph.
      || (CLOSES.test(line) && width < full - 1.5)
      // A short line with no closing mark is a heading or a line of the title block.
      || (!CLOSES.test(line) && width < full - 3 && !/[，、]$/.test(line));
    if (ends) {
      paragraphs.push(current);
      current = '';
    }
  });
  return paragraphs;
}

/**
 * Paragraphs of scraped text: blocks between blank lines, the lines of a block joined; a block
 * that stops in mid-sentence after a long run of text continues in the next block.
 */
function webParagraphs(lines: string[]): string[] {
  const blocks: string[] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line.trim() === '') {
      if (current.length > 0) blocks.push(current.join(''));
      current = [];
    } else current.push(line.trim());
  }
  if (current.length > 0) blocks.push(current.join(''));

  const paragraphs: string[] = [];
  for (const block of blocks) {
    const previous = paragraphs[paragraphs.length - 1];
    // A block with no closing mark continues in the next one when it is no heading: it is long,
    // or it already holds a finished sentence (headings hold none), or it stops inside a
    // quantity (…达到74.4 / 万亿元，…), which no heading or title line does.
    const brokenInWord = previous !== undefined
      && !CLOSES.test(previous)
      && !PARAGRAPH_OPENING.test(block)
      && (visualWidth(previous) > 40 || /[。！？；]/.test(previous) || (/\d$/.test(previous) && /^[^\d\s]/.test(block)));
    if (brokenInWord) paragraphs[paragraphs.length - 1] = previous + block;
    else paragraphs.push(block);
  }
  return paragraphs;
}

/**
 * The canonical text of a report.
 *
 * @param raw the report as read from its file (UTF-8 text).
 * @param sourceKind PDF_TEXT for a PDF's text dump, WEB_TEXT for scraped web text.
 * @returns the text (paragraphs joined by "\n", ending with "\n"), the footer cut off after
 *   the report, and whether traditional characters were converted.
 */
export function normalise(raw: string, sourceKind: SourceKind): NormalisedReport {
  let text = asciiNumbers(raw.replace(ZERO_WIDTH, '').replace(/\r\n?/g, '\n'));
  const convertedFromTraditional = looksTraditional(text);
  if (convertedFromTraditional) text = simplified(text);
  const { body, footer } = cutFooter(text.split('\n'));
  const paragraphs = (sourceKind === 'PDF_TEXT' ? pdfParagraphs(body) : webParagraphs(body))
    .map(normaliseInline)
    .filter((p) => p.length > 0);
  return {
    text: paragraphs.join('\n') + '\n',
    footer: footer.join('\n').trim(),
    convertedFromTraditional,
  };
}
