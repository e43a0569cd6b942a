/**
 * One reading of search text, shared by the memory store, the Neo4j store and the client's
 * highlighting, so a query and a name are always cut and folded the same way.
 *
 * Folding: Unicode NFKC (full-width letters, digits and brackets to their plain forms), lower
 * case, tone marks and other diacritics removed (ü and its toned forms become `v`, as pinyin
 * keyboards type it). Every character that is not a letter or a digit (all punctuation: CJK
 * and Latin quotes of every style, brackets 【】［］〔〕〖〗「」『』《》（）, interpuncts ·・,
 * dashes —–‐－, commas 、，, symbols + %) separates words; an apostrophe between two Latin
 * letters joins them (`ping'shi`, `women's`), as pinyin IMEs and English possessives write it.
 *
 * This module runs in the browser too: it depends on the `stemmer` package only (Porter's
 * algorithm, a few hundred lines, no Node built-ins).
 */
import { stemmer } from 'stemmer';

/** One Han character (CJK unified ideographs of every block, after NFKC). */
export const HAN = /\p{Script=Han}/u;
const HAN_RUNS = /\p{Script=Han}+/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;
const LATIN_APOSTROPHE = /(?<=[a-z])['’‘`´](?=[a-z])/g;
/**
 * Text whose search reading full folding would not change beyond lower case: ASCII, general
 * punctuation, CJK punctuation (less the ideographic tone marks, combining marks, and 〸〹〺,
 * which NFKC turns into Han) and the main Han blocks (tests/seed/normalise-query.test.ts checks
 * every character). Most names and queries are; indexing a large graph is that much faster.
 */
const UNCHANGED_BY_NFKC = /^[\x00-\x7f\u2010-\u2027\u2030-\u205e\u3001-\u3029\u3030-\u3037\u303b-\u303f\u3400-\u4dbf\u4e00-\u9fff]*$/;

/**
 * Folds text for comparison: NFKC, lower case, diacritics off (ü → v). Keeps punctuation and
 * spaces where they are (one character may become several: `Ａ` → `a`, `½` → `1⁄2`).
 */
export function foldText(text: string): string {
  if (UNCHANGED_BY_NFKC.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/u\u0308/g, 'v')
    .replace(/\p{M}/gu, '')
    .normalize('NFC');
}

/** Folded text with every run of non-word characters turned into one space, trimmed. */
export function searchText(text: string): string {
  return foldText(text).replace(LATIN_APOSTROPHE, '').replace(NOT_WORD, ' ').trim();
}

/** The compact key of a text: folded, letters, digits and Han only. Equal keys mean the same name. */
export function searchKey(text: string): string {
  return searchText(text).replace(/ /g, '');
}

/** The Han characters of a text, run together (punctuation, spaces and Latin dropped). */
export function hanKey(text: string): string {
  return (foldText(text).match(HAN_RUNS) ?? []).join('');
}

export interface QueryWord {
  /** The folded word: a run of Han characters, or of Latin letters and digits. */
  text: string;
  kind: 'han' | 'latin';
}

/** The words of a query: runs of Han, and runs of Latin letters and digits, in order. */
export function queryWords(text: string): QueryWord[] {
  const words: QueryWord[] = [];
  for (const chunk of searchText(text).split(' ')) {
    for (const part of chunk.match(/\p{Script=Han}+|[^\p{Script=Han}]+/gu) ?? []) {
      words.push({ text: part, kind: HAN.test(part) ? 'han' : 'latin' });
    }
  }
  return words;
}

const OPEN = '[\\[(【〔〖「『《〈<{]';
const CLOSE = '[\\])】〕〗」』》〉>}]';
const BRACKETED_NUMBER = new RegExp(`^\\s*${OPEN}\\s*(\\d{1,3})\\s*${CLOSE}\\s*$`);
const BARE_NUMBER = /^\s*(\d{1,3})\s*$/;

/**
 * The glossary number a query asks for: `[14]` in any bracket style or width (【14】, ［１４］,
 * (14), 〔14〕…), or a bare `14` when `bareAllowed` (the caller asked for glossary terms only).
 */
export function glossaryNumber(text: string, bareAllowed: boolean): number | null {
  const folded = text.normalize('NFKC');
  const match = BRACKETED_NUMBER.exec(folded) ?? (bareAllowed ? BARE_NUMBER.exec(folded) : null);
  return match ? Number(match[1]) : null;
}

/** British spellings whose American form no suffix rule gives. */
const BRITISH_WORDS: Record<string, string> = {
  licence: 'license', licences: 'licenses', defence: 'defense', defences: 'defenses', offence: 'offense',
  offences: 'offenses', pretence: 'pretense', programme: 'program', programmes: 'programs', grey: 'gray',
  tyre: 'tire', tyres: 'tires', kerb: 'curb', cheque: 'check', ageing: 'aging', judgement: 'judgment',
  enrol: 'enroll', enrolment: 'enrollment', fulfil: 'fulfill', fulfilment: 'fulfillment', skilful: 'skillful',
  travelled: 'traveled', travelling: 'traveling', traveller: 'traveler', travellers: 'travelers',
  labelled: 'labeled', labelling: 'labeling', modelled: 'modeled', modelling: 'modeling', cancelled: 'canceled',
  fuelled: 'fueled', counselling: 'counseling', levelled: 'leveled', channelled: 'channeled', signalling: 'signaling',
  paediatric: 'pediatric', orthopaedic: 'orthopedic', anaemia: 'anemia', aluminium: 'aluminum', mould: 'mold',
  plough: 'plow', storey: 'story', storeys: 'stories',
};

/**
 * A word in its American spelling: -ise/-isation → -ize/-ization, -yse → -yze, -our → -or,
 * -tre → -ter, -ogue → -og, and the words of BRITISH_WORDS. Applied to queries and indexed
 * text alike, so a rule that also catches a word it should not (enterprise → enterprize) only
 * ever joins two spellings, never splits one.
 */
export function americanSpelling(word: string): string {
  const listed = BRITISH_WORDS[word];
  if (listed) return listed;
  if (word.length > 5) {
    const ise = word.replace(/is(e|ed|es|er|ers|ing|ation|ations|able)$/, 'iz$1');
    if (ise !== word) return ise;
    const yse = word.replace(/ys(e|ed|es|ing)$/, 'yz$1');
    if (yse !== word) return yse;
    const our = word.replace(/([a-z]{3})our(s|ed|ing|able|ite|ites)?$/, '$1or$2');
    if (our !== word) return our;
    const tre = word.replace(/([^aeiou])tre(s)?$/, '$1ter$2');
    if (tre !== word) return tre;
  }
  if (word.length > 6) return word.replace(/ogue(s)?$/, 'og$1');
  return word;
}

const stems = new Map<string, string>();

/** The stem of an English word, American spelling first: `revitalisation` and `revitalize` → `revit`. */
export function englishStem(word: string): string {
  if (!/^[a-z]+$/.test(word)) return word;
  let stem = stems.get(word);
  if (stem === undefined) {
    // Remembered: a graph's vocabulary repeats; the bound keeps odd input from growing it forever.
    if (stems.size >= 50_000) stems.clear();
    stem = stemmer(americanSpelling(word));
    stems.set(word, stem);
  }
  return stem;
}

/** The English (or other Latin-script) words of a text, folded and stemmed, in order. */
export function englishStems(text: string): string[] {
  return (searchText(text).match(/[a-z0-9]+/g) ?? []).map(englishStem);
}
