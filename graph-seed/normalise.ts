/**
 * Turns the PDF text dump of the report into the one canonical text every offset refers to.
 *
 * The dump has one PDF line per text line, blank lines between them, page numbers on lines
 * of their own, and spaces that the PDF put around Latin runs and between spaced-out title
 * characters. The normalised text joins the lines of a paragraph, drops page numbers, removes
 * spaces that touch a CJK character or CJK punctuation, and separates paragraphs with "\n".
 *
 * Paragraph ends are not marked in the dump, so they are inferred from the layout: a line
 * that ends a sentence and is visibly shorter than a full line ends its paragraph, and some
 * openings (a part heading, "一、", "——", a glossary entry "[n]") always start a new one.
 */

/** Visual width of a full line of body text in the PDF, in CJK character cells. */
const FULL_LINE_WIDTH = 26.5;

const PAGE_NUMBER = /^\d{1,3}$/;

/**
 * Paragraph starts that the layout cannot show: the line before ends a sentence at the full
 * width of the page, so nothing but the lost indent marked the break. Each must open exactly
 * one PDF line.
 */
const HIDDEN_PARAGRAPH_STARTS = ['加强环境保护。'];
const SENTENCE_END = /[。！？：]$/;
const PARAGRAPH_OPENING = /^(——|[一二三四五六七八九十]+、|\[\d+\]|各位代表[，！：]|附件$|名词解释$)/;

/** CJK ideographs, CJK punctuation and full-width forms: a space touching one is layout. */
const CJK = '\\u2E80-\\u9FFF\\uF900-\\uFAFF\\uFE30-\\uFE4F\\uFF00-\\uFFEF\\u2018-\\u201F\\u2014\\u2160-\\u217F\\u300A-\\u300F';
const SPACE_AFTER_CJK = new RegExp(`([${CJK}])[ \\u00A0\\u3000]+`, 'g');
const SPACE_BEFORE_CJK = new RegExp(`[ \\u00A0\\u3000]+(?=[${CJK}])`, 'g');

/** Removes the layout spaces inside one run of text (a paragraph, or a curated quote). */
export function normaliseInline(text: string): string {
  return text
    .replace(SPACE_AFTER_CJK, '$1')
    .replace(SPACE_BEFORE_CJK, '')
    .replace(/[ \u00A0\u3000]{2,}/g, ' ')
    .trim();
}

function visualWidth(line: string): number {
  let width = 0;
  for (const char of line) width += char.charCodeAt(0) < 0x2000 ? 0.5 : 1;
  return width;
}

/** True when a PDF line closes its paragraph. */
function endsParagraph(line: string, next: string | undefined): boolean {
  if (next === undefined) return true;
  if (PARAGRAPH_OPENING.test(next) || HIDDEN_PARAGRAPH_STARTS.some((start) => next.startsWith(start))) return true;
  const short = visualWidth(line) < FULL_LINE_WIDTH;
  if (SENTENCE_END.test(line)) return short;
  // A short line with no closing punctuation is a heading or a line of the title block.
  return short && visualWidth(line) < 24;
}

/** The report's text as paragraphs joined by "\n", with page numbers and layout spaces gone. */
export function normaliseReport(raw: string): string {
  const lines = raw
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !PAGE_NUMBER.test(line));

  for (const start of HIDDEN_PARAGRAPH_STARTS) {
    if (lines.filter((line) => line.startsWith(start)).length !== 1) {
      throw new Error(`normaliseReport: the paragraph start "${start}" must open exactly one line of the report`);
    }
  }
  const paragraphs: string[] = [];
  let current = '';
  lines.forEach((line, index) => {
    // The PDF wraps anywhere, even inside a number, so lines join with nothing between them.
    current += line;
    if (endsParagraph(line, lines[index + 1])) {
      paragraphs.push(normaliseInline(current));
      current = '';
    }
  });
  return paragraphs.join('\n') + '\n';
}
