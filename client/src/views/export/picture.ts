/**
 * Pictures of the canvas for a briefing. The scene is read from sigma as drawn now (positions
 * on screen, colours and sizes after the reducers, the labels sigma chose to show), then drawn
 * by the picture layout's two writers: a PNG painted on a 2D canvas at 1x, 2x or 4x, and an SVG
 * that embeds the font slices its characters need.
 */
import type Sigma from 'sigma';
import type { LegendEntry } from '../../core/export/index.ts';
import { parseFontFaces, slicesFor, type FontSlice } from '../../core/export/font-subset.ts';
import { LABEL_SIZE, layoutPicture, PICTURE_FONT, pictureCharacters, type PictureScene, type PictureText, type SceneEdge, type SceneNode } from '../../core/export/picture-layout.ts';
import { writeSvg, type EmbeddedFont } from '../../core/export/svg-writer.ts';
import type { EdgeAttributes, NodeAttributes } from '../../core/graph/types.ts';
import { LABEL_FONT_FAMILY } from '../graph/fonts.ts';

export const PICTURE_SCALES = [1, 2, 4] as const;
export type PictureScale = (typeof PICTURE_SCALES)[number];

export interface PictureCaption extends PictureText {
  legend: LegendEntry[];
}

const MARGIN = 40;

export function sceneFromSigma(sigma: Sigma<NodeAttributes, EdgeAttributes>, caption: PictureCaption): PictureScene {
  const { width, height } = sigma.getDimensions();
  const graph = sigma.getGraph();
  const labelled = sigma.getNodeDisplayedLabels();
  const inView = (p: { x: number; y: number }) => p.x > -MARGIN && p.y > -MARGIN && p.x < width + MARGIN && p.y < height + MARGIN;
  const placed = new Map<string, SceneNode & { z: number; inView: boolean }>();
  graph.forEachNode((id) => {
    const data = sigma.getNodeDisplayData(id);
    if (!data || data.hidden) return;
    const p = sigma.framedGraphToViewport(data);
    const labelSide = (data as { labelSide?: 'right' | 'left' }).labelSide ?? 'right';
    placed.set(id, { x: p.x, y: p.y, r: sigma.scaleSize(data.size), color: data.color, label: labelled.has(id) && data.label ? data.label : null, labelSide, z: data.zIndex ?? 0, inView: inView(p) });
  });
  const edges: Array<SceneEdge & { z: number }> = [];
  graph.forEachEdge((id, _attributes, source, target) => {
    const data = sigma.getEdgeDisplayData(id);
    const a = placed.get(source);
    const b = placed.get(target);
    if (!data || data.hidden || !a || !b || !(a.inView || b.inView)) return;
    edges.push({ x1: a.x, y1: a.y, x2: b.x, y2: b.y, color: data.color, width: Math.max(0.5, sigma.scaleSize(data.size)), z: data.zIndex ?? 0 });
  });
  const nodes = [...placed.values()].filter((node) => node.inView).sort((a, b) => a.z - b.z);
  return {
    width,
    height,
    nodes: nodes.map(({ x, y, r, color, label, labelSide }) => ({ x, y, r, color, label, labelSide })),
    edges: edges.sort((a, b) => a.z - b.z).map(({ z: _z, ...edge }) => edge),
    legend: caption.legend,
    text: { title: caption.title, date: caption.date, shown: caption.shown, sections: caption.sections, ...(caption.source ? { source: caption.source } : {}) },
  };
}

export async function pictureFontReady(scene: PictureScene): Promise<void> {
  await document.fonts.load(`400 ${LABEL_SIZE}px ${LABEL_FONT_FAMILY}`, pictureCharacters(scene));
}

export async function paintPng(scene: PictureScene, scale: PictureScale): Promise<Blob> {
  await pictureFontReady(scene);
  const layout = layoutPicture(scene);
  const canvas = document.createElement('canvas');
  canvas.width = layout.width * scale;
  canvas.height = layout.height * scale;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('Explorer: this browser cannot draw the picture');
  ctx.scale(scale, scale);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, layout.width, layout.height);
  if (scene.inset) await paintInset(ctx, scene);
  ctx.save();
  ctx.beginPath();
  ctx.rect(0, 0, scene.width, scene.height);
  ctx.clip();
  ctx.lineCap = 'round';
  for (const e of scene.edges) {
    ctx.strokeStyle = e.color;
    ctx.lineWidth = e.width;
    ctx.beginPath();
    ctx.moveTo(e.x1, e.y1);
    ctx.lineTo(e.x2, e.y2);
    ctx.stroke();
  }
  for (const node of scene.nodes) {
    ctx.fillStyle = node.color;
    ctx.beginPath();
    ctx.arc(node.x, node.y, node.r, 0, Math.PI * 2);
    ctx.fill();
  }
  const labelSize = scene.labelSize ?? LABEL_SIZE;
  ctx.font = `400 ${labelSize}px ${PICTURE_FONT}`;
  ctx.fillStyle = '#2b2f36';
  for (const node of scene.nodes) {
    if (!node.label) continue;
    const x = node.labelSide === 'left' ? node.x - node.r - 3 - ctx.measureText(node.label).width : node.x + node.r + 3;
    ctx.fillText(node.label, x, node.y + labelSize / 3);
  }
  ctx.restore();
  ctx.strokeStyle = '#e4e6ea';
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.moveTo(0, scene.height + 0.5);
  ctx.lineTo(layout.width, scene.height + 0.5);
  ctx.stroke();
  for (const line of layout.lines) {
    ctx.font = `${line.weight} ${line.size}px ${PICTURE_FONT}`;
    ctx.fillStyle = line.color;
    ctx.fillText(line.text, line.x, line.y, layout.width - line.x * 2);
  }
  const k = layout.legendSize / 12;
  ctx.font = `400 ${layout.legendSize}px ${PICTURE_FONT}`;
  for (const entry of layout.legend) {
    ctx.fillStyle = entry.color;
    ctx.beginPath();
    ctx.arc(entry.x + 6 * k, entry.y - 4 * k, 5 * k, 0, Math.PI * 2);
    ctx.fill();
    ctx.fillStyle = '#1f2328';
    ctx.fillText(entry.label, entry.x + 16 * k, entry.y);
  }
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('Explorer: the picture could not be encoded'))), 'image/png'));
}

/** The label font's slices as the page's stylesheets declare them, with URLs made absolute. */
function pageFontSlices(): FontSlice[] {
  const slices: FontSlice[] = [];
  for (const sheet of Array.from(document.styleSheets)) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue;
    }
    const base = sheet.href ?? document.baseURI;
    const css = Array.from(rules)
      .filter((rule) => rule instanceof CSSFontFaceRule)
      .map((rule) => rule.cssText)
      .join('\n');
    for (const slice of parseFontFaces(css)) if (slice.family === 'Noto Sans SC') slices.push({ ...slice, url: new URL(slice.url, base).href });
  }
  return slices;
}

async function dataUrl(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Explorer: the font file ${url} could not be read (HTTP ${response.status})`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:font/woff2;base64,${btoa(binary)}`;
}

async function embeddedFonts(text: string): Promise<EmbeddedFont[]> {
  const slices = slicesFor(text, pageFontSlices());
  return Promise.all(slices.map(async (slice) => ({ family: slice.family, weight: slice.weight, unicodeRange: slice.unicodeRange, dataUrl: await dataUrl(slice.url) })));
}

export async function svgDocument(scene: PictureScene): Promise<Blob> {
  return new Blob([writeSvg(scene, await embeddedFonts(pictureCharacters(scene)))], { type: 'image/svg+xml' });
}

/**
 * Paints a scene's inset (SVG markup) onto the canvas: as an image of an SVG document that embeds
 * the font slices its text needs, since an SVG drawn as an image cannot use the page's fonts.
 */
async function paintInset(ctx: CanvasRenderingContext2D, scene: PictureScene): Promise<void> {
  const inset = scene.inset!;
  const fonts = await embeddedFonts(inset.text);
  const style = fonts.map((f) => `@font-face{font-family:"${f.family}";font-weight:${f.weight};src:url(${f.dataUrl}) format("woff2");${f.unicodeRange ? `unicode-range:${f.unicodeRange};` : ''}}`).join('\n');
  const markup = `<svg xmlns="http://www.w3.org/2000/svg" width="${scene.width}" height="${scene.height}"><style>${style}</style>${inset.svg}</svg>`;
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    ctx.drawImage(image, 0, 0, scene.width, scene.height);
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** A text's width in pixels in the picture font at `size`, as the PNG painter will draw it. */
export function measurePictureText(text: string, size: number): number {
  const ctx = measuring ?? (measuring = document.createElement('canvas').getContext('2d'));
  if (!ctx) return text.length * size;
  ctx.font = `400 ${size}px ${PICTURE_FONT}`;
  return ctx.measureText(text).width;
}
let measuring: CanvasRenderingContext2D | null = null;
