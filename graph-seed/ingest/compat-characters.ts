/**
 * Characters a PDF's text layer gives in place of the ideographs a reader sees. Many Chinese
 * PDFs (Chromium's and Word's among them) map common glyphs to the Kangxi Radicals block
 * (⼯ U+2F2F for 工, ⼈ U+2F08 for 人) or the CJK Radicals Supplement (⺠ U+2EA0 for 民,
 * ⻓ U+2ED3 for 长): the text looks right and matches nothing. Kangxi radicals are mapped by
 * Unicode's own NFKC decomposition; the supplement has no decomposition for most, so the
 * ones that stand for a whole simplified character are mapped by the table below, taken from
 * Unicode's EquivalentUnifiedIdeograph.txt. Every replacement is one UTF-16 code unit for one,
 * except the em-dash ligatures (⸺ for ——), so run it before normalising.
 */
import * as OpenCC from 'opencc-js';

/** CJK Radicals Supplement → the unified ideograph it is equivalent to (EquivalentUnifiedIdeograph.txt). */
const RADICALS_SUPPLEMENT: Record<string, string> = {
  '\u2E81': '厂', '\u2E8C': '小', '\u2E9F': '母', '\u2EA0': '民', '\u2EC1': '虎', '\u2EC4': '西', '\u2EC5': '见', '\u2EC6': '角',
  '\u2EC9': '贝', '\u2ECB': '车', '\u2ED0': '钅', '\u2ED1': '長', '\u2ED3': '长', '\u2ED4': '门', '\u2ED7': '雨', '\u2ED8': '青',
  '\u2ED9': '韦', '\u2EDA': '页', '\u2EDB': '风', '\u2EDC': '飞', '\u2EDD': '食', '\u2EE2': '马', '\u2EE3': '骨', '\u2EE4': '鬼',
  '\u2EE5': '鱼', '\u2EE6': '鸟', '\u2EE7': '卤', '\u2EE8': '麦', '\u2EE9': '黄', '\u2EEC': '齐', '\u2EEE': '齿', '\u2EF0': '龙',
  '\u2EF3': '龟',
};
const KANGXI = /[\u2F00-\u2FD5]/g;
const SUPPLEMENT = /[\u2E80-\u2EF3]/g;

let toSimplified: ((text: string) => string) | undefined;

/**
 * The text with radical look-alikes replaced by the ideographs they stand for, and the two- and
 * three-em dashes by the em dashes the genre writes (⸺ → ——).
 * A Kangxi radical whose NFKC form is a traditional character (⼾ → 戶) is given in the
 * simplified form (户) when the text around it is simplified (OpenCC, as the pipeline uses):
 * the glyph a simplified font draws for it is the simplified one.
 */
export function repairCompatibilityCharacters(text: string): string {
  if (!/[\u2E80-\u2FD5\u2E3A\u2E3B]/.test(text)) return text;
  toSimplified ??= OpenCC.Converter({ from: 't', to: 'cn' });
  return text
    .replace(KANGXI, (c) => toSimplified!(c.normalize('NFKC')))
    .replace(SUPPLEMENT, (c) => RADICALS_SUPPLEMENT[c] ?? c)
    .replace(/\u2E3A/g, '——')
    .replace(/\u2E3B/g, '———');
}
