/** Loads the graph, then hands it to the explorer; a failed load says why and offers a retry. */
import { ApiError, request } from '../graphql/client.ts';
import { GraphDocument } from '../graphql/generated/graphql.ts';
import { ErrorNotice } from './common/ErrorNotice.tsx';
import { useAsync } from './common/use-async.ts';
import { Explorer } from './Explorer.tsx';
import { useViewState } from './state/use-view-state.ts';

const loadGraph = (signal?: AbortSignal) =>
  request(GraphDocument, {}, signal).then((data) => {
    performance.mark('explorer:graph-loaded');
    if (!data.graph) throw new ApiError('http', 'The API answered without the graph');
    return data.graph;
  });

/** The graph is asked for as soon as this script runs, while React renders the splash. */
let prefetched: ReturnType<typeof loadGraph> | null = typeof window === 'undefined' ? null : loadGraph();
// A failure is shown once the app takes the request up, not reported as unhandled before that.
prefetched?.catch(() => {});

export function App() {
  const [view, dispatch] = useViewState();
  const graph = useAsync((signal) => {
    // The first attempt takes the request already in flight; a retry asks again.
    const pending = prefetched ?? loadGraph(signal);
    prefetched = null;
    return pending;
  }, []);
  if (graph.status === 'ready') return <Explorer data={graph.data} view={view} dispatch={dispatch} />;
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
