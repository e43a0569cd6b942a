/**
 * The explorer once the graph is loaded: derives what is drawn and emphasised from the view
 * state (pure functions in core/), and lays out the header, the sidebar, the canvas and the
 * panel of the selected entity or relation. It also takes pictures of the view, and presents
 * and prints briefings (views with captions, see core/briefing).
 */
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, type Dispatch, type KeyboardEvent } from 'react';
import { briefingHash, slideViewState } from '../core/briefing/index.ts';
import { keyEntities } from '../core/briefing/key-entities.ts';
import { legendEntries } from '../core/export/index.ts';
import { sectionTrail } from '../core/passages/index.ts';
import { computeVisibility, countByType } from '../core/filters/index.ts';
import { buildGraph, hasSeedLayout } from '../core/graph/build-graph.ts';
import { buildGraphIndex } from '../core/graph/graph-index.ts';
import { buildLabelTable } from '../core/graph/labels.ts';
import type { GraphData } from '../core/graph/types.ts';
import { computeEmphasis, type Emphasis } from '../core/highlight/index.ts';
import { selectionOf, type ViewAction } from '../core/view-state/index.ts';
import type { FocusDepth, Measure, ViewState } from '../core/view-state/types.ts';
import { parseViewState, serializeViewState } from '../core/view-state/url.ts';
import { BriefingPanel } from './briefing/BriefingPanel.tsx';
import { PresentBar } from './briefing/PresentBar.tsx';
import { PrintBriefing, type PrintPage } from './briefing/PrintBriefing.tsx';
import { useBriefing } from './briefing/use-briefing.ts';
import { useLabelFont } from './common/use-label-font.ts';
import { downloadBlob } from './export/download.ts';
import type { PictureFormat } from './export/ExportPanel.tsx';
import { fetchPassages, sectionTrails } from './export/passages.ts';
import { measurePictureText, paintPng, svgDocument, type PictureCaption } from './export/picture.ts';
import { relabelScene } from '../core/export/picture-layout.ts';
import { FiltersPanel, MEASURE_TEXT } from './filters/FiltersPanel.tsx';
import { sequentialColor } from '../core/measures/index.ts';
import { canvasKeyAction } from './graph/canvas-keys.ts';
import { DrawnList } from './graph/DrawnList.tsx';
import { DataTable } from './table/DataTable.tsx';
import { GraphView, type GraphHandle } from './graph/GraphView.tsx';
import type { RenderModel } from './graph/render-model.ts';
import { useAppearance } from './graph/use-appearance.ts';
import { useAutoCamera } from './graph/use-auto-camera.ts';
import { useLayout, type LayoutStatus } from './graph/use-layout.ts';
import { Header } from './Header.tsx';
import { OutlinePanel } from './outline/OutlinePanel.tsx';
import { EntityPanel } from './panel/EntityPanel.tsx';
import { RelationPanel } from './panel/RelationPanel.tsx';
import { SelectionSummary } from './panel/SelectionSummary.tsx';
import { PathPanel } from './path/PathPanel.tsx';
import { Sidebar } from './Sidebar.tsx';
import { TargetsPanel } from './targets/TargetsPanel.tsx';
import type { DrawnCharts } from './targets/TargetsView.tsx';
import { sceneFromCharts } from './targets/chart-picture.ts';
import { useIndicators, useTargetSeries } from './targets/use-targets.ts';
import { ReportsFieldset } from './reports/ReportsFieldset.tsx';
import { entityColorsByReport, reportColors, reportLegendEntries } from '../core/reports/colors.ts';
import { reportsSourceLine, reportsTitle } from '../core/reports/captions.ts';
import { reportsInView } from '../core/reports/selection.ts';
import { reportsFileName } from '../../../graph-seed/text/file-name.ts';
import type { ReportSummary } from '../core/reports/types.ts';
import { DEFAULT_REPORT_ID } from '../../../graph-seed/types.ts';
import { SHAPES_LINE } from '../core/targets/chart-style.ts';
import { useModeData } from './state/use-mode-data.ts';

/** Label size of a printed view's picture, in its pixels: about 9 pt once the picture is fitted to the page. */
const PRINT_LABEL_SIZE = 20;

const HINT = 'Hover a node to see its neighbours · click for its passages · press / to search';

/** What the canvas is showing, in words; null when it is just the graph. */
function caption(view: ViewState, emphasis: Emphasis | null, layout: LayoutStatus, names: (id: string) => string, sectionTitle: string | null): string | null {
  if (layout.phase === 'running') return `Laying out the graph… (${layout.iterations} iterations)`;
  if (emphasis?.reason === 'path' && view.pathFrom && view.pathTo) return `Path: ${names(view.pathFrom)} → ${names(view.pathTo)}, ${emphasis.relations.size} hop(s)`;
  if (emphasis?.reason === 'section' && sectionTitle) {
    const hidden = emphasis.notDrawn ? ` (${emphasis.notDrawn} more hidden by the filters)` : '';
    return `Section: ${sectionTitle} · ${emphasis.entities.size} ${emphasis.entities.size === 1 ? 'entity' : 'entities'}${hidden}`;
  }
  if (view.selected && view.focusDepth) return `Focus: ${names(view.selected)}, ${view.focusDepth} hop(s)`;
  if (view.growth) {
    const { start, expanded } = view.growth;
    return `Grown from ${names(start)}: ${expanded.length} expanded · double-click a node to add its neighbours`;
  }
  if (emphasis?.reason === 'selection' && view.alsoSelected.length) return `${view.alsoSelected.length + 1} entities selected and their neighbours`;
  if (emphasis?.reason === 'selection' && view.selected) return `${names(view.selected)} and its neighbours`;
  if (emphasis?.reason === 'relation') return `Relation: ${[...emphasis.entities].map(names).join(' — ')}`;
  return null;
}


/** The targets view and its chart library load the first time a chart is opened, so the graph's first frame does not wait for them. */
const TargetsView = lazy(() => import('./targets/TargetsView.tsx').then((module) => ({ default: module.TargetsView })));

export function Explorer({ data, reports, view, dispatch }: { data: GraphData; reports: readonly ReportSummary[]; view: ViewState; dispatch: Dispatch<ViewAction> }) {
  const index = useMemo(() => buildGraphIndex(data), [data]);
  const graph = useMemo(() => buildGraph(data), [data]);
  // Another graph (other reports chosen) gets a fresh canvas: sigma is not made to swap its graph in place.
  const graphGeneration = useRef({ graph, count: 0 });
  if (graphGeneration.current.graph !== graph) graphGeneration.current = { graph, count: graphGeneration.current.count + 1 };
  const fontReady = useLabelFont(index);
  const layout = useLayout(graph, useMemo(() => hasSeedLayout(data), [data]));
  const handle = useRef<GraphHandle>(null);
  const graphAreaRef = useRef<HTMLElement>(null);
  /** Counts the reader's choices of an entity: each one moves keyboard focus to the new panel. */
  const [panelFocus, setPanelFocus] = useState(0);
  const [firstDrawMs, setFirstDrawMs] = useState<number | null>(null);
  const [labelsDrawnMs, setLabelsDrawnMs] = useState<number | null>(null);
  const { path, pathStops, sections, sectionEntities, sectionMembers, sectionTitle } = useModeData(view);
  const indicators = useIndicators(view);
  const series = useTargetSeries(view.indicator);
  const [drawnCharts, setDrawnCharts] = useState<DrawnCharts>({ charts: [], legend: [] });
  const chartSvgs = drawnCharts.charts;
  const inView = useMemo(() => new Set(reportsInView(reports, view.reports)), [reports, view.reports]);
  const reportsShown = useMemo(() => reports.filter((report) => inView.has(report.id)), [reports, inView]);
  /** Downloads say which reports they were cut from, as the API's exports do (lechang-2021-graph.png). */
  const filesOfView = useMemo(() => reportsFileName([...inView]), [inView]);
  const colorsOfReports = useMemo(() => reportColors(reports), [reports]);
  const nodeColors = useMemo(
    () => (view.colorBy === 'report' && reports.length > 1 ? entityColorsByReport(data.nodes, inView, colorsOfReports) : null),
    [view.colorBy, reports, data, inView, colorsOfReports],
  );
  const briefing = useBriefing();
  // Narrow screens: whether the sidebar's mode is open as a sheet over the canvas's lower part.
  const [sheetOpen, setSheetOpen] = useState(false);
  useEffect(() => {
    if (view.selected || view.selectedRelation) setSheetOpen(false);
  }, [view.selected, view.selectedRelation]);
  const [printPages, setPrintPages] = useState<PrintPage[]>([]);
  const [printing, setPrinting] = useState(false);

  // The canvas draws the view as a briefing would save it: on the Briefing tab, the mode whose
  // emphasis "Add this view" keeps (a section, a path), so the author sees what is saved.
  const shownTab = slideViewState(view).tab;
  const visibility = useMemo(() => {
    const keepPath = shownTab === 'path' && pathStops;
    return computeVisibility(index, {
      hiddenTypes: view.hiddenTypes,
      hiddenRelations: view.hiddenRelations,
      focus: view.selected && view.focusDepth ? { center: view.selected, depth: view.focusDepth } : null,
      growth: view.growth,
      hiddenEntities: view.hiddenEntities,
      keepEntities: [...selectionOf(view), ...(keepPath ? pathStops.entities : [])],
      keepRelations: keepPath ? pathStops.relations : [],
    });
  }, [index, view.hiddenTypes, view.hiddenRelations, view.selected, view.alsoSelected, view.focusDepth, view.growth, view.hiddenEntities, shownTab, pathStops]);
  const emphasis = useMemo(
    () => computeEmphasis(index, visibility, { view: { ...view, tab: shownTab }, path: pathStops, sectionEntities: sectionMembers }),
    // `view` is read only for these fields.
    [index, visibility, shownTab, view.selected, view.alsoSelected, view.selectedRelation, view.section, view.focusDepth, pathStops, sectionMembers],
  );
  const labels = useMemo(() => buildLabelTable(index.entities.values(), view.labels), [index, view.labels]);
  const appearance = useAppearance(index, visibility, view);
  const model = useMemo(
    (): RenderModel => ({
      visibility,
      emphasis,
      selected: view.selected,
      alsoSelected: new Set(view.alsoSelected),
      selectedRelation: view.selectedRelation,
      labels,
      sizes: appearance.sizes,
      colors: nodeColors ?? appearance.colors,
    }),
    [visibility, emphasis, view.selected, view.alsoSelected, view.selectedRelation, labels, appearance.sizes, appearance.colors, nodeColors],
  );

  const relation = view.selectedRelation ? index.relations.get(view.selectedRelation) : undefined;
  const fitVisible = useAutoCamera(handle, {
    view: { ...view, tab: shownTab },
    // Sigma (and so the camera handle) exists once it has drawn its first frame.
    layoutDone: layout.phase === 'done' && firstDrawMs !== null,
    pathStops,
    sectionMembers,
    visible: visibility.entities,
    relationEnds: relation ? [relation.source, relation.target] : null,
  });
  const setFocus = (depth: FocusDepth | null) => {
    dispatch({ type: 'setFocus', depth });
    fitVisible();
  };
  const select = (id: string | null) => {
    dispatch({ type: 'select', id });
    if (id) setPanelFocus((n) => n + 1);
  };
  const selectAndLocate = (id: string) => {
    select(id);
    handle.current?.locate(id);
  };
  /** Shift/ctrl-click (canvas, list): adds to the selection or takes out; the panel shows the last one added. */
  const toggleSelect = (id: string) => dispatch({ type: 'toggleSelect', id });
  const expand = (ids: readonly string[]) => {
    dispatch({ type: 'expand', ids });
    fitVisible();
  };
  const startGrowth = (id: string) => {
    dispatch({ type: 'startGrowth', id });
    setTimeout(() => handle.current?.locate(id), 0);
  };
  const hide = (ids: readonly string[]) => dispatch({ type: 'hideEntities', ids });
  const chooseSection = (id: string | null) => dispatch({ type: 'setSection', id });

  // Escape closes the panel from anywhere, unless a control used it first (the search box
  // closing its hits); focus that was in the panel goes to the canvas, not to the page's start.
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (!view.selected && !view.selectedRelation) return;
      const active = document.activeElement;
      if (!active || active === document.body || active.closest('.panel')) graphAreaRef.current?.focus();
      if (view.selected) dispatch({ type: 'clearSelection' });
      else dispatch({ type: 'selectRelation', id: null });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [view.selected, view.selectedRelation, dispatch]);

  const onCanvasKey = (event: KeyboardEvent) => {
    const action = handle.current && !event.altKey && !event.ctrlKey && !event.metaKey ? canvasKeyAction(event.key, handle.current) : null;
    if (!action) return;
    event.preventDefault();
    action();
  };

  const reportLegend = useMemo(
    () => (nodeColors ? reportLegendEntries(reportsShown, inView, colorsOfReports, [...visibility.entities].map((id) => nodeColors.get(id)!)) : []),
    [nodeColors, reportsShown, inView, colorsOfReports, visibility],
  );
  const names = (id: string) => index.entities.get(id)?.name ?? id;
  const described = caption({ ...view, tab: shownTab }, emphasis, layout, names, sectionTitle);
  const pictureCaption = async (): Promise<PictureCaption> => {
    const shown = `${visibility.entities.size} of ${index.entities.size} entities and ${visibility.relations.size} of ${index.relations.size} relations shown`;
    const chosenSection = view.section && sectionEntities.status === 'ready' ? sectionEntities.data.section : null;
    const sectionsShown = chosenSection ? [sectionTrail(chosenSection.path)] : sectionTrails(await fetchPassages(keyEntities(index, visibility, emphasis, view)));
    const source = reportsSourceLine(reportsShown, DEFAULT_REPORT_ID);
    return {
      title: reportsTitle(reportsShown, DEFAULT_REPORT_ID) ?? '乐昌市2021年政府工作报告 · Lechang 2021 government work report',
      date: new Date().toISOString().slice(0, 10),
      shown: described ? `${shown} · ${described}` : shown,
      sections: sectionsShown,
      legend: pictureLegend(),
      ...(source ? { source } : {}),
    };
  };
  // The picture's legend says what its colours mean: the types, the sections, or a measure's light and dark ends.
  const pictureLegend = () => {
    if (nodeColors) return reportLegend;
    if (appearance.sectionKey) return appearance.sectionKey.filter((k) => k.count > 0).map((k) => ({ color: k.color, label: `${k.title} (${k.count})` }));
    if (appearance.colorRange) {
      const name = MEASURE_TEXT[view.colorBy as Measure].name;
      return [
        { color: sequentialColor(0), label: `${name} ${appearance.colorRange.min.toPrecision(3)} (lowest)` },
        { color: sequentialColor(1), label: `${name} ${appearance.colorRange.max.toPrecision(3)} (highest)` },
      ];
    }
    return legendEntries(countByType(index, visibility.entities));
  };
  /** The chart's picture caption: the indicator, the shapes, the jurisdictions' colours and the reports in view. */
  const chartCaption = (): PictureCaption => {
    const indicator = indicators.status === 'ready' ? indicators.data.find((i) => i.id === view.indicator) : undefined;
    const source = reportsSourceLine(reportsShown, DEFAULT_REPORT_ID);
    return {
      title: `${indicator?.name ?? view.indicator}${indicator?.nameEn ? ` · ${indicator.nameEn}` : ''} — goals and results 目标与完成情况`,
      date: new Date().toISOString().slice(0, 10),
      shown: SHAPES_LINE,
      sections: [],
      legend: drawnCharts.legend,
      ...(source ? { source } : {}),
    };
  };
  const chartShown = view.indicator !== null;
  const takePicture = async (format: PictureFormat) => {
    if (chartShown) {
      const scene = sceneFromCharts(chartSvgs, chartCaption());
      const name = `targets-${(view.indicator ?? 'chart').replace(/[^\w-]+/g, '-')}`;
      if (format === 'svg') downloadBlob(await svgDocument(scene), `${name}.svg`);
      else downloadBlob(await paintPng(scene, format), format === 1 ? `${name}.png` : `${name}@${format}x.png`);
      return;
    }
    if (!handle.current) throw new Error('Explorer: the graph is not drawn yet');
    const scene = handle.current.scene(await pictureCaption());
    const name = `${filesOfView}-graph`;
    if (format === 'svg') downloadBlob(await svgDocument(scene), `${name}.svg`);
    else downloadBlob(await paintPng(scene, format), format === 1 ? `${name}.png` : `${name}@${format}x.png`);
  };

  const { slides, presenting, setPresenting } = briefing;
  const goToSlide = useCallback(
    (slide: number) => {
      const target = slides[slide];
      if (!target) return;
      window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}${briefingHash(slides, slide)}`);
      setPresenting(slide);
      setSheetOpen(false);
      const next = parseViewState(target.view);
      dispatch({ type: 'replace', state: next });
      if (next.camera) return;
      if (next.selected) {
        const id = next.selected;
        setTimeout(() => handle.current?.locate(id), 0);
      } else fitVisible();
    },
    [slides, setPresenting, dispatch, fitVisible],
  );
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    if (presenting !== null) goToSlide(presenting);
  }, [presenting, goToSlide]);
  const stopPresenting = () => {
    setPresenting(null);
    window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}`);
  };

  // Printing walks through the slides in one async loop; each step reads the view as rendered then, not as it was when the loop began.
  const current = {
    view,
    takeScene: async () => (view.indicator ? (chartSvgs.length ? sceneFromCharts(chartSvgs, chartCaption()) : undefined) : handle.current?.scene(await pictureCaption())),
    // A chart's page quotes the passages of its latest points; a graph's, those of its key entities.
    keys: () => (view.indicator ? chartSvgs.flatMap(({ svg }) => [...svg.querySelectorAll('[data-target-id]')].map((el) => el.getAttribute('data-target-id')!)).slice(-4) : keyEntities(index, visibility, emphasis, view)),
  };
  const latest = useRef(current);
  latest.current = current;
  const printBriefing = async () => {
    setPrinting(true);
    const pages: PrintPage[] = [];
    try {
      for (let i = 0; i < slides.length; i += 1) {
        const slide = slides[i]!;
        goToSlide(i);
        const wanted = { ...parseViewState(slide.view), camera: null };
        for (let waited = 0; waited < 5000 && serializeViewState({ ...latest.current.view, camera: null }) !== serializeViewState(wanted); waited += 50) {
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        await new Promise((resolve) => setTimeout(resolve, 900));
        const scene = await latest.current.takeScene();
        const entities = await fetchPassages(latest.current.keys());
        const image = scene ? URL.createObjectURL(await paintPng(scene.inset ? scene : relabelScene(scene, PRINT_LABEL_SIZE, measurePictureText), 2)) : '';
        pages.push({ caption: slide.caption, image, entities });
      }
      setPrintPages((old) => {
        for (const page of old) URL.revokeObjectURL(page.image);
        return pages;
      });
    } finally {
      setPrinting(false);
      stopPresenting();
    }
  };
  useEffect(() => {
    if (!printPages.length) return;
    const timer = setTimeout(() => window.print(), 300);
    return () => clearTimeout(timer);
  }, [printPages]);

  const entityOpen = view.selected !== null && index.entities.has(view.selected);
  const canDraw = layout.phase !== 'pending';

  return (
    <>
      <a
        className="skip-link"
        href="#graph"
        onClick={(event) => {
          // The fragment holds briefings; move focus without touching it.
          event.preventDefault();
          graphAreaRef.current?.focus();
        }}
      >
        Skip to the graph
      </a>
      <div className={`app${entityOpen || relation ? ' app--panel' : ''}${sheetOpen ? ' app--sheet' : ''}${presenting !== null ? ' app--presenting' : ''}`}>
        <Header view={view} dispatch={dispatch} onChoose={(entity) => selectAndLocate(entity.id)} />
        <Sidebar
          view={view}
          dispatch={dispatch}
          sheetOpen={sheetOpen}
          onSheet={setSheetOpen}
          panels={{
            filters: (
              <>
                <ReportsFieldset reports={reports} view={view} dispatch={dispatch} colors={colorsOfReports} legend={reportLegend} />
                <FiltersPanel index={index} visibility={visibility} view={view} dispatch={dispatch} onFocus={setFocus} onPicture={takePicture} appearance={appearance} />
              </>
            ),
            path: <PathPanel index={index} view={view} dispatch={dispatch} result={path} onSelect={selectAndLocate} onSection={chooseSection} />,
            outline: <OutlinePanel index={index} sections={sections} sectionEntities={sectionEntities} current={view.section} onChoose={chooseSection} onSelect={selectAndLocate} />,
            targets: <TargetsPanel indicators={indicators} chosen={view.indicator} onChoose={(id) => dispatch({ type: 'setIndicator', id })} />,
            briefing: (
              <BriefingPanel
                slides={slides}
                currentView={serializeViewState(slideViewState(view))}
                onChange={briefing.setSlides}
                onPresent={goToSlide}
                onPrint={() => void printBriefing()}
                printing={printing}
              />
            ),
          }}
        />
        <main
          ref={graphAreaRef}
          id="graph"
          className="graph-area"
          aria-label={`Graph of ${index.entities.size} entities and ${index.relations.size} relations. Arrow keys pan, + and − zoom, 0 shows everything.`}
          tabIndex={0}
          onKeyDown={onCanvasKey}
          data-state={canDraw ? 'drawn' : 'loading'}
          data-layout={layout.phase}
          data-node-count={graph.order}
          data-edge-count={graph.size}
          data-visible-nodes={visibility.entities.size}
          data-visible-edges={visibility.relations.size}
          data-emphasis={emphasis?.reason ?? ''}
          data-appearance={appearance.status}
          data-emphasised-nodes={emphasis?.entities.size ?? 0}
          data-emphasised-edges={emphasis?.relations.size ?? 0}
          data-first-draw-ms={firstDrawMs === null ? undefined : Math.round(firstDrawMs)}
          data-labels-drawn-ms={labelsDrawnMs === null ? undefined : Math.round(labelsDrawnMs)}
        >
          <GraphView
            key={graphGeneration.current.count}
            graph={graph}
            index={index}
            model={model}
            layout={layout}
            camera={view.camera}
            onSelect={select}
            onToggleSelect={toggleSelect}
            onExpand={(id) => expand([id])}
            positions={view.positions}
            onMove={(id, position) => dispatch({ type: 'moveEntity', id, position })}
            onSelectRelation={(id) => dispatch({ type: 'selectRelation', id })}
            onCamera={(camera) => dispatch({ type: 'setCamera', camera })}
            onFirstDraw={setFirstDrawMs}
            onLabelsDrawn={setLabelsDrawnMs}
            handleRef={handle}
            ready={canDraw}
            labelsReady={fontReady}
          />
          {!canDraw && (
            <p className="graph-area__loading" role="status">
              Preparing {index.entities.size} entities…
            </p>
          )}
          {presenting !== null && slides[presenting] ? (
            <PresentBar caption={slides[presenting].caption} slide={presenting} count={slides.length} onGo={goToSlide} onExit={stopPresenting} />
          ) : (
            <p className="graph-area__caption" aria-live="polite">
              {described ?? HINT}
            </p>
          )}
          {chartShown && (
            <Suspense fallback={<p className="graph-area__loading" role="status">Loading the chart…</p>}>
            <TargetsView
              indicator={indicators.status === 'ready' ? (indicators.data.find((i) => i.id === view.indicator) ?? null) : null}
              indicatorId={view.indicator!}
              series={series}
              inView={inView}
              onClose={() => dispatch({ type: 'setIndicator', id: null })}
              onShowInGraph={(id) => {
                dispatch({ type: 'setIndicator', id: null });
                setTimeout(() => selectAndLocate(id), 0);
              }}
              onCharts={setDrawnCharts}
              onPicture={takePicture}
            />
            </Suspense>
          )}
          <DrawnList index={index} visibility={visibility} emphasis={emphasis} labels={labels} selected={view.selected} alsoSelected={view.alsoSelected} onChoose={selectAndLocate} onToggle={toggleSelect} />
          <DataTable index={index} visibility={visibility} selection={selectionOf(view)} onChoose={selectAndLocate} onToggle={toggleSelect} fileName={`${filesOfView}-table`} />
          <div className="graph-area__controls" role="group" aria-label="Camera">
            <button type="button" className="icon-button" onClick={() => handle.current?.zoomIn()} aria-label="Zoom in" title="Zoom in (+)">
              +
            </button>
            <button type="button" className="icon-button" onClick={() => handle.current?.zoomOut()} aria-label="Zoom out" title="Zoom out (−)">
              −
            </button>
            <button type="button" className="icon-button" onClick={() => handle.current?.reset()} aria-label="Show the whole graph" title="Show the whole graph (0)">
              ⤢
            </button>
          </div>
        </main>
        {entityOpen && (
          <EntityPanel
            id={view.selected!}
            focusKey={panelFocus}
            focusDepth={view.focusDepth}
            onSelect={selectAndLocate}
            onSection={chooseSection}
            onPathEnd={(end, id) => {
              dispatch({ type: 'setPathEnd', end, id });
              setSheetOpen(true);
            }}
            onFocus={setFocus}
            onStartGrowth={startGrowth}
            onExpand={(id) => expand([id])}
            onHide={(id) => hide([id])}
            growing={view.growth !== null}
            expanded={view.growth?.expanded.includes(view.selected!) ?? false}
            onClose={() => dispatch({ type: 'clearSelection' })}
            selection={
              <SelectionSummary
                index={index}
                selection={selectionOf(view)}
                hiddenRelations={view.hiddenRelations}
                onLocate={(id) => handle.current?.locate(id)}
                onDeselect={toggleSelect}
                onClear={() => dispatch({ type: 'clearSelection' })}
                onPath={(from, to) => {
                  dispatch({ type: 'setPathEnd', end: 'from', id: from });
                  dispatch({ type: 'setPathEnd', end: 'to', id: to });
                  setSheetOpen(true);
                }}
                onExpand={expand}
                onHide={hide}
              />
            }
          />
        )}
        {relation && (
          <RelationPanel relation={relation} onSelect={selectAndLocate} onSection={chooseSection} onClose={() => dispatch({ type: 'selectRelation', id: null })} />
        )}
      </div>
      <PrintBriefing pages={printPages} />
    </>
  );
}
