/**
 * The view state, kept in the URL: read once at start, written back on every change (a new
 * history entry for every change of view, filters included; a replaced one for camera moves), and
 * re-read when the reader goes back or forward.
 */
import { useEffect, useReducer, useRef, type Dispatch } from 'react';
import { viewReducer, type ViewAction } from '../../core/view-state/index.ts';
import type { ViewState } from '../../core/view-state/types.ts';
import { isNavigation, parseViewState, serializeViewState } from '../../core/view-state/url.ts';

export function useViewState(): [ViewState, Dispatch<ViewAction>] {
  const [state, dispatch] = useReducer(viewReducer, undefined, () => parseViewState(window.location.search));
  const written = useRef(state);
  useEffect(() => {
    const previous = written.current;
    written.current = state;
    const search = serializeViewState(state);
    if (search === window.location.search || (search === '' && window.location.search === '')) return;
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    if (isNavigation(previous, state)) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  }, [state]);
  useEffect(() => {
    const onPop = () => {
      const next = parseViewState(window.location.search);
      written.current = next;
      dispatch({ type: 'replace', state: next });
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  return [state, dispatch];
}
