/**
 * Measures the generic path against a curated graph: targets matched by indicator words, value
 * and period; named entities by name (or a curated alias) and type. Precision is the share of
 * what the rules found that the curated graph holds; recall the share of the curated graph the
 * rules found. Used by scripts/evaluate-extraction.ts and by the tests that hold the goals.
 */
import type { Entity, SeedArtefact } from '../types.ts';
import type { ReportExtraction } from './run-report.ts';
import type { NamedEntityType } from './types.ts';

export interface Score {
  found: number;
  curated: number;
  /** Found items the curated graph holds. */
  correct: number;
  /** Curated items some found item matches. */
  recalled: number;
  precision: number;
  recall: number;
  falsePositives: string[];
  falseNegatives: string[];
}

/** The seed's entity type each pipeline type is compared with. */
export const CURATED_TYPE: Record<NamedEntityType, Entity['type']> = {
  PLACE: 'TOWN', PARK: 'PARK', PROGRAM: 'PROGRAM', ORGANIZATION: 'ORGANIZATION',
};

const bare = (words: string) => words.replace(/[“”\s]|\[\d+\]/g, '');

function score(found: string[], curated: string[], matches: (f: string) => string[]): Score {
  const recalled = new Set<string>();
  const falsePositives: string[] = [];
  let correct = 0;
  for (const f of found) {
    const hit = matches(f);
    if (hit.length > 0) {
      correct += 1;
      hit.forEach((h) => recalled.add(h));
    } else falsePositives.push(f);
  }
  return {
    found: found.length, curated: curated.length, correct, recalled: recalled.size,
    precision: found.length === 0 ? 0 : correct / found.length,
    recall: curated.length === 0 ? 0 : recalled.size / curated.length,
    falsePositives, falseNegatives: curated.filter((c) => !recalled.has(c)),
  };
}

function entitiesOf(seed: SeedArtefact): Entity[] {
  return seed.graph.nodes.map((n) => ({ id: n.key, ...n.attributes! }) as Entity);
}

/**
 * Words before a target's indicator that say the work is done or pushed, not what is measured:
 * adverbs (成功, 扎实, 重点 …) and verbs of doing (推动, 推进, 完成, 实现, 办理, 开展, 实施). Verbs
 * that change what is counted (新增, 新建, 建成, 引进 …) are not among them.
 */
const DOING = /^(成功|扎实|全面|积极|大力|重点|着力|力争|加快|推动|推进|完成|实现|办理|开展|实施)+/;

/** A target's indicator words as the scorer compares them. */
export const targetWords = (indicator: string) => bare(indicator).replace(DOING, '');

/**
 * Targets: a found target is correct when a curated target has the same indicator words (quotes,
 * spaces, [n] markers and a leading run of DOING words aside), value and period; each curated
 * target is matched at most once. A figure found twice (same indicator, value, unit, bound,
 * period and kind: a summary and its section) counts once, as the build makes it one target.
 * With `strict`, indicator words are compared as written (quotes, spaces and [n] aside).
 */
export function scoreTargets(extraction: ReportExtraction, seed: SeedArtefact, options: { strict?: boolean } = {}): Score {
  const curated = entitiesOf(seed).filter((e) => e.type === 'TARGET');
  const words = options.strict ? bare : targetWords;
  const key = (indicator: string, value: number, period: string) => `${words(indicator)}|${value}|${period}`;
  const pool = new Map<string, string[]>();
  for (const t of curated) {
    const k = key(t.indicator!, t.value!, t.period!);
    pool.set(k, [...(pool.get(k) ?? []), t.id]);
  }
  const labels = new Map(curated.map((t) => [t.id, `${t.indicator} ${t.value}${t.unit} (${t.period})`]));
  const figures = new Map(extraction.targets.map((t) => [[t.indicator, t.value, t.unit, t.comparator, t.period, t.kind].join('|'), t]));
  const found = [...figures.values()].map((t) => key(t.indicator, t.value, t.period));
  const foundLabels = new Map([...figures.values()].map((t) => [key(t.indicator, t.value, t.period), `${t.indicator} ${t.value}${t.unit} (${t.period})`]));
  const result = score(found, curated.map((t) => t.id), (f) => {
    const free = pool.get(f);
    const id = free?.shift();
    return id ? [id] : [];
  });
  return {
    ...result,
    falsePositives: result.falsePositives.map((f) => foundLabels.get(f) ?? f),
    falseNegatives: result.falseNegatives.map((id) => labels.get(id) ?? id),
  };
}

/** Named entities of one type, by name or curated alias (quotes aside). */
export function scoreEntities(extraction: ReportExtraction, seed: SeedArtefact, type: NamedEntityType): Score {
  const curated = entitiesOf(seed).filter((e) => e.type === CURATED_TYPE[type]);
  const byName = new Map<string, string[]>();
  for (const e of curated) {
    for (const name of new Set([e.name, ...e.aliases].map(bare))) byName.set(name, [...(byName.get(name) ?? []), e.name]);
  }
  const found = [...new Set(extraction.entities.filter((e) => e.type === type).map((e) => e.name))];
  return score(found, curated.map((e) => e.name), (f) => byName.get(bare(f)) ?? []);
}
