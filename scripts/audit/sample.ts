/**
 * `npm run audit`: draws a seeded random sample of the built graph for a reviewer to judge
 * against the report, and writes it as Markdown: entities, relations and targets, each with the
 * passages of the normalised text it rests on (the quoted words in bold) and a box to tick.
 *
 *   --seed N        the sample's seed (default 15); the same seed and seed.json give the same sample
 *   --entities N    named entities, strategies and glossary notes to draw (default 60, at least 60)
 *   --relations N   relations to draw, every relation type represented (default 70, at least 60)
 *   --targets N     targets to draw (default 40, at least 40)
 *   --out FILE      write the Markdown there instead of to standard output
 *
 * Strata keep small types in the sample: each entity type and each relation type gets at least
 * a few draws (or all it has), the rest is shared in proportion to size. The reviewer marks each
 * item correct or wrong; precision is correct / judged, per part.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { seededRandom } from '../../graph-seed/layout/initial-positions.ts';
import { SEED_PATHS } from '../../graph-seed/paths.ts';
import { reportOfMention } from '../../graph-seed/seed-reports.ts';
import type { Entity, Mention, Relation, SeedArtefact } from '../../graph-seed/types.ts';

export interface AuditOptions {
  seed: number;
  entities: number;
  relations: number;
  targets: number;
}

export const DEFAULT_AUDIT: AuditOptions = { seed: 15, entities: 60, relations: 70, targets: 40 };
/** The least each part may hold: the sizes a review needs to estimate precision to a few points. */
export const MINIMUM_AUDIT = { entities: 60, relations: 60, targets: 40 } as const;

/** What the reviewer judges: the graph's items, each with the passages that support it. */
export interface AuditSample {
  options: AuditOptions;
  version: string;
  entities: Entity[];
  relations: Relation[];
  targets: Entity[];
}

/** Thrown for options a sample cannot be drawn with; the message names the option and what is allowed. */
export class AuditOptionError extends Error {
  constructor(message: string) {
    super(`audit: ${message}`);
    this.name = 'AuditOptionError';
  }
}

function draw<T>(population: T[], count: number, random: () => number): T[] {
  const pool = [...population];
  const n = Math.min(count, pool.length);
  for (let i = 0; i < n; i += 1) {
    const j = i + Math.floor(random() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, n);
}

/** Stratified draw: at least `floor` from each stratum (or all of it), the rest in proportion to size. */
function stratified<T>(strata: Map<string, T[]>, total: number, floor: number, random: () => number): T[] {
  const keys = [...strata.keys()].sort();
  const size = keys.reduce((sum, k) => sum + strata.get(k)!.length, 0);
  const quota = new Map(keys.map((k) => [k, Math.min(floor, strata.get(k)!.length)]));
  let left = Math.min(total, size) - [...quota.values()].reduce((a, b) => a + b, 0);
  for (const k of keys) {
    const extra = Math.min(strata.get(k)!.length - quota.get(k)!, Math.floor((Math.max(left, 0) * strata.get(k)!.length) / size));
    quota.set(k, quota.get(k)! + extra);
  }
  left = Math.min(total, size) - [...quota.values()].reduce((a, b) => a + b, 0);
  for (const k of [...keys].sort((a, b) => strata.get(b)!.length - strata.get(a)!.length)) {
    if (left <= 0) break;
    const room = strata.get(k)!.length - quota.get(k)!;
    const add = Math.min(room, left);
    quota.set(k, quota.get(k)! + add);
    left -= add;
  }
  return keys.flatMap((k) => draw(strata.get(k)!, quota.get(k)!, random));
}

function byKey<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/** Draws the sample. Pure: the same seed artefact and options give the same sample. */
export function auditSample(seed: SeedArtefact, options: AuditOptions = DEFAULT_AUDIT): AuditSample {
  for (const part of ['entities', 'relations', 'targets'] as const) {
    if (!Number.isInteger(options[part]) || options[part] < MINIMUM_AUDIT[part]) {
      throw new AuditOptionError(`--${part} is ${options[part]}; allowed: an integer of at least ${MINIMUM_AUDIT[part]}`);
    }
  }
  if (!Number.isInteger(options.seed) || options.seed < 0) throw new AuditOptionError(`--seed is ${options.seed}; allowed: an integer of at least 0`);
  const random = seededRandom(options.seed);
  const entities = seed.graph.nodes.map((n) => ({ id: n.key, ...n.attributes! }) as Entity).sort((a, b) => (a.id < b.id ? -1 : 1));
  const relations = seed.graph.edges.map((e) => ({ id: e.key!, source: e.source, target: e.target, ...e.attributes! }) as Relation)
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  return {
    options,
    version: seed.version,
    entities: stratified(byKey(entities.filter((e) => e.type !== 'TARGET'), (e) => e.type), options.entities, 4, random),
    relations: stratified(byKey(relations, (r) => r.type), options.relations, 5, random),
    targets: draw(entities.filter((e) => e.type === 'TARGET'), options.targets, random),
  };
}

/** The sentence around a mention, with the mention in bold, and the section it stands in. */
function passage(seed: SeedArtefact, m: Mention): string {
  const stop = /[。；！？\n]/;
  const { text } = reportOfMention(seed, m);
  let start = m.start;
  while (start > 0 && !stop.test(text[start - 1]!) && m.start - start < 160) start -= 1;
  let end = m.end;
  while (end < text.length && !stop.test(text[end]!) && end - m.end < 160) end += 1;
  const section = seed.sections.find((s) => s.id === m.sectionId);
  const words = `${text.slice(start, m.start)}**${text.slice(m.start, m.end)}**${text.slice(m.end, end + 1)}`.trim();
  return `${words} _(${section?.path.join(' › ') ?? m.sectionId})_`;
}

const BOX = '- [ ] correct  - [ ] wrong — note:';

/** The sample as Markdown, written for a reviewer who reads the report. */
export function formatAudit(seed: SeedArtefact, sample: AuditSample): string {
  const byId = new Map(seed.graph.nodes.map((n) => [n.key, { id: n.key, ...n.attributes! } as Entity]));
  const label = (id: string) => `${byId.get(id)?.name ?? id} (\`${id}\`)`;
  const owners = (targetId: string) => seed.graph.edges.filter((e) => e.target === targetId && e.attributes!.type === 'HAS_TARGET').map((e) => label(e.source));
  const lines: string[] = [
    `# Data audit sample (seed ${sample.options.seed}, seed.json ${sample.version})`,
    '',
    'Judge each item against the report (`graph-seed/source/report.normalised.txt`): is the entity a real',
    'thing the report names, with the right type, name and English; is the relation stated by the',
    'quoted passage; does the target say what the passage says (indicator, value, unit, bound, period,',
    'kind, owners)? Tick one box per item. Precision = correct / judged, per part.',
    '',
    `Drawn: ${sample.entities.length} entities, ${sample.relations.length} relations (every type: ${[...new Set(sample.relations.map((r) => r.type))].sort().join(', ')}), ${sample.targets.length} targets.`,
    '',
    '## Entities',
    '',
  ];
  sample.entities.forEach((e, i) => {
    const kind = [e.type, e.category ?? e.level].filter(Boolean).join(' / ');
    lines.push(`### E${i + 1}. ${e.name} — ${e.nameEn ?? '(no English)'} (\`${e.id}\`, ${kind})`, '');
    if (e.aliases.length > 0) lines.push(`Aliases: ${e.aliases.join('、')}`, '');
    if (e.descriptionEn) lines.push(`English: ${e.descriptionEn}`, '');
    if (e.definition) lines.push(`Definition: ${e.definition}`, '');
    for (const m of e.mentions.slice(0, 3)) lines.push(`> ${passage(seed, m)}`, '');
    if (e.mentions.length > 3) lines.push(`(${e.mentions.length - 3} more mentions)`, '');
    lines.push(BOX, '');
  });
  lines.push('## Relations', '');
  sample.relations.forEach((r, i) => {
    lines.push(`### R${i + 1}. ${label(r.source)} —${r.type}→ ${label(r.target)}`, '');
    for (const m of r.evidence.slice(0, 3)) lines.push(`> ${passage(seed, m)}`, '');
    lines.push(BOX, '');
  });
  lines.push('## Targets', '');
  sample.targets.forEach((t, i) => {
    lines.push(`### T${i + 1}. ${t.indicator}: ${t.comparator} ${t.value} ${t.unit}, ${t.period}, ${t.kind} (\`${t.id}\`)`, '');
    lines.push(`Owners: ${owners(t.id).join('; ') || '(none)'}`, '');
    for (const m of t.mentions) lines.push(`> ${passage(seed, m)}`, '');
    lines.push(BOX, '');
  });
  lines.push('## Tally', '', '| part | judged | correct | precision |', '|---|---|---|---|',
    '| entities | | | |', '| relations | | | |', '| targets | | | |', '');
  return lines.join('\n');
}

function parseArgs(argv: string[]): { options: AuditOptions; out: string | null } {
  const options = { ...DEFAULT_AUDIT };
  let out: string | null = null;
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i]!, argv[i + 1]];
    if (value === undefined) throw new AuditOptionError(`${flag} needs a value`);
    if (flag === '--out') out = value;
    else if (['--seed', '--entities', '--relations', '--targets'].includes(flag)) options[flag.slice(2) as keyof AuditOptions] = Number(value);
    else throw new AuditOptionError(`unknown option ${flag}; allowed: --seed, --entities, --relations, --targets, --out`);
  }
  return { options, out };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const { options, out } = parseArgs(process.argv.slice(2));
    const seed = JSON.parse(readFileSync(SEED_PATHS.seed, 'utf8')) as SeedArtefact;
    const markdown = formatAudit(seed, auditSample(seed, options));
    if (out) writeFileSync(out, markdown);
    else process.stdout.write(markdown);
  } catch (error) {
    if (!(error instanceof AuditOptionError)) throw error;
    console.error(error.message);
    process.exitCode = 2;
  }
}
