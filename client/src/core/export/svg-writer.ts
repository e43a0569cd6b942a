/**
 * The picture as an SVG document: shapes from the picture layout, and the font it uses
 * embedded as @font-face rules with data: URLs, so Chinese text looks the same on a machine
 * with no CJK font at all.
 */
import { LABEL_SIZE, layoutPicture, PICTURE_FONT, type PictureScene } from './picture-layout.ts';

export interface EmbeddedFont {
  family: string;
  weight: string;
  unicodeRange: string;
  /** A data: URL of the woff2 file. */
  dataUrl: string;
}

export function escapeXml(text: string): string {
  // Characters XML 1.0 forbids are dropped; the five with meaning are escaped.
  return text
    .replace(/[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const n = (value: number) => String(Math.round(value * 100) / 100);

function fontFaceRule(font: EmbeddedFont): string {
  const range = font.unicodeRange ? `unicode-range:${font.unicodeRange};` : '';
  return `@font-face{font-family:"${font.family.replace(/["\\]/g, '')}";font-weight:${font.weight};src:url(${font.dataUrl}) format("woff2");${range}}`;
}

export function writeSvg(scene: PictureScene, fonts: readonly EmbeddedFont[]): string {
  const layout = layoutPicture(scene);
  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}" font-family="${escapeXml(PICTURE_FONT)}">`);
  out.push(`<title>${escapeXml(scene.text.title)}</title>`);
  out.push(`<style>${escapeXml(fonts.map(fontFaceRule).join('\n'))}</style>`);
  out.push(`<rect width="100%" height="100%" fill="#ffffff"/>`);
  out.push(`<svg x="0" y="0" width="${scene.width}" height="${scene.height}" overflow="hidden">`);
  // The inset is markup the explorer drew itself (a chart's SVG, serialised by the browser), not reader text.
  if (scene.inset) out.push(scene.inset.svg);
  out.push('<g class="edges">');
  for (const e of scene.edges) out.push(`<line x1="${n(e.x1)}" y1="${n(e.y1)}" x2="${n(e.x2)}" y2="${n(e.y2)}" stroke="${escapeXml(e.color)}" stroke-width="${n(e.width)}"/>`);
  out.push('</g><g class="nodes">');
  for (const node of scene.nodes) out.push(`<circle cx="${n(node.x)}" cy="${n(node.y)}" r="${n(node.r)}" fill="${escapeXml(node.color)}"/>`);
  const labelSize = scene.labelSize ?? LABEL_SIZE;
  out.push(`</g><g class="labels" font-size="${labelSize}" fill="#2b2f36">`);
  for (const node of scene.nodes) {
    if (!node.label) continue;
    if (node.labelSide === 'left') out.push(`<text x="${n(node.x - node.r - 3)}" y="${n(node.y + labelSize / 3)}" text-anchor="end">${escapeXml(node.label)}</text>`);
    else out.push(`<text x="${n(node.x + node.r + 3)}" y="${n(node.y + labelSize / 3)}">${escapeXml(node.label)}</text>`);
  }
  out.push('</g></svg>');
  out.push(`<line x1="0" y1="${scene.height}" x2="${layout.width}" y2="${scene.height}" stroke="#e4e6ea"/>`);
  for (const line of layout.lines) {
    out.push(`<text x="${n(line.x)}" y="${n(line.y)}" font-size="${line.size}" font-weight="${line.weight}" fill="${line.color}">${escapeXml(line.text)}</text>`);
  }
  const k = layout.legendSize / 12;
  out.push(`<g class="legend" font-size="${n(layout.legendSize)}" fill="#1f2328">`);
  for (const entry of layout.legend) {
    out.push(`<circle cx="${n(entry.x + 6 * k)}" cy="${n(entry.y - 4 * k)}" r="${n(5 * k)}" fill="${escapeXml(entry.color)}"/><text x="${n(entry.x + 16 * k)}" y="${n(entry.y)}">${escapeXml(entry.label)}</text>`);
  }
  out.push('</g></svg>');
  return out.join('\n');
}
