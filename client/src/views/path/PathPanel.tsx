/**
 * Paths between two entities: choose both ends (search, or from the entity panel), and the
 * shortest path the API finds over the relation types shown is drawn on the canvas and listed
 * here hop by hop, each with the passages that support it.
 */
import type { Dispatch } from 'react';
import { RELATION_PHRASES } from '../../core/entity-detail/index.ts';
import { RELATION_STYLE } from '../../core/graph/style.ts';
import type { GraphIndex } from '../../core/graph/types.ts';
import { pathHops } from '../../core/path/index.ts';
import type { ViewAction } from '../../core/view-state/index.ts';
import type { ViewState } from '../../core/view-state/types.ts';
import type { ShortestPathQuery } from '../../graphql/generated/graphql.ts';
import type { AsyncState } from '../common/use-async.ts';
import { EntityButton, TypeDot } from '../common/EntityName.tsx';
import { ErrorNotice } from '../common/ErrorNotice.tsx';
import { Passage } from '../common/Passage.tsx';
import { SearchBox } from '../search/SearchBox.tsx';

export type PathResult = ShortestPathQuery['shortestPath'];

export interface PathPanelProps {
  index: GraphIndex;
  view: ViewState;
  dispatch: Dispatch<ViewAction>;
  result: AsyncState<PathResult> & { retry: () => void };
  onSelect(id: string): void;
  onSection(id: string): void;
}

function End({ label, end, id, index, view, dispatch }: { label: string; end: 'from' | 'to'; id: string | null; index: GraphIndex; view: ViewState; dispatch: Dispatch<ViewAction> }) {
  const entity = id ? index.entities.get(id) : undefined;
  return (
    <div className="path-end">
      <span className="path-end__label">{label}</span>
      {entity ? (
        <div className="path-end__chosen">
          <TypeDot type={entity.type} />
          <span lang="zh-Hans" className="path-end__name">{entity.name}</span>
          <button type="button" className="link-button" onClick={() => dispatch({ type: 'setPathEnd', end, id: null })} aria-label={`Change the ${label.toLowerCase()} entity`}>
            Change
          </button>
        </div>
      ) : (
        <>
          <SearchBox label={`Path ${label.toLowerCase()}`} placeholder="Search an entity…" onChoose={(hit) => dispatch({ type: 'setPathEnd', end, id: hit.id })} />
          {view.selected && view.selected !== (end === 'from' ? view.pathTo : view.pathFrom) && (
            <button type="button" className="link-button" onClick={() => dispatch({ type: 'setPathEnd', end, id: view.selected })}>
              Use the selection ({index.entities.get(view.selected)?.name})
            </button>
          )}
        </>
      )}
    </div>
  );
}

export function PathPanel({ index, view, dispatch, result, onSelect, onSection }: PathPanelProps) {
  return (
    <div className="path-panel">
      <End label="From" end="from" id={view.pathFrom} index={index} view={view} dispatch={dispatch} />
      <End label="To" end="to" id={view.pathTo} index={index} view={view} dispatch={dispatch} />
      {view.pathFrom && view.pathTo && (
        <button type="button" className="button button--small" onClick={() => dispatch({ type: 'swapPathEnds' })}>
          Swap ends
        </button>
      )}
      {view.hiddenRelations.length > 0 && <p className="muted hint">Paths use only the relation types shown.</p>}
      {result.status === 'loading' && <p className="muted">Finding the shortest path…</p>}
      {result.status === 'error' && <ErrorNotice error={result.error} onRetry={result.retry} title="The path could not be found" />}
      {result.status === 'ready' && !result.data && (
        <p className="path-none" role="status">
          No path within 10 hops{view.hiddenRelations.length ? ' over the relation types shown' : ''}.
        </p>
      )}
      {result.status === 'ready' && result.data && <PathHops path={result.data} onSelect={onSelect} onSection={onSection} />}
    </div>
  );
}

function PathHops({ path, onSelect, onSection }: { path: NonNullable<PathResult>; onSelect: (id: string) => void; onSection: (id: string) => void }) {
  const hops = pathHops(path);
  return (
    <section aria-labelledby="path-heading" className="path-result">
      <h2 id="path-heading" aria-live="polite">
        {path.length === 0 ? 'Both ends are the same entity.' : `Shortest path: ${path.length} hop${path.length > 1 ? 's' : ''}`}
      </h2>
      <ol className="hops">
        {path.nodes[0] && (
          <li className="hop hop--start">
            <EntityButton entity={path.nodes[0]} onSelect={onSelect} />
          </li>
        )}
        {hops.map((hop) => {
          const phrase = RELATION_PHRASES[hop.relation.type][hop.forward ? 'out' : 'in'];
          return (
            <li key={hop.relation.id} className="hop">
              <div className="hop__relation">
                <span className="relation-swatch" style={{ background: RELATION_STYLE[hop.relation.type].color }} aria-hidden="true" />
                <span className="hop__phrase">
                  {phrase.toLowerCase()} ↓
                </span>
                <span className="relation-type">{hop.relation.type}</span>
              </div>
              <div className="hop__evidence">
                {hop.relation.evidence.slice(0, 1).map((passage, i) => (
                  <Passage key={i} passage={passage} onSection={onSection} />
                ))}
                {hop.relation.evidence.length > 1 && (
                  <details className="evidence">
                    <summary>{hop.relation.evidence.length - 1} more passage(s)</summary>
                    {hop.relation.evidence.slice(1).map((passage, i) => (
                      <Passage key={i} passage={passage} onSection={onSection} />
                    ))}
                  </details>
                )}
              </div>
              <EntityButton entity={hop.to} onSelect={onSelect} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}
