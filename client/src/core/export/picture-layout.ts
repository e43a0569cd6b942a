/**
 * A picture of a view as plain shapes in CSS pixels: the graph as the canvas draws it (nodes,
 * edges, the labels it shows) and a band below with the title, the date, what is shown, the
 * legend and the source line. The SVG writer and the PNG painter both draw this, so the two
 * files show the same thing at any scale.
 */
import { placeLabels } from '../graph/label-placement.ts';
import type { LegendEntry } from './index.ts';

export interface SceneNode {
  x: number;
  y: number;
  r: number;
  color: string;
  label: string | null;
  /** Which side of the node the label is drawn on (as on the canvas); right when absent. */
  labelSide?: 'right' | 'left';
}

export interface SceneEdge {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  color: string;
  width: number;
}

export interface PictureText {
  title: string;
  /** The day the picture was made, YYYY-MM-DD. */
  date: string;
  /** What is shown, e.g. "24 of 610 entities … · Focus: 坪石镇, 1 hop(s)". */
  shown: string;
  /** The report's sections behind what is shown. */
  sections: readonly string[];
  /** The source line, naming the reports in view; SOURCE_LINE (the Lechang report) when absent. */
  source?: string;
}

/**
 * A drawing that stands in for the graph in the picture's upper part (the targets chart): SVG
 * markup of `width` × `height` CSS pixels, and the text it draws (for choosing font slices).
 */
export interface PictureInset {
  svg: string;
  text: string;
}

export interface PictureScene {
  width: number;
  height: number;
  nodes: readonly SceneNode[];
  edges: readonly SceneEdge[];
  legend: readonly LegendEntry[];
  text: PictureText;
  /** Label font size in pixels; LABEL_SIZE (the canvas's) unless the picture was relabelled for print. */
  labelSize?: number;
  /** Drawn instead of nodes and edges when present (then those are empty). */
  inset?: PictureInset;
}

export interface TextLine {
  text: string;
  x: number;
  y: number;
  size: number;
  weight: 400 | 600;
  color: string;
}

export interface PictureLayout {
  width: number;
  height: number;
  lines: TextLine[];
  legend: Array<LegendEntry & { x: number; y: number }>;
  /** The legend's font size in pixels (12 on screen; larger in a picture relabelled for print, in step with its labels). */
  legendSize: number;
}

export const SOURCE_LINE = 'Source: 乐昌市2021年政府工作报告 (Lechang 2021 government work report)';
export const PICTURE_FONT = '"Noto Sans SC", sans-serif';
export const LABEL_SIZE = 12;
const PADDING = 16;
const LINE = 22;
const LEGEND_COLUMNS = 3;
const MAX_SECTIONS = 4;

const isWide = (char: string) => /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/.test(char);

/** Cuts text to about `maxWidth` pixels at `size`, estimating a CJK character as one em and others as 0.6 em. */
export function fitText(text: string, size: number, maxWidth: number): string {
  let width = 0;
  let cut = 0;
  const chars = Array.from(text);
  for (const char of chars) {
    width += isWide(char) ? size : size * 0.6;
    if (width > maxWidth - size) break;
    cut += 1;
  }
  return cut === chars.length ? text : `${chars.slice(0, cut).join('').trimEnd()}…`;
}

/** The sections lines: how many sections, then one line per section path for the first few. */
export function sectionsLines(sections: readonly string[]): string[] {
  if (!sections.length) return ['Sections: the whole report'];
  const more = sections.length > MAX_SECTIONS ? ` (first ${MAX_SECTIONS} of ${sections.length})` : '';
  return sections.slice(0, MAX_SECTIONS).map((section, i) => (i === 0 ? `Sections${more}: ${section}` : section));
}

/**
 * The text under the picture. Its sizes follow the labels' (12 px on screen): a picture
 * relabelled for print at 20 px gets a caption and legend 20/12 as large, so they print as
 * large as the labels (about 9–10 pt) rather than at 6.
 */
export function layoutPicture(scene: PictureScene): PictureLayout {
  const { width } = scene;
  const k = Math.max(1, (scene.labelSize ?? LABEL_SIZE) / LABEL_SIZE);
  const line = LINE * k;
  const pad = PADDING * k;
  const lines: TextLine[] = [];
  let y = scene.height + pad + line * 0.8;
  lines.push({ text: scene.text.title, x: pad, y, size: 15 * k, weight: 600, color: '#1f2328' });
  y += line;
  lines.push({ text: fitText(`${scene.text.date} · ${scene.text.shown}`, 12 * k, width - pad * 2), x: pad, y, size: 12 * k, weight: 400, color: '#475467' });
  y += line;
  const columns = Math.max(1, Math.min(LEGEND_COLUMNS, Math.floor((width - pad * 2) / (220 * k))));
  const column = (width - pad * 2) / columns;
  const legend = scene.legend.map((entry, i) => ({ ...entry, label: fitText(entry.label, 12 * k, column - 16 * k), x: pad + (i % columns) * column, y: y + Math.floor(i / columns) * line }));
  y += Math.ceil(scene.legend.length / columns) * line;
  lines.push({ text: scene.text.source ?? SOURCE_LINE, x: pad, y, size: 12 * k, weight: 400, color: '#667085' });
  y += line;
  for (const section of sectionsLines(scene.text.sections)) {
    lines.push({ text: fitText(section, 11 * k, width - pad * 2), x: pad, y, size: 11 * k, weight: 400, color: '#667085' });
    y += line * 0.8;
  }
  y += pad / 2;
  return { width, height: Math.ceil(y), lines, legend, legendSize: 12 * k };
}

/** Every character the picture draws, for choosing font slices. */
export function pictureCharacters(scene: PictureScene): string {
  const layout = layoutPicture(scene);
  return [scene.inset?.text ?? '', ...scene.nodes.map((n) => n.label ?? ''), ...layout.lines.map((l) => l.text), ...layout.legend.map((l) => l.label)].join('');
}

/**
 * The same picture with labels at another size (larger for print, where a 12 px label of a
 * screen-wide canvas comes out at about 4 pt), placed again so that none overlaps: the labels
 * the canvas showed, most important first, each kept only if it still has room at the new size.
 * `measure` gives a text's width in pixels at a font size.
 */
export function relabelScene(scene: PictureScene, labelSize: number, measure: (text: string, size: number) => number): PictureScene {
  const candidates = scene.nodes.flatMap((node, i) => (node.label ? [{ id: String(i), x: node.x, y: node.y, r: node.r, width: measure(node.label, labelSize), priority: node.r }] : []));
  const placed = new Map(placeLabels(candidates, { width: scene.width, height: scene.height, labelSize }).map((p) => [Number(p.id), p.side]));
  return {
    ...scene,
    labelSize,
    nodes: scene.nodes.map((node, i) => (placed.has(i) ? { ...node, labelSide: placed.get(i) } : { ...node, label: null })),
  };
}
