/**
 * What both stores share about search: how a query is read (Chinese, pinyin, English, a
 * glossary number), which hits truly match, and how hits are ranked. The stores differ only in
 * how they find candidates (MiniSearch in memory, Neo4j's full-text indexes), so for the same
 * query they return the same entities; scores differ with the engines' own relevance.
 */
import { toneless } from '../../graph-seed/pinyin.ts';
import type { EntityRecord, EntityType } from './types.ts';

export const CJK_RUN = /[\u3400-\u9FFF\uF900-\uFAFF]+/g;
const LATIN_WORD = /[a-z0-9]+/g;
const GLOSSARY_NUMBER = /^\s*\[?\s*(\d{1,3})\s*\]?\s*$/;
/** Letters, spaces and tone marks only: a query that may be pinyin. */
const PINYIN_LIKE = /^[\sa-zA-ZüÜ\u0300-\u036f'’]+$/;

export interface ParsedQuery {
  /** The glossary number asked for, when the query is `[n]`, or `n` with glossary terms asked for. */
  glossaryNumber: number | null;
  /** The Chinese of the query, run together, quotes removed: what a hit must contain. */
  needle: string;
  /** Character pairs of the Chinese (or its one character): what the index is asked for. */
  chineseTerms: string[];
  /** Pinyin syllables, toneless, when the query reads as pinyin. */
  syllables: string[];
  /** Lower-case Latin words, for English names and descriptions. */
  englishWords: string[];
}

export function englishTokens(text: string): string[] {
  return text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').match(LATIN_WORD) ?? [];
}

export function parseQuery(text: string, types: readonly EntityType[] | null | undefined): ParsedQuery {
  const number = GLOSSARY_NUMBER.exec(text);
  const glossaryAsked = text.includes('[') || (types ?? []).includes('GLOSSARY_TERM');
  const runs = text.match(CJK_RUN) ?? [];
  const chineseTerms: string[] = [];
  for (const run of runs) {
    const chars = [...run];
    if (chars.length === 1) chineseTerms.push(chars[0]!);
    for (let i = 0; i + 1 < chars.length; i++) chineseTerms.push(chars[i]! + chars[i + 1]!);
  }
  return {
    glossaryNumber: number && glossaryAsked ? Number(number[1]) : null,
    needle: runs.join(''),
    chineseTerms,
    syllables: PINYIN_LIKE.test(text.normalize('NFD')) ? text.split(/\s+/).map(toneless).flatMap((w) => w.match(/[a-z]+/g) ?? []) : [],
    englishWords: englishTokens(text),
  };
}

/**
 * Pinyin tokens indexed for a name: its syllables, and all of them run together. Anything but
 * letters and digits separates syllables, so every search engine splits them the same way.
 */
export function pinyinTokens(pinyin: string): string[] {
  const syllables = pinyin.split(/\s+/).map(toneless).flatMap((word) => word.split(/[^a-z0-9]+/)).filter(Boolean);
  return syllables.length ? [...syllables, syllables.join('')] : [];
}

const stripQuotes = (text: string) => text.replace(/[“”"]/g, '');

/** The Chinese names (name and aliases) of an entity, without quotation marks. */
export function chineseNames(entity: EntityRecord): string[] {
  return [entity.name, ...entity.aliases].map(stripQuotes);
}

/** The entity's other Chinese text: description, definition, indicator. */
export function chineseText(entity: EntityRecord): string {
  return stripQuotes([entity.description ?? '', entity.definition ?? '', entity.indicator ?? ''].join(' '));
}

/** A Chinese hit counts only when the query stands whole in a name or the Chinese text. */
export function containsNeedle(entity: EntityRecord, needle: string): boolean {
  return chineseNames(entity).some((n) => n.includes(needle)) || chineseText(entity).includes(needle);
}

/** Named things first; the many targets and headings rank a little lower on equal terms. */
const TYPE_WEIGHT: Record<EntityType, number> = {
  TOWN: 1, PARK: 1, PROGRAM: 1, ORGANIZATION: 1, GLOSSARY_TERM: 1, STRATEGY: 0.8, TARGET: 0.6,
};

/** How much of a name the query covers, 0–1: a query that is the whole name ranks first. */
function coverage(entity: EntityRecord, query: ParsedQuery, pinyinOf: (name: string) => string): number {
  let best = 0;
  if (query.needle) {
    for (const name of chineseNames(entity)) if (name.includes(query.needle)) best = Math.max(best, query.needle.length / name.length);
  }
  const joined = query.syllables.join('');
  if (joined) {
    for (const name of [entity.name, ...entity.aliases]) {
      const whole = pinyinTokens(pinyinOf(name)).at(-1) ?? '';
      if (whole.includes(joined)) best = Math.max(best, joined.length / whole.length);
    }
  }
  if (query.englishWords.length > 0 && entity.nameEn) {
    const words = englishTokens(entity.nameEn);
    const hits = query.englishWords.filter((q) => words.some((w) => w.startsWith(q))).length;
    if (hits === query.englishWords.length && words.length > 0) best = Math.max(best, hits / words.length);
  }
  return best;
}

export interface Candidate {
  entity: EntityRecord;
  /** The engine's own relevance for the branch that found it. */
  score: number;
  /** Found by glossary number: always first. */
  pinned?: boolean;
}

/** Merges candidates found several ways, weighs them, and returns the best `first`. */
export function rankCandidates(
  candidates: Candidate[], query: ParsedQuery, first: number, pinyinOf: (name: string) => string,
): { entity: EntityRecord; score: number }[] {
  const best = new Map<string, { entity: EntityRecord; score: number }>();
  for (const c of candidates) {
    const covered = coverage(c.entity, query, pinyinOf);
    const score = c.pinned ? 1000 : c.score * TYPE_WEIGHT[c.entity.type] * (1 + 2 * covered) + (covered === 1 ? 50 : 0);
    const known = best.get(c.entity.id);
    if (!known || known.score < score) best.set(c.entity.id, { entity: c.entity, score });
  }
  return [...best.values()]
    .map((h) => ({ entity: h.entity, score: Math.round(h.score * 1000) / 1000 }))
    .sort((a, b) => b.score - a.score || (a.entity.id < b.entity.id ? -1 : 1))
    .slice(0, first);
}
