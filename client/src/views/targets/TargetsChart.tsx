/**
 * One chart of a target series (one unit), drawn by Observable Plot as SVG: SVG so the same
 * drawing goes into a picture export and a printed briefing with the bundled CJK font embedded,
 * as the graph's pictures do. Each point is a button (click, Enter or Space) that opens its passage.
 */
import * as Plot from '@observablehq/plot';
import { useEffect, useRef } from 'react';
import { KIND_STYLE } from '../../core/targets/chart-style.ts';
import { seriesLines, type SeriesChart, type SeriesPoint } from '../../core/targets/series.ts';
import { PICTURE_FONT } from '../../core/export/picture-layout.ts';

export interface TargetsChartProps {
  chart: SeriesChart;
  colors: ReadonlyMap<string, string>;
  /** The indicator's name, for the chart's accessible name. */
  title: string;
  width: number;
  onOpen(point: SeriesPoint): void;
  /** The drawn <svg>, for pictures; null when unmounted. */
  svgRef?: (svg: SVGSVGElement | null) => void;
}

const x = (p: SeriesPoint) => p.year + KIND_STYLE[p.kind].dx;
const mid = (p: SeriesPoint) => (p.value + p.valueMax) / 2;

export function TargetsChart({ chart, colors, title, width, onOpen, svgRef }: TargetsChartProps) {
  const host = useRef<HTMLDivElement>(null);
  const open = useRef(onOpen);
  open.current = onOpen;
  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const { points } = chart;
    const years = points.flatMap((p) => [p.year, p.yearEnd]);
    const values = points.flatMap((p) => [p.value, p.valueMax]);
    const color = (p: SeriesPoint) => colors.get(p.jurisdiction) ?? '#5f6b7a';
    const lines = seriesLines(points);
    const interactive: Plot.RenderFunction = (index, scales, channels, dimensions, context, next) => {
      const group = next!(index, scales, channels, dimensions, context) as SVGGElement;
      Array.from(group.children).forEach((node, i) => {
        const point = points[index[i]!]!;
        node.setAttribute('tabindex', '0');
        node.setAttribute('role', 'button');
        node.setAttribute('aria-label', `${point.description}. Open its passage.`);
        node.setAttribute('data-target-id', point.targetId);
        node.setAttribute('data-kind', point.kind);
        node.addEventListener('click', () => open.current(point));
        node.addEventListener('keydown', (event) => {
          const key = (event as KeyboardEvent).key;
          if (key !== 'Enter' && key !== ' ') return;
          event.preventDefault();
          open.current(point);
        });
      });
      return group;
    };
    const svg = Plot.plot({
      width,
      height: 320,
      marginLeft: 56,
      marginRight: 24,
      marginTop: 28,
      style: { fontFamily: PICTURE_FONT, fontSize: '12px', background: '#ffffff', color: '#1f2328' },
      ariaLabel: `${title}: goals and results by year (${chart.unit || 'no unit'})`,
      x: { label: 'Year 年份', tickFormat: 'd', ticks: [...new Set(years)].sort(), domain: [Math.min(...years) - 0.6, Math.max(...years) + 0.6] },
      y: { label: chart.unit ? `${chart.unit}` : null, grid: true, domain: [Math.min(0, ...values), Math.max(...values) * 1.12] },
      marks: [
        Plot.ruleY([0], { stroke: '#98a2b3' }),
        ...lines.map((line) =>
          Plot.line(line.points, { x, y: mid, stroke: colors.get(line.jurisdiction) ?? '#5f6b7a', strokeWidth: 1.5, strokeDasharray: KIND_STYLE[line.kind].dash ?? undefined, ariaHidden: 'true' }),
        ),
        // A multi-year goal: a dotted span over its years.
        Plot.ruleY(points.filter((p) => p.yearEnd !== p.year), { x1: 'year', x2: 'yearEnd', y: mid, stroke: color, strokeWidth: 2, strokeDasharray: '1,4', strokeLinecap: 'round', ariaHidden: 'true' }),
        // A range (6–6.5 %): a bar from its lower to its upper value, capped at both ends.
        Plot.ruleX(points.filter((p) => p.isRange), { x, y1: 'value', y2: 'valueMax', stroke: color, strokeWidth: 3, ariaHidden: 'true' }),
        // (Caps as short horizontal rules: a tick mark would make the year axis a band scale.)
        Plot.ruleY(
          points.filter((p) => p.isRange).flatMap((p) => [{ ...p, at: p.value }, { ...p, at: p.valueMax }]),
          { x1: (p: SeriesPoint) => x(p) - 0.08, x2: (p: SeriesPoint) => x(p) + 0.08, y: 'at', stroke: color, strokeWidth: 2, ariaHidden: 'true' },
        ),
        Plot.dot(points, {
          x,
          y: mid,
          r: 5.5,
          symbol: (p: SeriesPoint) => KIND_STYLE[p.kind].symbol,
          stroke: color,
          strokeWidth: 2,
          fill: (p: SeriesPoint) => (KIND_STYLE[p.kind].filled ? color(p) : '#ffffff'),
          title: (p: SeriesPoint) => p.description,
          render: interactive,
          className: 'targets-chart__point',
        }),
      ],
    }) as unknown as SVGSVGElement;
    svg.classList.add('targets-chart__svg');
    element.replaceChildren(svg);
    svgRef?.(svg);
    return () => {
      svgRef?.(null);
      svg.remove();
    };
  }, [chart, colors, title, width, svgRef]);
  return <div ref={host} className="targets-chart" data-unit={chart.unit} />;
}
