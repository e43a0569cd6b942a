/**
 * The built seed as the stores load it: provenance on everything, determinism, freshness of the
 * committed artefact, the coverage the graph must reach, and facts of the report it must hold.
 */
import { quoteOf } from '../../graph-seed/seed-reports.ts';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LAYOUT_SETTINGS } from '../../graph-seed/layout/settings.ts';
import { SEED_PATHS, serialiseSeed } from '../../graph-seed/paths.ts';
import { buildFrom, viewOf } from './fixtures.ts';

const seed = buildFrom();
const { entities, relations, byId } = viewOf(seed);
const sections = new Map(seed.sections.map((s) => [s.id, s]));
const ofType = (type: string) => entities.filter((e) => e.type === type);
const related = (type: string, source: string, target: string) =>
  relations.find((r) => r.type === type && r.source === source && r.target === target);
const named = (name: string, type?: string) => {
  const found = entities.filter((e) => e.name === name && (!type || e.type === type));
  expect(found, `${type ?? ''} ${name}`).toHaveLength(1);
  return found[0]!;
};

describe('provenance', () => {
  it('every mention and every piece of evidence slices the text inside its innermost section', () => {
    const mentions = [
      ...entities.flatMap((e) => e.mentions.map((m) => ({ owner: e.id, m }))),
      ...relations.flatMap((r) => r.evidence.map((m) => ({ owner: r.id, m }))),
    ];
    for (const { owner, m } of mentions) {
      const section = sections.get(m.sectionId);
      expect(section, owner).toBeDefined();
      expect(m.end, owner).toBeGreaterThan(m.start);
      expect(section!.start <= m.start && m.end <= section!.end, owner).toBe(true);
      const inner = seed.sections.filter((s) => s.start <= m.start && m.end <= s.end && s.end - s.start < section!.end - section!.start);
      expect(inner.map((s) => s.id), owner).toEqual([]);
    }
  });

  it('every entity has a mention and every relation has evidence', () => {
    expect(entities.filter((e) => e.mentions.length === 0).map((e) => e.id)).toEqual([]);
    expect(relations.filter((r) => r.evidence.length === 0).map((r) => r.id)).toEqual([]);
  });

  it('names the curated things as the text writes them', () => {
    for (const e of entities.filter((x) => ['TOWN', 'PARK', 'PROGRAM', 'ORGANIZATION'].includes(x.type))) {
      const quotes = e.mentions.map((m) => quoteOf(seed, m));
      if (seed.reports[0]!.text.includes(e.name)) expect(quotes, e.id).toContain(e.name);
    }
  });

  it('ids are unique readable slugs, and relation ids say what they relate', () => {
    expect(new Set(entities.map((e) => e.id)).size).toBe(entities.length);
    for (const e of entities) expect(e.id).toMatch(/^(town|park|program|org|glossary|target|strategy|indicator):[a-z0-9][a-z0-9.\-:]*$/);
    for (const r of relations) expect(r.id).toBe(`${r.type}:${r.source}->${r.target}`);
  });

  it('every entity has pinyin and English, and every glossary note an English definition', () => {
    expect(entities.filter((e) => !e.pinyin).map((e) => e.id)).toEqual([]);
    expect(byId.get('town:pingshi')?.pinyin).toBe('píng shí zhèn');
    expect(entities.filter((e) => !e.nameEn || !e.descriptionEn).map((e) => e.id)).toEqual([]);
    expect(ofType('GLOSSARY_TERM').filter((e) => !e.definitionEn).map((e) => e.id)).toEqual([]);
    expect(byId.get('target:2021-2025:senlinfugailv-71')?.nameEn).toMatch(/^Forest coverage.*71%.*2021–2025/i);
  });
});

describe('the built artefact', () => {
  it('is byte-identical when built twice', () => {
    expect(serialiseSeed(buildFrom())).toBe(serialiseSeed(seed));
  });

  it('is committed as built: the seed and the normalised text are not stale', () => {
    expect(readFileSync(SEED_PATHS.normalised, 'utf8') === seed.reports[0]!.text, 'report.normalised.txt is stale: npm run seed').toBe(true);
    expect(readFileSync(SEED_PATHS.seed, 'utf8') === serialiseSeed(seed), 'seed.json is stale: npm run seed').toBe(true);
  });
});

describe('the layout', () => {
  it('places every entity once, spread over the drawing, with no two on one point', () => {
    const xs = entities.map((e) => e.x!);
    const ys = entities.map((e) => e.y!);
    expect([...xs, ...ys].every(Number.isFinite), 'every entity has a finite x and y').toBe(true);
    const span = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
    expect(span).toBeGreaterThan(LAYOUT_SETTINGS.extent * 0.9);
    expect(span).toBeLessThan(LAYOUT_SETTINGS.extent * 2);
    expect(new Set(entities.map((e) => `${e.x},${e.y}`)).size).toBe(entities.length);
  });

  it('draws related entities nearer each other than unrelated ones', () => {
    const distance = (a: string, b: string) => Math.hypot(byId.get(a)!.x! - byId.get(b)!.x!, byId.get(a)!.y! - byId.get(b)!.y!);
    const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
    const linked = mean(relations.map((r) => distance(r.source, r.target)));
    const ids = entities.map((e) => e.id);
    const anyPair = mean(ids.map((id, i) => distance(id, ids[(i * 7919 + 13) % ids.length]!)));
    expect(linked).toBeLessThan(anyPair / 2);
  });
});

describe('coverage', () => {
  it('reaches the counts a researcher needs', () => {
    expect(ofType('GLOSSARY_TERM')).toHaveLength(31);
    expect(ofType('PARK').length).toBeGreaterThanOrEqual(25);
    expect(ofType('PROGRAM').length).toBeGreaterThanOrEqual(80);
    expect(ofType('TARGET').filter((t) => t.kind === 'GOAL').length).toBeGreaterThanOrEqual(60);
    expect(ofType('TARGET').filter((t) => t.kind === 'RESULT').length).toBeGreaterThanOrEqual(100);
    expect(seed.unresolvedMarkers).toEqual([]);
  });

  it('has every town and subdistrict the report names, inside Lechang', () => {
    // Named as the report writes them: 长来, not 长来镇, where the report never writes 镇.
    for (const name of ['坪石镇', '北乡镇', '九峰镇', '黄圃镇', '梅花', '三溪', '五山', '沙坪', '长来', '廊田', '乐城街道']) {
      const town = named(name, 'TOWN');
      expect(related('LOCATED_IN', town.id, 'town:lechang'), name).toBeDefined();
    }
    expect(related('PART_OF', named('黄坌村', 'TOWN').id, 'town:beixiang') ?? related('PART_OF', 'town:beixiang-huangben', 'town:beixiang')).toBeDefined();
  });

  it('every target is had by a strategy, and every program and park belongs to one', () => {
    for (const t of ofType('TARGET')) {
      expect(relations.some((r) => r.type === 'HAS_TARGET' && r.target === t.id), t.id).toBe(true);
    }
    for (const e of [...ofType('PROGRAM'), ...ofType('PARK')]) {
      // A thing the report names only in a glossary note (the forest-city master plan of note 4)
      // belongs to no strategy; the note MENTIONS it.
      const glossaryOnly = e.mentions.every((m) => m.sectionId.startsWith('section:glossary'))
        && relations.some((r) => r.type === 'MENTIONS' && r.target === e.id);
      const belongs = glossaryOnly || relations.some((r) => r.type === 'PART_OF_STRATEGY' && r.source === e.id)
        || relations.some((r) => (r.type === 'PART_OF' || r.type === 'LOCATED_IN') && r.source === e.id);
      expect(belongs, e.id).toBe(true);
    }
  });

  it('is connected but for a few entities the report leaves alone, each with its reason', () => {
    expect(seed.isolated.length).toBeLessThanOrEqual(20);
    expect(seed.isolated.filter((id) => !seed.isolatedReasons[id])).toEqual([]);
  });
});

describe('facts of the report', () => {
  it('glossary note 14 is “三线一单”, and the body term defined by it', () => {
    const note = byId.get('glossary:14')!;
    expect(note).toMatchObject({ name: '“三线一单”', number: 14 });
    expect(note.definition).toContain('生态保护红线');
    const definedBy = relations.filter((r) => r.type === 'DEFINED_BY' && r.target === 'glossary:14').map((r) => byId.get(r.source)!);
    expect(definedBy.map((e) => e.type)).toEqual(['PROGRAM']);
    expect(definedBy[0]!.name).toContain('“三线一单”');
  });

  it('the “十百”工程 program is defined by note 12 and belongs to the industry action of the 14th Five-Year Plan', () => {
    const program = named('“十百”工程', 'PROGRAM');
    expect(related('DEFINED_BY', program.id, 'glossary:12')).toBeDefined();
    expect(related('PART_OF_STRATEGY', program.id, 'strategy:plan-2')).toBeDefined();
  });

  it('the forest coverage goal of 71% belongs to the ecology action of 2021–2025', () => {
    const goal = ofType('TARGET').find((t) => t.indicator === '森林覆盖率' && t.value === 71)!;
    expect(goal).toMatchObject({ unit: '%', period: '2021–2025', kind: 'GOAL', comparator: 'EQUAL' });
    expect(related('HAS_TARGET', 'strategy:plan-1', goal.id)).toBeDefined();
  });

  it('the 2021 areas are part of the 2021 plan, and lead sentences part of their area', () => {
    expect(related('PART_OF', 'strategy:work-1', 'strategy:work')).toBeDefined();
    expect(byId.get('strategy:work-1-2')?.name).toBe('加强环境保护');
    expect(related('PART_OF', 'strategy:work-1-2', 'strategy:work-1')).toBeDefined();
  });

  it('the industrial park has the three zones of note 18', () => {
    for (const zone of ['城东片区', '城南片区', '坪石片区']) {
      expect(related('PART_OF', named(zone, 'PARK').id, 'park:lechang-industrial-park'), zone).toBeDefined();
    }
    expect(related('MENTIONS', 'glossary:18', 'park:lechang-industrial-park')).toBeDefined();
  });
});
