/**
 * Camera moves the explorer makes by itself: to the selected entity or relation of a link that
 * carries no camera, to each new path, to a newly focused neighbourhood. A link with a camera keeps it,
 * including for the path it restores.
 */
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { PathStops } from '../../core/highlight/index.ts';
import type { ViewState } from '../../core/view-state/types.ts';
import type { GraphHandle } from './GraphView.tsx';

export function useAutoCamera(
  handle: RefObject<GraphHandle | null>,
  view: ViewState,
  layoutDone: boolean,
  pathStops: PathStops | null,
  visible: ReadonlySet<string>,
  relationEnds: readonly string[] | null,
): () => void {
  const keepCamera = useRef(view.camera !== null);
  const restoredPath = useRef(view.camera && view.pathFrom && view.pathTo ? `${view.pathFrom}>${view.pathTo}` : null);
  const [fitVisible, setFitVisible] = useState(false);

  useEffect(() => {
    if (!layoutDone || keepCamera.current) return;
    if (view.selected) handle.current?.locate(view.selected);
    else if (relationEnds) handle.current?.fit(relationEnds);
    // Once, when the layout is first final.
  }, [layoutDone]);

  useEffect(() => {
    if (!layoutDone || !pathStops || view.tab !== 'path') return;
    const key = `${view.pathFrom}>${view.pathTo}`;
    if (restoredPath.current === key) restoredPath.current = null;
    else handle.current?.fit(pathStops.entities);
    // When a new path arrives, not when the tab changes.
  }, [pathStops, layoutDone]);

  useEffect(() => {
    if (!fitVisible || !layoutDone) return;
    setFitVisible(false);
    handle.current?.fit(visible);
  }, [fitVisible, layoutDone, visible, handle]);

  return () => setFitVisible(true);
}
