/**
 * Builds the seed from the report and the curated annotations: normalise → extract by rule →
 * merge the curation → relate → validate. Pure apart from reading the curation folder; the
 * same inputs always give the same bytes.
 */
import { createHash } from 'node:crypto';
import Graph from 'graphology';
import { placeEntities } from './layout/index.ts';
import { normaliseReport } from './normalise.ts';
import { extractSections, sectionAt } from './sections.ts';
import { extractGlossary } from './glossary.ts';
import { extractQuantities, type Quantity } from './targets.ts';
import { loadCuration, type Curation, type Span } from './curation.ts';
import { pinyinOf, toneless } from './pinyin.ts';
import { CurationError, SeedBuildError } from './errors.ts';
import type {
  Entity, EntityAttributes, EntityType, Mention, Relation, RelationAttributes, RelationType, SeedArtefact, Section, UnresolvedMarker,
} from './types.ts';

export const REPORT_TITLE = '乐昌市2021年政府工作报告';

const COMPARATOR_EN = { EQUAL: '', AT_LEAST: 'at least ', AT_MOST: 'at most ', MORE_THAN: 'over ', APPROXIMATELY: 'about ' } as const;

const UNIT_EN: Record<string, string> = {
  '%': '%', 个百分点: 'percentage points', 个工作日: 'working days', 万平方米: '×10⁴ m²', 平方米: 'm²', 万亿元: 'trillion yuan',
  亿元: '×10⁸ yuan', 万元: '×10⁴ yuan', 元: 'yuan', 万亩: '×10⁴ mu', 亩: 'mu', 公里: 'km', 万头: '×10⁴ head', 头: 'head',
  万户: '×10⁴ households', 户: 'households', 万人: '×10⁴ people', 人: 'people', 名: 'people', 个: '', 家: '', 所: '',
  宗: '', 条: '', 项: '', 件: '', 座: '', 兆瓦: 'MW', 倍: 'times',
};

export interface BuildInput {
  raw: string;
  sourceFile: string;
  curationFolder: string;
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

function formatValue(value: number): string {
  return String(value);
}

/** Strategies and glossary terms from the rules, with the English the curation gives them. */
function addRuleEntities(assembly: SeedAssembly, headings: Map<string, Span>, curation: Curation, notes: ReturnType<typeof extractGlossary>['notes']): void {
  const { text, sections } = assembly;
  for (const section of sections) {
    if (!section.strategyId) continue;
    const heading = headings.get(section.id)!;
    const clauses = section.title.split('，').filter((c) => c.length >= 4 && c !== section.title);
    assembly.addEntity({
      id: section.strategyId, type: 'STRATEGY', name: section.title, nameEn: null, pinyin: pinyinOf(section.title),
      aliases: clauses, description: section.path.join(' › '), descriptionEn: null,
      mentions: [assembly.mention(heading)],
    }, 'sections');
  }
  for (const note of notes) {
    const bare = note.term.replace(/[“”]/g, '');
    const termSpan = { start: note.termStart, end: note.termStart + note.term.length };
    assembly.addEntity({
      id: `glossary:${note.number}`, type: 'GLOSSARY_TERM', name: note.term, nameEn: null, pinyin: pinyinOf(note.term),
      aliases: [...new Set([bare, `[${note.number}]`].filter((a) => a !== note.term))],
      description: note.definition, descriptionEn: null,
      mentions: uniqueSpans([termSpan, ...occurrences(text, note.term)]).map((s) => assembly.mention(s)),
      number: note.number, definition: note.definition, definitionEn: null,
    }, 'glossary');
  }
  for (const annotation of curation.annotations) {
    const entity = assembly.entities.get(annotation.id);
    if (!entity) {
      throw new CurationError(annotation.file, annotation.id, 'DANGLING_RELATION', `annotates "${annotation.id}", which the rules did not make`);
    }
    if (annotation.nameEn) entity.nameEn = annotation.nameEn;
    if (annotation.descriptionEn) entity.descriptionEn = annotation.descriptionEn;
    if (annotation.definitionEn) entity.definitionEn = annotation.definitionEn;
    entity.aliases = [...new Set([...entity.aliases, ...annotation.aliases])];
  }
}

function addCuratedEntities(assembly: SeedAssembly, curation: Curation): void {
  for (const c of curation.entities) {
    const spans = uniqueSpans([...c.mentions, ...occurrences(assembly.text, c.name)]);
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

/** Applies the curated corrections to the quantities the rules found, then makes TARGET entities. */
function addTargets(assembly: SeedAssembly, quantities: Quantity[], curation: Curation): void {
  const kept: Quantity[] = [];
  const corrections = curation.targetCorrections.filter((c) => c.action !== 'add');
  const used = new Set<string>();
  for (const q of quantities) {
    const matching = corrections.filter((c) => c.at.start <= q.numberStart && q.numberEnd <= c.at.end);
    if (matching.length > 1) {
      const [a, b] = matching;
      throw new CurationError(a!.file, a!.record, 'AMBIGUOUS_QUOTE', `both it and ${b!.record} hold the quantity at ${q.numberStart}`);
    }
    const correction = matching[0];
    if (correction) used.add(correction.record);
    if (correction?.action === 'exclude') continue;
    kept.push(correction ? { ...q, ...definedFields(correction) } : q);
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
    });
  }
  kept.sort((a, b) => a.start - b.start || a.numberStart - b.numberStart);

  const englishOf = new Map(curation.targetCorrections.filter((c) => c.indicatorEn && c.indicator).map((c) => [c.indicator!, c.indicatorEn!]));
  const taken = new Map<string, number>();
  for (const q of kept) {
    const slug = `${toneless(pinyinOf(q.indicator)).replace(/[^a-z0-9]+/g, '').slice(0, 40)}-${formatValue(q.value).replace('.', 'p')}`;
    const base = `target:${q.period.replace('–', '-')}:${slug}`;
    const count = (taken.get(base) ?? 0) + 1;
    taken.set(base, count);
    const id = count === 1 ? base : `${base}-${count}`;
    const quote = assembly.text.slice(q.start, q.end);
    const indicatorEn = englishOf.get(q.indicator) ?? curation.indicatorsEn.get(q.indicator) ?? null;
    const unitEn = UNIT_EN[q.unit] ?? q.unit;
    const amount = `${COMPARATOR_EN[q.comparator]}${formatValue(q.value)}${unitEn === '%' ? '%' : unitEn ? ` ${unitEn}` : ''}`;
    assembly.addEntity({
      id, type: 'TARGET', name: quote, nameEn: indicatorEn ? `${indicatorEn}: ${amount} (${q.period})` : null,
      pinyin: pinyinOf(q.indicator), aliases: q.indicator === quote ? [] : [q.indicator],
      description: `${q.kind === 'GOAL' ? '目标' : '成果'}（${q.period}）：${q.indicator} ${formatValue(q.value)}${q.unit}`,
      descriptionEn: indicatorEn ? `${q.kind === 'GOAL' ? 'Goal' : 'Result'} for ${q.period}: ${indicatorEn}, ${amount}.` : null,
      mentions: [assembly.mention(q)],
      indicator: q.indicator, value: q.value, unit: q.unit, comparator: q.comparator, period: q.period, kind: q.kind,
    }, 'targets');
  }
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

function addRuleRelations(
  assembly: SeedAssembly,
  headings: Map<string, Span>,
  glossary: ReturnType<typeof extractGlossary>,
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

  // Markers: the entities whose mention ends at `[n]`, or holds it, are DEFINED_BY note n.
  const unresolved: UnresolvedMarker[] = [];
  const numbers = new Set(glossary.notes.map((n) => n.number));
  for (const marker of glossary.markers) {
    if (!numbers.has(marker.number)) {
      unresolved.push({ number: marker.number, start: marker.start, problem: `no glossary note [${marker.number}]` });
      continue;
    }
    const term = `glossary:${marker.number}`;
    let claimed = false;
    for (const entity of all) {
      if (entity.type === 'GLOSSARY_TERM' || entity.type === 'STRATEGY') continue;
      for (const m of entity.mentions) {
        if (m.end === marker.start || (m.start < marker.start && marker.end <= m.end)) {
          assembly.relate('DEFINED_BY', entity.id, term, [{ start: m.start, end: Math.max(m.end, marker.end) }]);
          claimed = true;
        }
      }
    }
    // A marker after a bare concept (“两山”理念[11]): the term itself is what the strategy uses.
    if (!claimed) {
      const strategy = assembly.strategyAt(marker);
      const termMention = entities.get(term)!.mentions.find((m) => m.end === marker.start);
      if (strategy) assembly.relate('PART_OF_STRATEGY', term, strategy, [termMention ?? marker]);
      else unresolved.push({ number: marker.number, start: marker.start, problem: 'the marker stands outside every strategy and no entity names it' });
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

  // Targets: their strategy has them, and so does a named thing inside their quote.
  const named = all.filter((e) => NAMED_TYPES.includes(e.type));
  for (const target of all.filter((e) => e.type === 'TARGET')) {
    const quote = target.mentions[0]!;
    const strategy = assembly.strategyAt(quote);
    if (strategy) assembly.relate('HAS_TARGET', strategy, target.id, [quote]);
    for (const entity of named) {
      const inside = entity.mentions.filter((m) => quote.start <= m.start && m.end <= quote.end);
      if (inside.length > 0) assembly.relate('HAS_TARGET', entity.id, target.id, [quote]);
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
    const id = `${r.type}:${r.source}->${r.target}`;
    if (seen.has(id)) throw new CurationError(r.file, r.record, 'DUPLICATE_ID', `the relation ${id} is curated twice; merge the evidence into one record`);
    seen.add(id);
    assembly.relate(r.type, r.source, r.target, r.evidence);
  }
}

/** Entities outside the largest connected part of the graph. */
function outsideMainComponent(entities: Entity[], relations: Relation[]): string[] {
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

function validate(text: string, entities: Entity[], relations: Relation[]): void {
  const check = (m: Mention, owner: string) => {
    if (!(m.start >= 0 && m.end > m.start && m.end <= text.length)) throw new SeedBuildError('validate', `${owner}: mention ${m.start}–${m.end} is outside the text`);
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

export function buildSeed(input: BuildInput): SeedArtefact {
  const text = normaliseReport(input.raw);
  const { sections, headings } = extractSections(text);
  const glossary = extractGlossary(text, sections);
  const curation = loadCuration(input.curationFolder, text);
  const assembly = new SeedAssembly(text, sections);

  addRuleEntities(assembly, headings, curation, glossary.notes);
  addCuratedEntities(assembly, curation);
  addTargets(assembly, extractQuantities(text, sections, (start, end) => sectionAt(sections, start, end)), curation);
  const unresolvedMarkers = addRuleRelations(assembly, headings, glossary);
  addCuratedRelations(assembly, curation);

  const entities = [...assembly.entities.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  const relations = [...assembly.relations.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const r of relations) r.evidence.sort((a, b) => a.start - b.start || a.end - b.end);
  validate(text, entities, relations);
  placeEntities(entities, relations);

  const graph = new Graph<EntityAttributes, RelationAttributes>({ type: 'directed', multi: true, allowSelfLoops: false });
  for (const { id, ...attributes } of entities) graph.addNode(id, attributes);
  for (const { id, source, target, ...attributes } of relations) graph.addDirectedEdgeWithKey(id, source, target, attributes);

  const body = {
    source: { title: REPORT_TITLE, file: input.sourceFile, sha256: createHash('sha256').update(input.raw).digest('hex') },
    text,
    sections,
    graph: graph.export(),
    isolated: outsideMainComponent(entities, relations),
    unresolvedMarkers,
  };
  const version = createHash('sha256').update(JSON.stringify(body)).digest('hex').slice(0, 16);
  return { version, ...body };
}
