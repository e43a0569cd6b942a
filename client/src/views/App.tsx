/**
 * Loads the reports and the graph of the reports in view, then hands them to the explorer; a
 * failed load says why and offers a retry. Choosing other reports loads their graph while the
 * explorer keeps showing the last one.
 */
import { useEffect, useRef } from 'react';
import type { ReportSummary } from '../core/reports/types.ts';
import { ApiError, readAnswer, send } from '../graphql/client.ts';
import { GraphDocument, ReportsDocument, type GraphQuery, type ReportsQuery } from '../graphql/generated/graphql.ts';
import { takeEarlyRequest } from '../graphql/early-requests.ts';
import type { GraphData } from '../core/graph/types.ts';
import { labelCharacters } from '../core/graph/labels.ts';
import { ErrorNotice } from './common/ErrorNotice.tsx';
import { loadLabelFont } from './graph/fonts.ts';
import { useAsync } from './common/use-async.ts';
import { Explorer } from './Explorer.tsx';
import { useViewState } from './state/use-view-state.ts';

// By GET, so that the browser keeps the graph until the seed changes (see graphql/client.ts).
// `started`: the same request already sent (early-requests.ts), whose answer is read here.
const loadGraph = (reports: string[] | null, signal?: AbortSignal, started?: Promise<Response> | null) =>
  (started ?? send(GraphDocument, { reports }, { signal, cacheable: true })).then((response) => readAnswer<GraphQuery>(response)).then((data) => {
    performance.mark('explorer:graph-loaded');
    if (!data.graph) throw new ApiError('http', 'The API answered without the graph');
    // The label font's slices load while React builds the explorer (see graph/fonts.ts).
    void loadLabelFont(labelCharacters(data.graph.nodes));
    return data.graph;
  });

/**
 * The whole graph is asked for before this script runs (prefetch.ts, with the reports), or else
 * as soon as it runs, while React renders the splash, unless the link chose some reports (then
 * their ids are checked against the reports first).
 */
const linkChoosesReports = typeof window !== 'undefined' && new URLSearchParams(window.location.search).has('reports');
let prefetched: ReturnType<typeof loadGraph> | null = typeof window === 'undefined' || linkChoosesReports ? null : loadGraph(null, undefined, takeEarlyRequest('graph'));
// A failure is shown once the app takes the request up, not reported as unhandled before that.
prefetched?.catch(() => {});

const NO_REPORTS: ReportSummary[] = [];

export function App() {
  const [view, dispatch] = useViewState();
  // The first attempt takes the request prefetch.ts started, if any; a retry asks again.
  const reports = useAsync(
    (signal) => (takeEarlyRequest('reports') ?? send(ReportsDocument, {}, { signal, cacheable: true })).then((response) => readAnswer<ReportsQuery>(response)).then((data): ReportSummary[] => data.reports ?? []),
    [],
  );
  const known = reports.status === 'ready' ? reports.data : reports.status === 'error' ? NO_REPORTS : null;
  // The view keeps only report ids the graph has (an old link may name others), and none when every report is chosen.
  useEffect(() => {
    if (!known || !view.reports.length) return;
    const kept = view.reports.filter((id) => known.some((report) => report.id === id));
    const next = kept.length === known.length ? [] : kept;
    if (next.join() !== view.reports.join()) dispatch({ type: 'setReports', reports: next });
  }, [known, view.reports, dispatch]);
  const checked = !view.reports.length || (known !== null && view.reports.every((id) => known.some((report) => report.id === id)));
  const filterKey = checked ? view.reports.join(',') : null;
  const graph = useAsync(
    filterKey === null
      ? null
      : (signal) => {
          // The first attempt takes the request already in flight; a retry asks again.
          const pending = !filterKey && prefetched ? prefetched : loadGraph(filterKey ? filterKey.split(',') : null, signal);
          prefetched = null;
          return pending;
        },
    [filterKey],
  );
  const shown = useRef<GraphData | null>(null);
  if (graph.status === 'ready') shown.current = graph.data;
  const data = graph.status === 'ready' ? graph.data : graph.status === 'loading' || graph.status === 'idle' ? shown.current : null;
  if (data && known) return <Explorer data={data} reports={known} view={view} dispatch={dispatch} />;
  return (
    <div className="splash">
      <h1 lang="zh-Hans">乐昌市2021年政府工作报告</h1>
      <p className="splash__sub">Lechang 2021 government work report · knowledge graph</p>
      {graph.status === 'error' ? (
        <ErrorNotice error={graph.error} onRetry={graph.retry} title="The graph could not be loaded" className="splash__error" />
      ) : (
        <p role="status" className="muted">
          Loading the graph…
        </p>
      )}
    </div>
  );
}
