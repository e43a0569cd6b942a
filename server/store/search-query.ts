/**
 * What both stores share about search: how a query is read, what an entity is searched by,
 * which entities match, and how they rank. The stores differ only in how they find candidates
 * (sorted term lists and a substring scan in memory, Neo4j's full-text indexes); each engine is asked for a superset of the
 * matches, and `matchEntity` then decides, so for one query both stores return the same
 * entities in the same order.
 *
 * A query is cut into words (graph-seed/text/normalise-query.ts, the reading the client's
 * highlighting uses too): runs of Han characters, and runs of Latin letters and digits. A Han
 * word matches where it stands whole in a name (punctuation ignored) or in the entity's Chinese
 * text. A Latin word matches as pinyin, starting at any syllable of a name and run on across
 * syllables (`senlinchengshi`, `nvzi`), as English by its stem (`revitalization` finds
 * Revitalisation), or as the Latin of a name (S248). The words together, run on, also match
 * as one (`senlin chengshi`, `森林 城市`); a word of consonants only matches the initials
 * of a name's syllables (`hzz`).
 *
 * Ranking, in tiers: a glossary number asked for; an exact name (the query's key equals a name,
 * an alias, the English name, a name's whole pinyin or initials); entities matching every word;
 * then the rest (entities matching a significant word: see `significant`). Within a tier: the share of words found in names rather than descriptions,
 * how much of a name the query covers, the type, then degree and id.
 */
import { withSynonyms } from '../../graph-seed/text/english-synonyms.ts';
import {
  englishStem, englishStems, glossaryNumber, hanKey, queryWords, searchKey, searchText,
} from '../../graph-seed/text/normalise-query.ts';
import type { EntityRecord, EntityType } from './types.ts';

export interface QueryPart {
  text: string;
  kind: 'han' | 'latin';
  /** For a Latin word: its English stem. */
  stem: string | null;
  /** For a Latin word of letters only, two or more: the pinyin it may be. */
  pinyin: string | null;
}

export interface ParsedQuery {
  /** The glossary number asked for: `[14]` in any bracket, or `14` with glossary terms asked for. */
  glossaryNumber: number | null;
  /** The query's compact key: letters, digits and Han, folded (see searchKey). */
  key: string;
  parts: QueryPart[];
  /** The Latin words run together, when there are several and all may be pinyin. */
  pinyinRun: string | null;
  /** A single word of consonants, two or more: the initials of a name's syllables. */
  initials: string | null;
}

const CONSONANTS_ONLY = /^[bcdfghjklmnpqrstwxyz]{2,}$/;

/**
 * A word that may rank an entity on its own, among "the rest": Han, or Latin of three
 * characters or more. In `town 5` or `fa lv gu wen` the short words still count towards
 * matching every word, but an entity having only `5` or `fa` in it is noise, not a hit.
 */
export const significant = (part: QueryPart) => part.kind === 'han' || part.text.length >= 3;

/**
 * The words the stores look up in their indexes: the significant ones when there are any (an
 * entity matching every word matches those too), else all of them.
 */
export function lookupParts(query: ParsedQuery): QueryPart[] {
  const strong = query.parts.filter(significant);
  return strong.length > 0 ? strong : query.parts;
}

/** Reads a query. `types` matters only for a bare number, which is a glossary number when glossary terms are asked for. */
export function parseQuery(text: string, types: readonly EntityType[] | null | undefined): ParsedQuery {
  const parts: QueryPart[] = queryWords(text).map((w) => ({
    text: w.text,
    kind: w.kind,
    stem: w.kind === 'latin' && /^[a-z0-9]+$/.test(w.text) ? englishStem(w.text) : null,
    pinyin: w.kind === 'latin' && /^[a-z]{2,}$/.test(w.text) ? w.text : null,
  }));
  const latin = parts.filter((p) => p.kind === 'latin');
  return {
    glossaryNumber: glossaryNumber(text, (types ?? []).includes('GLOSSARY_TERM')),
    key: searchKey(text),
    parts,
    pinyinRun: latin.length > 1 && latin.length === parts.length && latin.every((p) => /^[a-z]+$/.test(p.text)) ? latin.map((p) => p.text).join('') : null,
    initials: parts.length === 1 && CONSONANTS_ONLY.test(parts[0]!.text) ? parts[0]!.text : null,
  };
}

/** One name of an entity (its name, an alias) as search reads it. */
export interface SearchName {
  /** searchKey of the name. */
  key: string;
  /** The name's Han characters run together. */
  han: string;
  /** The name's pinyin syllables, toneless, run together. */
  run: string;
  /** The run from each syllable on to the end: a pinyin word matches as a prefix of one of these. */
  runs: string[];
  /** The first letters of the syllables, run together, and from each syllable on. */
  initials: string[];
}

/** What an entity is searched by: made the same way by both stores. */
export interface SearchDoc {
  names: SearchName[];
  /** searchKey of the English name. */
  englishKey: string;
  /** Han of the entity's Chinese text (description, definition, indicator), runs separated by spaces. */
  hanText: string;
  /** English stems of the English name and of the Latin in the Chinese names. */
  nameStems: string[];
  /** English stems of the English description and definition. */
  textStems: string[];
}

/** Toneless syllables of a pinyin string: "píng shí zhèn" → ping shi zhen ("S248 xiàn" → s248 xian). */
export function pinyinSyllables(pinyin: string): string[] {
  return searchText(pinyin).split(' ').filter(Boolean);
}

const suffixes = (items: string[]) => items.map((_, i) => items.slice(i).join(''));

function searchName(name: string, pinyin: string): SearchName {
  const syllables = pinyinSyllables(pinyin);
  return {
    key: searchKey(name),
    han: hanKey(name),
    run: syllables.join(''),
    runs: suffixes(syllables),
    initials: suffixes(syllables.map((s) => s[0]!)),
  };
}

/**
 * The search document of an entity. `pinyinOf` gives the pinyin of an alias (the name's is the
 * entity's own `pinyin`).
 */
export function searchDoc(entity: EntityRecord, pinyinOf: (chinese: string) => string): SearchDoc {
  const names = [searchName(entity.name, entity.pinyin ?? pinyinOf(entity.name))];
  for (const alias of entity.aliases) names.push(searchName(alias, pinyinOf(alias)));
  const text = [entity.description ?? '', entity.definition ?? '', entity.indicator ?? ''].join(' ');
  return {
    names,
    englishKey: searchKey(entity.nameEn ?? ''),
    hanText: (searchText(text).match(/\p{Script=Han}+/gu) ?? []).join(' '),
    nameStems: withSynonyms(englishStems([entity.nameEn ?? '', entity.name, ...entity.aliases].join(' '))),
    textStems: withSynonyms(englishStems([entity.descriptionEn ?? '', entity.definitionEn ?? ''].join(' '))),
  };
}

/** A stem matches another as a prefix from three letters on (as typed), exactly below. */
export const stemMatches = (indexed: string, asked: string) => (asked.length >= 3 ? indexed.startsWith(asked) : indexed === asked);
/** A pinyin word matches a name from any syllable on, as a prefix (the last syllable may be half typed). */
export const pinyinMatches = (name: SearchName, pinyin: string) => name.runs.some((r) => r.startsWith(pinyin));

export interface Match {
  /** 3 exact name, 2 every word, 1 some words. */
  tier: 1 | 2 | 3;
  /** Share of the query's words found in a name rather than only in descriptions, 0–1. */
  inNames: number;
  /** How much of the best name the query covers, 0–1. */
  coverage: number;
}

/** Whether, and how well, an entity matches a query; null when it does not. */
export function matchEntity(doc: SearchDoc, query: ParsedQuery): Match | null {
  if (!query.key) return null;
  let coverage = 0;
  const cover = (share: number) => {
    if (share > coverage) coverage = Math.min(1, share);
  };
  const exact = doc.names.some((n) => n.key === query.key || n.run === query.key || (query.initials !== null && n.initials[0] === query.initials))
    || doc.englishKey === query.key;
  // The words run together: the whole query stands in a name.
  let whole = false;
  for (const n of doc.names) {
    if (n.key.includes(query.key)) {
      whole = true;
      cover(query.key.length / n.key.length);
    }
    const run = query.pinyinRun ?? (query.parts.length === 1 ? query.parts[0]!.pinyin : null);
    if (run && pinyinMatches(n, run)) {
      whole = true;
      cover(run.length / n.run.length);
    }
    if (query.initials && n.initials.some((i) => i.startsWith(query.initials!))) {
      whole = true;
      cover(query.initials.length / n.initials[0]!.length);
    }
  }
  let matched = 0;
  let matchedAlone = 0;
  let inNames = 0;
  let englishHits = 0;
  const alone = new Set(lookupParts(query));
  for (const part of query.parts) {
    let name = false;
    let text = false;
    if (part.kind === 'han') {
      for (const n of doc.names) {
        if (n.han.includes(part.text)) {
          name = true;
          cover(part.text.length / n.han.length);
        }
      }
      text = doc.hanText.includes(part.text);
    } else {
      if (part.stem && doc.nameStems.some((s) => stemMatches(s, part.stem!))) {
        name = true;
        englishHits += 1;
      }
      if (part.pinyin) {
        for (const n of doc.names) {
          if (pinyinMatches(n, part.pinyin)) {
            name = true;
            cover(part.pinyin.length / n.run.length);
          }
        }
      }
      text = part.stem !== null && doc.textStems.some((s) => stemMatches(s, part.stem!));
    }
    if (name || text) matched += 1;
    if ((name || text) && alone.has(part)) matchedAlone += 1;
    if (name) inNames += 1;
  }
  if (englishHits > 0 && doc.nameStems.length > 0) cover(englishHits / doc.nameStems.length);
  if (!exact && !whole && matchedAlone === 0) return null;
  const parts = Math.max(1, query.parts.length);
  return {
    tier: exact ? 3 : whole || matched === query.parts.length ? 2 : 1,
    inNames: whole ? 1 : inNames / parts,
    coverage,
  };
}

/** Named things first; the many targets and headings rank a little lower on equal terms. */
const TYPE_WEIGHT: Record<EntityType, number> = {
  TOWN: 1, PARK: 1, PROGRAM: 1, ORGANIZATION: 1, GLOSSARY_TERM: 1, STRATEGY: 0.8, TARGET: 0.6, INDICATOR: 1,
};

/** What ranking needs of an entity: the rest of it may be fetched once the page is known. */
export type Rankable = Pick<EntityRecord, 'id' | 'type' | 'degree'>;

export interface Candidate<E extends Rankable = EntityRecord> {
  entity: E;
  /** Found by glossary number: always first. */
  pinned?: boolean;
}

/**
 * Keeps the candidates that match, ranks them and returns the best `first`. The score is the
 * tier (10 apart), plus the share of words found in names (0–2), plus coverage weighted by type
 * (0–1); equal scores go by degree, then id. It depends on the entity and the query only, so
 * both stores give the same scores.
 */
export function rankCandidates<E extends Rankable>(
  candidates: Candidate<E>[], query: ParsedQuery, first: number, docOf: (entity: E) => SearchDoc,
): { entity: E; score: number }[] {
  const best = new Map<string, { entity: E; score: number }>();
  for (const c of candidates) {
    if (best.has(c.entity.id) && !c.pinned) continue;
    const match = matchEntity(docOf(c.entity), query);
    let score = match ? match.tier * 10 + 2 * match.inNames + match.coverage * TYPE_WEIGHT[c.entity.type] : null;
    if (c.pinned) score = 40 + (score ?? 0) / 10;
    if (score === null) continue;
    best.set(c.entity.id, { entity: c.entity, score: Math.round(score * 1000) / 1000 });
  }
  return [...best.values()]
    .sort((a, b) => b.score - a.score || b.entity.degree - a.entity.degree || (a.entity.id < b.entity.id ? -1 : 1))
    .slice(0, first);
}

/** Han words of a query as Neo4j's Chinese index is asked for them: each word's character pairs, or its one character. */
export function hanTerms(part: QueryPart): string[] {
  const chars = [...part.text];
  if (chars.length === 1) return chars;
  return chars.slice(1).map((c, i) => chars[i]! + c);
}

/** The text the Chinese index holds for an entity: its names' Han and its Chinese text. */
export const chineseField = (doc: SearchDoc) => [...doc.names.map((n) => n.han), doc.hanText].join(' ');
/** The pinyin index's tokens: every name's runs from each syllable on. */
export const pinyinField = (doc: SearchDoc) => [...new Set(doc.names.flatMap((n) => n.runs))].join(' ');
/** The initials index's tokens. */
export const initialsField = (doc: SearchDoc) => [...new Set(doc.names.flatMap((n) => n.initials))].join(' ');
/** The English index's tokens: the stems of names and texts. */
export const englishField = (doc: SearchDoc) => [...new Set([...doc.nameStems, ...doc.textStems])].join(' ');
