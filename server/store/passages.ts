/**
 * The passage a reader sees for a mention: the quote, and the sentence (or sentences) around
 * it, so the quote can be shown highlighted inside its context without loading the report.
 */
import type { Passage } from './types.ts';

const SENTENCE_END = /[。！？；\n]/;

export function passageOf(text: string, start: number, end: number): Passage {
  let from = start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1]!)) from -= 1;
  let to = end;
  if (!SENTENCE_END.test(text[end - 1] ?? '')) {
    while (to < text.length && !SENTENCE_END.test(text[to]!)) to += 1;
    if (to < text.length && text[to] !== '\n') to += 1;
  }
  return { quote: text.slice(start, end), context: text.slice(from, to).replace(/\n$/, ''), quoteOffset: start - from };
}
