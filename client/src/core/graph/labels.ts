/**
 * Node labels in the reader's chosen language. The canvas shows a short label (long strategy
 * sentences would cover their neighbours) and the full one for the node under the pointer or
 * selected. Both are computed once per node and language, so sigma's reducers only look up.
 */
import type { GraphEntity } from './types.ts';

export const LABEL_LANGUAGES = ['zh', 'en', 'pinyin', 'both'] as const;
export type LabelLanguage = (typeof LABEL_LANGUAGES)[number];

export const LABEL_LANGUAGE_NAMES: Record<LabelLanguage, string> = {
  zh: '中文',
  en: 'English',
  pinyin: 'Pinyin',
  both: '中文 + EN',
};

/**
 * Width budget of a short label, in half-width units (a CJK character counts 2): eleven Chinese
 * characters, enough for a name but not a strategy's lead sentence; English and pinyin names
 * are longer for the same meaning, and are kept whole up to 80 letters (the placement on the
 * canvas leaves out a label that has no room rather than cutting it).
 */
const SHORT_LABEL_UNITS: Record<LabelLanguage, number> = { zh: 22, en: 80, pinyin: 80, both: 96 };

type Named = Pick<GraphEntity, 'name' | 'nameEn' | 'pinyin'>;

export function fullLabel(entity: Named, language: LabelLanguage): string {
  switch (language) {
    case 'zh':
      return entity.name;
    case 'en':
      return entity.nameEn || entity.name;
    case 'pinyin':
      return entity.pinyin || entity.name;
    case 'both':
      return entity.nameEn ? `${entity.name} · ${entity.nameEn}` : entity.name;
  }
}

const isWide = (char: string) => /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/.test(char);

/**
 * Cuts a label to a display width (the ellipsis included), counting full-width characters
 * double; a cut inside a Latin word moves back to the space before it when there is one.
 */
export function shortenLabel(label: string, units = SHORT_LABEL_UNITS.zh): string {
  const chars = Array.from(label);
  let used = 0;
  for (const char of chars) used += isWide(char) ? 2 : 1;
  if (used <= units) return label;
  let index = 0;
  used = 1;
  for (const char of chars) {
    used += isWide(char) ? 2 : 1;
    if (used > units) break;
    index += 1;
  }
  let cut = chars.slice(0, index).join('');
  if (/[A-Za-z]/.test(chars[index] ?? '') && /[A-Za-z]$/.test(cut)) {
    const space = cut.lastIndexOf(' ');
    if (space > 0) cut = cut.slice(0, space);
  }
  return `${cut.trimEnd()}…`;
}

export interface LabelTable {
  short: ReadonlyMap<string, string>;
  full: ReadonlyMap<string, string>;
}

export function buildLabelTable(entities: Iterable<GraphEntity>, language: LabelLanguage): LabelTable {
  const short = new Map<string, string>();
  const full = new Map<string, string>();
  for (const entity of entities) {
    const label = fullLabel(entity, language);
    full.set(entity.id, label);
    short.set(entity.id, shortenLabel(label, SHORT_LABEL_UNITS[language]));
  }
  return { short, full };
}

/** Every distinct character any label can show, so the font's subsets can be loaded before drawing. */
export function labelCharacters(entities: Iterable<GraphEntity>): string {
  const chars = new Set<string>('…·');
  for (const entity of entities) {
    for (const text of [entity.name, entity.nameEn ?? '', entity.pinyin ?? '']) {
      for (const char of text) chars.add(char);
    }
  }
  return Array.from(chars).sort().join('');
}
