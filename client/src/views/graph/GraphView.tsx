/**
 * The canvas: sigma (through @react-sigma/core) on the explorer's graph. Settings are built
 * once per graph; what changes with the view reaches sigma through a ref that its reducers
 * read, followed by a refresh that skips reindexing. Camera moves go back to the view state
 * (and so the URL); a camera that arrives from the URL is applied once the layout is final.
 */
import { SigmaContainer, useRegisterEvents, useSigma } from '@react-sigma/core';
import { useEffect, useImperativeHandle, useMemo, useRef, type Ref } from 'react';
import { EdgeArrowProgram, EdgeLineProgram, EdgeRectangleProgram } from 'sigma/rendering';
import type { Attributes } from 'graphology-types';
import type { Settings } from 'sigma/settings';
import type { NodeDisplayData, PartialButFor } from 'sigma/types';
import type { PictureScene } from '../../core/export/picture-layout.ts';
import { sceneFromSigma, type PictureCaption } from '../export/picture.ts';
import type { ExplorerGraph } from '../../core/graph/build-graph.ts';
import type { EdgeAttributes, GraphIndex, NodeAttributes } from '../../core/graph/types.ts';
import type { CameraView, Position } from '../../core/view-state/types.ts';
import { LABEL_FONT, LABEL_WEIGHT } from './fonts.ts';
import { fitNodes, locateNode, moveCamera, panBy, resetCamera, zoomBy } from './camera-moves.ts';
import { LARGE_GRAPH_RELATIONS } from './large-graph.ts';
import { placeLabels, type LabelCandidate, type LabelSide } from '../../core/graph/label-placement.ts';
import { createReducers } from './reducers.ts';
import { clearOnlyDrawnLayers, isCameraMoving, trackEdgeLayer } from './frame-cost.ts';
import type { HoverState, RenderModel } from './render-model.ts';
import type { LayoutStatus } from './use-layout.ts';

export interface GraphHandle {
  /** Moves the camera to an entity, zooming in if the view is wide. */
  locate(id: string): void;
  /** Moves the camera so that all these entities are in view. */
  fit(ids: Iterable<string>): void;
  zoomIn(): void;
  zoomOut(): void;
  reset(): void;
  /** Moves the view by a fraction of its width and height. */
  pan(dx: number, dy: number): void;
  /** The canvas as it is drawn now, as shapes for a picture, with the caption and legend below it. */
  scene(caption: PictureCaption): PictureScene;
}

export interface GraphViewProps {
  graph: ExplorerGraph;
  index: GraphIndex;
  model: RenderModel;
  layout: LayoutStatus;
  camera: CameraView | null;
  onSelect(id: string | null): void;
  /** Shift-, ctrl- or cmd-click on a node: add it to the selection or take it out. */
  onToggleSelect(id: string): void;
  /** Double-click on a node: add its neighbours to the view (grow mode). */
  onExpand(id: string): void;
  onSelectRelation(id: string): void;
  /** Dragged nodes' positions (graph coordinates), as the view keeps them; others stay where the layout put them. */
  positions: Readonly<Record<string, Position>>;
  /** A node was dragged and dropped at this position (graph coordinates). */
  onMove(id: string, position: Position): void;
  onCamera(camera: CameraView): void;
  onFirstDraw(ms: number): void;
  /** Called with the time of the first frame drawn with labels. */
  onLabelsDrawn(ms: number): void;
  handleRef: Ref<GraphHandle | null>;
  /** False until the nodes have positions (the seed's, or the layout's first chunk): sigma is
   *  created early (WebGL set-up is slow on software renderers) but draws nothing visible. */
  ready: boolean;
  /** False until the label font covers every label: nodes and edges are drawn before, labels
   *  only once their glyphs can be (a canvas never redraws a label whose font came late). */
  labelsReady: boolean;
}

/** Label size on the canvas, in CSS pixels (the same as in pictures). */
const LABEL_SIZE = 12;
/** Below this radius on screen, a node that is not emphasised gets no label. */
const MIN_LABELLED_RADIUS = 3.5;

/** Sigma's label drawing, on the side the placement chose (sigma's own draws on the right only). */
function drawNodeLabel(context: CanvasRenderingContext2D, data: PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'> & { labelSide?: LabelSide }, settings: Settings<NodeAttributes, EdgeAttributes>): void {
  if (!data.label) return;
  const size = settings.labelSize;
  context.fillStyle = 'color' in settings.labelColor && settings.labelColor.color ? settings.labelColor.color : '#000';
  context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  const x = data.labelSide === 'left' ? data.x - data.size - 3 - context.measureText(data.label).width : data.x + data.size + 3;
  context.fillText(data.label, x, data.y + size / 3);
}

/** The graph's extent in its own coordinates, as sigma frames it (before any node is dragged, so dragging never reframes the view). */
function extentOf(graph: ExplorerGraph): { x: [number, number]; y: [number, number] } {
  const x: [number, number] = [Infinity, -Infinity];
  const y: [number, number] = [Infinity, -Infinity];
  graph.forEachNode((_, a) => {
    x[0] = Math.min(x[0], a.x);
    x[1] = Math.max(x[1], a.x);
    y[0] = Math.min(y[0], a.y);
    y[1] = Math.max(y[1], a.y);
  });
  return graph.order ? { x, y } : { x: [0, 1], y: [0, 1] };
}

const sameCamera = (a: CameraView, b: CameraView) =>
  Math.abs(a.x - b.x) < 1e-4 && Math.abs(a.y - b.y) < 1e-4 && Math.abs(a.ratio - b.ratio) / b.ratio < 1e-3;

function GraphController(props: GraphViewProps & { modelRef: { current: RenderModel }; hoverRef: { current: HoverState }; placedRef: { current: ReadonlyMap<string, LabelSide> | null } }) {
  const { model, modelRef, hoverRef, placedRef, layout, camera, onSelect, onSelectRelation, onCamera, onFirstDraw, onLabelsDrawn, handleRef, graph, ready, labelsReady } = props;
  const sigma = useSigma<NodeAttributes, EdgeAttributes>();
  const registerEvents = useRegisterEvents<NodeAttributes, EdgeAttributes>();
  const reported = useRef<CameraView | null>(null);
  const firstDraw = useRef<number | null>(null);
  // Sigma draws once when it is created; if the canvas was visible then, that was the first frame.
  const visibleWhenCreated = useRef(ready);
  const { onToggleSelect, onExpand, onMove, positions } = props;
  const callbacks = useRef({ onSelect, onToggleSelect, onExpand, onMove, onSelectRelation, onCamera, onFirstDraw, onLabelsDrawn });
  callbacks.current = { onSelect, onToggleSelect, onExpand, onMove, onSelectRelation, onCamera, onFirstDraw, onLabelsDrawn };
  /** The node being dragged, and whether it has moved yet (a press without a move is a click). */
  const drag = useRef<{ node: string; moved: boolean } | null>(null);
  /** Where the layout put each dragged node, to put it back when the view no longer moves it (Back, a link without it). */
  const laidOut = useRef(new Map<string, Position>());

  useEffect(() => {
    clearOnlyDrawnLayers(sigma);
  }, [sigma]);

  // Every redraw below is scheduled, not immediate: changes made together (at mount, say) cost
  // one frame, which matters where WebGL is software-rendered.
  useEffect(() => {
    if (!ready || firstDraw.current !== null) return;
    const onRender = () => {
      sigma.off('afterRender', onRender);
      performance.mark('explorer:first-draw');
      firstDraw.current = performance.now();
      callbacks.current.onFirstDraw(firstDraw.current);
    };
    if (visibleWhenCreated.current) {
      onRender();
      return;
    }
    sigma.on('afterRender', onRender);
    sigma.scheduleRefresh();
    return () => {
      sigma.off('afterRender', onRender);
    };
  }, [sigma, ready]);

  // The first frame with labels: one drawn after the placement chose them (or found none to draw).
  useEffect(() => {
    if (!ready || !labelsReady) return;
    const onRender = () => {
      if (!placedRef.current || (placedRef.current.size > 0 && sigma.getNodeDisplayedLabels().size === 0)) return;
      sigma.off('afterRender', onRender);
      performance.mark('explorer:labels-drawn');
      callbacks.current.onLabelsDrawn(performance.now());
    };
    sigma.on('afterRender', onRender);
    // Set at creation when the font was there already (a repeat visit): no refresh needed then.
    if (!sigma.getSetting('renderLabels')) sigma.setSetting('renderLabels', true);
    else sigma.scheduleRender();
    return () => {
      sigma.off('afterRender', onRender);
    };
  }, [sigma, ready, labelsReady, placedRef]);

  // After each frame, place the labels of what was drawn so that none overlaps another; when
  // the choice differs from the one drawn, draw again (the next placement then agrees: it stops).
  useEffect(() => {
    const widths = new Map<string, number>();
    const measure = document.createElement('canvas').getContext('2d');
    let settle: number | undefined;
    const onRender = () => {
      if (!measure) return;
      // Not while the camera moves (sigma's own test of a move): the placement looks at every
      // node, which made each frame of a pan over 10⁴ nodes cost hundreds of milliseconds. The
      // labels keep their sides meanwhile, and the frame after the move places them again.
      // The same frame after a move draws the edges again, which large graphs hide while moving.
      if (isCameraMoving(sigma)) {
        window.clearTimeout(settle);
        settle = window.setTimeout(() => sigma.scheduleRender(), 150);
        return;
      }
      measure.font = `${LABEL_WEIGHT} ${LABEL_SIZE}px ${LABEL_FONT}`;
      const { width, height } = sigma.getDimensions();
      const candidates: LabelCandidate[] = [];
      sigma.getGraph().forEachNode((id) => {
        const data = sigma.getNodeDisplayData(id);
        if (!data || data.hidden || !data.label) return;
        const at = sigma.framedGraphToViewport(data);
        const r = sigma.scaleSize(data.size);
        const priority = data.zIndex ?? 0;
        if (priority < 2 && r < MIN_LABELLED_RADIUS) return;
        if (at.x < -r || at.y < -r || at.x > width || at.y > height) return;
        let w = widths.get(data.label);
        if (w === undefined) widths.set(data.label, (w = measure.measureText(data.label).width));
        candidates.push({ id, x: at.x, y: at.y, r, width: w, priority });
      });
      const next = placeLabels(candidates, { width, height, labelSize: LABEL_SIZE });
      const previous = placedRef.current;
      if (previous && previous.size === next.length && next.every(({ id, side }) => previous.get(id) === side)) return;
      const placed = new Map(next.map(({ id, side }) => [id, side]));
      placedRef.current = placed;
      if (!previous) {
        sigma.scheduleRefresh();
        return;
      }
      // Only the entities whose label came, went or changed sides go through the reducers again:
      // after a pan over 10⁴ nodes that is a few hundred, not every node and relation.
      const changed = new Set<string>();
      for (const [id, side] of placed) if (previous.get(id) !== side) changed.add(id);
      for (const id of previous.keys()) if (!placed.has(id)) changed.add(id);
      const graphNow = sigma.getGraph();
      sigma.refresh({ partialGraph: { nodes: [...changed].filter((id) => graphNow.hasNode(id)) }, skipIndexation: true, schedule: true });
    };
    sigma.on('afterRender', onRender);
    // Sigma drew its first frame when it was created, before this listener: place the labels of
    // that frame now, so that the next frame has them (one frame sooner on a load).
    onRender();
    return () => {
      window.clearTimeout(settle);
      sigma.off('afterRender', onRender);
    };
    // The widths depend on the font: measured afresh once it has loaded.
  }, [sigma, placedRef, labelsReady]);

  // Sigma resizes itself only on window resizes; the canvas also changes size when a panel or
  // a sheet opens, or its content arrives. A refresh re-measures it and rebuilds the label grid.
  useEffect(() => {
    // The observer also reports the size it starts with: no frame for that.
    const container = sigma.getContainer();
    const observer = new ResizeObserver(() => {
      const { width, height } = sigma.getDimensions();
      if (container.offsetWidth !== width || container.offsetHeight !== height) sigma.scheduleRefresh();
    });
    observer.observe(container);
    return () => observer.disconnect();
  }, [sigma]);

  useEffect(() => {
    // The first model is the one sigma was created with: nothing to redraw.
    if (modelRef.current === model) return;
    modelRef.current = model;
    sigma.scheduleRefresh();
  }, [model, modelRef, sigma]);

  const endDrag = () => {
    const current = drag.current;
    drag.current = null;
    if (!current?.moved) return;
    const { x, y } = sigma.getGraph().getNodeAttributes(current.node);
    callbacks.current.onMove(current.node, { x, y });
  };

  useEffect(() => {
    const refreshHover = () => sigma.scheduleRefresh();
    const container = sigma.getContainer();
    registerEvents({
      enterNode: ({ node }) => {
        // A node that passes under the pointer while the view pans is not hovered: each hover
        // restyles every node and relation, which made a pan over 10⁴ nodes stutter.
        if (isCameraMoving(sigma) && !drag.current) return;
        hoverRef.current = { node, edge: null };
        container.style.cursor = 'pointer';
        refreshHover();
      },
      leaveNode: () => {
        if (!hoverRef.current.node) return;
        hoverRef.current = { node: null, edge: null };
        container.style.cursor = '';
        refreshHover();
      },
      enterEdge: ({ edge }) => {
        if (hoverRef.current.node || isCameraMoving(sigma)) return;
        hoverRef.current = { node: null, edge };
        container.style.cursor = 'pointer';
        refreshHover();
      },
      leaveEdge: () => {
        if (hoverRef.current.node || !hoverRef.current.edge) return;
        hoverRef.current = { node: null, edge: null };
        container.style.cursor = '';
        refreshHover();
      },
      // Dragging a node (sigma's drag-and-drop recipe): the stage stays put, the node follows
      // the pointer, and the drop goes to the view state (and so the URL).
      downNode: ({ node }) => {
        drag.current = { node, moved: false };
        const graphNow = sigma.getGraph();
        if (!sigma.getCustomBBox()) sigma.setCustomBBox(extentOf(graphNow));
        if (!laidOut.current.has(node)) laidOut.current.set(node, { x: graphNow.getNodeAttribute(node, 'x'), y: graphNow.getNodeAttribute(node, 'y') });
      },
      moveBody: ({ event }) => {
        const current = drag.current;
        if (!current) return;
        const at = sigma.viewportToGraph(event);
        sigma.getGraph().mergeNodeAttributes(current.node, { x: at.x, y: at.y });
        current.moved = true;
        event.preventSigmaDefault();
        event.original.preventDefault();
        event.original.stopPropagation();
      },
      upNode: () => endDrag(),
      upStage: () => endDrag(),
      clickNode: ({ node, event }) => {
        const original = event.original as MouseEvent | TouchEvent;
        if (original.shiftKey || original.ctrlKey || original.metaKey) callbacks.current.onToggleSelect(node);
        else callbacks.current.onSelect(node);
      },
      doubleClickNode: ({ node, event }) => {
        // Sigma zooms on a double-click; on a node it grows the view instead.
        event.preventSigmaDefault();
        callbacks.current.onExpand(node);
      },
      clickEdge: ({ edge }) => callbacks.current.onSelectRelation(edge),
      clickStage: () => callbacks.current.onSelect(null),
    });
  }, [registerEvents, sigma, hoverRef]);

  useEffect(() => {
    const cam = sigma.getCamera();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onUpdated = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const { x, y, ratio } = cam.getState();
        reported.current = { x, y, ratio };
        callbacks.current.onCamera(reported.current);
      }, 250);
    };
    cam.on('updated', onUpdated);
    return () => {
      cam.off('updated', onUpdated);
      clearTimeout(timer);
    };
  }, [sigma]);

  const layoutDone = layout.phase === 'done';
  // Dragged positions from the view (a drop, a link, Back and Forward) onto the graph, once the
  // layout is final; the frame stays the layout's, so the camera of a link means the same place.
  useEffect(() => {
    if (!layoutDone) return;
    if (!sigma.getCustomBBox() && Object.keys(positions).length) sigma.setCustomBBox(extentOf(graph));
    for (const [id, at] of laidOut.current) {
      if (id in positions || !graph.hasNode(id)) continue;
      graph.mergeNodeAttributes(id, at);
      laidOut.current.delete(id);
    }
    for (const [id, at] of Object.entries(positions)) {
      if (!graph.hasNode(id)) continue;
      // The layout's place, remembered before the first move.
      if (!laidOut.current.has(id)) laidOut.current.set(id, { x: graph.getNodeAttribute(id, 'x'), y: graph.getNodeAttribute(id, 'y') });
      graph.mergeNodeAttributes(id, at);
    }
  }, [positions, layoutDone, graph, sigma]);

  useEffect(() => {
    if (!layoutDone || !camera) return;
    if (reported.current && sameCamera(reported.current, camera)) return;
    const current = sigma.getCamera().getState();
    if (sameCamera(current, camera)) return;
    reported.current = moveCamera(sigma, camera, 0);
  }, [camera, layoutDone, sigma]);

  useImperativeHandle(
    handleRef,
    (): GraphHandle => ({
      locate: (id) => locateNode(sigma, id),
      fit: (ids) => fitNodes(sigma, ids),
      zoomIn: () => zoomBy(sigma, 1),
      zoomOut: () => zoomBy(sigma, -1),
      reset: () => resetCamera(sigma),
      pan: (dx, dy) => panBy(sigma, dx, dy),
      scene: (caption) => sceneFromSigma(sigma, caption),
    }),
    [sigma],
  );

  const layoutMs = layout.phase === 'done' ? layout.ms : null;
  const layoutSource = layout.phase === 'done' ? layout.source : null;
  useEffect(() => {
    window.__explorer = {
      get firstDrawMs() {
        return firstDraw.current;
      },
      layoutMs,
      layoutSource,
      graphPosition(id) {
        if (!graph.hasNode(id)) return null;
        const { x, y } = graph.getNodeAttributes(id);
        return { x, y };
      },
      viewportPosition(id) {
        if (!graph.hasNode(id)) return null;
        const { x, y } = graph.getNodeAttributes(id);
        return sigma.graphToViewport({ x, y });
      },
      camera() {
        const { x, y, ratio } = sigma.getCamera().getState();
        return { x, y, ratio };
      },
      nodeDisplay(id) {
        const data = graph.hasNode(id) ? sigma.getNodeDisplayData(id) : undefined;
        if (!data || data.hidden) return null;
        return { radius: sigma.scaleSize(data.size), color: data.color, size: data.size };
      },
      drawnLabels() {
        return [...sigma.getNodeDisplayedLabels()].flatMap((id) => {
          const data = sigma.getNodeDisplayData(id);
          if (!data?.label) return [];
          const at = sigma.framedGraphToViewport(data);
          return [{ id, label: data.label, x: at.x, y: at.y, r: sigma.scaleSize(data.size), size: LABEL_SIZE, side: placedRef.current?.get(id) ?? 'right' }];
        });
      },
    };
  }, [sigma, graph, layoutMs, layoutSource]);

  return null;
}

export function GraphView(props: GraphViewProps) {
  const { graph, index } = props;
  const modelRef = useRef<RenderModel>(props.model);
  const hoverRef = useRef<HoverState>({ node: null, edge: null });
  const placedRef = useRef<ReadonlyMap<string, LabelSide> | null>(null);
  // Labels from the first frame when their font is there already; otherwise from when it comes.
  const labelsAtStart = useRef(props.labelsReady);
  const settings = useMemo((): Partial<Settings<NodeAttributes, EdgeAttributes>> => {
    const { nodeReducer, edgeReducer } = createReducers(graph, index, modelRef, hoverRef, placedRef);
    const large = graph.size >= LARGE_GRAPH_RELATIONS;
    return {
      nodeReducer,
      edgeReducer,
      renderLabels: labelsAtStart.current,
      zIndex: true,
      enableEdgeEvents: true,
      defaultEdgeType: 'arrow',
      defaultDrawNodeLabel: drawNodeLabel,
      labelFont: LABEL_FONT,
      labelWeight: LABEL_WEIGHT,
      labelSize: LABEL_SIZE,
      labelColor: { color: '#2b2f36' },
      // Sigma's own grid picks no labels: the collision-free placement forces the ones to draw.
      labelDensity: 0,
      labelGridCellSize: 110,
      labelRenderedSizeThreshold: 0,
      minEdgeThickness: 1,
      enableCameraRotation: false,
      minCameraRatio: 0.03,
      maxCameraRatio: 3,
      stagePadding: 36,
      allowInvalidContainer: true,
      // Edge programs that report their draws, so that a blank edges layer is not cleared again
      // (see frame-cost.ts).
      edgeProgramClasses: {
        arrow: trackEdgeLayer<NodeAttributes, EdgeAttributes, Attributes>(EdgeArrowProgram, { hideWhileMoving: false }),
        line: trackEdgeLayer<NodeAttributes, EdgeAttributes, Attributes>(EdgeRectangleProgram, { hideWhileMoving: false }),
      },
      // Last, so they override the defaults above. Edges hide while the camera moves through
      // their program, not sigma's hideEdgesOnMove (see frame-cost.ts).
      ...(large && {
        defaultEdgeType: 'line',
        edgeProgramClasses: { line: trackEdgeLayer<NodeAttributes, EdgeAttributes, Attributes>(EdgeLineProgram, { hideWhileMoving: true }) },
        enableEdgeEvents: false,
        hideLabelsOnMove: true,
      }),
    };
  }, [graph, index]);
  return (
    <SigmaContainer<NodeAttributes, EdgeAttributes> graph={graph} settings={settings} className="graph-canvas" style={props.ready ? undefined : { visibility: 'hidden' }}>
      <GraphController {...props} modelRef={modelRef} hoverRef={hoverRef} placedRef={placedRef} />
    </SigmaContainer>
  );
}
