/**
 * Search-box logic that belongs to the client: cleaning what an input method produced before
 * it is sent (full-width letters, the apostrophes pinyin IMEs put between syllables), deciding
 * when a query is worth sending, and finding what to highlight in a hit, across tones, spaces
 * and case, so `pingshi` lights up `píng shí zhèn` and `forest city` lights up `Forest City`.
 */

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** Full-width ASCII (Ａ１，) to half-width, IME syllable apostrophes out, spaces collapsed. */
export function normaliseQuery(raw: string): string {
  return raw
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .replace(/(?<=[a-z])['’](?=[a-z])/gi, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** One Chinese character is a meaningful query (镇, 园); a single Latin letter is not. */
export function isSearchable(query: string): boolean {
  if (CJK.test(query)) return true;
  if (/^\[?\d+\]?$/.test(query)) return true;
  return query.replace(/\s/g, '').length >= 2;
}

/** Lower case, tone marks and other diacritics removed, width folded. */
function foldChar(char: string): string {
  return normaliseQuery(char).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

export interface Segment {
  text: string;
  match: boolean;
}

/**
 * Splits `text` into matched and unmatched segments for `query`, ignoring case, tone marks and
 * spaces. Tries the whole query first, then each space-separated word.
 */
export function highlightMatches(text: string, query: string): Segment[] {
  const chars = Array.from(text);
  let folded = '';
  const origin: number[] = [];
  chars.forEach((char, i) => {
    const f = foldChar(char).replace(/\s/g, '');
    for (const part of f) {
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
  const cleaned = normaliseQuery(query).replace(/^\[|\]$/g, '');
  const whole = Array.from(cleaned).map(foldChar).join('').replace(/\s/g, '');
  if (!mark(whole)) {
    for (const word of cleaned.split(' ')) {
      const foldedWord = Array.from(word).map(foldChar).join('');
      if (foldedWord.length >= 2 || CJK.test(foldedWord)) mark(foldedWord);
    }
  }
  const segments: Segment[] = [];
  chars.forEach((char, i) => {
    const last = segments[segments.length - 1];
    if (last && last.match === marked[i]) last.text += char;
    else segments.push({ text: char, match: marked[i]! });
  });
  return segments;
}
