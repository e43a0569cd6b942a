/**
 * A picture of the targets view: the drawn chart SVGs (one per unit) stacked as the picture's
 * inset, above the same caption band as a graph picture (title, date, what is shown, the
 * jurisdictions' colours, the source line).
 */
import type { PictureScene } from '../../core/export/picture-layout.ts';
import type { PictureCaption } from '../export/picture.ts';

/** The scene of the charts as drawn now; throws when none is drawn. */
export function sceneFromCharts(charts: readonly { unit: string; svg: SVGSVGElement }[], caption: PictureCaption): PictureScene {
  if (!charts.length) throw new Error('Explorer: the targets chart is not drawn yet');
  const serializer = new XMLSerializer();
  let y = 0;
  let width = 0;
  const parts: string[] = [];
  const text: string[] = [];
  for (const { svg } of charts) {
    const copy = svg.cloneNode(true) as SVGSVGElement;
    const w = Number(svg.getAttribute('width')) || svg.getBoundingClientRect().width;
    const h = Number(svg.getAttribute('height')) || svg.getBoundingClientRect().height;
    copy.setAttribute('x', '0');
    copy.setAttribute('y', String(y));
    for (const element of copy.querySelectorAll('[tabindex]')) element.removeAttribute('tabindex');
    parts.push(serializer.serializeToString(copy));
    text.push(svg.textContent ?? '');
    y += h;
    width = Math.max(width, w);
  }
  return {
    width,
    height: y,
    nodes: [],
    edges: [],
    legend: caption.legend,
    text: { title: caption.title, date: caption.date, shown: caption.shown, sections: caption.sections, ...(caption.source ? { source: caption.source } : {}) },
    inset: { svg: parts.join('\n'), text: text.join('') },
  };
}
