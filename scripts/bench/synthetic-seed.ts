/**
 * Synthetic seeds with the report's schema and shape, at any size, reproducible from a seed
 * number: a few hubs (the city, the parts and areas of the plan), towns with villages, and long
 * tails of programs and targets whose links follow a power law, as in the real graph where a
 * handful of strategies and places hold most relations. Every entity and relation carries
 * provenance pointing into a generated text, so the stores do the same work as on the report.
 */
import { placeEntities } from '../../graph-seed/layout/index.ts';
import { seededRandom } from '../../graph-seed/layout/initial-positions.ts';
import type { Entity, EntityType, Mention, Relation, RelationType, SeedArtefact, Section } from '../../graph-seed/types.ts';

const SYLLABLES: [string, string][] = [
  ['乐', 'lè'], ['昌', 'chāng'], ['坪', 'píng'], ['石', 'shí'], ['北', 'běi'], ['乡', 'xiāng'], ['九', 'jiǔ'], ['峰', 'fēng'],
  ['梅', 'méi'], ['花', 'huā'], ['黄', 'huáng'], ['圃', 'pǔ'], ['三', 'sān'], ['溪', 'xī'], ['五', 'wǔ'], ['山', 'shān'],
  ['沙', 'shā'], ['长', 'cháng'], ['来', 'lái'], ['廊', 'láng'], ['田', 'tián'], ['森', 'sēn'], ['林', 'lín'], ['绿', 'lǜ'],
  ['水', 'shuǐ'], ['茶', 'chá'], ['香', 'xiāng'], ['芋', 'yù'], ['桃', 'táo'], ['李', 'lǐ'], ['碧', 'bì'], ['道', 'dào'],
];
const SUFFIX: Record<EntityType, [string, string, string]> = {
  TOWN: ['镇', 'zhèn', 'Town'], PARK: ['产业园', 'chǎn yè yuán', 'Industrial Park'], PROGRAM: ['工程', 'gōng chéng', 'Project'],
  ORGANIZATION: ['公司', 'gōng sī', 'Company'], GLOSSARY_TERM: ['理念', 'lǐ niàn', 'Concept'], TARGET: ['覆盖率', 'fù gài lǜ', 'Coverage rate'],
  STRATEGY: ['提升行动', 'tí shēng xíng dòng', 'Upgrading Action'],
  INDICATOR: ['增长率', 'zēng zhǎng lǜ', 'Growth rate'],
};

/** The one report a synthetic seed holds. */
const SYNTHETIC_REPORT = 'report:synthetic-2021';

export interface SyntheticOptions {
  nodes: number;
  relations: number;
  seed?: number;
  /** Lay the graph out as the seed build does (the explorer draws it); off for the server-only
   *  sizes, where positions would only add seconds to the run. */
  layout?: boolean;
}

export function syntheticSeed({ nodes, relations, seed = 1, layout = false }: SyntheticOptions): SeedArtefact {
  const rand = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  /** A power-law index into a list: low indexes (the hubs) come up far more often. */
  const zipf = (n: number) => Math.min(n - 1, Math.floor(n * rand() ** 3));

  // The text: paragraphs of sentences; each section holds a run of paragraphs.
  const sectionCount = Math.max(10, Math.min(2000, Math.round(nodes / 50)));
  const sentence = () => `${Array.from({ length: 8 + Math.floor(rand() * 20) }, () => pick(SYLLABLES)[0]).join('')}。`;
  const paragraphs: string[] = [];
  const sections: Section[] = [];
  let offset = 0;
  for (let s = 0; s < sectionCount; s++) {
    const start = offset;
    for (let p = 0; p < 3; p++) {
      const text = Array.from({ length: 6 }, sentence).join('');
      paragraphs.push(text);
      offset += text.length + 1;
    }
    sections.push({
      id: `section:s${s}`, reportId: SYNTHETIC_REPORT, title: `第${s + 1}节`, path: [`第${s + 1}节`], parentId: null, start, end: offset, strategyId: null,
    });
  }
  const text = `${paragraphs.join('\n')}\n`;
  const mention = (): Mention => {
    const section = sections[zipf(sections.length)]!;
    const start = section.start + Math.floor(rand() * (section.end - section.start - 8));
    return { sectionId: section.id, start, end: start + 2 + Math.floor(rand() * 5) };
  };

  // Entities: a fixed share per type, hubs first within each type.
  const shares: [EntityType, number][] = [
    ['STRATEGY', 0.01], ['TOWN', 0.04], ['GLOSSARY_TERM', 0.01], ['PARK', 0.04], ['ORGANIZATION', 0.05], ['PROGRAM', 0.45], ['TARGET', 0.4],
  ];
  const byType = new Map<EntityType, string[]>();
  const entities: Entity[] = [];
  for (const [type, share] of shares) {
    const count = Math.max(3, Math.round(nodes * share));
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const [a, pa] = pick(SYLLABLES);
      const [b, pb] = pick(SYLLABLES);
      const [suffix, pinyin, english] = SUFFIX[type];
      const id = `${type === 'GLOSSARY_TERM' ? 'glossary' : type.toLowerCase()}:s${i}`;
      const entity: Entity = {
        id, type, name: `${a}${b}${i}${suffix}`, nameEn: `${english} ${i}`, pinyin: `${pa} ${pb} ${i} ${pinyin}`, aliases: [`${a}${b}${i}`],
        description: `${a}${b}${suffix}`, descriptionEn: `Synthetic ${english.toLowerCase()} number ${i}.`,
        mentions: Array.from({ length: 1 + Math.floor(rand() * 3) }, mention),
      };
      if (type === 'TOWN') entity.level = i === 0 ? 'CITY' : 'TOWN';
      if (type === 'PARK' || type === 'PROGRAM' || type === 'ORGANIZATION') entity.category = 'PROJECT';
      if (type === 'GLOSSARY_TERM') Object.assign(entity, { number: i + 1, definition: `${a}${b}的定义。`, definitionEn: 'A definition.' });
      if (type === 'TARGET') Object.assign(entity, { indicator: `${a}${b}${suffix}`, value: Math.round(rand() * 1000) / 10, unit: '%', comparator: 'EQUAL', period: '2021', kind: rand() < 0.5 ? 'GOAL' : 'RESULT' });
      entities.push(entity);
      ids.push(id);
    }
    byType.set(type, ids);
  }

  // Relations: the typed patterns of the report, each end drawn with a power law.
  const patterns: [RelationType, EntityType, EntityType, number][] = [
    ['PART_OF_STRATEGY', 'PROGRAM', 'STRATEGY', 0.3], ['HAS_TARGET', 'STRATEGY', 'TARGET', 0.2], ['HAS_TARGET', 'PROGRAM', 'TARGET', 0.1],
    ['LOCATED_IN', 'PROGRAM', 'TOWN', 0.15], ['LOCATED_IN', 'PARK', 'TOWN', 0.05], ['LOCATED_IN', 'ORGANIZATION', 'TOWN', 0.05],
    ['PART_OF', 'TOWN', 'TOWN', 0.03], ['PART_OF', 'PARK', 'PARK', 0.02], ['PART_OF_STRATEGY', 'PARK', 'STRATEGY', 0.04],
    ['DEFINED_BY', 'PROGRAM', 'GLOSSARY_TERM', 0.03], ['MENTIONS', 'GLOSSARY_TERM', 'PROGRAM', 0.03],
  ];
  const edges = new Map<string, Relation>();
  let attempts = 0;
  while (edges.size < relations && attempts < relations * 20) {
    attempts += 1;
    let r = rand();
    let pattern = patterns[0]!;
    for (const p of patterns) {
      if ((r -= p[3]) <= 0) {
        pattern = p;
        break;
      }
    }
    const [type, from, to] = pattern;
    const sources = byType.get(from)!;
    const targets = byType.get(to)!;
    // Sources spread evenly (the long tail), targets by power law (the hubs).
    const source = sources[Math.floor(rand() * sources.length)]!;
    const target = targets[zipf(targets.length)]!;
    if (source === target) continue;
    const id = `${type}:${source}->${target}`;
    if (!edges.has(id)) edges.set(id, { id, type, source, target, evidence: [mention()] });
  }

  if (layout) placeEntities(entities, [...edges.values()]);

  return {
    version: `synthetic-${nodes}-${relations}-${seed}${layout ? '-laid-out' : ''}`,
    reports: [{
      id: SYNTHETIC_REPORT, title: '合成报告', year: 2021, date: null, jurisdiction: { name: '合成市', level: 'COUNTY', code: null },
      speaker: null, speakerTitle: null, source: null, sourceKind: 'PDF_TEXT', file: 'synthetic', sha256: '', text,
    }],
    sections,
    graph: {
      options: { type: 'directed', multi: true, allowSelfLoops: false },
      attributes: {},
      nodes: entities.map(({ id, ...attributes }) => ({ key: id, attributes })),
      edges: [...edges.values()].map(({ id, source, target, ...attributes }) => ({ key: id, source, target, attributes })),
    },
    isolated: [],
    isolatedReasons: {},
    unresolvedMarkers: [],
  };
}

export interface SyntheticCorpusOptions {
  /** Reports in all: jurisdictions × years (2016 on), rounded up to whole jurisdictions. */
  reports: number;
  /** Years each jurisdiction reports (default 10: 2016–2025). */
  years?: number;
  seed?: number;
}

/** The indicator a synthetic corpus states in most reports (~90%, goal and result): what targetSeries is measured on. */
export const SYNTHETIC_SERIES_INDICATOR = 'indicator:syn-0';
const INDICATORS = 20;
const PROGRAMS_PER_REPORT = 12;
const STRATEGIES_PER_REPORT = 8;

/**
 * A corpus of many reports shaped like the ten-report seed, reproducible from a seed number:
 * jurisdictions at every level (one national, then provinces, prefectures, counties) each
 * reporting for `years` years; per report a title section and one section per strategy, with
 * text; a goal for its year and a result for the year before for each indicator it states
 * (the first indicator in ~90% of reports, the others less and less often), each target with
 * HAS_TARGET from a strategy and MEASURES to its INDICATOR; RESULT_OF from a result to the
 * goal of the same jurisdiction, indicator and year; programs shared across reports (drawn by
 * a power law, so a few stand in most reports) with PART_OF_STRATEGY in each report that names
 * them, and LOCATED_IN one of the jurisdiction's places. Every entity and relation carries
 * mentions inside its report's text, as the real seed does.
 */
export function syntheticCorpus({ reports: wanted, years = 10, seed = 7 }: SyntheticCorpusOptions): SeedArtefact {
  const rand = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const zipf = (n: number) => Math.min(n - 1, Math.floor(n * rand() ** 3));
  const jurisdictionCount = Math.max(1, Math.ceil(wanted / years));
  const levels = (j: number) => (j === 0 ? 'NATIONAL' : j < 1 + Math.ceil(jurisdictionCount * 0.1) ? 'PROVINCE' : j < 1 + Math.ceil(jurisdictionCount * 0.4) ? 'PREFECTURE' : 'COUNTY') as SeedArtefact['reports'][number]['jurisdiction']['level'];
  const suffix = { NATIONAL: '国', PROVINCE: '省', PREFECTURE: '市', COUNTY: '县' } as const;
  const jurisdictions = Array.from({ length: jurisdictionCount }, (_, j) => {
    const level = levels(j);
    return { name: `${pick(SYLLABLES)[0]}${pick(SYLLABLES)[0]}${j}${suffix[level]}`, level, code: String(900000 + j) };
  });
  const sentence = () => `${Array.from({ length: 8 + Math.floor(rand() * 20) }, () => pick(SYLLABLES)[0]).join('')}。`;

  const entities = new Map<string, Entity>();
  const edges = new Map<string, Relation>();
  const reports: SeedArtefact['reports'] = [];
  const sections: Section[] = [];
  const goals = new Map<string, string>();
  const addEdge = (type: RelationType, source: string, target: string, evidence: Mention[]) => {
    const id = `${type}:${source}->${target}`;
    const edge = edges.get(id);
    if (edge) edge.evidence.push(...evidence);
    else edges.set(id, { id, type, source, target, evidence });
  };
  const shared = (id: string, make: () => Entity, mention: Mention) => {
    const entity = entities.get(id) ?? make();
    entities.set(id, entity);
    entity.mentions.push(mention);
    return entity;
  };
  const indicatorName = (k: number) => (k === 0 ? '合成生产总值增长' : `合成指标${k}`);

  // Year by year, so each report's results find the goals of the year before.
  for (let y = 0; y < years; y++) {
    for (let j = 0; j < jurisdictionCount && reports.length < wanted; j++) {
      const year = 2016 + y;
      const jurisdiction = jurisdictions[j]!;
      const key = `syn-${j}-${year}`;
      const reportId = `report:${key}`;
      // Text: a title section, then one section per strategy of three paragraphs.
      let text = `${year}年${jurisdiction.name}政府工作报告\n`;
      const own: Section[] = [{ id: `section:${key}:0`, reportId, title: '政府工作报告', path: ['政府工作报告'], parentId: null, start: 0, end: text.length, strategyId: null }];
      for (let s = 1; s <= STRATEGIES_PER_REPORT; s++) {
        const start = text.length;
        text += `${Array.from({ length: 3 }, () => Array.from({ length: 4 }, sentence).join('')).join('\n')}\n`;
        own.push({ id: `section:${key}:${s}`, reportId, title: `第${s}部分`, path: [`第${s}部分`], parentId: null, start, end: text.length, strategyId: `strategy:${key}:${s}` });
      }
      sections.push(...own);
      const mentionIn = (section: Section): Mention => {
        const start = section.start + Math.floor(rand() * Math.max(1, section.end - section.start - 8));
        return { sectionId: section.id, start, end: Math.min(section.end, start + 2 + Math.floor(rand() * 5)) };
      };
      const anywhere = () => mentionIn(own[1 + Math.floor(rand() * STRATEGIES_PER_REPORT)]!);
      reports.push({
        id: reportId, title: `${year}年${jurisdiction.name}政府工作报告`, year, date: `${year}-03-05`, jurisdiction: { ...jurisdiction },
        speaker: null, speakerTitle: null, source: null, sourceKind: 'WEB_TEXT', file: `synthetic/${key}.txt`, sha256: '', text,
      });

      const strategies = own.slice(1).map((section, s) => {
        const id = section.strategyId!;
        const [a] = pick(SYLLABLES);
        entities.set(id, { id, type: 'STRATEGY', name: `${a}${s + 1}${SUFFIX.STRATEGY[0]}`, nameEn: null, pinyin: '', aliases: [], description: section.title, descriptionEn: null, mentions: [mentionIn(section)], reportId });
        return { id, section };
      });

      // Targets: a goal for this year and a result for last year per indicator stated.
      for (let k = 0; k < INDICATORS; k++) {
        if (rand() > (k === 0 ? 0.9 : 0.6 / (1 + k / 4))) continue;
        const indicatorId = `indicator:syn-${k}`;
        for (const kind of ['GOAL', 'RESULT'] as const) {
          const period = String(kind === 'GOAL' ? year : year - 1);
          const strategy = pick(strategies);
          const mention = mentionIn(strategy.section);
          const id = `target:${key}:${period}:${kind.toLowerCase()}-${k}`;
          const value = Math.round(rand() * 100) / 10;
          entities.set(id, {
            id, type: 'TARGET', name: `${indicatorName(k)}${value}%`, nameEn: null, pinyin: '', aliases: [indicatorName(k)],
            description: `${kind === 'GOAL' ? '目标' : '成果'}（${period}）：${indicatorName(k)} ${value}%`, descriptionEn: null, mentions: [mention], reportId,
            indicator: indicatorName(k), value, unit: '%', comparator: kind === 'GOAL' ? 'APPROXIMATELY' : 'EQUAL', period, kind,
          });
          shared(indicatorId, () => ({
            id: indicatorId, type: 'INDICATOR', name: indicatorName(k), nameEn: k === 0 ? 'Synthetic GDP growth' : `Synthetic indicator ${k}`, pinyin: '',
            aliases: [], description: `政府工作报告的量化指标：${indicatorName(k)}`, descriptionEn: null, mentions: [],
          }), mention);
          addEdge('HAS_TARGET', strategy.id, id, [mention]);
          addEdge('MEASURES', id, indicatorId, [mention]);
          if (kind === 'GOAL') goals.set(`${j}|${k}|${period}`, id);
          else {
            const goal = goals.get(`${j}|${k}|${period}`);
            if (goal) addEdge('RESULT_OF', id, goal, [entities.get(goal)!.mentions[0]!, mention]);
          }
        }
      }

      // Programs shared across reports, each in a strategy of this report and in one of its places.
      for (let p = 0; p < PROGRAMS_PER_REPORT; p++) {
        const n = zipf(2000);
        const programId = `program:syn-${n}`;
        const strategy = pick(strategies);
        const mention = mentionIn(strategy.section);
        const [a, pa] = SYLLABLES[n % SYLLABLES.length]!;
        shared(programId, () => ({
          id: programId, type: 'PROGRAM', name: `${a}${n}${SUFFIX.PROGRAM[0]}`, nameEn: `${SUFFIX.PROGRAM[2]} ${n}`, pinyin: `${pa} ${n} ${SUFFIX.PROGRAM[1]}`,
          aliases: [], description: null, descriptionEn: null, mentions: [], category: 'PROJECT',
        }), mention);
        addEdge('PART_OF_STRATEGY', programId, strategy.id, [mention]);
        if (rand() < 0.3) {
          const placeId = `town:syn-${j}-${Math.floor(rand() * 3)}`;
          const placeMention = anywhere();
          shared(placeId, () => ({
            id: placeId, type: 'TOWN', name: `${jurisdiction.name}${placeId.slice(-1)}镇`, nameEn: null, pinyin: '', aliases: [], description: null, descriptionEn: null, mentions: [], level: 'TOWN',
          }), placeMention);
          addEdge('LOCATED_IN', programId, placeId, [placeMention]);
        }
      }
    }
  }

  // Reports in seed order: by jurisdiction, then year (any order loads; this one reads well).
  reports.sort((a, b) => a.jurisdiction.code!.localeCompare(b.jurisdiction.code!) || a.year - b.year);
  return {
    version: `synthetic-corpus-${reports.length}-${years}-${seed}`,
    reports,
    sections,
    graph: {
      options: { type: 'directed', multi: true, allowSelfLoops: false },
      attributes: {},
      nodes: [...entities.values()].map(({ id, ...attributes }) => ({ key: id, attributes })),
      edges: [...edges.values()].map(({ id, source, target, ...attributes }) => ({ key: id, source, target, attributes })),
    },
    isolated: [],
    isolatedReasons: {},
    unresolvedMarkers: [],
  };
}
