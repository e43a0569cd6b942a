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
