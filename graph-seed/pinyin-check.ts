/**
 * A check of generated pinyin against the phrase readings of pinyin-pro: each word of a name (as
 * jieba segments it) that holds a polyphonic character must be read in the name as pinyin-pro
 * reads that word alone. pinyinOf reads a whole name at once so that one-character words keep
 * their context (了 le, 的 de); the price is that pinyin-pro may take a phrase across two words
 * of the name: 成本|行动 read through 本行 (běn háng), 比重|提高 through 重提 (chóng tí),
 * 实行|高 through 行高. Such misreadings are fixed under `words` in pinyin-readings.yaml.
 *
 * Kept apart from pinyin.ts so that the server, which reads names with pinyinOf, does not load
 * the segmenter.
 */
import { pinyin } from 'pinyin-pro';
import { readingsKnown, readingsOf, readPinyinCuration } from './pinyin.ts';
import { tagWords } from './pipeline/segmenter.ts';

/** A word of a name read in the name otherwise than pinyin-pro reads the word alone. */
export interface PhraseMisreading {
  name: string;
  word: string;
  /** The word's syllables as the name's pinyin has them. */
  reading: string;
  /** The word's syllables as pinyin-pro reads the word alone. */
  phrase: string;
}

/** pinyinOf's syllables of a name, one per Chinese character. */
export function syllablesOf(name: string): string[] {
  return readingsOf(name).filter((r) => r.isZh).map((r) => r.reading);
}

/** 一 and 不 change tone with the next syllable (tone sandhi): both readings are right. */
const SANDHI = new Set(['一', '不']);

/**
 * The misread words of `names`.
 * @param names entity names and aliases (any text; non-Chinese runs are stepped over).
 * @param readName how the project reads a name, one syllable per character (pinyinOf); a test
 *   passes another to show the check fails.
 * @returns one entry per misread word, in the order found; [] when every word is read as alone.
 */
export function phraseMisreadings(names: Iterable<string>, readName: (name: string) => string[] = syllablesOf): PhraseMisreading[] {
  const custom = Object.keys(readPinyinCuration().words);
  const problems: PhraseMisreading[] = [];
  for (const name of new Set(names)) {
    const chars = [...name];
    const isHan = chars.map((c) => /\p{Script=Han}/u.test(c));
    const syllables = readName(name);
    // The syllable index of each Chinese character of the name.
    const syllableAt: number[] = [];
    let k = 0;
    for (const han of isHan) syllableAt.push(han ? k++ : -1);
    if (k !== syllables.length) continue; // a reader that does not give one syllable per character is checked elsewhere
    // Characters a reviewed custom word covers: read as reviewed, whatever the words around say.
    const reviewed = new Set<number>();
    for (const word of custom) {
      for (let at = name.indexOf(word); at !== -1; at = name.indexOf(word, at + 1)) {
        const from = [...name.slice(0, at)].length;
        for (let i = 0; i < [...word].length; i += 1) reviewed.add(from + i);
      }
    }
    let at = 0;
    for (const { word } of tagWords(name)) {
      const wordChars = [...word];
      const span = wordChars.map((_, i) => at + i);
      at += wordChars.length;
      if (wordChars.length < 2 || !span.every((i) => isHan[i])) continue;
      const checked = span.filter((i, j) => !reviewed.has(i) && !SANDHI.has(wordChars[j]!) && readingsKnown(wordChars[j]!).length > 1);
      if (checked.length === 0) continue;
      const alone = pinyin(word, { toneType: 'symbol', type: 'array', v: false }) as string[];
      const differs = checked.some((i) => syllables[syllableAt[i]!] !== alone[i - span[0]!]);
      if (differs) problems.push({ name, word, reading: span.map((i) => syllables[syllableAt[i]!]).join(' '), phrase: alone.join(' ') });
    }
  }
  return problems;
}
