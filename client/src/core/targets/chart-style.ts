/**
 * How the targets chart tells things apart, so the chart, its legend, the table and a picture's
 * legend agree: a colour per jurisdiction (national first), and for the kind a shape and a line
 * style, never colour alone — a goal is a hollow circle on a dashed line, a result a filled
 * diamond on a solid line; a range is a vertical bar, a multi-year goal a dotted span.
 */
import type { LegendEntry } from '../export/index.ts';
import { REPORT_PALETTE } from '../reports/colors.ts';
import type { TargetKind } from './types.ts';

export interface KindStyle {
  /** Observable Plot's symbol name. */
  symbol: 'circle' | 'diamond';
  /** Whether the symbol is filled with the jurisdiction's colour (else white with a coloured outline). */
  filled: boolean;
  /** SVG stroke-dasharray of the line joining the years; null for a solid line. */
  dash: string | null;
  /** The legend's words and the glyph a text legend uses. */
  label: string;
  glyph: string;
  /** Horizontal offset from the year, in years, so a goal and the result of the same year never hide each other. */
  dx: number;
}

export const KIND_STYLE: Record<TargetKind, KindStyle> = {
  GOAL: { symbol: 'circle', filled: false, dash: '5,4', label: 'Goal 目标 (hollow circle, dashed line)', glyph: '○', dx: -0.12 },
  RESULT: { symbol: 'diamond', filled: true, dash: null, label: 'Result 完成 (filled diamond, solid line)', glyph: '◆', dx: 0.12 },
};

/** Jurisdiction → colour, in the order given (national first). */
export function jurisdictionColors(jurisdictions: readonly string[]): Map<string, string> {
  return new Map(jurisdictions.map((name, i) => [name, REPORT_PALETTE[i % REPORT_PALETTE.length]!]));
}

/** The picture's legend: each jurisdiction's colour. The kinds' shapes are said in words (see KIND_STYLE.label). */
export function chartLegendEntries(colors: ReadonlyMap<string, string>): LegendEntry[] {
  return [...colors.entries()].map(([name, color]) => ({ color, label: name }));
}

/** One line that explains the shapes, for the picture's caption band. */
export const SHAPES_LINE = `${KIND_STYLE.GOAL.glyph} goal 目标, dashed · ${KIND_STYLE.RESULT.glyph} result 完成, solid · │ a range · ┄ a multi-year goal`;
