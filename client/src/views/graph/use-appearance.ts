/**
 * What a node's size and colour show, as the reader chose (see core/measures): computed only
 * when asked for (degree over the whole graph is the seed's own size and costs nothing), over
 * the whole graph or what is drawn, in the page for a graph of the explorer's size and in a
 * web worker above WORKER_THRESHOLD. Colour by section fetches the passages' sections once.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Visibility } from '../../core/filters/index.ts';
import type { GraphIndex } from '../../core/graph/types.ts';
import { byId, colorsFor, computeMeasure, extent, measureInput, NO_SECTION_COLOR, sectionColors, sizesFor, topSections, WORKER_THRESHOLD, type MeasureInput } from '../../core/measures/index.ts';
import type { MeasureReply, MeasureRequest } from '../../core/measures/measures.worker.ts';
import { MEASURES, type ColorMode, type Measure, type MeasureScope } from '../../core/view-state/types.ts';
import { request } from '../../graphql/client.ts';
import { EntitySectionsDocument, SectionsDocument } from '../../graphql/generated/graphql.ts';
import { useAsync } from '../common/use-async.ts';

export interface SectionKey {
  id: string;
  title: string;
  color: string;
  /** Entities drawn in this colour. */
  count: number;
}

export interface Appearance {
  /** Sizes to draw instead of the graph's (null: the graph's own, by degree over the whole graph). */
  sizes: ReadonlyMap<string, number> | null;
  /** Colours to draw instead of the type colours (null: by type). */
  colors: ReadonlyMap<string, string> | null;
  /** The measure behind the size: its largest value and whose, for the legend. */
  sizeTop: { id: string; value: number } | null;
  /** A measure behind the colour: its range, for the legend's gradient. */
  colorRange: { min: number; max: number } | null;
  /** Colour by section: the sections and their colours, in the report's order, and the colour of entities the report does not place. */
  sectionKey: SectionKey[] | null;
  /** 'computing' while a measure or the sections are on their way. */
  status: 'ready' | 'computing' | 'error';
}

let worker: Worker | null | undefined;
let nextRequest = 0;
/** Runs a measure in the shared worker (started on first use); in the page where no worker can start. */
function measureOffThread(input: MeasureInput, measure: Measure): Promise<Float64Array> {
  if (worker === undefined) {
    try {
      worker = new Worker(new URL('../../core/measures/measures.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      worker = null;
    }
  }
  const running = worker;
  if (!running) return Promise.resolve(computeMeasure(input, measure));
  const id = (nextRequest += 1);
  return new Promise((resolve, reject) => {
    const onMessage = (event: MessageEvent<MeasureReply>) => {
      if (event.data.id !== id) return;
      running.removeEventListener('message', onMessage);
      if ('error' in event.data) reject(new Error(event.data.error));
      else resolve(event.data.values);
    };
    running.addEventListener('message', onMessage);
    running.postMessage({ id, input, measure } satisfies MeasureRequest);
  });
}

/** One measure's values by entity id, or null while it is computed (or when not wanted). */
function useMeasure(index: GraphIndex, scope: Visibility | null, measure: Measure | null): { values: ReadonlyMap<string, number> | null; failed: boolean } {
  const input = useMemo(() => (measure ? measureInput(index, scope) : null), [index, scope, measure]);
  const small = input !== null && (measure === 'degree' || input.nodes.length + input.edges.length <= WORKER_THRESHOLD);
  const inPage = useMemo(() => (input && measure && small ? byId(input, computeMeasure(input, measure)) : null), [input, measure, small]);
  const [offThread, setOffThread] = useState<{ input: MeasureInput; values: ReadonlyMap<string, number> } | null>(null);
  const [failed, setFailed] = useState(false);
  const latest = useRef<MeasureInput | null>(null);
  useEffect(() => {
    latest.current = input;
    if (!input || !measure || small) return;
    setFailed(false);
    measureOffThread(input, measure).then(
      (values) => {
        if (latest.current === input) setOffThread({ input, values: byId(input, values) });
      },
      (error: unknown) => {
        console.warn(error);
        if (latest.current === input) setFailed(true);
      },
    );
  }, [input, measure, small]);
  if (inPage) return { values: inPage, failed: false };
  return { values: offThread && offThread.input === input ? offThread.values : null, failed };
}

export function useAppearance(index: GraphIndex, visibility: Visibility, view: { sizeBy: Measure; colorBy: ColorMode; measureScope: MeasureScope }): Appearance {
  const scope = view.measureScope === 'drawn' ? visibility : null;
  // Degree over the whole graph is what the graph's sizes already show.
  const sizeMeasure = view.sizeBy === 'degree' && !scope ? null : view.sizeBy;
  const colorMeasure = (MEASURES as readonly string[]).includes(view.colorBy) ? (view.colorBy as Measure) : null;
  const size = useMeasure(index, scope, sizeMeasure);
  const color = useMeasure(index, scope, colorMeasure === sizeMeasure ? null : colorMeasure);
  const colorValues = colorMeasure && colorMeasure === sizeMeasure ? size.values : color.values;

  const bySection = view.colorBy === 'section';
  const outline = useAsync(bySection ? (signal) => request(SectionsDocument, {}, signal) : null, [bySection]);
  const mentions = useAsync(bySection ? (signal) => request(EntitySectionsDocument, {}, signal) : null, [bySection]);
  const sectionPlan = useMemo(() => {
    if (outline.status !== 'ready' || mentions.status !== 'ready' || !outline.data.sections || !mentions.data.graph) return null;
    const sections = outline.data.sections;
    const top = topSections(sections, mentions.data.graph.nodes.map((n) => ({ id: n.id, sections: n.mentions.map((m) => m.section.id) })));
    const topLevel = sections.filter((s) => !s.parent);
    return { top, topLevel, palette: sectionColors(topLevel.map((s) => s.id)) };
  }, [outline, mentions]);

  return useMemo((): Appearance => {
    const sizes = sizeMeasure ? (size.values ? sizesFor(size.values) : null) : null;
    const sizeExtent = size.values ? extent(size.values) : null;
    let colors: Map<string, string> | null = null;
    let colorRange: Appearance['colorRange'] = null;
    let sectionKey: SectionKey[] | null = null;
    if (colorMeasure && colorValues) {
      colors = colorsFor(colorValues);
      const { min, max } = extent(colorValues);
      colorRange = { min, max };
    }
    if (bySection && sectionPlan) {
      colors = new Map();
      const counts = new Map<string, number>();
      for (const id of index.entities.keys()) {
        const section = sectionPlan.top.get(id);
        colors.set(id, section ? (sectionPlan.palette.get(section) ?? NO_SECTION_COLOR) : NO_SECTION_COLOR);
        if (visibility.entities.has(id)) counts.set(section ?? '', (counts.get(section ?? '') ?? 0) + 1);
      }
      sectionKey = sectionPlan.topLevel.map((s) => ({ id: s.id, title: s.title, color: sectionPlan.palette.get(s.id)!, count: counts.get(s.id) ?? 0 }));
      if (counts.get('')) sectionKey.push({ id: '', title: 'Not placed in a section', color: NO_SECTION_COLOR, count: counts.get('')! });
    }
    const waiting = (sizeMeasure !== null && !size.values) || (colorMeasure !== null && !colorValues) || (bySection && !sectionPlan);
    const failed = size.failed || color.failed || outline.status === 'error' || mentions.status === 'error';
    return {
      sizes,
      colors,
      sizeTop: sizeExtent?.top ? { id: sizeExtent.top, value: sizeExtent.max } : null,
      colorRange,
      sectionKey,
      status: failed ? 'error' : waiting ? 'computing' : 'ready',
    };
  }, [index, visibility, sizeMeasure, colorMeasure, size, color.failed, colorValues, bySection, sectionPlan, outline.status, mentions.status]);
}
