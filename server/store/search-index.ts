/**
 * The memory store's search: candidates from MiniSearch, then the shared rules of
 * search-query.ts decide what matches and how it ranks.
 *
 * Chinese has no spaces between words, so Chinese text is indexed as single characters and
 * character pairs: all of a word's pairs must occur, and the match rules then check it stands
 * whole (森林 finds 森林公园 and 国家森林城市, not 森…林). Pinyin is indexed as each name's
 * syllables run together from every syllable on, so a prefix search finds a run of syllables
 * anywhere in a name (`senlinchengshi` in guojiasenlinchengshi); initials the same way. English
 * is indexed as stems, American spelling first, searched by prefix.
 */
import MiniSearch from 'minisearch';
import { pinyinOf } from '../../graph-seed/pinyin.ts';
import type { EntityRecord, EntityType } from './types.ts';
import {
  chineseField, englishField, hanTerms, hanTokens, initialsField, lookupParts, parseQuery, pinyinField, rankCandidates, searchDoc,
  type Candidate, type SearchDoc,
} from './search-query.ts';

interface IndexedEntity {
  id: string;
  chinese: string;
  pinyin: string;
  initials: string;
  english: string;
}

const FIELDS = ['chinese', 'pinyin', 'initials', 'english'] as const;

export class EntitySearchIndex {
  private readonly index: MiniSearch<IndexedEntity>;
  private readonly entities = new Map<string, EntityRecord>();
  private readonly docs = new Map<string, SearchDoc>();
  private readonly glossaryByNumber = new Map<number, string>();

  constructor(entities: readonly EntityRecord[]) {
    this.index = new MiniSearch<IndexedEntity>({
      fields: [...FIELDS],
      tokenize: (text, field) => (field === 'chinese' ? hanTokens(text) : text.split(' ').filter(Boolean)),
      processTerm: (term) => term,
    });
    this.index.addAll(entities.map((e) => {
      this.entities.set(e.id, e);
      const doc = searchDoc(e, pinyinOf);
      this.docs.set(e.id, doc);
      if (e.type === 'GLOSSARY_TERM' && e.number != null) this.glossaryByNumber.set(e.number, e.id);
      return { id: e.id, chinese: chineseField(doc), pinyin: pinyinField(doc), initials: initialsField(doc), english: englishField(doc) };
    }));
  }

  /** Ranked hits; `keep` (optional) drops entities before ranking (the reports filter). */
  search(text: string, types: readonly EntityType[] | null | undefined, first: number, keep?: (entity: EntityRecord) => boolean): { entity: EntityRecord; score: number }[] {
    const query = parseQuery(text, types);
    const allowed = types && types.length > 0 ? new Set(types) : null;
    const filter = (result: { id: string }) => (!allowed || allowed.has(this.entities.get(result.id)!.type)) && (!keep || keep(this.entities.get(result.id)!));
    const candidates: Candidate[] = [];
    const collect = (hits: { id: string }[]) => {
      for (const hit of hits) candidates.push({ entity: this.entities.get(hit.id)! });
    };
    const exactly = { tokenize: (t: string) => [t], filter } as const;

    if (query.glossaryNumber !== null) {
      const id = this.glossaryByNumber.get(query.glossaryNumber);
      if (id && filter({ id })) candidates.push({ entity: this.entities.get(id)!, pinned: true });
    }
    for (const part of lookupParts(query)) {
      if (part.kind === 'han') {
        collect(this.index.search({ queries: hanTerms(part), combineWith: 'AND' }, { ...exactly, fields: ['chinese'] }));
        continue;
      }
      if (part.pinyin) collect(this.index.search(part.pinyin, { ...exactly, fields: ['pinyin'], prefix: true }));
      if (part.stem) collect(this.index.search(part.stem, { ...exactly, fields: ['english'], prefix: part.stem.length >= 3 }));
    }
    if (query.pinyinRun) collect(this.index.search(query.pinyinRun, { ...exactly, fields: ['pinyin'], prefix: true }));
    if (query.initials) collect(this.index.search(query.initials, { ...exactly, fields: ['initials'], prefix: true }));
    return rankCandidates(candidates, query, first, (e) => this.docs.get(e.id)!);
  }
}
