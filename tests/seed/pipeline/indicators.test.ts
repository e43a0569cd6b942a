import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PipelineDataError } from '../../../graph-seed/pipeline/errors.ts';
import { indicatorNames, loadIndicators, matchIndicator } from '../../../graph-seed/pipeline/indicators.ts';
import { runReport } from '../../../graph-seed/pipeline/run-report.ts';
import { lechangRaw, nationalRaw, nationalSources } from './inputs.ts';

const indicators = loadIndicators();
const link = (indicator: string, unit: string) => matchIndicator({ indicator, unit }, indicators)?.indicatorId ?? null;

describe('the indicator catalogue', () => {
  it('holds the measures work reports use, with Chinese and English names', () => {
    const ids = indicators.map((i) => i.id);
    for (const id of [
      'indicator:gdp', 'indicator:gdp-growth', 'indicator:cpi', 'indicator:new-urban-jobs', 'indicator:surveyed-unemployment',
      'indicator:registered-unemployment', 'indicator:energy-intensity', 'indicator:grain-output', 'indicator:deficit',
      'indicator:deficit-ratio', 'indicator:m2-growth', 'indicator:new-loans', 'indicator:foreign-trade', 'indicator:fiscal-revenue',
      'indicator:fixed-investment', 'indicator:retail-sales', 'indicator:forest-cover', 'indicator:disposable-income',
      'indicator:disposable-income-growth', 'indicator:poverty-reduction', 'indicator:new-social-financing', 'indicator:fiscal-expenditure',
    ]) expect(ids).toContain(id);
    for (const i of indicators) expect(i.nameEn.length).toBeGreaterThan(0);
    expect(indicators.find((i) => i.id === 'indicator:gdp-growth')!.aliases).toEqual(expect.arrayContaining(['国内生产总值', '地区生产总值']));
    // One measure at two levels: each level's name links to the same indicator.
    for (const i of indicators.filter((x) => x.levels)) {
      for (const name of Object.values(i.levels!)) expect(link(name!, i.units[0]!), `${i.id} ${name}`).toBe(i.id);
    }
    expect(indicators.find((i) => i.id === 'indicator:gdp-growth')!.levels).toEqual({ NATIONAL: '国内生产总值增长', LOCAL: '地区生产总值增长' });
  });

  it('names each indicator as reports write it at every level, and no name two indicators', () => {
    const names = new Map(indicators.map((i) => [i.id, indicatorNames(i, indicators)]));
    expect(names.get('indicator:gdp-growth')).toEqual(expect.arrayContaining(['地区生产总值增长', 'GDP增长', '经济增长']));
    expect(names.get('indicator:gdp-growth')).not.toContain('地区生产总值');
    expect(names.get('indicator:gdp')).toEqual(expect.arrayContaining(['地区生产总值', 'GDP']));
    expect(names.get('indicator:cpi')).toEqual(expect.arrayContaining(['CPI', 'CPI涨幅']));
    expect(names.get('indicator:fiscal-revenue-growth')).toEqual(expect.arrayContaining(['地方一般公共预算收入增长', '财政收入增长']));
    expect(names.get('indicator:fiscal-revenue-growth')).not.toContain('财政收入');
    const owner = new Map<string, string>();
    for (const i of indicators) {
      // Every level's name is one of the indicator's names, and a name of a measure links to it.
      for (const level of Object.values(i.levels ?? {})) expect(level === i.name || names.get(i.id)!.includes(level!), `${i.id} ${level}`).toBe(true);
      for (const name of [i.name, ...names.get(i.id)!]) {
        expect(owner.get(name), `"${name}" names ${owner.get(name)} and ${i.id}`).toBeUndefined();
        owner.set(name, i.id);
      }
    }
  });

  it('refuses a catalogue with a repeated id or an unknown measure, naming the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'indicators-'));
    const path = join(dir, 'bad.yaml');
    const record = (id: string, measure = 'RATE') => `  - { id: ${id}, name: 甲, nameEn: A, aliases: [甲], measure: ${measure}, units: ['%'] }`;
    writeFileSync(path, ['indicators:', record('indicator:a'), record('indicator:a')].join('\n'));
    expect(() => loadIndicators(path)).toThrow(PipelineDataError);
    expect(() => loadIndicators(path)).toThrow(/bad\.yaml.*used twice/);
    writeFileSync(path, ['indicators:', record('indicator:a', 'SPEED')].join('\n'));
    expect(() => loadIndicators(path)).toThrow(/measure must be one of LEVEL, CHANGE, RATE/);
    writeFileSync(path, ['indicators:', `${record('indicator:a')}`.replace(' }', ', levels: { CITY: 甲 } }')].join('\n'));
    expect(() => loadIndicators(path)).toThrow(/levels must map NATIONAL or LOCAL/);
  });
});

describe('matchIndicator', () => {
  it('links on a known measure\'s words, at any level, with its unit', () => {
    expect(link('国内生产总值增长', '%')).toBe('indicator:gdp-growth');
    expect(link('地区生产总值年均增长', '%')).toBe('indicator:gdp-growth');
    expect(link('地区生产总值', '亿元')).toBe('indicator:gdp');
    expect(link('年末全国城镇调查失业率降到', '%')).toBe('indicator:surveyed-unemployment');
    expect(link('赤字率拟按安排', '%')).toBe('indicator:deficit-ratio');
    expect(link('居民消费价格涨幅', '%')).toBe('indicator:cpi');
    expect(link('粮食产量保持在', '万亿斤')).toBe('indicator:grain-output');
    expect(link('森林覆盖率', '%')).toBe('indicator:forest-cover');
    expect(link('拟安排地方政府专项债券', '万亿元')).toBe('indicator:special-bonds');
    expect(link('国内生产总值总量', '万亿元')).toBe('indicator:gdp');
    expect(link('农村贫困人口减少', '万人')).toBe('indicator:poverty-reduction');
    expect(link('城镇调查失业率平均', '%')).toBe('indicator:surveyed-unemployment');
  });

  it('never guesses: other words, two measures, or the wrong unit leave a target unlinked', () => {
    expect(link('服务业在国内生产总值中的比重', '%')).toBeNull();
    expect(link('单位国内生产总值能耗和二氧化碳排放分别降低', '%')).toBeNull();
    expect(link('国内生产总值', '%')).toBeNull();
    expect(link('国内生产总值增长', '亿元')).toBeNull();
    expect(link('城市建成区绿化覆盖率', '%')).toBeNull();
    expect(link('新增高新技术企业', '家')).toBeNull();
  });

  it('links the national and the county GDP growth goals to one indicator: Lechang 2021 (地区生产总值增长) and each national year (国内生产总值增长)', () => {
    const lechang = runReport({ raw: lechangRaw, sourceKind: 'PDF_TEXT', file: 'graph-seed/source/report.txt' });
    const county = lechang.targets.find((t) => t.kind === 'GOAL' && t.period === '2021' && t.indicator === '地区生产总值增长');
    expect(county).toMatchObject({ value: 7, comparator: 'AT_LEAST', indicatorId: 'indicator:gdp-growth' });
    for (const { file, year, title, source } of nationalSources) {
      const { targets } = runReport({ raw: nationalRaw(file), sourceKind: 'WEB_TEXT', file, sidecar: { title, year, source } });
      const national = targets.find((t) => t.kind === 'GOAL' && t.period === String(year) && t.indicator === '国内生产总值增长');
      expect(national?.indicatorId, `${year}`).toBe(county!.indicatorId);
    }
  });

  it('links the measures of each national report\'s main goals (主要预期目标) and its deficit ratio', () => {
    const expected: Record<number, string[]> = {
      2016: ['gdp-growth', 'cpi', 'new-urban-jobs', 'registered-unemployment', 'energy-intensity'],
      2017: ['gdp-growth', 'cpi', 'new-urban-jobs', 'registered-unemployment', 'energy-intensity'],
      2018: ['gdp-growth', 'cpi', 'new-urban-jobs', 'surveyed-unemployment', 'registered-unemployment', 'energy-intensity'],
      2019: ['gdp-growth', 'cpi', 'new-urban-jobs', 'surveyed-unemployment', 'registered-unemployment', 'energy-intensity'],
      2021: ['gdp-growth', 'cpi', 'new-urban-jobs', 'surveyed-unemployment', 'energy-intensity', 'grain-output'],
      2022: ['gdp-growth', 'cpi', 'new-urban-jobs', 'surveyed-unemployment', 'grain-output'],
      2023: ['gdp-growth', 'cpi', 'new-urban-jobs', 'surveyed-unemployment', 'grain-output'],
      2024: ['gdp-growth', 'cpi', 'new-urban-jobs', 'surveyed-unemployment', 'grain-output', 'energy-intensity'],
      2025: ['gdp-growth', 'cpi', 'new-urban-jobs', 'surveyed-unemployment', 'grain-output', 'energy-intensity'],
    };
    for (const { file, year, title, source } of nationalSources) {
      const { targets } = runReport({ raw: nationalRaw(file), sourceKind: 'WEB_TEXT', file, sidecar: { title, year, source } });
      const goals = new Set(targets.filter((t) => t.kind === 'GOAL' && t.period === String(year) && t.indicatorId).map((t) => t.indicatorId!.replace('indicator:', '')));
      expect([...goals].filter((id) => [...expected[year]!, 'deficit-ratio'].includes(id)).sort(), `${year}`).toEqual([...expected[year]!, 'deficit-ratio'].sort());
    }
  });

  it('gives every national report its GDP growth goal for its own year, read from its text', () => {
    const goals = nationalSources.map(({ file, year, title, source }) => {
      const { targets } = runReport({ raw: nationalRaw(file), sourceKind: 'WEB_TEXT', file, sidecar: { title, year, source } });
      const goal = targets.find((t) => t.indicatorId === 'indicator:gdp-growth' && t.kind === 'GOAL' && t.period === String(year));
      return [year, goal?.value, goal?.valueMax ?? null];
    });
    expect(goals).toEqual([
      [2016, 6.5, 7], [2017, 6.5, null], [2018, 6.5, null], [2019, 6, 6.5], [2021, 6, null],
      [2022, 5.5, null], [2023, 5, null], [2024, 5, null], [2025, 5, null],
    ]);
  });
});
