/**
 * The embedded store: the seed loaded into a graphology MultiDirectedGraph in this process.
 * Traversals are bounded breadth-first searches written against graphology's adjacency
 * iterators, so a hub's neighbourhood costs what `limit` allows, not the size of the graph.
 */
import { MultiDirectedGraph } from 'graphology';
import type { EntityAttributes, RelationAttributes, SeedArtefact } from '../../graph-seed/types.ts';
import { EntitySearchIndex } from './search-index.ts';
import { passageOf } from './passages.ts';
import { indicatorKeys, jurisdictionKeys, nameKey, reportFields, reportRecords, reportsOfMentions, sectionReports, seriesOrder } from './reports.ts';
import type {
  Direction, EntityPage, EntityRecord, EntityType, GraphStore, Mention, NeighborhoodQuery, Passage, PathQuery, PathRecord,
  RelationFilter, RelationRecord, RelationType, ReportFilter, ReportRecord, SearchHitRecord, Section, StatsRecord, StoreHealth, SubgraphRecord,
  TargetSeriesQuery, TargetSeriesResult,
} from './types.ts';

type Graph = MultiDirectedGraph<EntityAttributes, RelationAttributes>;

/** A reports filter as a set; null when there is none (an empty list counts as none). */
const reportSet = (reports: ReportFilter): ReadonlySet<string> | null => (reports && reports.length > 0 ? new Set(reports) : null);

const byDegreeThenId = (a: EntityRecord, b: EntityRecord) => b.degree - a.degree || (a.id < b.id ? -1 : 1);

export class MemoryStore implements GraphStore {
  readonly kind = 'memory' as const;
  readonly seedVersion: string;
  private readonly multigraph: Graph;
  private readonly records = new Map<string, EntityRecord>();
  private readonly sortedIds: string[];
  /** Relation records made once (the seed never changes under a store), in id order. */
  private readonly relationRecords = new Map<string, RelationRecord>();
  private readonly sortedRelations: RelationRecord[];
  private readonly sectionsById: Map<string, Section>;
  private readonly searchIndex: EntitySearchIndex;
  private readonly entitiesBySection = new Map<string, Set<string>>();
  /** Each report's normalised text, by report id: mentions' offsets refer to their section's report. */
  private readonly textsByReport: Map<string, string>;
  /** The reports each relation's evidence stands in, by relation id. */
  private readonly relationReports = new Map<string, ReadonlySet<string>>();
  private readonly reportList: ReportRecord[];

  constructor(private readonly seed: SeedArtefact) {
    this.seedVersion = seed.version;
    this.sectionsById = new Map(seed.sections.map((s) => [s.id, s]));
    this.textsByReport = new Map(seed.reports.map((r) => [r.id, r.text]));
    const sectionReport = sectionReports(seed);
    const order = new Map(seed.reports.map((r, i) => [r.id, i]));
    this.multigraph = new MultiDirectedGraph<EntityAttributes, RelationAttributes>({ allowSelfLoops: false });
    this.multigraph.import(seed.graph);
    this.multigraph.forEachNode((id, attributes) => {
      this.records.set(id, { id, ...attributes, degree: this.multigraph.degree(id), ...reportFields(attributes, sectionReport, order) });
      for (const m of attributes.mentions) {
        for (const sectionId of this.ancestry(m.sectionId)) {
          if (!this.entitiesBySection.has(sectionId)) this.entitiesBySection.set(sectionId, new Set());
          this.entitiesBySection.get(sectionId)!.add(id);
        }
      }
    });
    this.sortedIds = [...this.records.keys()].sort();
    this.multigraph.forEachEdge((id, a, source, target) => {
      this.relationRecords.set(id, { id, type: a.type, source, target, evidence: a.evidence });
      this.relationReports.set(id, new Set(reportsOfMentions(a.evidence, sectionReport, order)));
    });
    this.reportList = reportRecords(seed, this.records.values());
    this.sortedRelations = [...this.relationRecords.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
    this.searchIndex = new EntitySearchIndex([...this.records.values()]);
  }

  /** Whether an entity passes a reports filter (see ReportFilter); true without one. */
  private keepsEntity(id: string, reports: ReadonlySet<string> | null): boolean {
    return !reports || this.records.get(id)!.reportIds.some((r) => reports.has(r));
  }

  /** Whether a relation passes a reports filter: both ends kept, and evidence in a chosen report. */
  private keepsRelation(edge: string, reports: ReadonlySet<string> | null): boolean {
    if (!reports) return true;
    const r = this.relationRecords.get(edge)!;
    let inChosen = false;
    for (const report of this.relationReports.get(edge)!) if (reports.has(report)) inChosen = true;
    return inChosen && this.keepsEntity(r.source, reports) && this.keepsEntity(r.target, reports);
  }

  private ancestry(sectionId: string): string[] {
    const ids: string[] = [];
    for (let s = this.sectionsById.get(sectionId); s; s = s.parentId ? this.sectionsById.get(s.parentId) : undefined) ids.push(s.id);
    return ids;
  }

  async health(): Promise<StoreHealth> {
    return { ready: true, store: 'memory', seedVersion: this.seed.version };
  }

  private relation(edge: string): RelationRecord {
    return this.relationRecords.get(edge)!;
  }

  async entitiesByIds(ids: readonly string[]): Promise<(EntityRecord | null)[]> {
    return ids.map((id) => this.records.get(id) ?? null);
  }

  async listEntities({ types, first, after, reports }: { types?: readonly EntityType[] | null; first: number; after?: string | null; reports?: ReportFilter }): Promise<EntityPage> {
    const allowed = types && types.length > 0 ? new Set(types) : null;
    const chosen = reportSet(reports);
    const matching = allowed || chosen
      ? this.sortedIds.filter((id) => (!allowed || allowed.has(this.records.get(id)!.type)) && this.keepsEntity(id, chosen))
      : this.sortedIds;
    let start = 0;
    if (after != null) {
      // Ids sort as strings: the page starts at the first id past the cursor, even if it was removed.
      start = matching.findIndex((id) => id > after);
      if (start === -1) start = matching.length;
    }
    const items = matching.slice(start, start + first).map((id) => this.records.get(id)!);
    return { items, totalCount: matching.length, hasNextPage: start + first < matching.length };
  }

  async search({ text, types, first, reports }: { text: string; types?: readonly EntityType[] | null; first: number; reports?: ReportFilter }): Promise<SearchHitRecord[]> {
    const chosen = reportSet(reports);
    return this.searchIndex.search(text, types, first, chosen ? (e) => this.keepsEntity(e.id, chosen) : undefined);
  }

  /** The edges at a node that pass a filter, in a stable order. */
  private edgesAt(id: string, types: ReadonlySet<RelationType> | null, direction: Direction, reports: ReadonlySet<string> | null = null): string[] {
    const edges = direction === 'OUT' ? this.multigraph.outEdges(id) : direction === 'IN' ? this.multigraph.inEdges(id) : this.multigraph.edges(id);
    return edges.filter((e) => (!types || types.has(this.multigraph.getEdgeAttribute(e, 'type'))) && this.keepsRelation(e, reports)).sort();
  }

  async relationsOf(ids: readonly string[], filter: RelationFilter): Promise<RelationRecord[][]> {
    const types = filter.types && filter.types.length > 0 ? new Set(filter.types) : null;
    return ids.map((id) => (this.multigraph.hasNode(id) ? this.edgesAt(id, types, filter.direction).map((e) => this.relation(e)) : []));
  }

  /**
   * Level by level from the entity; within a level the best connected come first (then by id),
   * so when `limit` cuts a level short the hubs stay and the answer is the same in every store.
   */
  async neighborhood({ id, depth, relationTypes, direction, limit, reports }: NeighborhoodQuery): Promise<SubgraphRecord | null> {
    if (!this.multigraph.hasNode(id)) return null;
    const types = relationTypes && relationTypes.length > 0 ? new Set(relationTypes) : null;
    const chosen = reportSet(reports);
    const included = new Set([id]);
    let frontier = [id];
    let truncated = false;
    for (let level = 0; level < depth && frontier.length > 0 && !truncated; level++) {
      const next = new Set<string>();
      for (const node of frontier) {
        for (const edge of this.edgesAt(node, types, direction, chosen)) {
          const other = this.multigraph.opposite(node, edge);
          if (!included.has(other)) next.add(other);
        }
      }
      const ordered = [...next].map((n) => this.records.get(n)!).sort(byDegreeThenId);
      const room = limit - included.size;
      truncated = ordered.length > room;
      frontier = ordered.slice(0, room).map((r) => r.id);
      for (const n of frontier) included.add(n);
    }
    return { ...this.induced(included, types, chosen), truncated };
  }

  /** The entities of a set and the relations among them that pass the filters. */
  private induced(ids: Set<string>, types: ReadonlySet<RelationType> | null, reports: ReadonlySet<string> | null): Omit<SubgraphRecord, 'truncated'> {
    const relations: RelationRecord[] = [];
    for (const id of ids) {
      for (const edge of this.multigraph.outEdges(id)) {
        if (ids.has(this.multigraph.target(edge)) && (!types || types.has(this.multigraph.getEdgeAttribute(edge, 'type'))) && this.keepsRelation(edge, reports)) {
          relations.push(this.relation(edge));
        }
      }
    }
    relations.sort((a, b) => (a.id < b.id ? -1 : 1));
    return { nodes: [...ids].map((n) => this.records.get(n)!), relations };
  }

  async shortestPath({ from, to, maxLength, relationTypes }: PathQuery): Promise<PathRecord | null | undefined> {
    if (!this.multigraph.hasNode(from) || !this.multigraph.hasNode(to)) return undefined;
    const types = relationTypes && relationTypes.length > 0 ? new Set(relationTypes) : null;
    const via = new Map<string, string | null>([[from, null]]);
    let frontier = [from];
    for (let length = 0; length < maxLength && frontier.length > 0 && !via.has(to); length++) {
      const next: string[] = [];
      for (const node of frontier) {
        for (const edge of this.edgesAt(node, types, 'BOTH')) {
          const other = this.multigraph.opposite(node, edge);
          if (via.has(other)) continue;
          via.set(other, edge);
          next.push(other);
        }
      }
      frontier = next;
    }
    if (!via.has(to)) return null;
    const nodes: EntityRecord[] = [];
    const relations: RelationRecord[] = [];
    for (let node = to; ; ) {
      nodes.unshift(this.records.get(node)!);
      const edge = via.get(node);
      if (!edge) break;
      relations.unshift(this.relation(edge));
      node = this.multigraph.opposite(node, edge);
    }
    return { nodes, relations };
  }

  async graph({ types, relationTypes, reports }: { types?: readonly EntityType[] | null; relationTypes?: readonly RelationType[] | null; reports?: ReportFilter }): Promise<SubgraphRecord> {
    // One pass over lists already in id order: the whole graph of a large seed costs no sorting.
    const allowed = types && types.length > 0 ? new Set(types) : null;
    const chosen = reportSet(reports);
    const nodes = allowed || chosen
      ? this.sortedIds.filter((id) => (!allowed || allowed.has(this.records.get(id)!.type)) && this.keepsEntity(id, chosen))
      : this.sortedIds;
    const ids = allowed || chosen ? new Set(nodes) : null;
    const relationFilter = relationTypes && relationTypes.length > 0 ? new Set(relationTypes) : null;
    const relations = ids || relationFilter
      ? this.sortedRelations.filter((r) => (!ids || (ids.has(r.source) && ids.has(r.target))) && (!relationFilter || relationFilter.has(r.type)) && this.keepsRelation(r.id, chosen))
      : this.sortedRelations;
    return { nodes: nodes.map((id) => this.records.get(id)!), relations, truncated: false };
  }

  async stats({ top }: { top: number }): Promise<StatsRecord> {
    const entityCounts = new Map<EntityType, number>();
    for (const r of this.records.values()) entityCounts.set(r.type, (entityCounts.get(r.type) ?? 0) + 1);
    const relationCounts = new Map<RelationType, number>();
    this.multigraph.forEachEdge((_, a) => relationCounts.set(a.type, (relationCounts.get(a.type) ?? 0) + 1));
    const mostConnected = [...this.records.values()].sort(byDegreeThenId).slice(0, top);
    return {
      seedVersion: this.seed.version,
      entityCount: this.multigraph.order,
      relationCount: this.multigraph.size,
      entitiesByType: [...entityCounts].map(([type, count]) => ({ type, count })).sort((a, b) => (a.type < b.type ? -1 : 1)),
      relationsByType: [...relationCounts].map(([type, count]) => ({ type, count })).sort((a, b) => (a.type < b.type ? -1 : 1)),
      mostConnected,
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
    const indicators = [...this.records.values()].filter((e) => e.type === 'INDICATOR');
    const key = nameKey(indicator);
    const found = indicators.filter((e) => indicatorKeys(e).includes(key)).sort((a, b) => (a.id === key ? -1 : b.id === key ? 1 : a.id < b.id ? -1 : 1))[0];
    if (!found) return { kind: 'unknownIndicator', indicators: indicators.map((e) => ({ id: e.id, name: e.name, nameEn: e.nameEn })).sort((a, b) => (a.id < b.id ? -1 : 1)) };
    const reportsById = new Map(this.reportList.map((r) => [r.id, r]));
    let allowedReports: Set<string> | null = null;
    if (jurisdiction != null) {
      const j = nameKey(jurisdiction);
      allowedReports = new Set(this.reportList.filter((r) => jurisdictionKeys(r).includes(j)).map((r) => r.id));
      if (allowedReports.size === 0) return { kind: 'unknownJurisdiction', jurisdictions: [...new Set(this.reportList.map((r) => r.jurisdiction.name))] };
    }
    const targets = this.multigraph.inEdges(found.id)
      .filter((e) => this.multigraph.getEdgeAttribute(e, 'type') === 'MEASURES')
      .map((e) => this.records.get(this.multigraph.source(e))!)
      .filter((t) => t.type === 'TARGET' && (!kind || t.kind === kind) && (!allowedReports || allowedReports.has(t.reportId!)));
    const level = (t: EntityRecord) => reportsById.get(t.reportId!)?.jurisdiction.level ?? '';
    targets.sort((a, b) => seriesOrder({ period: a.period!, level: level(a), reportId: a.reportId!, id: a.id }, { period: b.period!, level: level(b), reportId: b.reportId!, id: b.id }));
    return { kind: 'ok', targets: [...new Map(targets.map((t) => [t.id, t])).values()] };
  }

  async sectionsByIds(ids: readonly string[]): Promise<(Section | null)[]> {
    return ids.map((id) => this.sectionsById.get(id) ?? null);
  }

  async sections(): Promise<Section[]> {
    return this.seed.sections;
  }

  async entitiesInSections(ids: readonly string[]): Promise<EntityRecord[][]> {
    return ids.map((id) => [...(this.entitiesBySection.get(id) ?? [])].sort().map((e) => this.records.get(e)!));
  }

  async passages(mentions: readonly Mention[]): Promise<Passage[]> {
    return mentions.map((m) => {
      const section = this.sectionsById.get(m.sectionId);
      const text = section ? this.textsByReport.get(section.reportId) : undefined;
      if (text === undefined) throw new Error(`seed defect: mention ${m.start}–${m.end}: no section ${m.sectionId} in the seed`);
      return passageOf(text, m.start, m.end);
    });
  }

  async close(): Promise<void> {}
}
