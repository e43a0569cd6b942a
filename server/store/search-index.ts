/**
 * Search over entities by Chinese, pinyin and English, built on MiniSearch.
 *
 * Chinese has no spaces between words, so Chinese text is indexed as single characters and
 * character pairs: a query's pairs must all occur, and the hit must then contain the query as a
 * substring (森林 finds 森林公园 and 国家森林城市, not 森…林). Pinyin is indexed per syllable and
 * as the whole name run together, so `le chang`, `lèchāng` and `lechang` all find 乐昌市.
 * English names and descriptions are indexed as lower-case words with prefix matching.
 */
import MiniSearch from 'minisearch';
import { pinyinOf, toneless } from '../../graph-seed/pinyin.ts';
import type { EntityRecord, EntityType } from './types.ts';

const CJK_RUN = /[\u3400-\u9FFF\uF900-\uFAFF]+/g;
const LATIN_WORD = /[a-z0-9]+/g;

/** Single characters and character pairs of every CJK run, plus Latin words. */
export function chineseTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const run of text.match(CJK_RUN) ?? []) {
    const chars = [...run];
    chars.forEach((c, i) => {
      tokens.push(c);
      if (i + 1 < chars.length) tokens.push(c + chars[i + 1]);
    });
  }
  for (const word of toneless(text).match(LATIN_WORD) ?? []) tokens.push(word);
  return tokens;
}

/** The tokens a Chinese query must match: its pairs, or its one character. */
function chineseQueryTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const run of text.match(CJK_RUN) ?? []) {
    const chars = [...run];
    if (chars.length === 1) tokens.push(chars[0]!);
    for (let i = 0; i + 1 < chars.length; i++) tokens.push(chars[i]! + chars[i + 1]!);
  }
  return tokens;
}

function englishTokens(text: string): string[] {
  return text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').match(LATIN_WORD) ?? [];
}

/** Pinyin syllables (toneless) and the whole run joined: "pingshizhen", "ping", "shi", "zhen". */
function pinyinTokens(pinyin: string): string[] {
  const syllables = pinyin.split(/\s+/).map(toneless).filter(Boolean);
  return syllables.length ? [...syllables, syllables.join('')] : [];
}

export const GLOSSARY_NUMBER = /^\s*\[?\s*(\d{1,3})\s*\]?\s*$/;

interface IndexedEntity {
  id: string;
  type: EntityType;
  chinese: string;
  chineseText: string;
  pinyin: string;
  english: string;
  englishText: string;
}

/** What ranking compares a query with: the entity's names in each script. */
interface Names {
  type: EntityType;
  chinese: string[];
  pinyin: string[];
  english: string[];
  /** Chinese descriptions, definitions and indicators, quotes removed. */
  text: string;
}

export interface SearchMatch {
  id: string;
  score: number;
}

/** Named things first; the many targets and headings rank a little lower on equal terms. */
const TYPE_WEIGHT: Record<EntityType, number> = {
  TOWN: 1, PARK: 1, PROGRAM: 1, ORGANIZATION: 1, GLOSSARY_TERM: 1, STRATEGY: 0.8, TARGET: 0.6,
};

const stripQuotes = (name: string) => name.replace(/[“”"]/g, '');

/** How much of a name the query covers, 0–1: a query that is the whole name ranks first. */
function coverage(names: Names, query: { chinese: string; pinyin: string; english: string[] }): number {
  let best = 0;
  if (query.chinese) {
    for (const name of names.chinese) if (name.includes(query.chinese)) best = Math.max(best, query.chinese.length / name.length);
  }
  if (query.pinyin) {
    for (const name of names.pinyin) if (name.includes(query.pinyin)) best = Math.max(best, query.pinyin.length / name.length);
  }
  if (query.english.length > 0) {
    for (const name of names.english) {
      const words = englishTokens(name);
      const hits = query.english.filter((q) => words.some((w) => w.startsWith(q))).length;
      if (hits === query.english.length && words.length > 0) best = Math.max(best, hits / words.length);
    }
  }
  return best;
}

export class EntitySearchIndex {
  private readonly index: MiniSearch<IndexedEntity>;
  private readonly names = new Map<string, Names>();
  private readonly glossaryByNumber = new Map<number, string>();

  constructor(entities: readonly EntityRecord[]) {
    this.index = new MiniSearch<IndexedEntity>({
      fields: ['chinese', 'chineseText', 'pinyin', 'english', 'englishText'],
      storeFields: [],
      tokenize: (text, field) => {
        if (field === 'chinese' || field === 'chineseText') return chineseTokens(text);
        if (field === 'pinyin') return text.split(' ');
        return englishTokens(text);
      },
      processTerm: (term) => term,
    });
    const documents = entities.map((e) => {
      const chinese = [e.name, ...e.aliases];
      const text = [e.description ?? '', e.definition ?? '', e.indicator ?? ''].join(' ');
      const pinyins = chinese.map((n) => (n === e.name ? e.pinyin : pinyinOf(n)));
      this.names.set(e.id, {
        type: e.type,
        chinese: chinese.map(stripQuotes),
        pinyin: pinyins.map((p) => pinyinTokens(p).at(-1) ?? ''),
        english: e.nameEn ? [e.nameEn] : [],
        text: stripQuotes(text),
      });
      if (e.type === 'GLOSSARY_TERM' && e.number != null) this.glossaryByNumber.set(e.number, e.id);
      return {
        id: e.id,
        type: e.type,
        chinese: chinese.join(' '),
        chineseText: text,
        pinyin: pinyins.flatMap(pinyinTokens).join(' '),
        english: e.nameEn ?? '',
        englishText: [e.descriptionEn ?? '', e.definitionEn ?? ''].join(' '),
      };
    });
    this.index.addAll(documents);
  }

  search(query: string, types: readonly EntityType[] | null | undefined, first: number): SearchMatch[] {
    const allowed = types && types.length > 0 ? new Set(types) : null;
    const filter = (result: { id: string }) => !allowed || allowed.has(this.names.get(result.id)!.type);
    const found = new Map<string, number>();
    const add = (id: string, score: number) => found.set(id, Math.max(found.get(id) ?? 0, score));
    const pinned = new Set<string>();

    // Glossary numbers: `[14]` always, a bare `14` when glossary terms are asked for.
    const number = GLOSSARY_NUMBER.exec(query);
    if (number && (query.includes('[') || allowed?.has('GLOSSARY_TERM'))) {
      const id = this.glossaryByNumber.get(Number(number[1]));
      if (id && filter({ id })) pinned.add(id);
    }

    const needle = (query.match(CJK_RUN) ?? []).join('');
    const chinese = chineseQueryTokens(query);
    if (chinese.length > 0) {
      const hits = this.index.search({ queries: chinese, combineWith: 'AND' }, {
        fields: ['chinese', 'chineseText'], boost: { chinese: 4 }, filter, tokenize: (t) => [t], combineWith: 'AND',
      });
      for (const hit of hits) {
        // Pairs can all occur without the query being there as a whole: keep true substrings only.
        const names = this.names.get(hit.id)!;
        if (names.chinese.some((n) => n.includes(needle)) || names.text.includes(needle)) add(hit.id, hit.score);
      }
    }

    const latin = query.toLowerCase().normalize('NFD').replace(/u\u0308/g, 'v').replace(/[\u0300-\u036f]/g, '');
    const syllables = latin.match(/[a-z]+/g) ?? [];
    const english = englishTokens(query);
    if (syllables.length > 0) {
      // Pinyin: the syllables as typed, or run together as one prefix.
      const runTogether = this.index.search(syllables.join(''), { fields: ['pinyin'], prefix: true, filter });
      const bySyllable = syllables.length > 1
        ? this.index.search(syllables.join(' '), { fields: ['pinyin'], prefix: (_t, i, all) => i === all.length - 1, combineWith: 'AND', filter })
        : [];
      for (const hit of [...runTogether, ...bySyllable]) add(hit.id, hit.score);
    }
    if (english.length > 0) {
      const hits = this.index.search(english.join(' '), {
        fields: ['english', 'englishText'], boost: { english: 3 }, prefix: (term) => term.length >= 3, combineWith: 'AND', filter,
      });
      for (const hit of hits) add(hit.id, hit.score);
    }

    const asked = { chinese: stripQuotes(needle), pinyin: syllables.join(''), english };
    const ranked = [...found.entries()].map(([id, base]) => {
      const names = this.names.get(id)!;
      const covered = coverage(names, asked);
      return { id, score: base * TYPE_WEIGHT[names.type] * (1 + 2 * covered) + (covered === 1 ? 50 : 0) };
    });
    for (const id of pinned) ranked.push({ id, score: 1000 });
    const best = new Map<string, number>();
    for (const r of ranked) best.set(r.id, Math.max(best.get(r.id) ?? 0, r.score));
    return [...best.entries()]
      .map(([id, score]) => ({ id, score: Math.round(score * 1000) / 1000 }))
      .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
      .slice(0, first);
  }
}
