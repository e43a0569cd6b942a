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
 *
 * Built to stay small and out of the way at 10⁵ entities: MiniSearch keeps only the inverted
 * index (no stored fields, no text); an entity's search document is made again for the few
 * candidates a query ranks, not kept for every entity; and the index is built in slices in the
 * background (`build`), yielding to the event loop between slices so the API answers other
 * queries meanwhile. A search asked before the index is built waits for it.
 */
import MiniSearch from 'minisearch';
import { pinyinOf } from '../../graph-seed/pinyin.ts';
import type { EntityRecord, EntityType } from './types.ts';
import {
  chineseField, englishField, hanTerms, hanTokens, initialsField, lookupParts, parseQuery, pinyinField, rankCandidates, searchDoc,
  type Candidate,
} from './search-query.ts';

interface IndexedEntity {
  id: string;
  chinese: string;
  pinyin: string;
  initials: string;
  english: string;
}

const FIELDS = ['chinese', 'pinyin', 'initials', 'english'] as const;
/** Entities indexed between two turns of the event loop: a few milliseconds of work. */
const SLICE = 500;

export class EntitySearchIndex {
  private readonly index: MiniSearch<IndexedEntity>;
  private readonly glossaryByNumber = new Map<number, string>();
  private readonly building: Promise<void>;
  private stopped = false;
  /** Whether the index holds every entity (false while the background build runs). */
  built = false;

  /**
   * @param entities every entity to index, asked for once when the build starts.
   * @param entity an indexed entity by id (the store's record).
   */
  constructor(entities: () => readonly EntityRecord[], private readonly entity: (id: string) => EntityRecord | undefined) {
    this.index = new MiniSearch<IndexedEntity>({
      fields: [...FIELDS],
      storeFields: [],
      tokenize: (text, field) => (field === 'chinese' ? hanTokens(text) : text.split(' ').filter(Boolean)),
      processTerm: (term) => term,
    });
    this.building = this.build(entities);
    // A build that fails is reported by the search that waits for it, not as an unhandled rejection.
    this.building.catch(() => undefined);
  }

  private async build(entities: () => readonly EntityRecord[]): Promise<void> {
    await new Promise((resolve) => setImmediate(resolve));
    const all = entities();
    for (let from = 0; from < all.length && !this.stopped; from += SLICE) {
      for (const e of all.slice(from, from + SLICE)) {
        const doc = searchDoc(e, pinyinOf);
        if (e.type === 'GLOSSARY_TERM' && e.number != null) this.glossaryByNumber.set(e.number, e.id);
        this.index.add({ id: e.id, chinese: chineseField(doc), pinyin: pinyinField(doc), initials: initialsField(doc), english: englishField(doc) });
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
    this.built = !this.stopped;
  }

  /** Stops a build still running (the store is closing); a search after this fails. */
  stop(): void {
    this.stopped = true;
  }

  /** Ranked hits; `keep` (optional) drops entities before ranking (the reports filter). Waits for the index to be built. */
  async search(text: string, types: readonly EntityType[] | null | undefined, first: number, keep?: (entity: EntityRecord) => boolean): Promise<{ entity: EntityRecord; score: number }[]> {
    if (!this.built) {
      await this.building;
      if (!this.built) throw new Error('EntitySearchIndex.search: the store was closed before its search index was built');
    }
    const query = parseQuery(text, types);
    const allowed = types && types.length > 0 ? new Set(types) : null;
    const filter = (result: { id: string }) => {
      const e = this.entity(result.id)!;
      return (!allowed || allowed.has(e.type)) && (!keep || keep(e));
    };
    const candidates: Candidate[] = [];
    const collect = (hits: { id: string }[]) => {
      for (const hit of hits) candidates.push({ entity: this.entity(hit.id)! });
    };
    const exactly = { tokenize: (t: string) => [t], filter } as const;

    if (query.glossaryNumber !== null) {
      const id = this.glossaryByNumber.get(query.glossaryNumber);
      if (id && filter({ id })) candidates.push({ entity: this.entity(id)!, pinned: true });
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
    // Each candidate's document is made once per query (rankCandidates asks once per entity).
    return rankCandidates(candidates, query, first, (e) => searchDoc(e, pinyinOf));
  }
}
