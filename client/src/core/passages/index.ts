/**
 * A passage as the panels show it: the sentence with the quoted span marked. The API gives the
 * quote's offset inside the sentence; when that does not line up (it should, but a reader must
 * never see a wrong highlight) the quote is looked up in the sentence instead.
 */
export interface PassageParts {
  before: string;
  quote: string;
  after: string;
  /** False when the quote could not be placed in the sentence; then `before` holds it all. */
  located: boolean;
}

export function splitPassage(context: string, contextStart: number, quote: string): PassageParts {
  let at = contextStart;
  if (!(at >= 0 && context.slice(at, at + quote.length) === quote)) at = quote ? context.indexOf(quote) : -1;
  if (at < 0) return { before: context, quote: '', after: '', located: false };
  return { before: context.slice(0, at), quote, after: context.slice(at + quote.length), located: true };
}

/** The section path as a breadcrumb, outermost first. */
export function sectionTrail(path: readonly string[]): string {
  return path.join(' › ');
}

/** Punctuation that only running text has; the report's title, byline and headings have none of it. */
const SENTENCE_MARKS = /[。；，！？：、]/;

/** True when a passage's sentence is running text, not a title, byline or heading line ("乐昌市市长钟曦"). */
export function isRunningText(context: string): boolean {
  return SENTENCE_MARKS.test(context);
}

/**
 * Passages in the order a reader should see them when only a few fit (a printed briefing's key
 * passages): running text first, in report order, then title and heading lines, so a 乐昌市 view
 * quotes what the report says about the city, not its byline.
 */
export function keyPassagesFirst<T extends { context: string }>(passages: readonly T[]): T[] {
  return [...passages.filter((p) => isRunningText(p.context)), ...passages.filter((p) => !isRunningText(p.context))];
}
