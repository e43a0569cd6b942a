import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { parseFontFaces, parseUnicodeRange, slicesFor } from '../../client/src/core/export/font-subset.ts';
import { fitText, layoutPicture, sectionsLines, SOURCE_LINE, type PictureScene } from '../../client/src/core/export/picture-layout.ts';
import { escapeXml, writeSvg } from '../../client/src/core/export/svg-writer.ts';

const require = createRequire(import.meta.url);
const notoCss = readFileSync(require.resolve('@fontsource/noto-sans-sc/400.css'), 'utf8');

const scene: PictureScene = {
  width: 400,
  height: 300,
  nodes: [
    { x: 100, y: 100, r: 8, color: '#59a14f', label: '坪石镇' },
    { x: 200, y: 150, r: 5, color: '#f28e2b', label: 'A & B <"C">' },
    { x: 300, y: 200, r: 3, color: '#e15759', label: null },
  ],
  edges: [{ x1: 100, y1: 100, x2: 200, y2: 150, color: '#c9ced6', width: 1 }],
  legend: [{ color: '#59a14f', label: 'Place 地方 (1)' }],
  text: { title: '乐昌市2021年政府工作报告', date: '2026-01-02', shown: '3 of 610 entities', sections: ['一、2020年工作回顾 › 产业'] },
};

describe('font subsets', () => {
  it('reads unicode ranges, single points, spans and wildcards', () => {
    expect(parseUnicodeRange('U+4e00-4e0f, U+3000,U+1f4??')).toEqual([
      [0x4e00, 0x4e0f],
      [0x3000, 0x3000],
      [0x1f400, 0x1f4ff],
    ]);
  });

  it('parses every slice of the bundled Noto Sans SC stylesheet', () => {
    const slices = parseFontFaces(notoCss);
    expect(slices.length).toBeGreaterThan(0);
    expect(slices.length).toBe((notoCss.match(/@font-face/g) ?? []).length);
    expect(slices.every((s) => s.family === 'Noto Sans SC' && s.url.endsWith('.woff2') && s.ranges.length > 0)).toBe(true);
  });

  it('picks only the slices holding the characters used, and each character is covered', () => {
    const slices = parseFontFaces(notoCss);
    const text = '乐昌市坪石镇 Lechang';
    const picked = slicesFor(text, slices);
    expect(picked.length).toBeGreaterThan(0);
    expect(picked.length).toBeLessThan(10);
    for (const char of text.replace(/\s/g, '')) {
      const code = char.codePointAt(0)!;
      expect(picked.some((s) => s.ranges.some(([a, b]) => code >= a && code <= b)), char).toBe(true);
    }
    expect(slicesFor('   ', slices)).toEqual([]);
  });
});

describe('SVG writer', () => {
  it('escapes the five XML characters and drops the ones XML forbids', () => {
    expect(escapeXml(`a<b>&"c"'d'\u0001e`)).toBe('a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;e');
  });

  it('writes a document an XML parser reads, with the labels, legend, source and embedded font', () => {
    const svg = writeSvg(scene, [{ family: 'Noto Sans SC', weight: '400', unicodeRange: 'U+4e00-9fff', dataUrl: 'data:font/woff2;base64,AAAA' }]);
    const errors: string[] = [];
    const doc = new DOMParser({ onError: (level, message) => void (level !== 'warning' && errors.push(message)) }).parseFromString(svg, 'image/svg+xml');
    expect(errors).toEqual([]);
    const texts = Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent);
    expect(texts).toContain('坪石镇');
    expect(texts).toContain('A & B <"C">');
    expect(texts).toContain('Place 地方 (1)');
    expect(texts).toContain(SOURCE_LINE);
    expect(texts).toContain('Sections: 一、2020年工作回顾 › 产业');
    expect(doc.getElementsByTagName('circle').length).toBe(3 + 1);
    expect(doc.getElementsByTagName('style')[0]?.textContent).toContain('@font-face{font-family:"Noto Sans SC";font-weight:400;src:url(data:font/woff2;base64,AAAA)');
  });

  it('puts the caption band below the graph and names a few sections', () => {
    const layout = layoutPicture(scene);
    expect(layout.height).toBeGreaterThan(scene.height);
    expect(layout.lines.length).toBeGreaterThan(0);
    expect(layout.lines.every((line) => line.y > scene.height)).toBe(true);
    expect(sectionsLines([])).toEqual(['Sections: the whole report']);
    expect(sectionsLines(['a', 'b', 'c', 'd', 'e', 'f'])).toEqual(['Sections (first 4 of 6): a', 'b', 'c', 'd']);
    expect(fitText('乐昌市2021年政府工作报告', 10, 1000)).toBe('乐昌市2021年政府工作报告');
    expect(fitText('乐昌市政府工作报告', 10, 50)).toBe('乐昌市政…');
    const narrow = layoutPicture({ ...scene, width: 120, text: { ...scene.text, sections: ['很长的章节名称'.repeat(10)] } });
    expect(narrow.lines.length).toBeGreaterThan(1);
    expect(narrow.lines.every((line) => line.text === SOURCE_LINE || line.text.length < 30)).toBe(true);
  });

  it('draws the caption and legend of a picture relabelled for print as large as its labels, not at screen size', () => {
    const screen = layoutPicture(scene);
    const print = layoutPicture({ ...scene, labelSize: 20 });
    expect(screen.legendSize).toBe(12);
    expect(print.legendSize).toBe(20);
    expect(Math.min(...print.lines.map((l) => l.size))).toBeGreaterThanOrEqual(11 * 20 / 12);
    expect(print.height - scene.height).toBeGreaterThan((screen.height - scene.height) * 1.5);
    // One legend entry per row when the picture is narrow for the print size.
    const narrow = layoutPicture({ ...scene, width: 400, labelSize: 20 });
    expect(new Set(narrow.legend.map((e) => e.x)).size).toBe(1);
  });
});
