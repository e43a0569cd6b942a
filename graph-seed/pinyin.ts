/**
 * Pinyin of Chinese names, generated (never typed by hand) with pinyin-pro, which resolves
 * polyphonic characters from context (乐昌 → lè chāng, not yuè chāng).
 */
import { pinyin } from 'pinyin-pro';

/** Tone-marked pinyin, one syllable per character, Latin runs kept whole: "píng shí zhèn". */
export function pinyinOf(chinese: string): string {
  const plain = chinese.replace(/[“”‘’「」《》（）()【】\[\]、，。：；！？·—\-]/g, ' ');
  return pinyin(plain, { toneType: 'symbol', nonZh: 'consecutive', type: 'string', v: true })
    .replace(/\s+/g, ' ')
    .trim();
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
