/**
 * The shapes of the targets view, matching the API's `targetSeries(indicator, jurisdiction,
 * kind): [Target!]!` and INDICATOR entities (see the contract: Target { indicator value valueMax
 * unit comparator period kind report resultOf mentions }).
 */
import type { ReportSummary } from '../reports/types.ts';

export type TargetKind = 'GOAL' | 'RESULT';
export type Comparator = 'EQUAL' | 'AT_LEAST' | 'MORE_THAN' | 'AT_MOST' | 'APPROXIMATELY' | 'BETWEEN';

/** A passage as the targets view shows it (the Passage fragment, with the report it is in). */
export interface SeriesPassage {
  start: number;
  end: number;
  quote: string;
  context: string;
  contextStart: number;
  section: { id: string; title: string; path: string[] };
  report: { id: string; title: string; year: number };
}

/** One target of a series, as targetSeries returns it. */
export interface SeriesTarget {
  id: string;
  name: string;
  /** The indicator's words as the report writes them (国内生产总值增长). */
  indicator: string;
  value: number;
  /** The upper end of a range (comparator BETWEEN); null otherwise. */
  valueMax?: number | null;
  unit: string;
  comparator: Comparator;
  /** One year (2021) or a range of years with an en dash (2021–2025). */
  period: string;
  kind: TargetKind;
  report: ReportSummary;
  /** The goal this result reports on (RESULT_OF), when linked. */
  resultOf?: { id: string } | null;
  mentions: SeriesPassage[];
}

/** An INDICATOR entity as the indicator list shows it. */
export interface IndicatorChoice {
  id: string;
  name: string;
  nameEn: string | null;
  aliases: readonly string[];
  pinyin?: string | null;
}
