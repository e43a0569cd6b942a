/** A picture whose upper part is a drawing of its own (the targets chart) instead of the graph, and the source line naming the reports in view. */
import { describe, expect, it } from 'vitest';
import { layoutPicture, pictureCharacters, SOURCE_LINE, type PictureScene } from '../../client/src/core/export/picture-layout.ts';
import { writeSvg } from '../../client/src/core/export/svg-writer.ts';
import { chartLegendEntries, jurisdictionColors, KIND_STYLE, SHAPES_LINE } from '../../client/src/core/targets/chart-style.ts';

const scene: PictureScene = {
  width: 640,
  height: 320,
  nodes: [],
  edges: [],
  legend: chartLegendEntries(jurisdictionColors(['中华人民共和国', '乐昌市'])),
  text: { title: '国内生产总值增长 · GDP growth', date: '2026-12-06', shown: SHAPES_LINE, sections: [], source: 'Source: 政府工作报告 (2021), 2021年乐昌市人民政府工作报告' },
  inset: { svg: '<svg x="0" y="0" width="640" height="320"><text x="10" y="20">年份</text></svg>', text: '年份' },
};

describe('a picture with a chart inset', () => {
  it('writes the chart markup into the picture area and the reports in view as the source line', () => {
    const svg = writeSvg(scene, []);
    expect(svg).toContain('<text x="10" y="20">年份</text>');
    expect(svg).toContain('Source: 政府工作报告 (2021), 2021年乐昌市人民政府工作报告');
    expect(svg).not.toContain(SOURCE_LINE);
    expect(svg).toContain('乐昌市');
  });

  it('counts the chart’s characters for the embedded font, and keeps the Lechang source line by default', () => {
    expect(pictureCharacters(scene)).toContain('年份');
    const { inset: _inset, ...graphScene } = scene;
    const plain = { ...graphScene, text: { ...scene.text, source: undefined } };
    expect(layoutPicture(plain).lines.map((l) => l.text)).toContain(SOURCE_LINE);
    expect(pictureCharacters(plain)).not.toContain('年份');
  });

  it('tells goals from results by shape and line style, not colour alone', () => {
    expect(KIND_STYLE.GOAL.symbol).not.toBe(KIND_STYLE.RESULT.symbol);
    expect(KIND_STYLE.GOAL.dash).not.toBe(KIND_STYLE.RESULT.dash);
    expect(KIND_STYLE.GOAL.filled).not.toBe(KIND_STYLE.RESULT.filled);
    expect(SHAPES_LINE).toContain(KIND_STYLE.GOAL.glyph);
    expect(SHAPES_LINE).toContain(KIND_STYLE.RESULT.glyph);
    expect(jurisdictionColors(['中华人民共和国', '乐昌市']).get('中华人民共和国')).not.toBe(jurisdictionColors(['中华人民共和国', '乐昌市']).get('乐昌市'));
  });
});
