/**
 * Chinese word segmentation with part-of-speech tags, on jieba (@node-rs/jieba: the Rust jieba
 * with its default dictionary, shipped as prebuilt binaries inside the npm package). Tags are
 * jieba's (ICTCLAS-style): n noun, ns place, nr person, nt organisation, nz other proper noun,
 * v verb, vn verbal noun, a adjective, d adverb, p preposition, c conjunction, u* particles,
 * m numeral, x punctuation and other symbols.
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';

/** One word of the text, with its tag and its span [start, end) in UTF-16 code units. */
export interface TaggedWord {
  word: string;
  tag: string;
  start: number;
  end: number;
}

let jieba: Jieba | undefined;

/**
 * The words of `text` in order, each with its POS tag and offsets into `text`.
 * @throws Error when the segmenter's words do not add up to the text (it would be a bug in the
 *   binding: offsets would then point to the wrong place).
 */
export function tagWords(text: string): TaggedWord[] {
  jieba ??= Jieba.withDict(dict);
  const words: TaggedWord[] = [];
  let at = 0;
  // Line by line: the segmenter drops line breaks, and paragraphs never share a name.
  for (const line of text.split('\n')) {
    for (const { word, tag } of jieba.tag(line, true)) {
      if (text.startsWith(word, at)) {
        words.push({ word, tag, start: at, end: at + word.length });
        at += word.length;
      } else {
        throw new Error(`tagWords: the segmenter returned "${word}" where the text has "${text.slice(at, at + word.length)}" (offset ${at})`);
      }
    }
    at += 1;
  }
  return words;
}
