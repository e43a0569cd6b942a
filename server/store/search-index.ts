/**
 * The memory store's search: candidates from a compact index, then the shared rules of
 * search-query.ts decide what matches and how it ranks.
 *
 * Chinese has no spaces between words: the Chinese text of every entity (its names' Han run
 * together, then its Chinese text's Han runs) is kept in one string, and a Han word's candidates
 * are the entities whose text holds it, found with String#indexOf — exactly the entities the
 * match rules then accept for it (森林 finds 森林公园 and 国家森林城市, not 森…林). Pinyin is
 * indexed as each name's syllables run together from every syllable on, so a prefix search
 * finds a run of syllables anywhere in a name (`senlinchengshi` in guojiasenlinchengshi);
 * initials the same way. English is indexed as stems, American spelling first, searched by
 * prefix. These three are sorted term lists with their entities in one Int32Array each: a
 * prefix is a binary search and a walk.
 *
 * Why not a full-text engine (MiniSearch served here before): the ranking is search-query.ts's
 * and both stores share it, so the engine only ever answered "which entities hold this
 * substring / a term with this prefix". At 10⁵ entities MiniSearch kept a Map per term and per
 * posting (about 450 MB, more than the rest of the store); these lists hold the same lookups in
 * about 47 MB.
 *
 * An entity's search document is made for the candidates a query ranks and kept only for the
 * last few thousand ranked, not for every entity. The index is built in slices in the
 * background, yielding to the event loop between slices, so the API answers other queries
 * meanwhile; a search asked before the index is built waits for it.
 */
import { pinyinOf } from '../../graph-seed/pinyin.ts';
import type { EntityRecord, EntityType } from './types.ts';
import {
  chineseField, englishField, initialsField, lookupParts, parseQuery, pinyinField, rankCandidates, searchDoc,
  type Candidate, type SearchDoc,
} from './search-query.ts';

/** Entities indexed between two turns of the event loop: a few milliseconds of work. */
const SLICE = 500;
/** Search documents kept for the entities ranked last (see docOf). */
const DOC_CACHE = 4096;
/** Between two entities' Chinese text: not Han, so no word found spans two entities. */
const SEPARATOR = '\n';

/** Terms, sorted, each with the entities (by position) that hold it: filled while building, then frozen. */
class PrefixIndex {
  private pending: Map<string, number[]> | null = new Map();
  private terms: string[] = [];
  /** Entities of terms[i]: postings[offsets[i]] … postings[offsets[i + 1] - 1]. */
  private offsets = new Int32Array(1);
  private postings = new Int32Array(0);

  add(terms: string, entity: number): void {
    for (const term of terms.split(' ')) {
      if (!term) continue;
      const list = this.pending!.get(term);
      if (list) list.push(entity);
      else this.pending!.set(term, [entity]);
    }
  }

  freeze(): void {
    const pending = this.pending!;
    this.terms = [...pending.keys()].sort();
    this.offsets = new Int32Array(this.terms.length + 1);
    let total = 0;
    for (const list of pending.values()) total += list.length;
    this.postings = new Int32Array(total);
    let at = 0;
    this.terms.forEach((term, i) => {
      this.offsets[i] = at;
      for (const entity of pending.get(term)!) this.postings[at++] = entity;
    });
    this.offsets[this.terms.length] = at;
    this.pending = null;
  }

  /** Calls `found` with each entity holding `term` (or, with `prefix`, a term starting with it); an entity may come more than once. */
  lookup(term: string, prefix: boolean, found: (entity: number) => void): void {
    let lo = 0;
    let hi = this.terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.terms[mid]! < term) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.terms.length && (prefix ? this.terms[i]!.startsWith(term) : this.terms[i] === term); i++) {
      for (let p = this.offsets[i]!; p < this.offsets[i + 1]!; p++) found(this.postings[p]!);
    }
  }
}

export class EntitySearchIndex {
  private entities: readonly EntityRecord[] = [];
  /** Every entity's Chinese field, in entity order, separated by SEPARATOR. */
  private chinese = '';
  /** Where each entity's Chinese field starts in `chinese`. */
  private chineseStarts = new Int32Array(0);
  private readonly pinyin = new PrefixIndex();
  private readonly initials = new PrefixIndex();
  private readonly english = new PrefixIndex();
  private readonly glossaryByNumber = new Map<number, number>();
  /** Recently ranked entities' search documents, least recently used first. */
  private readonly docs = new Map<string, SearchDoc>();
  private readonly building: Promise<void>;
  private stopped = false;
  /** Whether the index holds every entity (false while the background build runs). */
  built = false;

  /** @param entities every entity to index, asked for once when the build starts. */
  constructor(entities: () => readonly EntityRecord[]) {
    this.building = this.build(entities);
    // A build that fails is reported by the search that waits for it, not as an unhandled rejection.
    this.building.catch(() => undefined);
  }

  private async build(entities: () => readonly EntityRecord[]): Promise<void> {
    await new Promise((resolve) => setImmediate(resolve));
    const all = entities();
    const starts = new Int32Array(all.length);
    const chinese: string[] = [];
    let length = 0;
    for (let from = 0; from < all.length && !this.stopped; from += SLICE) {
      for (let i = from; i < Math.min(all.length, from + SLICE); i++) {
        const e = all[i]!;
        const doc = searchDoc(e, pinyinOf);
        if (e.type === 'GLOSSARY_TERM' && e.number != null) this.glossaryByNumber.set(e.number, i);
        const text = chineseField(doc);
        starts[i] = length;
        chinese.push(text);
        length += text.length + SEPARATOR.length;
        this.pinyin.add(pinyinField(doc), i);
        this.initials.add(initialsField(doc), i);
        this.english.add(englishField(doc), i);
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
    if (this.stopped) return;
    this.chinese = chinese.join(SEPARATOR);
    this.chineseStarts = starts;
    for (const index of [this.pinyin, this.initials, this.english]) index.freeze();
    this.entities = all;
    this.built = true;
  }

  /** Stops a build still running (the store is closing); a search after this fails. */
  stop(): void {
    this.stopped = true;
  }

  /** Calls `found` with each entity whose Chinese field holds `word`; an entity may come more than once. */
  private lookupChinese(word: string, found: (entity: number) => void): void {
    for (let at = this.chinese.indexOf(word); at !== -1; at = this.chinese.indexOf(word, at + 1)) {
      let lo = 0;
      let hi = this.chineseStarts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (this.chineseStarts[mid]! <= at) lo = mid;
        else hi = mid - 1;
      }
      found(lo);
    }
  }

  /** Ranked hits; `keep` (optional) drops entities before ranking (the reports filter). Waits for the index to be built. */
  async search(text: string, types: readonly EntityType[] | null | undefined, first: number, keep?: (entity: EntityRecord) => boolean): Promise<{ entity: EntityRecord; score: number }[]> {
    if (!this.built) {
      await this.building;
      if (!this.built) throw new Error('EntitySearchIndex.search: the store was closed before its search index was built');
    }
    const query = parseQuery(text, types);
    const allowed = types && types.length > 0 ? new Set(types) : null;
    const seen = new Set<number>();
    const candidates: Candidate[] = [];
    const collect = (i: number) => {
      if (seen.has(i)) return;
      seen.add(i);
      const e = this.entities[i]!;
      if ((!allowed || allowed.has(e.type)) && (!keep || keep(e))) candidates.push({ entity: e });
    };

    if (query.glossaryNumber !== null) {
      const i = this.glossaryByNumber.get(query.glossaryNumber);
      const e = i === undefined ? undefined : this.entities[i]!;
      if (e && (!allowed || allowed.has(e.type)) && (!keep || keep(e))) candidates.push({ entity: e, pinned: true });
    }
    for (const part of lookupParts(query)) {
      if (part.kind === 'han') {
        this.lookupChinese(part.text, collect);
        continue;
      }
      if (part.pinyin) this.pinyin.lookup(part.pinyin, true, collect);
      if (part.stem) this.english.lookup(part.stem, part.stem.length >= 3, collect);
    }
    if (query.pinyinRun) this.pinyin.lookup(query.pinyinRun, true, collect);
    if (query.initials) this.initials.lookup(query.initials, true, collect);
    return rankCandidates(candidates, query, first, (e) => this.docOf(e));
  }

  /**
   * An entity's search document: made when a query ranks the entity, and kept for the last
   * DOC_CACHE entities ranked (a few megabytes), so a query asked again does not make them again.
   */
  private docOf(entity: EntityRecord): SearchDoc {
    let doc = this.docs.get(entity.id);
    if (doc) {
      this.docs.delete(entity.id);
    } else {
      doc = searchDoc(entity, pinyinOf);
      if (this.docs.size >= DOC_CACHE) this.docs.delete(this.docs.keys().next().value!);
    }
    this.docs.set(entity.id, doc);
    return doc;
  }
}
