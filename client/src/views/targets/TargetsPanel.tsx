/** The Targets tab: a searchable list of the indicators (Chinese, aliases, English, pinyin); choosing one opens its chart over the canvas. */
import { useId, useMemo, useState } from 'react';
import { matchIndicators } from '../../core/targets/series.ts';
import type { IndicatorChoice } from '../../core/targets/types.ts';
import type { AsyncState } from '../common/use-async.ts';
import { ErrorNotice } from '../common/ErrorNotice.tsx';
import './targets.css';

const SHOWN = 60;

export interface TargetsPanelProps {
  indicators: AsyncState<IndicatorChoice[]> & { retry(): void };
  chosen: string | null;
  onChoose(id: string | null): void;
}

export function TargetsPanel({ indicators, chosen, onChoose }: TargetsPanelProps) {
  const [query, setQuery] = useState('');
  const inputId = useId();
  const matches = useMemo(() => (indicators.status === 'ready' ? matchIndicators(indicators.data, query) : []), [indicators, query]);
  return (
    <section className="targets-panel" aria-label="Targets">
      <p className="hint muted">Choose a measure to see its goals and results over the years, for each jurisdiction.</p>
      <label htmlFor={inputId}>Indicator 指标</label>
      <input id={inputId} type="search" value={query} onChange={(event) => setQuery(event.target.value)} placeholder="国内生产总值, GDP, jiuye…" autoComplete="off" />
      {indicators.status === 'loading' && <p role="status" className="muted">Loading the indicators…</p>}
      {indicators.status === 'error' && <ErrorNotice error={indicators.error} onRetry={indicators.retry} title="The indicators could not be loaded" />}
      {indicators.status === 'ready' && indicators.data.length === 0 && (
        <p className="hint" role="status">
          This graph links no target to a known indicator yet. A graph built with more reports (<code>npm run ingest</code>, see the
          README) links each report's goals and results to the measures they name.
        </p>
      )}
      {indicators.status === 'ready' && indicators.data.length > 0 && (
        <>
          <p className="hint" role="status">
            {matches.length} of {indicators.data.length} indicators
          </p>
          <ul className="targets-panel__list" aria-label="Indicators">
            {matches.slice(0, SHOWN).map((indicator) => (
              <li key={indicator.id}>
                <button type="button" className="targets-panel__choice" aria-pressed={indicator.id === chosen} data-indicator-id={indicator.id} onClick={() => onChoose(indicator.id === chosen ? null : indicator.id)}>
                  <span lang="zh-Hans">{indicator.name}</span>
                  {indicator.nameEn && <span className="muted"> · {indicator.nameEn}</span>}
                </button>
              </li>
            ))}
          </ul>
          {matches.length > SHOWN && <p className="hint muted">Type to narrow the list ({matches.length - SHOWN} more).</p>}
        </>
      )}
    </section>
  );
}
