/**
 * The embedded store: the seed loaded into a graphology MultiDirectedGraph in this process.
 *
 * Shaped for large seeds (10⁵ entities, 5·10⁵ relations in well under half a gigabyte):
 * - one object per entity and per relation: the record the API reads is the graph's attributes
 *   object itself, not a copy beside it, and the store keeps no reference to the parsed seed;
 * - repeated strings are shared: a relation's ends are its entities' own id strings, a mention's
 *   section id the section's, types and report lists one value each (JSON.parse makes a fresh
 *   string for every occurrence);
 * - evidence and mentions stay offsets into the report text; passages are cut when asked;
 * - what a first request does not need is made when it is first needed: the id-ordered lists
 *   behind `entities` and `graph`, each section's entities; the search index is built in the
 *   background, a slice at a time, while the API already answers (a search waits for it);
 * - traversals are bounded breadth-first searches over graphology's adjacency callbacks (no
 *   per-step arrays), so a hub's neighbourhood costs what `limit` allows, not the graph's size.
 */
import { MultiDirectedGraph } from 'graphology';
import type { EntityAttributes, RelationAttributes, SeedArtefact } from '../../graph-seed/types.ts';
import { EntitySearchIndex } from './search-index.ts';
import { passageOf } from './passages.ts';
import { indicatorKeys, jurisdictionKeys, jurisdictionOtherKeys, nameKey, reportFields, reportRecords, sectionReports, seriesOrder } from './reports.ts';
import type {
  Direction, EntityPage, EntityRecord, EntityType, GraphStore, Mention, NeighborhoodQuery, Passage, PathQuery, PathRecord,
  RelationFilter, RelationRecord, RelationType, ReportFilter, ReportRecord, SearchHitRecord, Section, StatsRecord, StoreHealth, SubgraphRecord,
  TargetSeriesQuery, TargetSeriesResult,
} from './types.ts';

type Graph = MultiDirectedGraph<EntityRecord, RelationRecord>;

/** Entity fields whose few values repeat across many entities: kept as one string each. */
const REPEATED_FIELDS = ['type', 'level', 'category', 'unit', 'comparator', 'period', 'kind', 'indicator'] as const satisfies readonly (keyof EntityRecord)[];

/** A reports filter as a set; null when there is none (an empty list counts as none). */
const reportSet = (reports: ReportFilter): ReadonlySet<string> | null => (reports && reports.length > 0 ? new Set(reports) : null);

const byDegreeThenId = (a: EntityRecord, b: EntityRecord) => b.degree - a.degree || (a.id < b.id ? -1 : 1);
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** `items` ordered by id: as they are when already so (a built seed is), else sorted. */
function inIdOrder<T extends { id: string }>(items: T[]): T[] {
  for (let i = 1; i < items.length; i++) if (items[i - 1]!.id > items[i]!.id) return items.sort(byId);
  return items;
}

/**
 * Restores a binary heap (an array, children of i at 2i+1 and 2i+2) below position `i`:
 * `above(a, b)` is true when a belongs nearer the top than b. In place; O(log n).
 */
function siftDown<T>(heap: T[], i: number, above: (a: T, b: T) => boolean): void {
  for (;;) {
    const l = 2 * i + 1;
    const r = l + 1;
    let top = i;
    if (l < heap.length && above(heap[l]!, heap[top]!)) top = l;
    if (r < heap.length && above(heap[r]!, heap[top]!)) top = r;
    if (top === i) return;
    [heap[i], heap[top]] = [heap[top]!, heap[i]!];
    i = top;
  }
}

/**
 * The best `room` entities of `candidates` by degree then id, in that order: a bounded heap
 * (worst on top) instead of sorting every entity in reach, which at a hub's second level is
 * tens of thousands for a page of a few hundred.
 */
function bestByDegree(candidates: Iterable<EntityRecord>, room: number): EntityRecord[] {
  if (room <= 0) return [];
  const heap: EntityRecord[] = [];
  // In the heap the parent is worse than (sorts after) its children.
  const worse = (a: EntityRecord, b: EntityRecord) => byDegreeThenId(a, b) > 0;
  const down = (i: number) => siftDown(heap, i, worse);
  for (const c of candidates) {
    if (heap.length < room) {
      heap.push(c);
      for (let i = heap.length - 1; i > 0; ) {
        const parent = (i - 1) >> 1;
        if (!worse(heap[i]!, heap[parent]!)) break;
        [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
        i = parent;
      }
    } else if (worse(heap[0]!, c)) {
      heap[0] = c;
      down(0);
    }
  }
  return heap.sort(byDegreeThenId);
}

export class MemoryStore implements GraphStore {
  readonly kind = 'memory' as const;
  readonly seedVersion: string;
  /** Entities and relations; each node's attributes are its EntityRecord, each edge's its RelationRecord. */
  private readonly multigraph: Graph;
  private readonly sectionList: Section[];
  private readonly sectionsById: Map<string, Section>;
  /** Each report's normalised text, by report id: mentions' offsets refer to their section's report. */
  private readonly textsByReport: Map<string, string>;
  private readonly reportList: ReportRecord[];
  /** Each report's jurisdiction keys, exact and other (reports.ts), made on the first targetSeries that names a jurisdiction. */
  private jurisdictionKeyLists: { report: ReportRecord; exact: string[]; other: string[] }[] | null = null;
  private readonly searchIndex: EntitySearchIndex;
  /** Made on first use (see the header): entities and relations in id order, each section's entities. */
  private sortedEntities: EntityRecord[] | null = null;
  private sortedRelations: RelationRecord[] | null = null;
  private entitiesBySection: Map<string, EntityRecord[]> | null = null;
  /** Each entity's neighbours best connected first, by entity id: made for an entity when a neighbourhood first passes through it. */
  private readonly neighbours = new Map<string, EntityRecord[]>();

  constructor(seed: SeedArtefact) {
    this.seedVersion = seed.version;
    this.sectionList = seed.sections;
    this.sectionsById = new Map(seed.sections.map((s) => [s.id, s]));
    this.textsByReport = new Map(seed.reports.map((r) => [r.id, r.text]));
    const sectionReport = sectionReports(seed);
    const order = new Map(seed.reports.map((r, i) => [r.id, i]));
    // One value for each repeated string and report list (see the header).
    const strings = new Map<string, string>();
    const shared = (s: string) => {
      const known = strings.get(s);
      if (known !== undefined) return known;
      strings.set(s, s);
      return s;
    };
    const reportLists = new Map<string, string[]>();
    const sharedList = (list: string[]) => {
      const key = list.join('\n');
      const known = reportLists.get(key);
      if (known) return known;
      reportLists.set(key, list);
      return list;
    };
    const mentionsOf = (mentions: readonly Mention[]): Mention[] => mentions.map((m) => ({
      sectionId: this.sectionsById.get(m.sectionId)?.id ?? m.sectionId, start: m.start, end: m.end,
    }));

    const graph: Graph = new MultiDirectedGraph<EntityRecord, RelationRecord>({ allowSelfLoops: false });
    for (const node of seed.graph.nodes) {
      const key = String(node.key);
      const attributes = node.attributes as EntityAttributes;
      const mentions = mentionsOf(attributes.mentions);
      const fields = reportFields({ ...attributes, mentions }, sectionReport, order);
      const record: EntityRecord = { id: key, ...attributes, mentions, degree: 0,
        reportIds: sharedList(fields.reportIds),
        ...(fields.reportId !== undefined ? { reportId: shared(fields.reportId) } : {}),
      };
      for (const field of REPEATED_FIELDS) {
        const value = record[field];
        if (typeof value === 'string') (record as unknown as Record<string, string>)[field] = shared(value);
      }
      graph.addNode(key, record);
    }
    for (const edge of seed.graph.edges) {
      const { source, target } = edge;
      const key = String(edge.key);
      const attributes = edge.attributes as RelationAttributes;
      if (!graph.hasNode(source) || !graph.hasNode(target)) throw new Error(`seed defect: relation ${key}: no entity ${graph.hasNode(source) ? target : source} in the seed`);
      const from = graph.getNodeAttributes(source);
      const to = graph.getNodeAttributes(target);
      graph.addEdgeWithKey(key, source, target, {
        id: key, type: shared(attributes.type) as RelationType, source: from.id, target: to.id, evidence: mentionsOf(attributes.evidence),
      });
    }
    graph.forEachNode((id, record) => {
      record.degree = graph.degree(id);
    });
    this.multigraph = graph;
    this.reportList = reportRecords(seed, graph.mapNodes((_, record) => record));
    this.searchIndex = new EntitySearchIndex(() => graph.mapNodes((_, record) => record));
  }

  private record(id: string): EntityRecord | undefined {
    return this.multigraph.hasNode(id) ? this.multigraph.getNodeAttributes(id) : undefined;
  }

  private entitiesInIdOrder(): EntityRecord[] {
    return (this.sortedEntities ??= inIdOrder(this.multigraph.mapNodes((_, record) => record)));
  }

  private relationsInIdOrder(): RelationRecord[] {
    return (this.sortedRelations ??= inIdOrder(this.multigraph.mapEdges((_, record) => record)));
  }

  /** Whether an entity passes a reports filter (see ReportFilter); true without one. */
  private static keepsEntity(entity: EntityRecord, reports: ReadonlySet<string> | null): boolean {
    if (!reports) return true;
    for (const r of entity.reportIds) if (reports.has(r)) return true;
    return false;
  }

  /** Whether a relation passes a reports filter: both ends kept, and evidence in a chosen report. */
  private keepsRelation(relation: RelationRecord, reports: ReadonlySet<string> | null): boolean {
    if (!reports) return true;
    let inChosen = false;
    for (const m of relation.evidence) {
      const report = this.sectionsById.get(m.sectionId)?.reportId;
      if (report !== undefined && reports.has(report)) inChosen = true;
    }
    return inChosen
      && MemoryStore.keepsEntity(this.multigraph.getNodeAttributes(relation.source), reports)
      && MemoryStore.keepsEntity(this.multigraph.getNodeAttributes(relation.target), reports);
  }

  private ancestry(sectionId: string): string[] {
    const ids: string[] = [];
    for (let s = this.sectionsById.get(sectionId); s; s = s.parentId ? this.sectionsById.get(s.parentId) : undefined) ids.push(s.id);
    return ids;
  }

  /** Ready at once; `searchIndex` says whether the search index is built yet (a search waits for it). */
  async health(): Promise<StoreHealth> {
    return { ready: true, store: 'memory', seedVersion: this.seedVersion, searchIndex: this.searchIndex.built ? 'READY' : 'BUILDING' };
  }

  async entitiesByIds(ids: readonly string[]): Promise<(EntityRecord | null)[]> {
    return ids.map((id) => this.record(id) ?? null);
  }

  async listEntities({ types, first, after, reports }: { types?: readonly EntityType[] | null; first: number; after?: string | null; reports?: ReportFilter }): Promise<EntityPage> {
    const allowed = types && types.length > 0 ? new Set(types) : null;
    const chosen = reportSet(reports);
    const all = this.entitiesInIdOrder();
    const matching = allowed || chosen ? all.filter((e) => (!allowed || allowed.has(e.type)) && MemoryStore.keepsEntity(e, chosen)) : all;
    let start = 0;
    if (after != null) {
      // Ids sort as strings: the page starts at the first id past the cursor, even if it was removed.
      start = matching.findIndex((e) => e.id > after);
      if (start === -1) start = matching.length;
    }
    return { items: matching.slice(start, start + first), totalCount: matching.length, hasNextPage: start + first < matching.length };
  }

  async search({ text, types, first, reports }: { text: string; types?: readonly EntityType[] | null; first: number; reports?: ReportFilter }): Promise<SearchHitRecord[]> {
    const chosen = reportSet(reports);
    return this.searchIndex.search(text, types, first, chosen ? (e) => MemoryStore.keepsEntity(e, chosen) : undefined);
  }

  /**
   * Calls `visit` with each relation at `node` that passes the filters and the entity at its
   * other end; no arrays are made.
   */
  private forEachRelationAt(
    node: string, types: ReadonlySet<RelationType> | null, direction: Direction, reports: ReadonlySet<string> | null,
    visit: (relation: RelationRecord, other: EntityRecord) => void,
  ): void {
    const each = (_: string, relation: RelationRecord, source: string, _target: string, sourceRecord: EntityRecord, targetRecord: EntityRecord) => {
      if ((!types || types.has(relation.type)) && (!reports || this.keepsRelation(relation, reports))) visit(relation, source === node ? targetRecord : sourceRecord);
    };
    if (direction === 'OUT') this.multigraph.forEachOutEdge(node, each);
    else if (direction === 'IN') this.multigraph.forEachInEdge(node, each);
    else this.multigraph.forEachEdge(node, each);
  }

  async relationsOf(ids: readonly string[], filter: RelationFilter): Promise<RelationRecord[][]> {
    const types = filter.types && filter.types.length > 0 ? new Set(filter.types) : null;
    return ids.map((id) => {
      const relations: RelationRecord[] = [];
      if (this.multigraph.hasNode(id)) this.forEachRelationAt(id, types, filter.direction, null, (r) => relations.push(r));
      return relations.sort(byId);
    });
  }

  /**
   * Level by level from the entity; within a level the best connected come first (then by id),
   * so when `limit` cuts a level short the hubs stay and the answer is the same in every store.
   */
  async neighborhood({ id, depth, relationTypes, direction, limit, reports }: NeighborhoodQuery): Promise<SubgraphRecord | null> {
    const centre = this.record(id);
    if (!centre) return null;
    const types = relationTypes && relationTypes.length > 0 ? new Set(relationTypes) : null;
    const chosen = reportSet(reports);
    const included = new Set<EntityRecord>([centre]);
    let frontier = [centre];
    let truncated = false;
    const next = new Set<EntityRecord>();
    const reach = (_: RelationRecord, other: EntityRecord) => {
      if (!included.has(other)) next.add(other);
    };
    // Without filters each entity's neighbours are taken best first from a list kept in that
    // order, so a level costs what `limit` allows, not the degrees of the hubs it passes through.
    const unfiltered = !types && !chosen && direction === 'BOTH';
    for (let level = 0; level < depth && frontier.length > 0 && !truncated; level++) {
      const room = limit - included.size;
      if (unfiltered) {
        const best = this.bestUnseen(frontier, included, room + 1);
        truncated = best.length > room;
        frontier = best.slice(0, room);
      } else {
        next.clear();
        for (const node of frontier) this.forEachRelationAt(node.id, types, direction, chosen, reach);
        truncated = next.size > room;
        frontier = bestByDegree(next, room);
      }
      for (const n of frontier) included.add(n);
    }
    return { ...this.induced(included, types, chosen), truncated };
  }

  /** An entity's neighbours (either direction, each once), best connected first: made on first use and kept. */
  private neighboursByDegree(entity: EntityRecord): EntityRecord[] {
    let list = this.neighbours.get(entity.id);
    if (!list) {
      const found = new Set<EntityRecord>();
      this.multigraph.forEachEdge(entity.id, (_, _r, source, _t, sourceRecord, targetRecord) => {
        found.add(source === entity.id ? targetRecord : sourceRecord);
      });
      this.neighbours.set(entity.id, (list = [...found].sort(byDegreeThenId)));
    }
    return list;
  }

  /**
   * The best `count` entities (degree, then id) next to any of `frontier` and not in `seen`, in
   * that order: a merge of the frontier's neighbour lists that stops once it has `count`.
   */
  private bestUnseen(frontier: readonly EntityRecord[], seen: ReadonlySet<EntityRecord>, count: number): EntityRecord[] {
    const lists = frontier.map((n) => this.neighboursByDegree(n));
    const at = new Array<number>(lists.length).fill(0);
    const head = (i: number) => lists[i]![at[i]!]!;
    // Lists still holding entities, as a heap with the best head on top.
    const heap = lists.map((_, i) => i).filter((i) => lists[i]!.length > 0);
    const better = (a: number, b: number) => byDegreeThenId(head(a), head(b)) < 0;
    const down = (i: number) => siftDown(heap, i, better);
    for (let i = (heap.length >> 1) - 1; i >= 0; i--) down(i);
    const best: EntityRecord[] = [];
    const taken = new Set<EntityRecord>();
    while (heap.length > 0 && best.length < count) {
      const i = heap[0]!;
      const e = head(i);
      if (!seen.has(e) && !taken.has(e)) {
        taken.add(e);
        best.push(e);
      }
      at[i]! += 1;
      if (at[i]! >= lists[i]!.length) {
        heap[0] = heap[heap.length - 1]!;
        heap.pop();
      }
      down(0);
    }
    return best;
  }

  /** The entities of a set and the relations among them that pass the filters. */
  private induced(entities: Set<EntityRecord>, types: ReadonlySet<RelationType> | null, reports: ReadonlySet<string> | null): Omit<SubgraphRecord, 'truncated'> {
    const relations: RelationRecord[] = [];
    const among = (relation: RelationRecord, other: EntityRecord) => {
      if (entities.has(other)) relations.push(relation);
    };
    for (const e of entities) this.forEachRelationAt(e.id, types, 'OUT', reports, among);
    relations.sort(byId);
    return { nodes: [...entities], relations };
  }

  async shortestPath({ from, to, maxLength, relationTypes }: PathQuery): Promise<PathRecord | null | undefined> {
    const start = this.record(from);
    const end = this.record(to);
    if (!start || !end) return undefined;
    const types = relationTypes && relationTypes.length > 0 ? new Set(relationTypes) : null;
    // The relation each entity was first reached by; edges are taken in id order so that the
    // path found among equally short ones is the same every time.
    const via = new Map<EntityRecord, RelationRecord | null>([[start, null]]);
    let frontier = [start];
    const edges: [RelationRecord, EntityRecord][] = [];
    for (let length = 0; length < maxLength && frontier.length > 0 && !via.has(end); length++) {
      const next: EntityRecord[] = [];
      for (const node of frontier) {
        edges.length = 0;
        this.forEachRelationAt(node.id, types, 'BOTH', null, (relation, other) => edges.push([relation, other]));
        edges.sort((a, b) => byId(a[0], b[0]));
        for (const [relation, other] of edges) {
          if (via.has(other)) continue;
          via.set(other, relation);
          next.push(other);
        }
      }
      frontier = next;
    }
    if (!via.has(end)) return null;
    const nodes: EntityRecord[] = [];
    const relations: RelationRecord[] = [];
    for (let node = end; ; ) {
      nodes.unshift(node);
      const relation = via.get(node);
      if (!relation) break;
      relations.unshift(relation);
      node = this.multigraph.getNodeAttributes(relation.source === node.id ? relation.target : relation.source);
    }
    return { nodes, relations };
  }

  async graph({ types, relationTypes, reports }: { types?: readonly EntityType[] | null; relationTypes?: readonly RelationType[] | null; reports?: ReportFilter }): Promise<SubgraphRecord> {
    // One pass over lists already in id order: the whole graph of a large seed costs no sorting.
    const allowed = types && types.length > 0 ? new Set(types) : null;
    const chosen = reportSet(reports);
    const all = this.entitiesInIdOrder();
    const nodes = allowed || chosen ? all.filter((e) => (!allowed || allowed.has(e.type)) && MemoryStore.keepsEntity(e, chosen)) : all;
    const ids = allowed || chosen ? new Set(nodes.map((e) => e.id)) : null;
    const relationFilter = relationTypes && relationTypes.length > 0 ? new Set(relationTypes) : null;
    const everyRelation = this.relationsInIdOrder();
    const relations = ids || relationFilter
      ? everyRelation.filter((r) => (!ids || (ids.has(r.source) && ids.has(r.target))) && (!relationFilter || relationFilter.has(r.type)) && this.keepsRelation(r, chosen))
      : everyRelation;
    return { nodes, relations, truncated: false };
  }

  async stats({ top }: { top: number }): Promise<StatsRecord> {
    const entityCounts = new Map<EntityType, number>();
    this.multigraph.forEachNode((_, r) => entityCounts.set(r.type, (entityCounts.get(r.type) ?? 0) + 1));
    const relationCounts = new Map<RelationType, number>();
    this.multigraph.forEachEdge((_, r) => relationCounts.set(r.type, (relationCounts.get(r.type) ?? 0) + 1));
    return {
      seedVersion: this.seedVersion,
      entityCount: this.multigraph.order,
      relationCount: this.multigraph.size,
      entitiesByType: [...entityCounts].map(([type, count]) => ({ type, count })).sort((a, b) => (a.type < b.type ? -1 : 1)),
      relationsByType: [...relationCounts].map(([type, count]) => ({ type, count })).sort((a, b) => (a.type < b.type ? -1 : 1)),
      mostConnected: bestByDegree(this.multigraph.mapNodes((_, r) => r), top),
    };
  }

  async reports(): Promise<ReportRecord[]> {
    return this.reportList;
  }

  reportIds(): readonly string[] {
    return this.reportList.map((r) => r.id);
  }

  /** See GraphStore.targetSeries: the MEASURES relations into the indicator, filtered and ordered. */
  async targetSeries({ indicator, jurisdiction, kind }: TargetSeriesQuery): Promise<TargetSeriesResult> {
    const indicators = this.multigraph.filterNodes((_, e) => e.type === 'INDICATOR').map((id) => this.multigraph.getNodeAttributes(id));
    const key = nameKey(indicator);
    const found = indicators.filter((e) => indicatorKeys(e).includes(key)).sort((a, b) => (a.id === key ? -1 : b.id === key ? 1 : a.id < b.id ? -1 : 1))[0];
    if (!found) return { kind: 'unknownIndicator', indicators: indicators.map((e) => ({ id: e.id, name: e.name, nameEn: e.nameEn })).sort((a, b) => (a.id < b.id ? -1 : 1)) };
    const reportsById = new Map(this.reportList.map((r) => [r.id, r]));
    let allowedReports: Set<string> | null = null;
    if (jurisdiction != null) {
      const j = nameKey(jurisdiction);
      // The other keys read pinyin: made once, not on every question.
      const keys = (this.jurisdictionKeyLists ??= this.reportList.map((report) => ({ report, exact: jurisdictionKeys(report), other: jurisdictionOtherKeys(report) })));
      let chosen = keys.filter((k) => k.exact.includes(j)).map((k) => k.report);
      if (chosen.length === 0) {
        chosen = keys.filter((k) => k.other.includes(j)).map((k) => k.report);
        const names = [...new Set(chosen.map((r) => r.jurisdiction.name))];
        if (names.length > 1) return { kind: 'ambiguousJurisdiction', jurisdictions: names };
      }
      if (chosen.length === 0) return { kind: 'unknownJurisdiction', jurisdictions: [...new Set(this.reportList.map((r) => r.jurisdiction.name))] };
      allowedReports = new Set(chosen.map((r) => r.id));
    }
    const targets: EntityRecord[] = [];
    this.multigraph.forEachInEdge(found.id, (_, relation, _source, _target, t) => {
      if (relation.type === 'MEASURES' && t.type === 'TARGET' && (!kind || t.kind === kind) && (!allowedReports || allowedReports.has(t.reportId!))) targets.push(t);
    });
    const level = (t: EntityRecord) => reportsById.get(t.reportId!)?.jurisdiction.level ?? '';
    targets.sort((a, b) => seriesOrder({ period: a.period!, level: level(a), reportId: a.reportId!, id: a.id }, { period: b.period!, level: level(b), reportId: b.reportId!, id: b.id }));
    return { kind: 'ok', targets: [...new Map(targets.map((t) => [t.id, t])).values()] };
  }

  async sectionsByIds(ids: readonly string[]): Promise<(Section | null)[]> {
    return ids.map((id) => this.sectionsById.get(id) ?? null);
  }

  async sections(): Promise<Section[]> {
    return this.sectionList;
  }

  async entitiesInSections(ids: readonly string[]): Promise<EntityRecord[][]> {
    if (!this.entitiesBySection) {
      const sets = new Map<string, Set<EntityRecord>>();
      this.multigraph.forEachNode((_, record) => {
        for (const m of record.mentions) {
          for (const sectionId of this.ancestry(m.sectionId)) {
            let set = sets.get(sectionId);
            if (!set) sets.set(sectionId, (set = new Set()));
            set.add(record);
          }
        }
      });
      this.entitiesBySection = new Map([...sets].map(([id, set]) => [id, [...set].sort(byId)]));
    }
    return ids.map((id) => this.entitiesBySection!.get(id) ?? []);
  }

  async passages(mentions: readonly Mention[]): Promise<Passage[]> {
    return mentions.map((m) => {
      const section = this.sectionsById.get(m.sectionId);
      const text = section ? this.textsByReport.get(section.reportId) : undefined;
      if (text === undefined) throw new Error(`seed defect: mention ${m.start}–${m.end}: no section ${m.sectionId} in the seed`);
      return passageOf(text, m.start, m.end);
    });
  }

  /** Stops the search index's background build, if it is still running. */
  async close(): Promise<void> {
    this.searchIndex.stop();
  }
}
