/**
 * Builds the seed from the report and the curated annotations: normalise → extract by rule →
 * merge the curation → relate → validate. Pure apart from reading the curation folder; the
 * same inputs always give the same bytes.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { SEED_PATHS } from './paths.ts';
import { readReportFolders } from './pipeline/report-folders.ts';
import Graph from 'graphology';
import { placeEntities } from './layout/index.ts';
import { normaliseReport } from './normalise.ts';
import { extractSections, sectionAt } from './sections.ts';
import { extractGlossary } from './glossary.ts';
import { extractTimedTargets, figureText, quotedIndicators, targetName, type TimingOf } from './pipeline/targets.ts';
import type { ExtractedTarget } from './pipeline/types.ts';
import { loadCuration, type Curation, type Span } from './curation.ts';
import { pinyinOf, toneless } from './pinyin.ts';
import { CurationError, SeedBuildError } from './errors.ts';
import { readReportMeta, type ReportSidecar } from './pipeline/report-meta.ts';
import type { SourceKind } from './pipeline/types.ts';
import { DEFAULT_REPORT_ID } from './types.ts';
import type {
  Comparator, Entity, EntityAttributes, EntityType, Mention, Relation, RelationAttributes, RelationType, SeedArtefact, Section, UnresolvedMarker,
} from './types.ts';

/** A target the rules found, bounded as the seed bounds it (Lechang states no range). */
type Quantity = Omit<ExtractedTarget, 'valueMax' | 'comparator'> & { comparator: Comparator };

/** English and Chinese words for a comparator in a target's names (`at least 6%`, `≥6%`). */
export const COMPARATOR_EN = { EQUAL: '', AT_LEAST: 'at least ', AT_MOST: 'at most ', MORE_THAN: 'over ', APPROXIMATELY: 'about ', BETWEEN: '' } as const;
export const COMPARATOR_ZH = { EQUAL: '', AT_LEAST: '≥', AT_MOST: '≤', MORE_THAN: '>', APPROXIMATELY: '约', BETWEEN: '' } as const;

/** English for the units targets carry (亿元 → ×10⁸ yuan); a unit not listed is written as it stands. */
export const UNIT_EN: Record<string, string> = {
  '%': '%', 个百分点: 'percentage points', 个工作日: 'working days', 万平方米: '×10⁴ m²', 平方米: 'm²', 万亿元: 'trillion yuan',
  亿元: '×10⁸ yuan', 万元: '×10⁴ yuan', 元: 'yuan', 万亩: '×10⁴ mu', 亩: 'mu', 公里: 'km', 万头: '×10⁴ head', 头: 'head',
  万户: '×10⁴ households', 户: 'households', 万人: '×10⁴ people', 人: 'people', 名: 'people', 个: '', 家: '', 所: '',
  宗: '', 条: '', 项: '', 件: '', 座: '', 兆瓦: 'MW', 倍: 'times', 年: 'years', 小时: 'hours',
};

export interface BuildInput {
  /** The report's raw text, as read from `sourceFile`. */
  raw: string;
  /** Where the text was read, relative to the project root. */
  sourceFile: string;
  curationFolder: string;
  /** What the report's folder (graph-seed/reports/lechang-2021/report.json) says of it. */
  report: { sourceKind: SourceKind; sidecar: ReportSidecar };
}

class SeedAssembly {
  readonly entities = new Map<string, Entity>();
  readonly relations = new Map<string, Relation>();

  constructor(readonly text: string, readonly sections: Section[]) {}

  mention(span: Span): Mention {
    return { sectionId: sectionAt(this.sections, span.start, span.end).id, start: span.start, end: span.end };
  }

  addEntity(entity: Entity, origin: string): void {
    if (this.entities.has(entity.id)) {
      throw new CurationError(origin, entity.id, 'DUPLICATE_ID', `id "${entity.id}" is already used by another entity`);
    }
    this.entities.set(entity.id, entity);
  }

  /** Adds a relation, or merges its evidence into the same relation found another way. */
  relate(type: RelationType, source: string, target: string, evidence: Span[]): void {
    const id = `${type}:${source}->${target}`;
    const existing = this.relations.get(id);
    const mentions = evidence.map((span) => this.mention(span));
    if (existing) {
      for (const m of mentions) {
        if (!existing.evidence.some((e) => e.start === m.start && e.end === m.end)) existing.evidence.push(m);
      }
      return;
    }
    this.relations.set(id, { id, type, source, target, evidence: mentions });
  }

  /** The strategy of the innermost section around a span that heads one. */
  strategyAt(span: Span): string | null {
    for (let section: Section | undefined = sectionAt(this.sections, span.start, span.end); section;
      section = this.sections.find((s) => s.id === section!.parentId)) {
      if (section.strategyId) return section.strategyId;
    }
    return null;
  }
}

/** Every place where `needle` occurs in `text`. */
function occurrences(text: string, needle: string): Span[] {
  const spans: Span[] = [];
  if (needle.length < 2) return spans;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) spans.push({ start: at, end: at + needle.length });
  return spans;
}

function uniqueSpans(spans: Span[]): Span[] {
  const seen = new Map<string, Span>();
  for (const s of spans) seen.set(`${s.start}:${s.end}`, s);
  return [...seen.values()].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** A target's number as its id and names write it. */
export function formatValue(value: number): string {
  return String(value);
}

/** Strategies and glossary terms from the rules, with the English the curation gives them. */
function addRuleEntities(assembly: SeedAssembly, headings: Map<string, Span>, curation: Curation, { notes, markers }: ReturnType<typeof extractGlossary>): void {
  const { text, sections } = assembly;
  const themes = new Map(curation.annotations.filter((a) => a.name).map((a) => [a.id, a]));
  for (const section of sections) {
    if (!section.strategyId) continue;
    const heading = headings.get(section.id)!;
    // A strategy is named by its theme (转型发展, 生态环境提升行动), as the heading writes it; the
    // whole heading, often a sentence, stays in the description and the aliases.
    const theme = themes.get(section.strategyId);
    if (theme && !section.title.includes(theme.name!)) {
      throw new CurationError(theme.file, theme.id, 'BAD_QUOTE', `name "${theme.name}" is not written in the heading "${section.title}"`);
    }
    const name = theme?.name ?? section.title;
    const clauses = section.title.split('，').filter((c) => c.length >= 4 && c !== name);
    assembly.addEntity({
      id: section.strategyId, type: 'STRATEGY', name, nameEn: null, pinyin: pinyinOf(name),
      aliases: [...new Set([...(name === section.title ? [] : [section.title]), ...clauses])],
      description: section.path.join(' › '), descriptionEn: null,
      mentions: [assembly.mention(heading)],
    }, 'sections');
  }
  for (const note of notes) {
    const bare = note.term.replace(/[“”]/g, '');
    const termSpan = { start: note.termStart, end: note.termStart + note.term.length };
    // The note is mentioned where it stands in 名词解释 and by each `[n]` marker that points to it;
    // the body's own uses of the phrase belong to the thing the phrase names (a program, a concept),
    // which is DEFINED_BY the note.
    assembly.addEntity({
      id: `glossary:${note.number}`, type: 'GLOSSARY_TERM', name: note.term, nameEn: null, pinyin: pinyinOf(note.term),
      aliases: [...new Set([bare, `[${note.number}]`].filter((a) => a !== note.term))],
      description: note.definition, descriptionEn: null,
      mentions: uniqueSpans([termSpan, ...markers.filter((m) => m.number === note.number)]).map((s) => assembly.mention(s)),
      number: note.number, definition: note.definition, definitionEn: null,
    }, 'glossary');
  }
  for (const annotation of curation.annotations) {
    const entity = assembly.entities.get(annotation.id);
    if (!entity) {
      throw new CurationError(annotation.file, annotation.id, 'DANGLING_RELATION', `annotates "${annotation.id}", which the rules did not make`);
    }
    if (annotation.name && entity.type !== 'STRATEGY') {
      throw new CurationError(annotation.file, annotation.id, 'BAD_FIELD', '"name" may only rename a strategy; other rule-made names are the report\'s own');
    }
    if (annotation.nameEn) entity.nameEn = annotation.nameEn;
    if (annotation.descriptionEn) entity.descriptionEn = annotation.descriptionEn;
    if (annotation.definitionEn) entity.definitionEn = annotation.definitionEn;
    entity.aliases = [...new Set([...entity.aliases, ...annotation.aliases])];
  }
}

function addCuratedEntities(assembly: SeedAssembly, curation: Curation, notes: ReturnType<typeof extractGlossary>['notes']): void {
  // The term that heads a glossary note is the note's own mention, not the named thing's.
  const noteHeading = (s: Span) => notes.some((n) => s.start < n.termStart + n.term.length && n.termStart < s.end);
  for (const c of curation.entities) {
    const spans = uniqueSpans([...c.mentions, ...occurrences(assembly.text, c.name).filter((s) => !noteHeading(s))]);
    if (spans.length === 0) {
      throw new CurationError(c.file, c.id, 'NO_PROVENANCE', `"${c.name}" never occurs in the text; list a mention that names it`);
    }
    const entity: Entity = {
      id: c.id, type: c.type, name: c.name, nameEn: c.nameEn, pinyin: pinyinOf(c.name),
      aliases: c.aliases.filter((a) => a !== c.name), description: c.description, descriptionEn: c.descriptionEn,
      mentions: spans.map((s) => assembly.mention(s)),
    };
    if (c.level) entity.level = c.level;
    if (c.category) entity.category = c.category;
    assembly.addEntity(entity, c.file);
  }
}

/** Owner links the curation asks for or refuses, keyed by target id. */
interface TargetOwnership {
  owners: Map<string, { ids: string[]; file: string; record: string }>;
  notOwners: Map<string, Set<string>>;
}

/**
 * Applies the curated corrections to the quantities the rules found, then makes TARGET entities.
 * A figure the report states twice (the same indicator, value, unit, bound, period and kind, as in
 * the 2020 summary and again in its section) is one target with two mentions.
 */
function addTargets(assembly: SeedAssembly, quantities: Quantity[], curation: Curation): TargetOwnership {
  type Kept = Quantity & { correction?: Curation['targetCorrections'][number] };
  const kept: Kept[] = [];
  const corrections = curation.targetCorrections.filter((c) => c.action !== 'add');
  for (const q of quantities) {
    const matching = corrections.filter((c) => c.at.start <= q.numberStart && q.numberEnd <= c.at.end);
    if (matching.length > 1) {
      const [a, b] = matching;
      throw new CurationError(a!.file, a!.record, 'AMBIGUOUS_QUOTE', `both it and ${b!.record} hold the quantity at ${q.numberStart}`);
    }
    const correction = matching[0];
    if (correction?.action === 'exclude') continue;
    kept.push(correction ? { ...q, ...definedFields(correction), correction } : q);
  }
  for (const c of corrections) {
    const holds = quantities.filter((q) => c.at.start <= q.numberStart && q.numberEnd <= c.at.end).length;
    if (holds !== 1) {
      throw new CurationError(c.file, c.record, 'BAD_QUOTE', `its passage must hold exactly one quantity the rules found; it holds ${holds}`);
    }
  }
  for (const c of curation.targetCorrections.filter((x) => x.action === 'add')) {
    kept.push({
      indicator: c.indicator!, value: c.value!, unit: c.unit!, comparator: c.comparator ?? 'EQUAL', period: c.period!, kind: c.kind!,
      start: c.at.start, end: c.at.end, numberStart: c.at.start, numberEnd: c.at.end, sectionId: assembly.mention(c.at).sectionId,
      correction: c,
    });
  }
  kept.sort((a, b) => a.start - b.start || a.numberStart - b.numberStart);

  const englishOf = new Map(curation.targetCorrections.filter((c) => c.indicatorEn && c.indicator).map((c) => [c.indicator!, c.indicatorEn!]));
  const taken = new Map<string, number>();
  const sameFigure = new Map<string, string>();
  const ownership: TargetOwnership = { owners: new Map(), notOwners: new Map() };
  const quoted = quotedIndicators(kept.map((q) => ({ quote: assembly.text.slice(q.start, q.end), indicator: q.indicator })));
  for (const q of kept) {
    const figure = [q.indicator, q.value, q.unit, q.comparator, q.period, q.kind].join('|');
    let id = sameFigure.get(figure);
    if (id) {
      assembly.entities.get(id)!.mentions.push(assembly.mention(q));
    } else {
      const slug = `${toneless(pinyinOf(q.indicator)).replace(/[^a-z0-9]+/g, '').slice(0, 40)}-${formatValue(q.value).replace('.', 'p')}`;
      const base = `target:${q.period.replace('–', '-')}:${slug}`;
      const count = (taken.get(base) ?? 0) + 1;
      taken.set(base, count);
      id = count === 1 ? base : `${base}-${count}`;
      sameFigure.set(figure, id);
      const quote = assembly.text.slice(q.start, q.end);
      const indicatorEn = englishOf.get(q.indicator) ?? curation.indicatorsEn.get(q.indicator) ?? null;
      const unitEn = UNIT_EN[q.unit] ?? q.unit;
      const amount = `${COMPARATOR_EN[q.comparator]}${formatValue(q.value)}${unitEn === '%' ? '%' : unitEn ? ` ${unitEn}` : ''}`;
      // A curated target's number span is its whole quote: its figure is its value and unit.
      const written = q.correction ? `${formatValue(q.value)}${q.unit}` : figureText(assembly.text, q, formatValue(q.value));
      const name = targetName(quote, q.indicator, written, quoted.get(quote)!.size > 1);
      assembly.addEntity({
        id, type: 'TARGET', name, nameEn: indicatorEn ? `${indicatorEn}: ${amount} (${q.period})` : null,
        pinyin: pinyinOf(q.indicator), aliases: q.indicator === name ? [] : [q.indicator],
        description: `${q.kind === 'GOAL' ? '目标' : '成果'}（${q.period}）：${q.indicator} ${COMPARATOR_ZH[q.comparator]}${formatValue(q.value)}${q.unit}`,
        descriptionEn: indicatorEn ? `${q.kind === 'GOAL' ? 'Goal' : 'Result'} for ${q.period}: ${indicatorEn}, ${amount}.` : null,
        mentions: [assembly.mention(q)],
        indicator: q.indicator, value: q.value, unit: q.unit, comparator: q.comparator, period: q.period, kind: q.kind,
      }, 'targets');
    }
    const c = q.correction;
    if (c?.owners) ownership.owners.set(id, { ids: c.owners, file: c.file, record: c.record });
    if (c?.notOwners) ownership.notOwners.set(id, new Set(c.notOwners));
  }
  // English for an indicator no target has any more is stale: say so rather than keep it.
  const indicators = new Set(kept.map((q) => q.indicator));
  for (const zh of curation.indicatorsEn.keys()) {
    if (!indicators.has(zh)) throw new CurationError(curation.indicatorFiles.get(zh) ?? '(indicators)', `indicators.${zh}`, 'BAD_FIELD', `no target has the indicator "${zh}"; remove or correct its English`);
  }
  return ownership;
}

function definedFields(c: Curation['targetCorrections'][number]): Partial<Quantity> {
  const fields: Partial<Quantity> = {};
  if (c.indicator !== undefined) fields.indicator = c.indicator;
  if (c.value !== undefined) fields.value = c.value;
  if (c.unit !== undefined) fields.unit = c.unit;
  if (c.comparator !== undefined) fields.comparator = c.comparator;
  if (c.period !== undefined) fields.period = c.period;
  if (c.kind !== undefined) fields.kind = c.kind;
  return fields;
}

const NAMED_TYPES: EntityType[] = ['TOWN', 'PARK', 'PROGRAM', 'ORGANIZATION'];

/**
 * The span from an owner's mention to the end of a target's words, when both stand in one
 * sentence (no 。；！？ between them), or null.
 */
function ownerEvidence(text: string, owner: Entity, target: Entity): Span | null {
  for (const q of target.mentions) {
    for (const m of owner.mentions) {
      const start = Math.min(m.start, q.start);
      const end = Math.max(m.end, q.end);
      if (!/[。；！？\n]/.test(text.slice(start, end))) return { start, end };
    }
  }
  return null;
}

function addRuleRelations(
  assembly: SeedAssembly,
  headings: Map<string, Span>,
  glossary: ReturnType<typeof extractGlossary>,
  ownership: TargetOwnership,
): UnresolvedMarker[] {
  const { sections, entities } = assembly;
  const all = [...entities.values()];

  // The section tree: a strategy is PART_OF the strategy of its parent section.
  for (const section of sections) {
    if (!section.strategyId) continue;
    const parent = sections.find((s) => s.id === section.parentId);
    const parentStrategy = parent ? assembly.strategyAt(parent) : null;
    if (parentStrategy) assembly.relate('PART_OF', section.strategyId, parentStrategy, [headings.get(section.id)!]);
  }

  // Markers: the entity whose mention ends at `[n]` is the one the marked phrase names, and is
  // DEFINED_BY note n (信访工作“三无”[9] names the “three nos”, not the title 国家信访工作“三无”市
  // around it). Only when none ends there does a name that holds the marker take the note
  // (“三线一单”[14]管控方案: the plan carries the concept's name). A count is never what a note
  // defines (“三品一标”[2]农产品110个 defines the labels): the phrase needs a curated entity.
  const unresolved: UnresolvedMarker[] = [];
  const numbers = new Set(glossary.notes.map((n) => n.number));
  const definable = all.filter((e) => e.type !== 'GLOSSARY_TERM' && e.type !== 'STRATEGY' && e.type !== 'TARGET');
  for (const marker of glossary.markers) {
    if (!numbers.has(marker.number)) {
      unresolved.push({ number: marker.number, start: marker.start, problem: `no glossary note [${marker.number}]` });
      continue;
    }
    const term = `glossary:${marker.number}`;
    const ending = definable.flatMap((e) => e.mentions.filter((m) => m.end === marker.start).map((m) => ({ e, span: { start: m.start, end: marker.end } })));
    const holding = definable.flatMap((e) => e.mentions.filter((m) => m.start < marker.start && marker.end <= m.end).map((m) => ({ e, span: { start: m.start, end: m.end } })));
    const claims = ending.length > 0 ? ending : holding;
    for (const { e, span } of claims) assembly.relate('DEFINED_BY', e.id, term, [span]);
    const claimed = claims.length > 0;
    if (!claimed) {
      unresolved.push({ number: marker.number, start: marker.start, problem: 'no entity names the marked phrase; curate the program or concept it names' });
    }
  }
  for (const note of glossary.notes) {
    if (!glossary.markers.some((m) => m.number === note.number)) {
      unresolved.push({ number: note.number, start: note.termStart, problem: 'no [n] marker in the body points to this note' });
    }
  }

  // A glossary definition MENTIONS the entities named in it.
  for (const note of glossary.notes) {
    const term = `glossary:${note.number}`;
    for (const entity of all) {
      if (entity.id === term || !(NAMED_TYPES.includes(entity.type) || entity.type === 'GLOSSARY_TERM')) continue;
      const inside = entity.mentions.filter((m) => note.definitionStart <= m.start && m.end <= note.definitionEnd);
      if (inside.length > 0) assembly.relate('MENTIONS', term, entity.id, inside);
    }
  }

  // Programs and parks belong to the strategies whose sections mention them.
  for (const entity of all) {
    if (entity.type !== 'PROGRAM' && entity.type !== 'PARK') continue;
    for (const m of entity.mentions) {
      const strategy = assembly.strategyAt(m);
      if (strategy) assembly.relate('PART_OF_STRATEGY', entity.id, strategy, [m]);
    }
  }

  // Targets: the strategy of each section that states them has them; so does the program the
  // figure measures. A program named inside the target's words is taken to be what it measures
  // (完成6个镇“139”镇街整治提升工程); places and firms inside the words only qualify the figure
  // (19个韶关市重点项目) or give examples of it (新增博昇乐、创睿极光等11家规上工业企业), so they
  // never own it by rule. The curation names owners the words leave out, and refuses wrong ones.
  const programs = all.filter((e) => e.type === 'PROGRAM');
  for (const target of all.filter((e) => e.type === 'TARGET')) {
    for (const quote of target.mentions) {
      const strategy = assembly.strategyAt(quote);
      if (strategy) assembly.relate('HAS_TARGET', strategy, target.id, [quote]);
    }
    const refused = ownership.notOwners.get(target.id) ?? new Set<string>();
    for (const program of programs) {
      if (refused.has(program.id)) continue;
      const inside = target.mentions.filter((q) => program.mentions.some((m) => q.start <= m.start && m.end <= q.end));
      if (inside.length > 0) assembly.relate('HAS_TARGET', program.id, target.id, inside);
    }
    const curated = ownership.owners.get(target.id);
    for (const ownerId of curated?.ids ?? []) {
      const owner = entities.get(ownerId);
      if (!owner) throw new CurationError(curated!.file, curated!.record, 'DANGLING_RELATION', `owner "${ownerId}" of ${target.id} is no entity`);
      const evidence = ownerEvidence(assembly.text, owner, target);
      if (!evidence) {
        throw new CurationError(curated!.file, curated!.record, 'BAD_QUOTE',
          `owner "${ownerId}" is not named in the sentence that states ${target.id}; an owner is the subject or program of that sentence`);
      }
      assembly.relate('HAS_TARGET', ownerId, target.id, [evidence]);
    }
  }
  return unresolved;
}

function addCuratedRelations(assembly: SeedAssembly, curation: Curation): void {
  const seen = new Set<string>();
  for (const r of curation.relations) {
    for (const end of [r.source, r.target]) {
      if (!assembly.entities.has(end)) {
        throw new CurationError(r.file, r.record, 'DANGLING_RELATION', `${r.type} ${r.source} → ${r.target}: no entity has the id "${end}"`);
      }
    }
    if (r.source === r.target) throw new CurationError(r.file, r.record, 'BAD_FIELD', `${r.type} relates "${r.source}" to itself`);
    if (r.type === 'AWARDED') {
      const winner = assembly.entities.get(r.source)!;
      const title = assembly.entities.get(r.target)!;
      if (!['TOWN', 'PARK', 'ORGANIZATION'].includes(winner.type) || title.type !== 'PROGRAM' || title.category !== 'TITLE') {
        throw new CurationError(r.file, r.record, 'BAD_FIELD',
          `AWARDED goes from the winner (a TOWN, PARK or ORGANIZATION) to the title (a PROGRAM of category TITLE); got ${winner.type} → ${title.type} ${title.category ?? ''}`);
      }
    }
    const id = `${r.type}:${r.source}->${r.target}`;
    if (seen.has(id)) throw new CurationError(r.file, r.record, 'DUPLICATE_ID', `the relation ${id} is curated twice; merge the evidence into one record`);
    seen.add(id);
    assembly.relate(r.type, r.source, r.target, r.evidence);
  }
}

/** Entities outside the largest connected part of the graph (ids, sorted). */
export function outsideMainComponent(entities: Entity[], relations: Relation[]): string[] {
  const parent = new Map(entities.map((e) => [e.id, e.id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  for (const r of relations) parent.set(find(r.source), find(r.target));
  const sizes = new Map<string, number>();
  for (const e of entities) sizes.set(find(e.id), (sizes.get(find(e.id)) ?? 0) + 1);
  const main = [...sizes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  return entities.filter((e) => find(e.id) !== main).map((e) => e.id).sort();
}

/**
 * Why each entity outside the main graph stands alone, as the curation says. An isolated entity
 * with no reason is left out of the map (the summary shows it as unexplained and the seed tests
 * fail on it); a reason for an entity that is connected is stale and fails the build.
 */
function isolationReasons(isolated: string[], curation: Curation): Record<string, string> {
  const reasons: Record<string, string> = {};
  for (const id of isolated) {
    const reason = curation.isolated.get(id);
    if (reason) reasons[id] = reason.reason;
  }
  for (const [id, { file }] of curation.isolated) {
    if (!isolated.includes(id)) throw new CurationError(file, `isolated.${id}`, 'BAD_FIELD', `${id} is connected to the graph; remove its isolation reason`);
  }
  return reasons;
}

/**
 * Checks every entity's mentions and every relation's evidence: there is at least one, its
 * section is in the seed, and its offsets lie inside that section and inside the text of the
 * section's own report (offsets of different reports refer to different texts).
 * @throws SeedBuildError (stage `validate`) naming the entity or relation and the bad mention.
 */
export function validate(seed: Pick<SeedArtefact, 'reports' | 'sections'>, entities: Entity[], relations: Relation[]): void {
  const sections = new Map(seed.sections.map((s) => [s.id, s]));
  const texts = new Map(seed.reports.map((r) => [r.id, r.text]));
  const check = (m: Mention, owner: string) => {
    const section = sections.get(m.sectionId);
    if (!section) throw new SeedBuildError('validate', `${owner}: mention ${m.start}–${m.end} names section ${m.sectionId}, which the seed does not hold`);
    const text = texts.get(section.reportId);
    if (text === undefined) throw new SeedBuildError('validate', `${owner}: section ${section.id} belongs to ${section.reportId}, which the seed does not hold`);
    if (!(m.start >= 0 && m.end > m.start && m.end <= text.length)) {
      throw new SeedBuildError('validate', `${owner}: mention ${m.start}–${m.end} is outside the text of ${section.reportId}`);
    }
    if (m.start < section.start || m.end > section.end) {
      throw new SeedBuildError('validate', `${owner}: mention ${m.start}–${m.end} lies outside its section ${section.id} (${section.start}–${section.end})`);
    }
  };
  for (const e of entities) {
    if (e.mentions.length === 0) throw new SeedBuildError('validate', `${e.id} has no mention: every entity needs provenance`);
    e.mentions.forEach((m) => check(m, e.id));
  }
  for (const r of relations) {
    if (r.evidence.length === 0) throw new SeedBuildError('validate', `${r.id} has no evidence: every relation needs provenance`);
    r.evidence.forEach((m) => check(m, r.id));
  }
}

/** Lechang's parts and what they report on: the sections of graph-seed/sections.ts by id. */
const LECHANG_TIMING: [string, Pick<Quantity, 'period' | 'kind'>][] = [
  ['section:review-13fyp', { period: '2016–2020', kind: 'RESULT' }],
  ['section:review-2020', { period: '2020', kind: 'RESULT' }],
  ['section:plan', { period: '2021–2025', kind: 'GOAL' }],
  ['section:work', { period: '2021', kind: 'GOAL' }],
];

/** The pipeline's target rules (pipeline/targets.ts), timed by the part of the report a number stands in. */
function lechangQuantities(text: string, sections: Section[], year: number): Quantity[] {
  const timingOf: TimingOf = (start, end) => {
    const section = sectionAt(sections, start, end);
    const ids = new Set<string>();
    for (let s: Section | undefined = section; s; s = sections.find((x) => x.id === s!.parentId)) ids.add(s.id);
    const timing = LECHANG_TIMING.find(([id]) => ids.has(id))?.[1];
    return timing ? { ...timing, sectionId: section.id } : null;
  };
  return extractTimedTargets(text, timingOf, year).map(({ valueMax, comparator, ...q }) => {
    if (comparator === 'BETWEEN') throw new SeedBuildError('targets', `${text.slice(q.start, q.end)}: a range (${q.value}–${valueMax}) has no comparator in the seed`);
    return { ...q, comparator };
  });
}

export function buildSeed(input: BuildInput): SeedArtefact {
  const text = normaliseReport(input.raw);
  const meta = readReportMeta(text, { file: input.sourceFile, sidecar: input.report.sidecar });
  if (meta.id !== DEFAULT_REPORT_ID) throw new SeedBuildError('report', `the curated report reads as ${meta.id}, expected ${DEFAULT_REPORT_ID}`);
  const { sections, headings } = extractSections(text, meta.id);
  const glossary = extractGlossary(text, sections);
  const curation = loadCuration(input.curationFolder, text);
  const assembly = new SeedAssembly(text, sections);

  addRuleEntities(assembly, headings, curation, glossary);
  addCuratedEntities(assembly, curation, glossary.notes);
  // A target the curation adds and the rules now find as well (same passage, indicator, value,
  // period and kind) is kept once, as curated.
  const added = curation.targetCorrections.filter((c) => c.action === 'add');
  const quantities = lechangQuantities(text, sections, meta.year).filter((q) => !added.some((c) => c.at.start <= q.numberStart && q.numberEnd <= c.at.end
    && c.indicator === q.indicator && c.value === q.value && c.period === q.period && c.kind === q.kind));
  const ownership = addTargets(assembly, quantities, curation);
  const unresolvedMarkers = addRuleRelations(assembly, headings, glossary, ownership);
  addCuratedRelations(assembly, curation);

  const entities = [...assembly.entities.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  const relations = [...assembly.relations.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const r of relations) r.evidence.sort((a, b) => a.start - b.start || a.end - b.end);
  const report = {
    ...meta,
    sourceKind: input.report.sourceKind,
    file: input.sourceFile,
    sha256: createHash('sha256').update(input.raw).digest('hex'),
    text,
  };
  validate({ reports: [report], sections }, entities, relations);
  placeEntities(entities, relations);

  const graph = new Graph<EntityAttributes, RelationAttributes>({ type: 'directed', multi: true, allowSelfLoops: false });
  for (const { id, ...attributes } of entities) graph.addNode(id, attributes);
  for (const { id, source, target, ...attributes } of relations) graph.addDirectedEdgeWithKey(id, source, target, attributes);

  const isolated = outsideMainComponent(entities, relations);
  const body = {
    reports: [report],
    sections,
    graph: graph.export(),
    isolated,
    isolatedReasons: isolationReasons(isolated, curation),
    unresolvedMarkers,
  };
  const version = createHash('sha256').update(JSON.stringify(body)).digest('hex').slice(0, 16);
  return { version, ...body };
}

/**
 * The default report's build input: its text (graph-seed/source/report.txt), the curation folder,
 * and its report folder (graph-seed/reports/lechang-2021/report.json).
 * @throws PipelineDataError when the report folder's report.json is missing or malformed.
 */
export function defaultBuildInput(): BuildInput {
  const entry = readReportFolders().find((r) => r.sidecar.id === DEFAULT_REPORT_ID);
  if (!entry) throw new SeedBuildError('report', `no report folder under graph-seed/reports/ has the id ${DEFAULT_REPORT_ID}`);
  return {
    raw: readFileSync(SEED_PATHS.report, 'utf8'),
    sourceFile: entry.file,
    curationFolder: SEED_PATHS.curation,
    report: { sourceKind: entry.sourceKind, sidecar: entry.sidecar },
  };
}
