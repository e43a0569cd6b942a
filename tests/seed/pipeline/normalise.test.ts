import { describe, expect, it } from 'vitest';
import { normalise } from '../../../graph-seed/pipeline/normalise.ts';
import { lechangRaw, nationalRaw, nationalSources } from './inputs.ts';

/** The sentences of a text, whitespace and zero-width characters removed, full-width digits and ％ as ASCII. */
function sentencesOf(text: string): string[] {
  return text
    .replace(/[\s\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/[０-９％]/g, (c) => c.normalize('NFKC'))
    .split(/(?<=[。！？])/)
    .filter((s) => s.length >= 2);
}

describe('normalise: scraped web text (the nine national reports)', () => {
  for (const { file } of nationalSources) {
    it(`${file}: loses no sentence of the report and keeps none of the licence footer`, () => {
      const raw = nationalRaw(file);
      const licence = raw.indexOf('本作品是中华人民共和国的');
      expect(licence, 'the scraped file carries its licence footer').toBeGreaterThan(0);
      const { text, footer } = normalise(raw, 'WEB_TEXT');
      const flat = text.replace(/\s/g, '');
      const lost = sentencesOf(raw.slice(0, licence)).filter((s) => !flat.includes(s));
      expect(lost).toEqual([]);
      expect(footer.startsWith('本作品是中华人民共和国的')).toBe(true);
      expect(text).not.toContain('Public domain');
      expect(text).not.toContain('本作品');
      expect(text).not.toMatch(/[\u200B-\u200D\uFEFF]/);
    });
  }

  it('joins a paragraph the page broke inside a word, and the lines a link split', () => {
    const { text } = normalise(nationalRaw('2021.txt'), 'WEB_TEXT');
    expect(text).toContain('交出一份人民满意、世界瞩目、可以载入史册的答卷');
    expect(text).toContain('根据《中共中央关于制定国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议》，国务院编制了《');
    // Long paragraphs end a sentence; only headings and title lines stop without one.
    const open = text.split('\n').filter((p) => p.length > 40 && !/[。！？：；”）]$/.test(p));
    expect(open).toEqual([]);
    expect(text.split('\n')).toContain('一、2020年工作回顾');
  });

  it('joins a short paragraph the page broke inside a number or a word, and leaves headings alone', () => {
    const { text } = normalise(nationalRaw('2017.txt'), 'WEB_TEXT');
    expect(text).toContain('国内生产总值达到74.4万亿元，增长6.7%');
    expect(text).toContain('要全面深化各领域改革，加快推进基础性、关键性改革');
    const made = normalise(['一、2016年工作回顾', '', '——经济平稳。总量达到74.4', '\u200b', '万亿元，增长6.7%。', '', '二、2017年工作总体部署', '', '今年要做好。', ''].join('\n'), 'WEB_TEXT').text;
    expect(made.split('\n')).toEqual(['一、2016年工作回顾', '——经济平稳。总量达到74.4万亿元，增长6.7%。', '二、2017年工作总体部署', '今年要做好。', '']);
  });

  it('on small inputs: zero-width breaks, link lines, a footer, full-width numbers', () => {
    const raw = [
      '各位代表：', '', '一、2020年工作回顾', '',
      '过去一年，地区生产总值增长６．５％，城镇新增就业人数比上年多出不少，全年经济社会发展的主要目标任务较好完成，交出一份人',
      '\u200b', '民满意的答卷。根据《', '某某规划', '》，我们编制了纲要。', '', '', '各位代表！', '',
      '本作品是中华人民共和国的', '法律', '。', 'Public domain',
    ].join('\n');
    const { text, footer } = normalise(raw, 'WEB_TEXT');
    expect(text).toBe([
      '各位代表：',
      '一、2020年工作回顾',
      '过去一年，地区生产总值增长6.5%，城镇新增就业人数比上年多出不少，全年经济社会发展的主要目标任务较好完成，交出一份人民满意的答卷。根据《某某规划》，我们编制了纲要。',
      '各位代表！',
      '',
    ].join('\n'));
    expect(footer).toMatch(/^本作品是/);
  });
});

describe('normalise: PDF text dumps', () => {
  it('Lechang: keeps every sentence of the dump, page numbers aside', () => {
    const { text, footer } = normalise(lechangRaw, 'PDF_TEXT');
    const withoutPageNumbers = lechangRaw.split('\n').filter((l) => !/^\s*\d{1,3}\s*$/.test(l)).join('\n');
    const flat = text.replace(/\s/g, '');
    expect(sentencesOf(withoutPageNumbers).filter((s) => !flat.includes(s))).toEqual([]);
    expect(footer).toBe('');
    expect(text.split('\n')).toContain('“十四五”奋斗目标和主要任务');
    expect(text).toContain('森林覆盖率达71%');
    expect(text).not.toMatch(/[\u4E00-\u9FFF] [\u4E00-\u9FFF]/);
  });

  it('on a small dump: page numbers in their common forms go, wrapped lines join, headings stand alone', () => {
    // Lines of a PDF page are of one width (here 24 characters) unless they end a paragraph.
    const raw = [
      '一、2021年工作安排', '',
      '地区生产总值增长7%左右，规模以上工业增加值增长',
      '10%，固定资产投资增长10%，社会消费品零售总额',
      '- 2 -',
      '增长7%，城镇登记失业率控制在3.5%以内，居民人',
      '均可支配收入增长与经济增长基本同步。',
      '第 3 页',
      '（一）突出绿色引领',
      '推进生态建设。全面完成国土空间规划编制工作，',
      '落实“三线一单”管控方案。',
    ].join('\n');
    const paragraphs = normalise(raw, 'PDF_TEXT').text.split('\n');
    expect(paragraphs).toEqual([
      '一、2021年工作安排',
      '地区生产总值增长7%左右，规模以上工业增加值增长10%，固定资产投资增长10%，社会消费品零售总额增长7%，城镇登记失业率控制在3.5%以内，居民人均可支配收入增长与经济增长基本同步。',
      '（一）突出绿色引领',
      '推进生态建设。全面完成国土空间规划编制工作，落实“三线一单”管控方案。',
      '',
    ]);
  });
});

describe('normalise: traditional characters', () => {
  it('converts a report in traditional characters with OpenCC, and leaves simplified text as it is', () => {
    const traditional = normalise('政府工作報告\n\n各位代表：\n\n今年國內生產總值增長6%左右，城鎮新增就業1100萬人以上。', 'WEB_TEXT');
    expect(traditional.convertedFromTraditional).toBe(true);
    expect(traditional.text).toContain('今年国内生产总值增长6%左右，城镇新增就业1100万人以上。');
    const simplified = normalise(nationalRaw('2024.txt'), 'WEB_TEXT');
    expect(simplified.convertedFromTraditional).toBe(false);
    expect(simplified.text).toContain('国内生产总值增长5%左右');
  });
});
