/**
 * Pinyin of Chinese names, generated (never typed by hand) with pinyin-pro, which reads
 * polyphonic characters by the words around them (乐昌 → lè chāng, not yuè chāng), plus the
 * reviewed readings of graph-seed/pinyin-readings.yaml: words of the report its dictionary
 * reads wrongly (河长制 hé zhǎng zhì, 红军长征 hóng jūn cháng zhēng), given to pinyin-pro as
 * its custom dictionary, and the reading of every polyphonic character in every entity name,
 * which tests/seed/pinyin.test.ts holds the generated pinyin to.
 */
import { readFileSync } from 'node:fs';
import { customPinyin, pinyin, polyphonic } from 'pinyin-pro';
import { parse } from 'yaml';

export const PINYIN_CURATION_PATH = new URL('./pinyin-readings.yaml', import.meta.url);

export interface PinyinCuration {
  /** Words whose reading pinyin-pro gets wrong: word → tone-marked syllables, space-separated. */
  words: Record<string, string>;
  /** Polyphonic character → reading → the words (see polyphoneContext) it is read so in. */
  reviewed: Record<string, Record<string, string[]>>;
}

/** The curation file, checked: each word's reading has one syllable per character. */
export function readPinyinCuration(): PinyinCuration {
  const doc = parse(readFileSync(PINYIN_CURATION_PATH, 'utf8')) as Partial<PinyinCuration>;
  const words = doc.words ?? {};
  for (const [word, reading] of Object.entries(words)) {
    if ([...word].length !== reading.split(' ').length) {
      throw new Error(`pinyin: ${word} is read "${reading}" in pinyin-readings.yaml; give one syllable per character, space-separated`);
    }
  }
  return { words, reviewed: doc.reviewed ?? {} };
}

customPinyin(readPinyinCuration().words);

const PUNCTUATION = /[“”‘’「」『』《》〈〉（）()【】〔〕［］\[\]、，。：；！？·・—–\-]/g;

/** One character (or run of non-Chinese text) of a name and how it is read ('' for non-Chinese). */
export interface Reading {
  origin: string;
  reading: string;
  isZh: boolean;
}

/** The readings of a text, character by character (Latin and digit runs kept whole). */
export function readingsOf(chinese: string): Reading[] {
  return pinyin(chinese.replace(PUNCTUATION, ' '), { toneType: 'symbol', nonZh: 'consecutive', type: 'all', v: false })
    .map((r) => ({ origin: r.origin, reading: r.isZh ? r.pinyin : r.origin.trim(), isZh: r.isZh }));
}

/** Tone-marked pinyin, one syllable per character, Latin runs kept whole: "píng shí zhèn". */
export function pinyinOf(chinese: string): string {
  return readingsOf(chinese).map((r) => r.reading).filter(Boolean).join(' ').replace(/\s+/g, ' ').trim();
}

/** The readings pinyin-pro knows for a character; more than one makes it a polyphone. */
export function readingsKnown(char: string): string[] {
  return (polyphonic(char, { type: 'array', toneType: 'symbol', v: false })[0] ?? []) as string[];
}

const wordSegmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * The word a character at `index` (a code-point index) of `name` is reviewed in: the word
 * around it when the segmenter finds one of two characters or more, else the character with
 * its Chinese neighbours (河长制 for 长 in 河长制, 至长来 for 长 in S248线北乡至长来段).
 */
export function polyphoneContext(name: string, index: number): string {
  const chars = [...name];
  let at = 0;
  for (const { segment } of wordSegmenter.segment(name)) {
    const length = [...segment].length;
    if (index < at + length) {
      if (length > 1 && /^\p{Script=Han}+$/u.test(segment)) return segment;
      break;
    }
    at += length;
  }
  const han = (i: number) => (chars[i] && /\p{Script=Han}/u.test(chars[i]!) ? chars[i]! : '');
  return han(index - 1) + chars[index] + han(index + 1);
}

/** Plain pinyin without tones or spaces, for slugs and search keys: "pingshizhen". */
export function toneless(text: string): string {
  return text
    .normalize('NFD')
    .replace(/u\u0308/g, 'v')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, '')
    .toLowerCase();
}

/** A polyphone whose reading in a name is not the reviewed one (or was never reviewed). */
export interface PolyphoneProblem {
  name: string;
  char: string;
  word: string;
  /** What pinyinOf reads it as. */
  reading: string;
  /** What the review says, or null when the word was never reviewed. */
  reviewed: string | null;
}

/**
 * Checks every polyphonic character of `names` against the reviewed readings: returns each one
 * read otherwise than reviewed, or standing in a word nobody reviewed.
 */
export function polyphoneProblems(names: Iterable<string>, reviewed: PinyinCuration['reviewed'] = readPinyinCuration().reviewed): PolyphoneProblem[] {
  const problems: PolyphoneProblem[] = [];
  for (const name of names) {
    let at = 0;
    for (const r of readingsOf(name)) {
      if (r.isZh && readingsKnown(r.origin).length > 1) {
        const word = polyphoneContext(name, at);
        const entry = Object.entries(reviewed[r.origin] ?? {}).find(([, words]) => words.includes(word));
        const expected = entry ? entry[0] : null;
        if (expected !== r.reading) problems.push({ name, char: r.origin, word, reading: r.reading, reviewed: expected });
      }
      at += [...r.origin].length;
    }
  }
  return problems;
}
