/**
 * Camera moves the explorer makes by itself, so that what the reader chose is in view: the
 * selected entity (or its focused neighbourhood, what grow mode draws, or a selected relation's ends) of a link that
 * carries no camera, each new path, each newly chosen section, each change of focus. A link
 * with a camera keeps it, including for the path or section it restores. All moves go through
 * the GraphHandle, which moves sigma's camera in framed coordinates (see camera-moves.ts).
 */
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { PathStops } from '../../core/highlight/index.ts';
import type { ViewState } from '../../core/view-state/types.ts';
import type { GraphHandle } from './GraphView.tsx';

export interface AutoCameraInputs {
  /** The view as it is shown (see `shownView`), not as the URL has it. */
  view: ViewState;
  /** True once positions are final and the canvas can move its camera. */
  layoutDone: boolean;
  pathStops: PathStops | null;
  /** The chosen section's entities once they have arrived, or null. */
  sectionMembers: readonly string[] | null;
  /** The entities drawn now. */
  visible: ReadonlySet<string>;
  relationEnds: readonly string[] | null;
}

/** Returns a function that frames what is drawn once the next render has applied the view (used after a change of focus). */
export function useAutoCamera(handle: RefObject<GraphHandle | null>, inputs: AutoCameraInputs): () => void {
  const { view, layoutDone, pathStops, sectionMembers, visible, relationEnds } = inputs;
  const keepCamera = useRef(view.camera !== null);
  // What a link with a camera restores is shown where the link's camera puts it, once.
  const restoredPath = useRef(view.camera && view.pathFrom && view.pathTo ? `${view.pathFrom}>${view.pathTo}` : null);
  const restoredSection = useRef(view.camera ? view.section : null);
  const [fitVisible, setFitVisible] = useState(false);
  const pathShown = view.tab === 'path' && pathStops !== null;
  const sectionShown = view.tab === 'outline' && sectionMembers !== null && sectionMembers.length > 0;

  useEffect(() => {
    if (!layoutDone || keepCamera.current) return;
    // A path or a section frames itself when it arrives (below).
    if (pathShown || sectionShown || (view.tab === 'path' && view.pathFrom && view.pathTo) || (view.tab === 'outline' && view.section)) return;
    if ((view.selected && view.focusDepth) || view.growth) setFitVisible(true);
    else if (view.selected) handle.current?.locate(view.selected);
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
    if (!layoutDone || !sectionShown || !sectionMembers) return;
    if (restoredSection.current === view.section) {
      restoredSection.current = null;
      return;
    }
    const drawn = sectionMembers.filter((id) => visible.has(id));
    if (drawn.length) handle.current?.fit(drawn);
    // When a section's entities arrive, not when the filters change.
  }, [sectionMembers, layoutDone, sectionShown]);

  useEffect(() => {
    if (!fitVisible || !layoutDone) return;
    setFitVisible(false);
    handle.current?.fit(visible);
  }, [fitVisible, layoutDone, visible, handle]);

  return () => setFitVisible(true);
}
