import { describe, expect, it } from 'vitest';
import { ReportMetaError } from '../../../graph-seed/pipeline/errors.ts';
import { normalise } from '../../../graph-seed/pipeline/normalise.ts';
import { readReportMeta } from '../../../graph-seed/pipeline/report-meta.ts';
import { lechangRaw, nationalRaw, nationalSource, nationalSources } from './inputs.ts';

const web = (file: string) => normalise(nationalRaw(file), 'WEB_TEXT').text;

function metaError(run: () => unknown): ReportMetaError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ReportMetaError);
    return error as ReportMetaError;
  }
  throw new Error('expected a ReportMetaError');
}

describe('readReportMeta on real reports', () => {
  it('reads the Lechang title block: a county-level city placed with its GB/T 2260 code', () => {
    const meta = readReportMeta(normalise(lechangRaw, 'PDF_TEXT').text, { file: 'graph-seed/source/report.txt' });
    expect(meta).toEqual({
      id: 'report:lechang-2021', title: '乐昌市2021年政府工作报告', year: 2021, date: '2021-02-07',
      jurisdiction: { name: '乐昌市', level: 'COUNTY', code: '440281' },
      speaker: '钟曦', speakerTitle: '乐昌市市长', source: 'graph-seed/source/report.txt',
    });
  });

  it('reads a national report from its congress line and speaker line alone', () => {
    expect(readReportMeta(web('2021.txt'), { file: '2021.txt' })).toMatchObject({
      id: 'report:cn-2021', year: 2021, date: '2021-03-05',
      jurisdiction: { name: '中华人民共和国', level: 'NATIONAL', code: null }, speaker: '李克强', speakerTitle: '国务院总理',
    });
    expect(readReportMeta(web('2024.txt'), { file: '2024.txt' })).toMatchObject({ id: 'report:cn-2024', date: '2024-03-05', speaker: '李强' });
  });

  it('refuses a scraped report without its title block, naming the file and what is missing; its sidecar completes it', () => {
    const text = web('2016.txt');
    const error = metaError(() => readReportMeta(text, { file: 'national/2016.txt' }));
    expect(error.code).toBe('NO_YEAR');
    expect(error.file).toBe('national/2016.txt');
    expect(error.message).toContain('national/2016.txt');
    const { title, year, source } = nationalSource(2016);
    expect(readReportMeta(text, { file: 'national/2016.txt', sidecar: { title, year, source } })).toMatchObject({
      id: 'report:cn-2016', title, year: 2016, date: null, jurisdiction: { level: 'NATIONAL' }, source,
    });
  });

  it('gives every national report a distinct id from text and sources.json', () => {
    const ids = nationalSources.map(({ file, title, year, source }) => readReportMeta(web(file), { file, sidecar: { title, year, source } }).id);
    expect(ids).toEqual(nationalSources.map((s) => `report:cn-${s.year}`));
  });
});

describe('readReportMeta on small title blocks of every level', () => {
  const block = (congress: string, speaker: string, title = '政府工作报告') => `${title}\n——${congress}\n${speaker}\n各位代表：\n现在，我代表政府作报告。\n`;

  it('places a province, a prefecture and a county by the division tables', () => {
    expect(readReportMeta(block('2021年1月23日在广东省第十三届人民代表大会第四次会议上', '广东省省长马兴瑞'), { file: 'gd.txt' })).toMatchObject({
      id: 'report:guangdong-2021', title: '广东省2021年政府工作报告', jurisdiction: { name: '广东省', level: 'PROVINCE', code: '440000' }, speaker: '马兴瑞',
    });
    expect(readReportMeta(block('2021年1月8日在韶关市第十四届人民代表大会第六次会议上', '韶关市代市长殷焕明'), { file: 'sg.txt' })).toMatchObject({
      jurisdiction: { name: '韶关市', level: 'PREFECTURE', code: '440200' }, speaker: '殷焕明', speakerTitle: '韶关市代市长',
    });
    expect(readReportMeta(block('2022年1月10日在仁化县第十七届人民代表大会第一次会议上', '仁化县县长张三'), { file: 'rh.txt' })).toMatchObject({
      id: 'report:renhua-2022', jurisdiction: { name: '仁化县', level: 'COUNTY', code: '440224' },
    });
  });

  it('chooses among divisions of one name only when the text names the parent, else leaves the code unknown', () => {
    const congress = '2021年1月5日在朝阳区第十六届人民代表大会第七次会议上';
    const inBeijing = block(congress, '区长王某') + '在北京市委的坚强领导下，北京市朝阳区各项工作稳步推进。\n';
    expect(readReportMeta(inBeijing, { file: 'cy.txt' }).jurisdiction).toEqual({ name: '朝阳区', level: 'COUNTY', code: '110105' });
    expect(readReportMeta(block(congress, '区长王某'), { file: 'cy.txt' }).jurisdiction).toEqual({ name: '朝阳区', level: 'COUNTY', code: null });
  });

  it('refuses what it cannot read, with a code and the file', () => {
    const noJurisdiction = '政府工作报告\n各位代表：\n现在，我代表政府作报告。\n';
    expect(metaError(() => readReportMeta(noJurisdiction, { file: 'a.txt', sidecar: { year: 2021 } })).code).toBe('NO_JURISDICTION');
    expect(metaError(() => readReportMeta(noJurisdiction, { file: 'a.txt' })).code).toBe('NO_YEAR');
    const lechang = normalise(lechangRaw, 'PDF_TEXT').text;
    expect(metaError(() => readReportMeta(lechang, { file: 'b.txt', sidecar: { year: 2020 } })).code).toBe('CONFLICT');
    expect(metaError(() => readReportMeta(lechang, { file: 'b.txt', sidecar: { jurisdiction: { name: '乐昌市', level: 'CITY' as never } } })).code).toBe('BAD_SIDECAR');
    expect(metaError(() => readReportMeta(lechang, { file: 'b.txt', sidecar: { date: '7 Feb 2021' } })).code).toBe('BAD_SIDECAR');
    expect(metaError(() => readReportMeta(noJurisdiction, { file: 'c.txt', sidecar: { year: 2021, jurisdiction: '某某' } })).code).toBe('UNKNOWN_LEVEL');
  });
});
