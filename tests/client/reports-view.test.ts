/**
 * Several reports in the explorer, as pure logic: which reports are in view and what the API is
 * asked for, the colour of an entity by report and the legend that explains it, and the choice
 * kept in the URL and in a briefing's slide.
 */
import { describe, expect, it } from 'vitest';
import { slideViewState } from '../../client/src/core/briefing/index.ts';
import {
  entityColorsByReport,
  entityReportColor,
  NO_REPORT_COLOR,
  REPORT_PALETTE,
  reportColors,
  reportLabel,
  reportLegendEntries,
  SEVERAL_REPORTS_COLOR,
} from '../../client/src/core/reports/colors.ts';
import { reportsFilter, reportsInView, toggleReport } from '../../client/src/core/reports/selection.ts';
import { viewReducer } from '../../client/src/core/view-state/index.ts';
import { DEFAULT_VIEW } from '../../client/src/core/view-state/types.ts';
import { isNavigation, parseViewState, serializeViewState } from '../../client/src/core/view-state/url.ts';

const REPORTS = [
  { id: 'report:lechang-2021', title: '2021年乐昌市人民政府工作报告', year: 2021 },
  { id: 'report:cn-2016', title: '政府工作报告', year: 2016 },
  { id: 'report:cn-2021', title: '政府工作报告', year: 2021 },
];
const LECHANG_ONLY = [REPORTS[0]!];

describe('reports in view', () => {
  it('is every report when nothing is chosen, and asks the API for no filter then', () => {
    expect(reportsInView(REPORTS, [])).toEqual(REPORTS.map((r) => r.id));
    expect(reportsFilter(REPORTS, [])).toBeNull();
    expect(reportsFilter(LECHANG_ONLY, [])).toBeNull();
  });

  it('keeps the chosen reports that exist, in seed order, and filters by them', () => {
    expect(reportsInView(REPORTS, ['report:cn-2021', 'report:lechang-2021', 'report:nowhere-1999'])).toEqual(['report:lechang-2021', 'report:cn-2021']);
    expect(reportsFilter(REPORTS, ['report:cn-2021'])).toEqual(['report:cn-2021']);
  });

  it('falls back to every report when none of the chosen ones exists (an old link), rather than showing nothing', () => {
    expect(reportsInView(REPORTS, ['report:gone-2001'])).toEqual(REPORTS.map((r) => r.id));
    expect(reportsFilter(REPORTS, ['report:gone-2001'])).toBeNull();
  });

  it('ticks and unticks reports; ticking the last one back stores the default again; the last one in view stays', () => {
    const one = toggleReport(REPORTS, [], 'report:cn-2016');
    expect(one).toEqual(['report:lechang-2021', 'report:cn-2021']);
    const two = toggleReport(REPORTS, one, 'report:lechang-2021');
    expect(two).toEqual(['report:cn-2021']);
    expect(toggleReport(REPORTS, two, 'report:cn-2021')).toEqual(['report:cn-2021']);
    expect(toggleReport(REPORTS, toggleReport(REPORTS, two, 'report:cn-2016'), 'report:lechang-2021')).toEqual([]);
    expect(toggleReport(REPORTS, two, 'report:unknown')).toEqual(['report:cn-2021']);
  });
});

describe('colour by report', () => {
  const colors = reportColors(REPORTS);
  const all = new Set(REPORTS.map((r) => r.id));

  it('gives each report its own colour by seed order, none of them the neutral ones', () => {
    expect([...colors.values()]).toEqual(REPORT_PALETTE.slice(0, 3));
    expect(new Set(REPORT_PALETTE).size).toBe(REPORT_PALETTE.length);
    expect(REPORT_PALETTE).not.toContain(SEVERAL_REPORTS_COLOR);
    expect(REPORT_PALETTE).not.toContain(NO_REPORT_COLOR);
    // A colour belongs to the report, not to its place among the chosen ones.
    expect(reportColors(REPORTS).get('report:cn-2021')).toBe(colors.get('report:cn-2021'));
  });

  it('colours an entity by its one report, neutral when several reports in view name it', () => {
    expect(entityReportColor(['report:cn-2021'], all, colors)).toBe(colors.get('report:cn-2021'));
    expect(entityReportColor(['report:cn-2016', 'report:cn-2021'], all, colors)).toBe(SEVERAL_REPORTS_COLOR);
    expect(entityReportColor(['report:cn-2016', 'report:cn-2016'], all, colors)).toBe(colors.get('report:cn-2016'));
    // Only the reports in view count: named by two reports, one of them chosen, it takes that one's colour.
    expect(entityReportColor(['report:cn-2016', 'report:cn-2021'], new Set(['report:cn-2021']), colors)).toBe(colors.get('report:cn-2021'));
    expect(entityReportColor([], all, colors)).toBe(NO_REPORT_COLOR);
  });

  it('writes a legend line per report in view with its count, and one for entities in several reports', () => {
    const entities = [
      { id: 'a', reports: [{ id: 'report:lechang-2021' }] },
      { id: 'b', reports: [{ id: 'report:lechang-2021' }] },
      { id: 'c', reports: [{ id: 'report:cn-2021' }, { id: 'report:lechang-2021' }] },
    ];
    const drawn = entityColorsByReport(entities, all, colors);
    expect(drawn.get('c')).toBe(SEVERAL_REPORTS_COLOR);
    const legend = reportLegendEntries(REPORTS, all, colors, drawn.values());
    expect(legend.map((l) => l.label)).toEqual([
      '2021年乐昌市人民政府工作报告 (2)',
      '政府工作报告 (2016) (0)',
      '政府工作报告 (2021) (0)',
      'In several of these reports 多份报告 (1)',
    ]);
    expect(legend[0]!.color).toBe(colors.get('report:lechang-2021'));
    expect(legend.at(-1)!.color).toBe(SEVERAL_REPORTS_COLOR);
    expect(reportLegendEntries(REPORTS, new Set(['report:cn-2016']), colors, []).map((l) => l.label)).toEqual(['政府工作报告 (2016) (0)']);
  });

  it('names a report by its title, adding the year only when the title lacks it', () => {
    expect(reportLabel(REPORTS[0]!)).toBe('2021年乐昌市人民政府工作报告');
    expect(reportLabel(REPORTS[1]!)).toBe('政府工作报告 (2016)');
  });
});

describe('the reports, the colour mode and the indicator in the URL and in briefings', () => {
  it('round-trips them and leaves them out by default', () => {
    const view = { ...DEFAULT_VIEW, reports: ['report:cn-2021'], colorBy: 'report' as const, indicator: 'indicator:gdp-growth', tab: 'targets' as const };
    const search = serializeViewState(view);
    expect(search).toBe('?color=report&tab=targets&reports=report:cn-2021&indicator=indicator:gdp-growth');
    expect(parseViewState(search)).toEqual(view);
    expect(serializeViewState({ ...DEFAULT_VIEW })).toBe('');
  });

  it('drops report ids of the wrong form and unknown colour modes, keeping the rest of the link', () => {
    const view = parseViewState('?reports=report:cn-2021,<script>,report:cn-2021,&color=rainbow&node=town:pingshi');
    expect(view.reports).toEqual(['report:cn-2021']);
    expect(view.colorBy).toBe('type');
    expect(view.selected).toBe('town:pingshi');
  });

  it('makes a history entry for a change of reports, colour mode or indicator', () => {
    expect(isNavigation(DEFAULT_VIEW, { ...DEFAULT_VIEW, reports: ['report:cn-2021'] })).toBe(true);
    expect(isNavigation(DEFAULT_VIEW, { ...DEFAULT_VIEW, colorBy: 'report' })).toBe(true);
    expect(isNavigation(DEFAULT_VIEW, { ...DEFAULT_VIEW, indicator: 'indicator:cpi' })).toBe(true);
  });

  it('opens the targets tab with an indicator, and closing the chart keeps the tab', () => {
    const open = viewReducer(DEFAULT_VIEW, { type: 'setIndicator', id: 'indicator:gdp-growth' });
    expect(open).toMatchObject({ indicator: 'indicator:gdp-growth', tab: 'targets' });
    expect(viewReducer(open, { type: 'setIndicator', id: null })).toMatchObject({ indicator: null, tab: 'targets' });
    expect(viewReducer(DEFAULT_VIEW, { type: 'setReports', reports: ['report:cn-2016'] }).reports).toEqual(['report:cn-2016']);
  });

  it('keeps the chosen reports, colour mode and the chart in a briefing slide added from the Briefing tab', () => {
    const view = { ...DEFAULT_VIEW, tab: 'briefing' as const, reports: ['report:cn-2021'], colorBy: 'report' as const, indicator: 'indicator:gdp-growth' };
    const slide = parseViewState(serializeViewState(slideViewState(view)));
    expect(slide).toMatchObject({ tab: 'targets', reports: ['report:cn-2021'], colorBy: 'report', indicator: 'indicator:gdp-growth' });
    expect(slideViewState({ ...view, indicator: null }).tab).toBe('filters');
  });
});

describe('the reports in view in exports and pictures', () => {
  it('asks the API’s exports for the chosen reports only', async () => {
    const { exportRequest } = await import('../../client/src/core/export/index.ts');
    expect(exportRequest({ ...DEFAULT_VIEW, reports: ['report:cn-2021', 'report:lechang-2021'] }, new Set()).query).toBe('?reports=report:cn-2021,report:lechang-2021');
    expect(exportRequest(DEFAULT_VIEW, new Set()).query).toBe('');
  });

  it('titles a picture and writes its source line by the reports in view, leaving the Lechang-only picture as it was', async () => {
    const { reportsSourceLine, reportsTitle } = await import('../../client/src/core/reports/captions.ts');
    expect(reportsTitle([REPORTS[0]!], 'report:lechang-2021')).toBeNull();
    expect(reportsSourceLine([REPORTS[0]!], 'report:lechang-2021')).toBeNull();
    expect(reportsTitle([REPORTS[2]!], 'report:lechang-2021')).toBe('政府工作报告 (2021)');
    expect(reportsTitle(REPORTS, 'report:lechang-2021')).toBe('3 份政府工作报告 · 3 government work reports');
    expect(reportsSourceLine(REPORTS.slice(0, 2), 'report:lechang-2021')).toBe('Source: 2021年乐昌市人民政府工作报告, 政府工作报告 (2016)');
    const many = [...REPORTS, { id: 'report:cn-2022', title: '政府工作报告', year: 2022 }];
    expect(reportsSourceLine(many, 'report:lechang-2021')).toBe('Source: 4 reports — 2021年乐昌市人民政府工作报告, 政府工作报告 (2016), 政府工作报告 (2021) …');
  });
});
