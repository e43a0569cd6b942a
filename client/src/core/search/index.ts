/**
 * Search-box logic that belongs to the client: cleaning what an input method produced before
 * it is sent (full-width letters, the apostrophes pinyin IMEs put between syllables), deciding
 * when a query is worth sending, and finding what to highlight in a hit. Highlighting reads the
 * query and the text with the server's own normaliser (graph-seed/text/normalise-query.ts), so
 * what lights up is what the server matched: `pingshi` in `píng shí zhèn`, `(乐昌段)` in
 * `（乐昌段）`, `revitalization` in `Revitalisation`.
 */
import { englishStem, glossaryNumber, HAN, queryWords, searchKey } from '../../../../graph-seed/text/normalise-query.ts';

/** Full-width ASCII (Ａ１，［］) to half-width, IME syllable apostrophes out, spaces collapsed. */
export function normaliseQuery(raw: string): string {
  return raw
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .replace(/(?<=[a-z])['’](?=[a-z])/gi, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** One Chinese character is a meaningful query (镇, 园); so is a glossary number in any bracket; a single Latin letter is not. */
export function isSearchable(query: string): boolean {
  if (HAN.test(query)) return true;
  if (glossaryNumber(query, true) !== null) return true;
  return searchKey(query).length >= 2;
}

export interface Segment {
  text: string;
  match: boolean;
}

const LATIN_LETTER = /[\p{Script=Latin}\p{N}'’]/u;

/**
 * Splits `text` into matched and unmatched segments for `query`, read as the server reads it:
 * case, width, tone marks, spaces and punctuation do not count. Tries the whole query first,
 * then each word, and an English word by its stem (either spelling).
 */
export function highlightMatches(text: string, query: string): Segment[] {
  const chars = Array.from(text);
  let folded = '';
  const origin: number[] = [];
  chars.forEach((char, i) => {
    for (const part of searchKey(char)) {
      folded += part;
      origin.push(i);
    }
  });
  const marked = new Array<boolean>(chars.length).fill(false);
  const mark = (needle: string) => {
    if (!needle) return false;
    let found = false;
    for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + needle.length)) {
      for (let k = origin[at]!; k <= origin[at + needle.length - 1]!; k += 1) marked[k] = true;
      found = true;
    }
    return found;
  };
  if (!mark(searchKey(query))) {
    const stems: string[] = [];
    for (const word of queryWords(query)) {
      if (word.kind === 'han' || word.text.length >= 2) {
        if (!mark(word.text) && word.kind === 'latin' && /^[a-z]{3,}$/.test(word.text)) stems.push(englishStem(word.text));
      }
    }
    if (stems.length > 0) markEnglishWords(chars, marked, stems);
  }
  const segments: Segment[] = [];
  chars.forEach((char, i) => {
    const last = segments[segments.length - 1];
    if (last && last.match === marked[i]) last.text += char;
    else segments.push({ text: char, match: marked[i]! });
  });
  return segments;
}

/** Marks each Latin word of the text whose stem starts with one of `stems`. */
function markEnglishWords(chars: string[], marked: boolean[], stems: string[]) {
  for (let start = 0; start < chars.length;) {
    if (!LATIN_LETTER.test(chars[start]!)) {
      start += 1;
      continue;
    }
    let end = start;
    while (end < chars.length && LATIN_LETTER.test(chars[end]!)) end += 1;
    const stem = englishStem(searchKey(chars.slice(start, end).join('')));
    if (stems.some((s) => stem.startsWith(s))) for (let k = start; k < end; k += 1) marked[k] = true;
    start = end;
  }
}
