/**
 * Reads the curated annotation files (see curation/README.md) and checks each record against
 * the normalised text: quotes resolve to exactly one place, ids are well formed and unique,
 * types and fields are known. Every failure names the file and the record.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { normaliseInline } from './normalise.ts';
import { CurationError } from './errors.ts';
import {
  COMPARATORS, ID_PREFIX, ORGANIZATION_CATEGORIES, PARK_CATEGORIES, PROGRAM_CATEGORIES, RELATION_TYPES, TARGET_KINDS, TOWN_LEVELS,
} from './types.ts';
import type { Comparator, EntityType, RelationType, TargetKind, TownLevel } from './types.ts';

/** A resolved span of the normalised text. */
export interface Span {
  start: number;
  end: number;
}

export const CURATED_TYPES = ['TOWN', 'PARK', 'PROGRAM', 'ORGANIZATION'] as const satisfies readonly EntityType[];
type CuratedType = (typeof CURATED_TYPES)[number];

const CATEGORIES: Record<Exclude<CuratedType, 'TOWN'>, readonly string[]> = {
  PARK: PARK_CATEGORIES,
  PROGRAM: PROGRAM_CATEGORIES,
  ORGANIZATION: ORGANIZATION_CATEGORIES,
};

export interface CuratedEntity {
  file: string;
  id: string;
  type: CuratedType;
  name: string;
  nameEn: string;
  description: string | null;
  descriptionEn: string;
  aliases: string[];
  level?: TownLevel;
  category?: string;
  mentions: Span[];
}

export interface CuratedRelation {
  file: string;
  record: string;
  type: RelationType;
  source: string;
  target: string;
  evidence: Span[];
}

/** English and extra names for entities the rules make (strategies, glossary terms). */
export interface Annotation {
  file: string;
  id: string;
  /** A strategy's name by its theme, as its heading writes it (strategies only). */
  name?: string;
  nameEn?: string;
  descriptionEn?: string;
  definitionEn?: string;
  aliases: string[];
}

/** Corrections to the quantities the rules find, each located by a passage around the number. */
export interface TargetCorrection {
  file: string;
  record: string;
  action: 'exclude' | 'override' | 'add';
  at: Span;
  reason?: string;
  indicator?: string;
  indicatorEn?: string;
  value?: number;
  unit?: string;
  comparator?: Comparator;
  period?: string;
  kind?: TargetKind;
  /** Entities that own the target though the target's words do not name them (same sentence). */
  owners?: string[];
  /** Programs the target's words name that it does not measure. */
  notOwners?: string[];
}

export interface Curation {
  entities: CuratedEntity[];
  relations: CuratedRelation[];
  annotations: Annotation[];
  targetCorrections: TargetCorrection[];
  /** English for target indicators, keyed by the Chinese indicator. */
  indicatorsEn: Map<string, string>;
  /** The file that gives each indicator its English. */
  indicatorFiles: Map<string, string>;
  /** Why an entity stands apart from the graph, keyed by id. */
  isolated: Map<string, { file: string; reason: string }>;
}

const ID = /^[a-z]+:[a-z0-9]+(?:[-.][a-z0-9]+)*$/;

type Raw = Record<string, unknown>;

/** Resolves a quote, or `{ quote, in }`, to its one place in the text. */
export function resolveQuote(text: string, raw: unknown, file: string, record: string): Span {
  const fail = (code: 'BAD_QUOTE' | 'AMBIGUOUS_QUOTE', problem: string): never => {
    throw new CurationError(file, record, code, problem);
  };
  const only = (needle: string, haystack: string, offset: number, what: string): number => {
    if (needle === '') fail('BAD_QUOTE', `${what} is empty`);
    const first = haystack.indexOf(needle);
    if (first === -1) fail('BAD_QUOTE', `${what} "${needle}" is not in the normalised report text`);
    if (haystack.indexOf(needle, first + 1) !== -1) {
      fail('AMBIGUOUS_QUOTE', `${what} "${needle}" occurs more than once; quote a longer passage or use { quote, in }`);
    }
    return offset + first;
  };
  if (typeof raw === 'string') {
    const quote = normaliseInline(raw);
    const start = only(quote, text, 0, 'quote');
    return { start, end: start + quote.length };
  }
  if (raw && typeof raw === 'object' && typeof (raw as Raw).quote === 'string' && typeof (raw as Raw).in === 'string') {
    const quote = normaliseInline((raw as Raw).quote as string);
    const within = normaliseInline((raw as Raw).in as string);
    const withinStart = only(within, text, 0, 'passage (in)');
    const start = only(quote, within, withinStart, `quote inside "${within}"`);
    return { start, end: start + quote.length };
  }
  return fail('BAD_QUOTE', `a quote must be a string or { quote, in }, got ${JSON.stringify(raw)}`);
}

function list(value: unknown, file: string, record: string, field: string): unknown[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new CurationError(file, record, 'BAD_FIELD', `"${field}" must be a list`);
  return value;
}

function string(value: unknown, file: string, record: string, field: string, required: boolean): string | undefined {
  if (value === undefined || value === null) {
    if (required) throw new CurationError(file, record, 'BAD_FIELD', `"${field}" is required`);
    return undefined;
  }
  if (typeof value !== 'string' || value.trim() === '') {
    throw new CurationError(file, record, 'BAD_FIELD', `"${field}" must be a non-empty string`);
  }
  return value.trim();
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], file: string, record: string, field: string): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new CurationError(file, record, field === 'type' ? 'UNKNOWN_TYPE' : 'BAD_FIELD',
      `"${field}" is ${JSON.stringify(value)}; allowed: ${allowed.join(', ')}`);
  }
  return value as T;
}

function readEntity(raw: Raw, index: number, file: string, text: string): CuratedEntity {
  const record = typeof raw.id === 'string' ? raw.id : `entities[${index}]`;
  const type = oneOf(raw.type, CURATED_TYPES, file, record, 'type');
  const id = string(raw.id, file, record, 'id', true)!;
  if (!ID.test(id) || !id.startsWith(`${ID_PREFIX[type]}:`)) {
    throw new CurationError(file, record, 'BAD_ID', `id must look like "${ID_PREFIX[type]}:kebab-case-slug" (lower-case ASCII)`);
  }
  const entity: CuratedEntity = {
    file, id, type,
    name: normaliseInline(string(raw.name, file, record, 'name', true)!),
    nameEn: string(raw.nameEn, file, record, 'nameEn', true)!,
    description: string(raw.description, file, record, 'description', false) ?? null,
    descriptionEn: string(raw.descriptionEn, file, record, 'descriptionEn', true)!,
    aliases: list(raw.aliases, file, record, 'aliases').map((a, i) => normaliseInline(string(a, file, record, `aliases[${i}]`, true)!)),
    mentions: list(raw.mentions, file, record, 'mentions').map((m) => resolveQuote(text, m, file, record)),
  };
  if (type === 'TOWN') entity.level = oneOf(raw.level, TOWN_LEVELS, file, record, 'level');
  else entity.category = oneOf(raw.category, CATEGORIES[type], file, record, 'category');
  const known = new Set(['id', 'type', 'name', 'nameEn', 'description', 'descriptionEn', 'aliases', 'mentions', 'level', 'category']);
  for (const key of Object.keys(raw)) {
    if (!known.has(key)) throw new CurationError(file, record, 'BAD_FIELD', `unknown field "${key}"; allowed: ${[...known].join(', ')}`);
  }
  return entity;
}

function readRelation(raw: Raw, index: number, file: string, text: string): CuratedRelation {
  const record = `relations[${index}]`;
  const relation: CuratedRelation = {
    file, record,
    type: oneOf(raw.type, RELATION_TYPES, file, record, 'type'),
    source: string(raw.source, file, record, 'source', true)!,
    target: string(raw.target, file, record, 'target', true)!,
    evidence: list(raw.evidence, file, record, 'evidence').map((e) => resolveQuote(text, e, file, record)),
  };
  if (relation.evidence.length === 0) {
    throw new CurationError(file, record, 'NO_PROVENANCE', 'a relation needs at least one evidence passage');
  }
  return relation;
}

function readCorrection(raw: Raw, index: number, action: TargetCorrection['action'], file: string, text: string): TargetCorrection {
  const record = `targets.${action}[${index}]`;
  const correction: TargetCorrection = { file, record, action, at: resolveQuote(text, raw.at, file, record) };
  const reason = string(raw.reason, file, record, 'reason', action === 'exclude');
  if (reason) correction.reason = reason;
  const indicator = string(raw.indicator, file, record, 'indicator', action === 'add');
  if (indicator) correction.indicator = indicator;
  const indicatorEn = string(raw.indicatorEn, file, record, 'indicatorEn', false);
  if (indicatorEn) correction.indicatorEn = indicatorEn;
  if (raw.value !== undefined) {
    if (typeof raw.value !== 'number' || !Number.isFinite(raw.value)) throw new CurationError(file, record, 'BAD_FIELD', '"value" must be a number');
    correction.value = raw.value;
  } else if (action === 'add') throw new CurationError(file, record, 'BAD_FIELD', '"value" is required');
  const unit = string(raw.unit, file, record, 'unit', action === 'add');
  if (unit) correction.unit = unit;
  if (raw.comparator !== undefined) correction.comparator = oneOf(raw.comparator, COMPARATORS, file, record, 'comparator');
  const period = string(raw.period, file, record, 'period', action === 'add');
  if (period) {
    if (!/^\d{4}(–\d{4})?$/.test(period)) throw new CurationError(file, record, 'BAD_FIELD', '"period" must be a year (2021) or a range with an en dash (2021–2025)');
    correction.period = period;
  }
  if (raw.kind !== undefined || action === 'add') correction.kind = oneOf(raw.kind, TARGET_KINDS, file, record, 'kind');
  for (const field of ['owners', 'notOwners'] as const) {
    const ids = list(raw[field], file, record, field).map((v, i) => string(v, file, record, `${field}[${i}]`, true)!);
    if (ids.length > 0) correction[field] = ids;
  }
  const known = new Set(['at', 'reason', 'indicator', 'indicatorEn', 'value', 'unit', 'comparator', 'period', 'kind', 'owners', 'notOwners']);
  for (const key of Object.keys(raw)) {
    if (!known.has(key)) throw new CurationError(file, record, 'BAD_FIELD', `unknown field "${key}"; allowed: ${[...known].join(', ')}`);
  }
  return correction;
}

/** Loads every `*.yaml` file of the curation folder, in name order. */
export function loadCuration(folder: string, text: string): Curation {
  const curation: Curation = { entities: [], relations: [], annotations: [], targetCorrections: [], indicatorsEn: new Map(), indicatorFiles: new Map(), isolated: new Map() };
  const files = readdirSync(folder).filter((f) => f.endsWith('.yaml')).sort();
  for (const name of files) {
    const file = basename(name);
    let document: Raw;
    try {
      document = (parse(readFileSync(join(folder, name), 'utf8')) ?? {}) as Raw;
    } catch (error) {
      throw new CurationError(file, '(file)', 'BAD_FIELD', `is not valid YAML: ${(error as Error).message}`);
    }
    const allowed = new Set(['entities', 'relations', 'annotations', 'targets', 'indicators', 'isolated']);
    for (const key of Object.keys(document)) {
      if (!allowed.has(key)) throw new CurationError(file, '(file)', 'BAD_FIELD', `unknown top-level key "${key}"; allowed: ${[...allowed].join(', ')}`);
    }
    list(document.entities, file, '(file)', 'entities').forEach((raw, i) => curation.entities.push(readEntity(raw as Raw, i, file, text)));
    list(document.relations, file, '(file)', 'relations').forEach((raw, i) => curation.relations.push(readRelation(raw as Raw, i, file, text)));
    list(document.annotations, file, '(file)', 'annotations').forEach((raw, i) => {
      const r = raw as Raw;
      const record = typeof r.id === 'string' ? r.id : `annotations[${i}]`;
      const annotation: Annotation = {
        file, id: string(r.id, file, record, 'id', true)!,
        aliases: list(r.aliases, file, record, 'aliases').map((a, j) => normaliseInline(string(a, file, record, `aliases[${j}]`, true)!)),
      };
      for (const field of ['name', 'nameEn', 'descriptionEn', 'definitionEn'] as const) {
        const value = string(r[field], file, record, field, false);
        if (value) annotation[field] = value;
      }
      curation.annotations.push(annotation);
    });
    const targets = (document.targets ?? {}) as Raw;
    for (const action of ['exclude', 'override', 'add'] as const) {
      list(targets[action], file, 'targets', action).forEach((raw, i) => curation.targetCorrections.push(readCorrection(raw as Raw, i, action, file, text)));
    }
    for (const [id, reason] of Object.entries((document.isolated ?? {}) as Raw)) {
      curation.isolated.set(id, { file, reason: string(reason, file, `isolated.${id}`, 'reason', true)! });
    }
    const indicators = (document.indicators ?? {}) as Raw;
    for (const [zh, en] of Object.entries(indicators)) {
      curation.indicatorsEn.set(normaliseInline(zh), string(en, file, `indicators.${zh}`, 'English', true)!);
      curation.indicatorFiles.set(normaliseInline(zh), file);
    }
  }
  return curation;
}
