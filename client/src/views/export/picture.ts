/**
 * A picture of the canvas for a briefing: sigma's layers drawn at the current camera by
 * @sigma/export-image, with a band below for a title, what is shown, the legend and the source.
 */
import { drawOnCanvas } from '@sigma/export-image';
import type Sigma from 'sigma';
import type { LegendEntry } from '../../core/export/index.ts';
import type { EdgeAttributes, NodeAttributes } from '../../core/graph/types.ts';
import { LABEL_FONT } from '../graph/fonts.ts';

const PADDING = 16;
const LINE = 22;

export interface PictureCaption {
  title: string;
  subtitle: string;
  legend: LegendEntry[];
}

export async function picture(sigma: Sigma<NodeAttributes, EdgeAttributes>, caption: PictureCaption): Promise<Blob> {
  const { width, height } = sigma.getDimensions();
  // The library is typed for untyped attributes; it only reads the renderer's own settings and layers.
  const graph = await drawOnCanvas(sigma as unknown as Sigma, { backgroundColor: '#ffffff' });
  const scale = graph.width / width;
  const canvas = document.createElement('canvas');
  const bandLines = 4 + Math.ceil(caption.legend.length / 3);
  canvas.width = graph.width;
  canvas.height = graph.height + (bandLines * LINE + PADDING * 2) * scale;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('Explorer: this browser cannot draw the picture');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(graph, 0, 0);
  ctx.scale(scale, scale);
  let y = height + PADDING + LINE * 0.8;
  ctx.fillStyle = '#1f2328';
  ctx.font = `600 15px ${LABEL_FONT}`;
  ctx.fillText(caption.title, PADDING, y);
  y += LINE;
  ctx.font = `400 12px ${LABEL_FONT}`;
  ctx.fillStyle = '#475467';
  ctx.fillText(caption.subtitle, PADDING, y);
  y += LINE;
  const column = (width - PADDING * 2) / 3;
  caption.legend.forEach((entry, i) => {
    const x = PADDING + (i % 3) * column;
    const rowY = y + Math.floor(i / 3) * LINE;
    ctx.fillStyle = entry.color;
    ctx.beginPath();
    ctx.arc(x + 6, rowY - 4, 5, 0, Math.PI * 2);
    ctx.fill();
    ctx.fillStyle = '#1f2328';
    ctx.fillText(entry.label, x + 16, rowY);
  });
  y += Math.ceil(caption.legend.length / 3) * LINE;
  ctx.fillStyle = '#667085';
  ctx.fillText('Source: 乐昌市2021年政府工作报告 (Lechang 2021 government work report); each entity and relation cites its passage.', PADDING, y, width - PADDING * 2);
  y += LINE;
  ctx.font = `400 11px ${LABEL_FONT}`;
  ctx.fillText(window.location.href, PADDING, y, width - PADDING * 2);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('Explorer: the picture could not be encoded'))), 'image/png'));
}
