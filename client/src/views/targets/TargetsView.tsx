/**
 * The targets view, drawn over the canvas while an indicator is chosen: for each unit a chart of
 * the goals and results over the years, one colour per jurisdiction and a shape and line style per
 * kind (with a legend that says so), each point opening its passage; under it the same points as
 * a table, the accessible alternative to the chart.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { chartLegendEntries, jurisdictionColors, KIND_STYLE } from '../../core/targets/chart-style.ts';
import { chartsByUnit, KIND_NAMES, seriesPoints, type SeriesPoint } from '../../core/targets/series.ts';
import type { IndicatorChoice, SeriesTarget } from '../../core/targets/types.ts';
import type { AsyncState } from '../common/use-async.ts';
import type { LegendEntry } from '../../core/export/index.ts';
import { ErrorNotice } from '../common/ErrorNotice.tsx';
import { Passage } from '../common/Passage.tsx';
import type { PictureFormat } from '../export/ExportPanel.tsx';
import { PICTURE_SCALES } from '../export/picture.ts';
import { TargetsChart } from './TargetsChart.tsx';
import './targets.css';

/** The chart SVGs as drawn (in unit order) and their jurisdictions' colours, for pictures and printed briefings. */
export interface DrawnCharts {
  charts: { unit: string; svg: SVGSVGElement }[];
  legend: LegendEntry[];
}

export interface TargetsViewProps {
  indicator: IndicatorChoice | null;
  indicatorId: string;
  series: AsyncState<SeriesTarget[]> & { retry(): void };
  /** The report ids in view; targets of other reports are left out. */
  inView: ReadonlySet<string>;
  onClose(): void;
  /** Select the target in the graph (closes the chart). */
  onShowInGraph(id: string): void;
  /** Called with the drawn chart SVGs (in unit order), so pictures and briefings can take them. */
  onCharts?(drawn: DrawnCharts): void;
  /** Takes a picture of the chart (PNG at a scale, or SVG with its font), as the graph's export does. */
  onPicture?(format: PictureFormat): Promise<void>;
}

export function TargetsView({ indicator, indicatorId, series, inView, onClose, onShowInGraph, onCharts, onPicture }: TargetsViewProps) {
  const [picture, setPicture] = useState<'idle' | 'working' | 'failed'>('idle');
  const take = async (format: PictureFormat) => {
    if (!onPicture) return;
    setPicture('working');
    try {
      await onPicture(format);
      setPicture('idle');
    } catch (error) {
      console.warn(error);
      setPicture('failed');
    }
  };
  const shaped = useMemo(() => (series.status === 'ready' ? seriesPoints(series.data, inView) : null), [series, inView]);
  const charts = useMemo(() => (shaped ? chartsByUnit(shaped.points) : []), [shaped]);
  const colors = useMemo(() => jurisdictionColors([...new Set(charts.flatMap((c) => c.jurisdictions))]), [charts]);
  const [open, setOpen] = useState<SeriesPoint | null>(null);
  const opener = useRef<Element | null>(null);
  const popup = useRef<HTMLElement>(null);
  const area = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(720);
  useEffect(() => {
    const element = area.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.max(320, Math.min(1100, Math.floor(entry!.contentRect.width)))));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  useEffect(() => setOpen(null), [indicatorId]);
  const svgs = useRef(new Map<string, SVGSVGElement>());
  const svgRefs = useMemo(
    () =>
      new Map(
        charts.map((chart) => [
          chart.unit,
          (svg: SVGSVGElement | null) => {
            if (svg) svgs.current.set(chart.unit, svg);
            else svgs.current.delete(chart.unit);
            onCharts?.({ charts: charts.flatMap((c) => (svgs.current.has(c.unit) ? [{ unit: c.unit, svg: svgs.current.get(c.unit)! }] : [])), legend: chartLegendEntries(colors) });
          },
        ]),
      ),
    // onCharts is a setter that never changes; colours follow from the charts.
    [charts, colors],
  );
  const openPoint = useCallback((point: SeriesPoint) => {
    opener.current = document.activeElement;
    setOpen(point);
  }, []);
  useEffect(() => {
    if (open) popup.current?.focus();
  }, [open]);
  const closePopup = () => {
    setOpen(null);
    if (opener.current instanceof HTMLElement || opener.current instanceof SVGElement) opener.current.focus();
  };
  const name = indicator ? indicator.name : indicatorId;

  return (
    <section className="targets-view" aria-labelledby="targets-view-title" data-state={series.status} data-points={shaped?.points.length ?? 0}>
      <header className="targets-view__header">
        <div>
          <h2 id="targets-view-title" lang="zh-Hans">
            {name}
          </h2>
          {indicator?.nameEn && <p className="targets-view__en">{indicator.nameEn}</p>}
        </div>
        <div className="targets-view__actions">
          {onPicture && (
            <div role="group" aria-label="Picture of this chart" className="export__pictures">
              {PICTURE_SCALES.map((scale) => (
                <button key={scale} type="button" className="button button--small" disabled={picture === 'working' || !charts.length} onClick={() => void take(scale)}>
                  PNG {scale}x
                </button>
              ))}
              <button type="button" className="button button--small" disabled={picture === 'working' || !charts.length} onClick={() => void take('svg')}>
                SVG
              </button>
            </div>
          )}
          <button type="button" className="button button--small" onClick={onClose}>
            Back to the graph
          </button>
        </div>
      </header>
      {picture === 'failed' && (
        <p className="hint error-text" role="alert">
          The picture could not be drawn.
        </p>
      )}
      {series.status === 'loading' && <p role="status" className="muted">Loading the goals and results…</p>}
      {series.status === 'error' && <ErrorNotice error={series.error} onRetry={series.retry} title="The targets could not be loaded" />}
      {shaped && shaped.points.length === 0 && <p role="status">No goal or result of this indicator in the reports in view.</p>}
      {charts.length > 0 && (
        <ul className="targets-legend" aria-label="Legend">
          {chartLegendEntries(colors).map((entry) => (
            <li key={entry.label}>
              <span className="targets-legend__swatch" style={{ background: entry.color }} aria-hidden="true" />
              <span lang="zh-Hans">{entry.label}</span>
            </li>
          ))}
          {(['GOAL', 'RESULT'] as const).map((kind) => (
            <li key={kind}>
              <svg width="34" height="14" aria-hidden="true" className="targets-legend__kind">
                <line x1="1" y1="7" x2="33" y2="7" stroke="#475467" strokeWidth="1.5" strokeDasharray={KIND_STYLE[kind].dash ?? undefined} />
                {kind === 'GOAL' ? <circle cx="17" cy="7" r="4.5" fill="#fff" stroke="#475467" strokeWidth="2" /> : <path d="M17 1.5 L22.5 7 L17 12.5 L11.5 7 Z" fill="#475467" />}
              </svg>
              {KIND_STYLE[kind].label}
            </li>
          ))}
          <li>
            <span className="targets-legend__glyph" aria-hidden="true">│</span> a range (6–6.5 %) · <span aria-hidden="true">┄</span> a multi-year goal
          </li>
        </ul>
      )}
      <div ref={area} className="targets-view__charts">
        {charts.map((chart) => (
          <figure key={chart.unit} className="targets-view__figure">
            {charts.length > 1 && <figcaption>Unit: {chart.unit || '(none)'}</figcaption>}
            <TargetsChart chart={chart} colors={colors} title={name} width={width} onOpen={openPoint} svgRef={svgRefs.get(chart.unit)} />
          </figure>
        ))}
      </div>
      {shaped && shaped.skipped > 0 && <p className="hint muted">{shaped.skipped} target(s) not drawn: in a report not in view, or with no year.</p>}
      {open && (
        <aside ref={popup} className="targets-popup" role="dialog" aria-label="Passage of this target" tabIndex={-1} onKeyDown={(event) => event.key === 'Escape' && (event.stopPropagation(), closePopup())}>
          <button type="button" className="panel__close" onClick={closePopup} aria-label="Close the passage">
            ×
          </button>
          <p className="targets-popup__what">
            <strong lang="zh-Hans">{open.jurisdiction}</strong> · {open.period} · {KIND_NAMES[open.kind]} · <strong className="quantity">{open.quantity}</strong>
          </p>
          <p className="targets-popup__report" lang="zh-Hans">
            {open.reportLabel}
          </p>
          {open.passages.slice(0, 2).map((passage) => (
            <Passage key={`${passage.report.id}:${passage.start}`} passage={passage} />
          ))}
          {open.passages.length === 0 && <p className="muted">No passage.</p>}
          <button type="button" className="link-button" onClick={() => onShowInGraph(open.targetId)}>
            Show this target in the graph
          </button>
        </aside>
      )}
      {shaped && shaped.points.length > 0 && (
        <table className="targets-table">
          <caption>
            Points of the chart as a table: <span lang="zh-Hans">{name}</span>
          </caption>
          <thead>
            <tr>
              <th scope="col">Year</th>
              <th scope="col">Jurisdiction</th>
              <th scope="col">Kind</th>
              <th scope="col">Value</th>
              <th scope="col">Report</th>
              <th scope="col">Passage</th>
            </tr>
          </thead>
          <tbody>
            {shaped.points.map((point) => (
              <tr key={point.targetId} data-target-id={point.targetId}>
                <td>{point.period}</td>
                <td lang="zh-Hans">{point.jurisdiction}</td>
                <td>{KIND_NAMES[point.kind]}</td>
                <td>{point.quantity}</td>
                <td lang="zh-Hans">{point.reportLabel}</td>
                <td>
                  <button type="button" className="link-button" onClick={() => openPoint(point)}>
                    Open<span className="visually-hidden"> the passage of {point.description}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
