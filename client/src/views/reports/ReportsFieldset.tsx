/**
 * The reports in view and the colour mode, at the top of the Filters tab: a compact list of the
 * reports (title, year, jurisdiction) to tick, and "colour by type / by report" with the report
 * legend. Shown only when the graph holds several reports, so a one-report graph looks as before.
 */
import type { Dispatch } from 'react';
import { reportLabel } from '../../core/reports/colors.ts';
import { reportsInView, toggleReport } from '../../core/reports/selection.ts';
import type { ReportSummary } from '../../core/reports/types.ts';
import type { LegendEntry } from '../../core/export/index.ts';
import type { ViewAction } from '../../core/view-state/index.ts';
import type { ViewState } from '../../core/view-state/types.ts';
import './reports.css';

export interface ReportsFieldsetProps {
  reports: readonly ReportSummary[];
  view: ViewState;
  dispatch: Dispatch<ViewAction>;
  /** Report colours, for the swatches. */
  colors: ReadonlyMap<string, string>;
  /** The report legend (colour mode "report"): a line per report in view and one for entities in several. */
  legend: readonly LegendEntry[];
}

export function ReportsFieldset({ reports, view, dispatch, colors, legend }: ReportsFieldsetProps) {
  if (reports.length < 2) return null;
  const inView = new Set(reportsInView(reports, view.reports));
  const byReport = view.colorBy === 'report';
  return (
    <fieldset className="legend reports-picker">
      <legend>
        Reports <span className="muted">({inView.size} of {reports.length} in view)</span>
      </legend>
      <ul className="reports-picker__list">
        {reports.map((report) => (
          <li key={report.id}>
            <label className="legend__row reports-picker__row" title={`${reportLabel(report)} · ${report.jurisdiction.name} · ${report.id}`}>
              <input
                type="checkbox"
                checked={inView.has(report.id)}
                disabled={inView.has(report.id) && inView.size === 1}
                onChange={() => dispatch({ type: 'setReports', reports: toggleReport(reports, view.reports, report.id) })}
              />
              {byReport && <span className="legend__swatch" style={{ background: colors.get(report.id) }} aria-hidden="true" />}
              <span className="reports-picker__year">{report.year}</span>
              <span className="reports-picker__title" lang="zh-Hans">
                {report.title.includes(report.jurisdiction.name) ? report.title : `${report.jurisdiction.name} · ${report.title}`}
              </span>
            </label>
          </li>
        ))}
      </ul>
      {inView.size < reports.length && (
        <button type="button" className="link-button" onClick={() => dispatch({ type: 'setReports', reports: [] })}>
          All reports
        </button>
      )}
      <div className="segmented" role="radiogroup" aria-label="Colour nodes by">
        {(['type', 'report'] as const).map((mode) => (
          <label key={mode} className="segmented__option">
            <input type="radio" name="color-by" value={mode} checked={view.colorBy === mode} onChange={() => dispatch({ type: 'setColorBy', mode })} />
            <span>{mode === 'type' ? 'Colour by type' : 'Colour by report'}</span>
          </label>
        ))}
      </div>
      {byReport && (
        <ul className="reports-picker__legend" aria-label="Colours by report">
          {legend.map((entry) => (
            <li key={entry.label}>
              <span className="legend__swatch" style={{ background: entry.color }} aria-hidden="true" />
              <span lang="zh-Hans">{entry.label}</span>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
