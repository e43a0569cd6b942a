/**
 * The memory store's search: candidates from MiniSearch, then the shared rules of
 * search-query.ts decide what matches and how it ranks.
 *
 * Chinese has no spaces between words, so Chinese text is indexed as single characters and
 * character pairs: all of a query's pairs must occur, and the hit must then contain the query
 * whole (森林 finds 森林公园 and 国家森林城市, not 森…林). Pinyin is indexed per syllable and as
 * the whole name run together, so `le chang`, `lè chāng` and `lechang` all find 乐昌市.
 * English names and descriptions are indexed as lower-case words with prefix matching.
 */
import MiniSearch from 'minisearch';
import { pinyinOf } from '../../graph-seed/pinyin.ts';
import type { EntityRecord, EntityType } from './types.ts';
import {
  CJK_RUN, chineseNames, chineseText, containsNeedle, englishTokens, parseQuery, pinyinTokens, rankCandidates, type Candidate,
} from './search-query.ts';

/** Single characters and character pairs of every CJK run. */
function chineseTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const run of text.match(CJK_RUN) ?? []) {
    const chars = [...run];
    chars.forEach((c, i) => {
      tokens.push(c);
      if (i + 1 < chars.length) tokens.push(c + chars[i + 1]);
    });
  }
  return tokens;
}

interface IndexedEntity {
  id: string;
  chinese: string;
  pinyin: string;
  english: string;
}

export class EntitySearchIndex {
  private readonly index: MiniSearch<IndexedEntity>;
  private readonly entities = new Map<string, EntityRecord>();
  private readonly glossaryByNumber = new Map<number, string>();

  constructor(entities: readonly EntityRecord[]) {
    this.index = new MiniSearch<IndexedEntity>({
      fields: ['chinese', 'pinyin', 'english'],
      tokenize: (text, field) => (field === 'chinese' ? chineseTokens(text) : field === 'pinyin' ? text.split(' ') : englishTokens(text)),
      processTerm: (term) => term,
    });
    this.index.addAll(entities.map((e) => {
      this.entities.set(e.id, e);
      if (e.type === 'GLOSSARY_TERM' && e.number != null) this.glossaryByNumber.set(e.number, e.id);
      return {
        id: e.id,
        chinese: [...chineseNames(e), chineseText(e)].join(' '),
        pinyin: [e.name, ...e.aliases].flatMap((n) => pinyinTokens(n === e.name ? e.pinyin : pinyinOf(n))).join(' '),
        english: [e.nameEn ?? '', e.descriptionEn ?? '', e.definitionEn ?? ''].join(' '),
      };
    }));
  }

  search(text: string, types: readonly EntityType[] | null | undefined, first: number): { entity: EntityRecord; score: number }[] {
    const query = parseQuery(text, types);
    const allowed = types && types.length > 0 ? new Set(types) : null;
    const filter = (result: { id: string }) => !allowed || allowed.has(this.entities.get(result.id)!.type);
    const candidates: Candidate[] = [];
    const collect = (hits: { id: string; score: number }[], keep: (e: EntityRecord) => boolean = () => true) => {
      for (const hit of hits) {
        const entity = this.entities.get(hit.id)!;
        if (keep(entity)) candidates.push({ entity, score: hit.score });
      }
    };

    if (query.glossaryNumber !== null) {
      const id = this.glossaryByNumber.get(query.glossaryNumber);
      if (id && filter({ id })) candidates.push({ entity: this.entities.get(id)!, score: 0, pinned: true });
    }
    if (query.chineseTerms.length > 0) {
      const hits = this.index.search({ queries: query.chineseTerms, combineWith: 'AND' }, { fields: ['chinese'], tokenize: (t) => [t], filter });
      collect(hits, (e) => containsNeedle(e, query.needle));
    }
    if (query.syllables.length > 0) {
      // Pinyin: the whole run as one prefix, or the syllables as typed (the last one a prefix).
      collect(this.index.search(query.syllables.join(''), { fields: ['pinyin'], prefix: true, filter }));
      if (query.syllables.length > 1) {
        collect(this.index.search(query.syllables.join(' '), {
          fields: ['pinyin'], prefix: (_term, i, all) => i === all.length - 1, combineWith: 'AND', filter,
        }));
      }
    }
    if (query.englishWords.length > 0) {
      collect(this.index.search(query.englishWords.join(' '), {
        fields: ['english'], prefix: (term) => term.length >= 3, combineWith: 'AND', filter,
      }));
    }
    return rankCandidates(candidates, query, first, pinyinOf);
  }
}
