/**
 * One seed from several reports: the curated Lechang build (build-seed.ts, unchanged) plus any
 * number of reports run through the generic pipeline (pipeline/run-report.ts), joined into one
 * graph.
 *
 * What each added report contributes (ids carry the report's slug, so they never collide):
 * - its sections, `section:<slug>:<n>`, with `reportId`;
 * - STRATEGY entities `strategy:<slug>:<n>` from its part, chapter, section and lead headings
 *   (as Lechang's pillars and areas), PART_OF the strategy of the heading above;
 * - TARGET entities `target:<slug>:<period>:<indicator pinyin>-<value>`: one per figure (a figure
 *   stated twice, as in the 主要预期目标 paragraph and again in its section, is one target with
 *   two mentions), HAS_TARGET from the strategy whose section states it;
 * - named places, parks, programs and organisations. A name found in several reports is one
 *   entity: Lechang's curated entity when its name or one of its aliases is the same words (its
 *   id, type and name kept, the new mentions added), else one entity per name across the added
 *   reports. PROGRAM and PARK mentions are PART_OF_STRATEGY the strategy of their section.
 *
 * Across all reports, Lechang's curated targets included:
 * - MEASURES target → `indicator:<catalogue id>` when the target's words name a catalogue
 *   indicator (pipeline/indicators.ts; never guessed); the INDICATOR entity exists only then and
 *   is mentioned by the indicator words of its targets;
 * - RESULT_OF result → goal: same jurisdiction, same indicator, same period, comparable unit;
 *   the goal stated in a report of the period's first year or before, the result in a later
 *   report than the period's last year. Left out when unsure: when one report gives two different
 *   figures for the same goal or result, or when an average (年均) is timed as a single year.
 *
 * Every entity and relation keeps provenance (mentions, evidence), and `validate` checks each
 * against its own report's text. The Lechang part stays the curated graph: no Lechang entity is
 * dropped, retyped or renamed; it only gains mentions in other reports, relations, and `reportId`
 * on its TARGET and STRATEGY entities.
 */
import { createHash } from 'node:crypto';
import Graph from 'graphology';
import { buildSeed, COMPARATOR_EN, COMPARATOR_ZH, formatValue, outsideMainComponent, UNIT_EN, validate, type BuildInput } from './build-seed.ts';
import { SeedBuildError } from './errors.ts';
import { placeEntities } from './layout/index.ts';
import { divisionByCode } from './pipeline/gazetteer.ts';
import { indicatorNames, loadIndicators, matchIndicator, type Indicator } from './pipeline/indicators.ts';
import type { ReportSidecar } from './pipeline/report-meta.ts';
import { runReport, type ReportExtraction } from './pipeline/run-report.ts';
import { innermostSection } from './pipeline/sections.ts';
import { figureText, quotedIndicators, targetName } from './pipeline/targets.ts';
import type { JurisdictionLevel, NamedEntity, ReportSection, SourceKind } from './pipeline/types.ts';
import { pinyinOf, toneless } from './pinyin.ts';
import {
  DEFAULT_REPORT_ID, ID_PREFIX,
  type Entity, type EntityAttributes, type EntityType, type Mention, type Relation, type RelationAttributes, type RelationType,
  type SeedArtefact, type SeedReport, type Section, type TownLevel,
} from './types.ts';

/** One report to add to the seed, as read from its file. */
export interface CorpusReportInput {
  /** The report's text: the file's text, or the text a PDF library extracted from it. */
  raw: string;
  sourceKind: SourceKind;
  /** The file read (relative to the project root when inside it); named in every error. */
  file: string;
  /** SHA-256 (hex) of the file's bytes; of `raw` when not given. */
  sha256?: string;
  /** What a sources.json entry or a sidecar JSON says of the report. */
  sidecar?: ReportSidecar;
}

export interface CorpusOptions {
  /** The indicator catalogue; pipeline/indicators.yaml when not given. */
  indicators?: Indicator[];
  /** Lay the graph out (x, y on every entity), as the explorer draws it; true when not given. */
  layout?: boolean;
}

interface Span { start: number; end: number }

const LEVEL_RANK: Record<JurisdictionLevel, number> = { NATIONAL: 0, PROVINCE: 1, PREFECTURE: 2, COUNTY: 3 };
const NAMED_TYPES: EntityType[] = ['TOWN', 'PARK', 'PROGRAM', 'ORGANIZATION'];
/** Section kinds whose headings are a report's pillars and areas of work: its strategies. */
const STRATEGY_KINDS = new Set<ReportSection['kind']>(['PART', 'CHAPTER', 'SECTION', 'LEAD']);
/** Units of one measure at different scales: a goal and a result in two of them can be compared. */
const UNIT_FAMILIES = [['万亿元', '亿元', '万元', '元'], ['万亿斤', '亿斤'], ['亿吨', '万吨', '吨'], ['亿人', '万人', '人'], ['万个', '个'], ['万家', '家']];

function comparableUnits(a: string, b: string): boolean {
  return a === b || UNIT_FAMILIES.some((family) => family.includes(a) && family.includes(b));
}

/** The ASCII slug of Chinese words for ids: toneless pinyin, letters and digits only. */
function slugOf(words: string, max = 40): string {
  return toneless(pinyinOf(words)).replace(/[^a-z0-9]+/g, '').slice(0, max) || 'x';
}

/** The level a place of the division tables has as a TOWN entity. */
function townLevel(entity: NamedEntity): TownLevel | undefined {
  if (entity.rule === 'REGION') return 'REGION';
  if (entity.rule === 'VILLAGE') return 'VILLAGE';
  const division = entity.code ? divisionByCode(entity.code.slice(0, 6)) : undefined;
  if (entity.code && entity.code.length > 6) return 'TOWN';
  if (division?.level === 'PROVINCE') return 'PROVINCE';
  if (division?.level === 'PREFECTURE') return 'PREFECTURE';
  if (division?.level === 'COUNTY') return 'CITY';
  return undefined;
}

/** The graph under construction: entities and relations by id, and every report's sections. */
class CorpusAssembly {
  readonly entities = new Map<string, Entity>();
  readonly relations = new Map<string, Relation>();
  /** Named entities by every name and alias they go by; null where two entities share one. */
  readonly byName = new Map<string, string | null>();
  readonly sectionsOf = new Map<string, ReportSection[]>();

  relate(type: RelationType, source: string, target: string, evidence: Mention[]): void {
    const id = `${type}:${source}->${target}`;
    const existing = this.relations.get(id);
    if (!existing) {
      this.relations.set(id, { id, type, source, target, evidence: [...evidence] });
      return;
    }
    for (const m of evidence) {
      if (!existing.evidence.some((e) => e.sectionId === m.sectionId && e.start === m.start && e.end === m.end)) existing.evidence.push(m);
    }
  }

  addMentions(entity: Entity, mentions: Mention[]): void {
    for (const m of mentions) {
      if (!entity.mentions.some((e) => e.sectionId === m.sectionId && e.start === m.start && e.end === m.end)) entity.mentions.push(m);
    }
  }

  /** An id of the given prefix and slug that no entity has yet. */
  freeId(base: string): string {
    if (!this.entities.has(base)) return base;
    for (let n = 2; ; n += 1) if (!this.entities.has(`${base}-${n}`)) return `${base}-${n}`;
  }

  nameIndex(entity: Entity): void {
    for (const name of new Set([entity.name, ...entity.aliases])) {
      const known = this.byName.get(name);
      if (known === undefined) this.byName.set(name, entity.id);
      else if (known !== entity.id) this.byName.set(name, null);
    }
  }
}

/** One added report while it is merged: its extraction, seed id mapping and where its strategies are. */
class ReportPart {
  readonly slug: string;
  readonly sectionIds = new Map<string, string>();
  readonly sectionById = new Map<string, ReportSection>();
  readonly strategyOf = new Map<string, string>();

  constructor(readonly extraction: ReportExtraction) {
    this.slug = extraction.meta.id.slice('report:'.length);
    for (const s of extraction.sections) {
      const n = s.id.slice('section:'.length);
      this.sectionIds.set(s.id, `section:${this.slug}:${n}`);
      this.sectionById.set(s.id, s);
      if (STRATEGY_KINDS.has(s.kind)) this.strategyOf.set(s.id, `strategy:${this.slug}:${n}`);
    }
  }

  /** The mention of a span: its innermost section, by the seed's id. */
  mention(span: Span): Mention {
    const section = innermostSection(this.extraction.sections, span.start, span.end);
    if (!section) throw new SeedBuildError('corpus', `${this.extraction.meta.id}: no section holds ${span.start}–${span.end}`);
    return { sectionId: this.sectionIds.get(section.id)!, start: span.start, end: span.end };
  }

  /** The strategy of the innermost section around a span that heads one, or null. */
  strategyAt(span: Span): string | null {
    for (let s = innermostSection(this.extraction.sections, span.start, span.end); s; s = s.parentId ? this.sectionById.get(s.parentId) : undefined) {
      const strategy = this.strategyOf.get(s.id);
      if (strategy) return strategy;
    }
    return null;
  }
}

function seedSections(part: ReportPart): Section[] {
  const { extraction: { meta, sections } } = part;
  return sections.map((s) => ({
    id: part.sectionIds.get(s.id)!,
    reportId: meta.id,
    title: s.title,
    path: s.path,
    parentId: s.parentId ? part.sectionIds.get(s.parentId)! : null,
    start: s.start,
    end: s.end,
    strategyId: part.strategyOf.get(s.id) ?? null,
  }));
}

function addStrategies(assembly: CorpusAssembly, part: ReportPart): void {
  const { meta, sections } = part.extraction;
  for (const s of sections) {
    const id = part.strategyOf.get(s.id);
    if (!id) continue;
    const heading = part.mention({ start: s.headingStart, end: s.headingEnd });
    const clauses = s.title.split('，').filter((c) => c.length >= 4 && c !== s.title);
    assembly.entities.set(id, {
      id, type: 'STRATEGY', name: s.title, nameEn: null, pinyin: pinyinOf(s.title), aliases: [...new Set(clauses)],
      description: s.path.join(' › '), descriptionEn: null, mentions: [heading], reportId: meta.id,
    });
    const parent = s.parentId ? part.strategyAt(part.sectionById.get(s.parentId)!) : null;
    if (parent) assembly.relate('PART_OF', id, parent, [heading]);
  }
}

/**
 * Why each entity outside the main graph stands alone: Lechang's curated reason where it has one,
 * else what the report says of it: how often and where it names the entity, and that it states no
 * relation of it (`…政府工作报告 names 内蒙古自治区 once (first in «2017年重点工作任务») and states no relation…`).
 * @returns entity id → reason, for every id of `isolated`.
 */
function isolationReasons(isolated: string[], entities: Entity[], reports: SeedReport[], sections: Section[], curated: Record<string, string>): Record<string, string> {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const sectionById = new Map(sections.map((s) => [s.id, s]));
  const reportById = new Map(reports.map((r) => [r.id, r]));
  return Object.fromEntries(isolated.map((id) => {
    if (curated[id]) return [id, curated[id]];
    const entity = byId.get(id)!;
    const first = entity.mentions[0]!;
    const report = reportById.get(sectionById.get(first.sectionId)!.reportId)!;
    const times = entity.mentions.length === 1 ? 'once' : `${entity.mentions.length} times`;
    return [id, `${report.title} names ${entity.name} ${times} (first in «${sectionById.get(first.sectionId)!.title}») and states no relation of it to anything else in the graph.`];
  }));
}

type TargetFigure = ReportExtraction['targets'][number];

function addTargets(assembly: CorpusAssembly, part: ReportPart, catalogue: Map<string, Indicator>): void {
  const { meta, text, targets } = part.extraction;
  const figures = new Map<string, { first: TargetFigure; spans: Span[] }>();
  const quoted = quotedIndicators(targets.map((t) => ({ quote: text.slice(t.start, t.end), indicator: t.indicator })));
  for (const t of [...targets].sort((a, b) => a.start - b.start || a.numberStart - b.numberStart)) {
    const key = [t.indicatorId ?? `words:${t.indicator}`, t.value, t.valueMax, t.unit, t.comparator, t.period, t.kind].join('|');
    const figure = figures.get(key);
    if (figure) figure.spans.push({ start: t.start, end: t.end });
    else figures.set(key, { first: t, spans: [{ start: t.start, end: t.end }] });
  }
  for (const { first: t, spans } of figures.values()) {
    const id = assembly.freeId(`target:${part.slug}:${t.period.replace('–', '-')}:${slugOf(t.indicator)}-${formatValue(t.value).replace('.', 'p')}`);
    const quote = text.slice(t.start, t.end);
    const indicator = t.indicatorId ? catalogue.get(t.indicatorId) : undefined;
    const unitEn = UNIT_EN[t.unit] ?? t.unit;
    const withUnit = (v: number) => `${formatValue(v)}${unitEn === '%' ? '%' : unitEn ? ` ${unitEn}` : ''}`;
    const amount = t.comparator === 'BETWEEN' && t.valueMax !== null
      ? `${formatValue(t.value)}–${withUnit(t.valueMax)}`
      : `${COMPARATOR_EN[t.comparator]}${withUnit(t.value)}`;
    const amountZh = t.comparator === 'BETWEEN' && t.valueMax !== null
      ? `${formatValue(t.value)}–${formatValue(t.valueMax)}${t.unit}`
      : `${COMPARATOR_ZH[t.comparator]}${formatValue(t.value)}${t.unit}`;
    const name = targetName(quote, t.indicator, figureText(text, t, formatValue(t.value)), quoted.get(quote)!.size > 1);
    const entity: Entity = {
      id, type: 'TARGET', name, nameEn: indicator ? `${indicator.nameEn}: ${amount} (${t.period})` : null,
      pinyin: pinyinOf(t.indicator), aliases: t.indicator === name ? [] : [t.indicator],
      description: `${t.kind === 'GOAL' ? '目标' : '成果'}（${t.period}）：${t.indicator} ${amountZh}`,
      descriptionEn: indicator ? `${t.kind === 'GOAL' ? 'Goal' : 'Result'} for ${t.period}: ${indicator.nameEn}, ${amount}.` : null,
      mentions: spans.map((s) => part.mention(s)),
      reportId: meta.id, indicator: t.indicator, value: t.value, unit: t.unit, comparator: t.comparator, period: t.period, kind: t.kind,
    };
    if (t.valueMax !== null) entity.valueMax = t.valueMax;
    assembly.entities.set(id, entity);
    for (const span of spans) {
      const strategy = part.strategyAt(span);
      if (strategy) assembly.relate('HAS_TARGET', strategy, id, [part.mention(span)]);
    }
  }
}

function addNamedEntities(assembly: CorpusAssembly, part: ReportPart): void {
  for (const found of part.extraction.entities) {
    const type: EntityType = found.type === 'PLACE' ? 'TOWN' : found.type;
    const mentions = found.mentions.map((m) => part.mention(m));
    if (mentions.length === 0) continue;
    const knownId = assembly.byName.get(found.name);
    if (knownId === null) continue; // two entities go by this name: which one is meant is not known
    let entity = knownId ? assembly.entities.get(knownId) : undefined;
    if (!entity) {
      const id = assembly.freeId(`${ID_PREFIX[type]}:${slugOf(found.name)}`);
      entity = {
        id, type, name: found.name, nameEn: null, pinyin: pinyinOf(found.name), aliases: [],
        description: null, descriptionEn: null, mentions: [],
      };
      if (type === 'TOWN') {
        const level = townLevel(found);
        if (level) entity.level = level;
      }
      assembly.entities.set(id, entity);
      assembly.nameIndex(entity);
    }
    assembly.addMentions(entity, mentions);
    if (entity.type === 'PROGRAM' || entity.type === 'PARK') {
      for (const m of found.mentions) {
        const strategy = part.strategyAt(m);
        if (strategy) assembly.relate('PART_OF_STRATEGY', entity.id, strategy, [part.mention(m)]);
      }
    }
  }
}

/**
 * Where a target's indicator words stand: the alias inside the target's quote, or, when the
 * report names the measure once for several figures (国内生产总值增长8.1%… the quote is
 * 增长8.1%), its last occurrence earlier in the same sentence; null when neither.
 */
function indicatorWords(text: string, mention: Mention, alias: string): Mention | null {
  const inside = text.slice(mention.start, mention.end).indexOf(alias);
  if (inside !== -1) return { sectionId: mention.sectionId, start: mention.start + inside, end: mention.start + inside + alias.length };
  const sentenceStart = Math.max(...['。', '；', '！', '？', '\n'].map((mark) => text.lastIndexOf(mark, mention.start - 1))) + 1;
  const before = text.slice(sentenceStart, mention.start).lastIndexOf(alias);
  return before === -1 ? null : { sectionId: mention.sectionId, start: sentenceStart + before, end: sentenceStart + before + alias.length };
}

function addIndicators(assembly: CorpusAssembly, reports: SeedReport[], sections: Map<string, Section>, indicators: Indicator[]): Map<string, string> {
  const textOf = new Map(reports.map((r) => [r.id, r.text]));
  const measured = new Map<string, string>();
  for (const target of [...assembly.entities.values()].filter((e) => e.type === 'TARGET')) {
    if (target.indicator === undefined || target.unit === undefined) continue;
    const match = matchIndicator({ indicator: target.indicator, unit: target.unit }, indicators);
    if (!match) continue;
    const indicator = indicators.find((i) => i.id === match.indicatorId)!;
    let entity = assembly.entities.get(indicator.id);
    if (!entity) {
      entity = {
        id: indicator.id, type: 'INDICATOR', name: indicator.name, nameEn: indicator.nameEn, pinyin: pinyinOf(indicator.name),
        aliases: indicatorNames(indicator, indicators),
        description: `政府工作报告的量化指标：${indicator.name}`, descriptionEn: `A measure work reports quantify: ${indicator.nameEn}.`,
        mentions: [],
      };
      assembly.entities.set(indicator.id, entity);
    }
    const words = target.mentions.map((m) => indicatorWords(textOf.get(sections.get(m.sectionId)!.reportId)!, m, match.alias));
    assembly.addMentions(entity, words.filter((w): w is Mention => w !== null));
    assembly.relate('MEASURES', target.id, indicator.id, target.mentions);
    measured.set(target.id, indicator.id);
  }
  // An indicator whose words stand nowhere apart from its targets' figures is mentioned by them.
  for (const [targetId, indicatorId] of measured) {
    const entity = assembly.entities.get(indicatorId)!;
    if (entity.mentions.length === 0) assembly.addMentions(entity, assembly.entities.get(targetId)!.mentions);
  }
  return measured;
}

const periodYears = (period: string): [number, number] => {
  const [from, to] = period.split('–').map(Number) as [number, number?];
  return [from, to ?? from];
};

/**
 * RESULT_OF from each result to the goal of the same jurisdiction, indicator and period (see the
 * module comment for what is left out when unsure). Returns the number of links made.
 */
function addResultLinks(assembly: CorpusAssembly, reports: SeedReport[], measured: Map<string, string>): number {
  const reportOf = new Map(reports.map((r) => [r.id, r]));
  type Stated = { entity: Entity; report: SeedReport; indicator: string };
  const groups = new Map<string, { GOAL: Stated[]; RESULT: Stated[] }>();
  for (const [targetId, indicator] of measured) {
    const entity = assembly.entities.get(targetId)!;
    const report = reportOf.get(entity.reportId ?? DEFAULT_REPORT_ID);
    if (!report || !entity.period || !entity.kind) continue;
    const [from, to] = periodYears(entity.period);
    if (from === to && /年均/.test(entity.indicator ?? '')) continue; // an average over years, timed as one year: unsure
    if (entity.kind === 'GOAL' && report.year > from) continue;
    if (entity.kind === 'RESULT' && report.year <= to) continue;
    const key = [report.jurisdiction.name, report.jurisdiction.level, indicator, entity.period].join('|');
    const group = groups.get(key) ?? { GOAL: [], RESULT: [] };
    group[entity.kind].push({ entity, report, indicator });
    groups.set(key, group);
  }
  /** The figures one report states for the key, when it states one figure only. */
  const single = (stated: Stated[]): Stated[] => {
    const byReport = new Map<string, Stated[]>();
    for (const s of stated) byReport.set(s.report.id, [...(byReport.get(s.report.id) ?? []), s]);
    return [...byReport.values()].filter((list) => list.length === 1).map((list) => list[0]!);
  };
  let links = 0;
  for (const group of groups.values()) {
    for (const result of single(group.RESULT)) {
      for (const goal of single(group.GOAL)) {
        if (!comparableUnits(result.entity.unit!, goal.entity.unit!)) continue;
        assembly.relate('RESULT_OF', result.entity.id, goal.entity.id, [result.entity.mentions[0]!, goal.entity.mentions[0]!]);
        links += 1;
      }
    }
  }
  return links;
}

/**
 * Builds one seed from the curated Lechang build and the given reports.
 *
 * @param lechang the default report's build input (build-seed.ts `defaultBuildInput()`).
 * @param inputs the reports to add, in any order: the seed lists them after Lechang by
 *   jurisdiction level (NATIONAL first), jurisdiction name and year, and ids do not depend on
 *   the order given.
 * @returns the seed artefact (SeedArtefact): reports[0] is Lechang.
 * @throws ReportMetaError naming the file whose year or jurisdiction cannot be read;
 *   SeedBuildError (stage `corpus`) when two inputs are the same report, or one is the
 *   curated default report; SeedBuildError (stage `validate`) when a mention is off its text.
 */
export function buildCorpusSeed(lechang: BuildInput, inputs: CorpusReportInput[], options: CorpusOptions = {}): SeedArtefact {
  const indicators = options.indicators ?? loadIndicators();
  const catalogue = new Map(indicators.map((i) => [i.id, i]));
  const extractions = inputs.map((input) => ({ input, extraction: runReport(input, indicators) }));
  const seen = new Map<string, string>([[DEFAULT_REPORT_ID, lechang.sourceFile]]);
  for (const { input, extraction } of extractions) {
    const other = seen.get(extraction.meta.id);
    if (other) {
      throw new SeedBuildError('corpus', `${input.file} is ${extraction.meta.id}, which ${other} already gives; give each report once`);
    }
    seen.set(extraction.meta.id, input.file);
  }
  extractions.sort((a, b) => {
    const ja = a.extraction.meta.jurisdiction;
    const jb = b.extraction.meta.jurisdiction;
    return LEVEL_RANK[ja.level] - LEVEL_RANK[jb.level] || (ja.name < jb.name ? -1 : ja.name > jb.name ? 1 : 0)
      || a.extraction.meta.year - b.extraction.meta.year || (a.extraction.meta.id < b.extraction.meta.id ? -1 : 1);
  });

  // The curated build after the added reports are read, so that a refused report fails fast.
  const base = buildSeed(lechang);
  const assembly = new CorpusAssembly();
  for (const node of base.graph.nodes) {
    const entity = { id: node.key, ...structuredClone(node.attributes!) } as Entity;
    delete entity.x;
    delete entity.y;
    if (entity.type === 'TARGET' || entity.type === 'STRATEGY') entity.reportId = DEFAULT_REPORT_ID;
    assembly.entities.set(entity.id, entity);
  }
  const baseMentions = new Map([...assembly.entities.values()].map((e) => [e.id, e.mentions.length]));
  for (const edge of base.graph.edges) {
    assembly.relations.set(edge.key!, { id: edge.key!, source: edge.source, target: edge.target, ...structuredClone(edge.attributes!) } as Relation);
  }
  for (const entity of [...assembly.entities.values()].filter((e) => NAMED_TYPES.includes(e.type)).sort((a, b) => (a.id < b.id ? -1 : 1))) {
    assembly.nameIndex(entity);
  }

  const reports: SeedReport[] = [...base.reports];
  const sections: Section[] = [...base.sections];
  for (const { input, extraction } of extractions) {
    const part = new ReportPart(extraction);
    reports.push({
      ...extraction.meta, sourceKind: input.sourceKind, file: input.file,
      sha256: input.sha256 ?? createHash('sha256').update(input.raw).digest('hex'), text: extraction.text,
    });
    sections.push(...seedSections(part));
    addStrategies(assembly, part);
    addTargets(assembly, part, catalogue);
    addNamedEntities(assembly, part);
  }
  const sectionById = new Map(sections.map((s) => [s.id, s]));
  const measured = addIndicators(assembly, reports, sectionById, indicators);
  addResultLinks(assembly, reports, measured);

  const entities = [...assembly.entities.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  const relations = [...assembly.relations.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  const reportIndex = new Map(reports.map((r, i) => [r.id, i]));
  const order = (m: Mention) => reportIndex.get(sectionById.get(m.sectionId)!.reportId)!;
  const byPlace = (a: Mention, b: Mention) => order(a) - order(b) || a.start - b.start || a.end - b.end;
  // Lechang's curated mentions keep their order; what other reports add follows, in seed order.
  for (const e of entities) {
    const kept = baseMentions.get(e.id) ?? 0;
    e.mentions = [...e.mentions.slice(0, kept), ...e.mentions.slice(kept).sort(byPlace)];
  }
  for (const r of relations) r.evidence.sort(byPlace);
  validate({ reports, sections }, entities, relations);
  if (options.layout !== false) placeEntities(entities, relations);

  const graph = new Graph<EntityAttributes, RelationAttributes>({ type: 'directed', multi: true, allowSelfLoops: false });
  for (const { id, ...attributes } of entities) graph.addNode(id, attributes);
  for (const { id, source, target, ...attributes } of relations) graph.addDirectedEdgeWithKey(id, source, target, attributes);

  const isolated = outsideMainComponent(entities, relations);
  const body = {
    reports,
    sections,
    graph: graph.export(),
    isolated,
    isolatedReasons: isolationReasons(isolated, entities, reports, sections, base.isolatedReasons),
    unresolvedMarkers: base.unresolvedMarkers,
  };
  const version = createHash('sha256').update(JSON.stringify(body)).digest('hex').slice(0, 16);
  return { version, ...body };
}
