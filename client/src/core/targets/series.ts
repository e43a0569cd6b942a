/**
 * From the API's target series to what the chart draws: one point per target, placed at its
 * year (a multi-year goal spans its years), grouped by jurisdiction and kind, split by unit so a
 * percentage and an amount never share an axis; and the search of the indicator list. Pure, so
 * the chart and the table under it show the same numbers, and tests need no browser.
 */
import { formatQuantity } from '../entity-detail/index.ts';
import { reportLabel } from '../reports/colors.ts';
import type { IndicatorChoice, SeriesPassage, SeriesTarget, TargetKind } from './types.ts';

export const KIND_NAMES: Record<TargetKind, string> = { GOAL: 'Goal 目标', RESULT: 'Result 完成' };

/** One point of the chart (and one row of the table under it). */
export interface SeriesPoint {
  targetId: string;
  kind: TargetKind;
  /** "中华人民共和国", "乐昌市": the jurisdiction of the report the target is in. */
  jurisdiction: string;
  /** NATIONAL, PROVINCE, PREFECTURE or COUNTY. */
  level: string;
  /** First and last year of the period (equal for one year). */
  year: number;
  yearEnd: number;
  period: string;
  /** Lower and upper value; equal unless the report gives a range (BETWEEN). */
  value: number;
  valueMax: number;
  isRange: boolean;
  unit: string;
  /** The quantity as the report bounds it: "≥ 6 %", "6–6.5 %". */
  quantity: string;
  reportId: string;
  /** "2021年国务院政府工作报告": where the passage is from. */
  reportLabel: string;
  /** The id of the goal this result reports on, when the graph links them. */
  resultOf: string | null;
  /** The target's passages, first the one in its own report. */
  passages: SeriesPassage[];
  /** One line that says it all, for a point's accessible name and tooltip. */
  description: string;
}

/** A chart's worth of points: one unit. */
export interface SeriesChart {
  unit: string;
  points: SeriesPoint[];
  /** Jurisdictions in the chart, national first, then by name. */
  jurisdictions: string[];
}

const LEVEL_ORDER = ['NATIONAL', 'PROVINCE', 'PREFECTURE', 'COUNTY'];

/** "2021" → [2021, 2021]; "2021–2025" (en dash, hyphen or 至) → [2021, 2025]; null when no year can be read. */
export function periodYears(period: string): [number, number] | null {
  const years = [...period.matchAll(/\d{4}/g)].map((m) => Number(m[0]));
  if (!years.length) return null;
  return [Math.min(...years), Math.max(...years)];
}

/**
 * The points of a series. Targets whose period has no year, or whose report is not in `inView`
 * (when given), are left out and counted in `skipped`, so the view can say so.
 */
export function seriesPoints(targets: readonly SeriesTarget[], inView?: ReadonlySet<string>): { points: SeriesPoint[]; skipped: number } {
  const points: SeriesPoint[] = [];
  let skipped = 0;
  for (const target of targets) {
    const years = periodYears(target.period);
    if (!years || (inView && !inView.has(target.report.id))) {
      skipped += 1;
      continue;
    }
    const isRange = target.comparator === 'BETWEEN' && target.valueMax != null && target.valueMax !== target.value;
    const valueMax = isRange ? target.valueMax! : target.value;
    const quantity = formatQuantity(target);
    const label = reportLabel(target.report);
    const own = target.mentions.filter((m) => m.report.id === target.report.id);
    const passages = [...own, ...target.mentions.filter((m) => m.report.id !== target.report.id)];
    points.push({
      targetId: target.id,
      kind: target.kind,
      jurisdiction: target.report.jurisdiction.name,
      level: target.report.jurisdiction.level,
      year: years[0],
      yearEnd: years[1],
      period: target.period,
      value: Math.min(target.value, valueMax),
      valueMax: Math.max(target.value, valueMax),
      isRange,
      unit: target.unit,
      quantity,
      reportId: target.report.id,
      reportLabel: label,
      resultOf: target.resultOf?.id ?? null,
      passages,
      description: `${target.report.jurisdiction.name} ${target.period} ${target.kind === 'GOAL' ? 'goal' : 'result'}: ${target.indicator} ${quantity} — ${label}`,
    });
  }
  points.sort((a, b) => a.year - b.year || a.yearEnd - b.yearEnd || levelRank(a.level) - levelRank(b.level) || a.jurisdiction.localeCompare(b.jurisdiction) || a.kind.localeCompare(b.kind));
  return { points, skipped };
}

const levelRank = (level: string) => {
  const at = LEVEL_ORDER.indexOf(level);
  return at < 0 ? LEVEL_ORDER.length : at;
};

/** The points split by unit (one chart each, the unit with most points first), jurisdictions national first. */
export function chartsByUnit(points: readonly SeriesPoint[]): SeriesChart[] {
  const byUnit = new Map<string, SeriesPoint[]>();
  for (const point of points) byUnit.set(point.unit, [...(byUnit.get(point.unit) ?? []), point]);
  return [...byUnit.entries()]
    .map(([unit, unitPoints]) => {
      const levels = new Map(unitPoints.map((p) => [p.jurisdiction, p.level]));
      const jurisdictions = [...levels.keys()].sort((a, b) => levelRank(levels.get(a)!) - levelRank(levels.get(b)!) || a.localeCompare(b));
      return { unit, points: unitPoints, jurisdictions };
    })
    .sort((a, b) => b.points.length - a.points.length || a.unit.localeCompare(b.unit));
}

/** The lines of the chart: the points of one jurisdiction and kind, in year order, that are single years (a multi-year goal is drawn as a span, not joined). */
export function seriesLines(points: readonly SeriesPoint[]): Array<{ jurisdiction: string; kind: TargetKind; points: SeriesPoint[] }> {
  const lines = new Map<string, { jurisdiction: string; kind: TargetKind; points: SeriesPoint[] }>();
  for (const point of points) {
    if (point.yearEnd !== point.year) continue;
    const key = `${point.jurisdiction}\u0000${point.kind}`;
    const line = lines.get(key) ?? { jurisdiction: point.jurisdiction, kind: point.kind, points: [] };
    line.points.push(point);
    lines.set(key, line);
  }
  return [...lines.values()].filter((line) => line.points.length > 1);
}

const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s\u00b7·'’-]+/g, '');

/**
 * The indicators whose Chinese name, alias, English name or pinyin holds the query (spaces, case
 * and tone-less pinyin aside); an exact name first, then names that start with it, then the rest,
 * each by name. An empty query gives every indicator by name.
 */
export function matchIndicators(indicators: readonly IndicatorChoice[], query: string): IndicatorChoice[] {
  const q = fold(query);
  const byName = (a: IndicatorChoice, b: IndicatorChoice) => a.name.localeCompare(b.name, 'zh-Hans-CN');
  if (!q) return [...indicators].sort(byName);
  const scored: Array<[number, IndicatorChoice]> = [];
  for (const indicator of indicators) {
    const names = [indicator.name, ...indicator.aliases, indicator.nameEn ?? '', indicator.pinyin ?? ''].map(fold).filter(Boolean);
    const rank = names.some((n) => n === q) ? 0 : names.some((n) => n.startsWith(q)) ? 1 : names.some((n) => n.includes(q)) ? 2 : -1;
    if (rank >= 0) scored.push([rank, indicator]);
  }
  return scored.sort((a, b) => a[0] - b[0] || byName(a[1], b[1])).map(([, indicator]) => indicator);
}
