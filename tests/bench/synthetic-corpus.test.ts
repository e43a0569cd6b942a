/**
 * The benchmark's synthetic corpus of many reports (scripts/bench/synthetic-seed.ts): shaped
 * like the ten-report seed, so that loading it and asking targetSeries of it measure what a
 * real corpus would cost. Checked on the memory store, which serves it as it would any seed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { SYNTHETIC_SERIES_INDICATOR, syntheticCorpus } from '../../scripts/bench/synthetic-seed.ts';
import { MemoryStore } from '../../server/store/memory-store.ts';
import type { SeedArtefact } from '../../graph-seed/types.ts';

describe('syntheticCorpus', () => {
  let corpus: SeedArtefact;
  beforeAll(() => {
    corpus = syntheticCorpus({ reports: 60, years: 6 });
  });

  it('holds the reports asked for, each with sections whose mentions stay inside them', () => {
    expect(corpus.reports).toHaveLength(60);
    expect(new Set(corpus.reports.map((r) => r.id)).size).toBe(60);
    const sections = new Map(corpus.sections.map((s) => [s.id, s]));
    const texts = new Map(corpus.reports.map((r) => [r.id, r.text]));
    for (const node of corpus.graph.nodes) {
      for (const m of node.attributes!.mentions) {
        const s = sections.get(m.sectionId)!;
        expect(s, `${node.key}: section ${m.sectionId}`).toBeDefined();
        expect(m.start >= s.start && m.end <= s.end && m.end > m.start, `${node.key}: ${m.start}–${m.end} in ${s.start}–${s.end}`).toBe(true);
        expect(s.end).toBeLessThanOrEqual(texts.get(s.reportId)!.length);
      }
    }
    expect(corpus.graph.edges.every((e) => e.attributes!.evidence.length > 0)).toBe(true);
  });

  it('links each result to the goal of the same jurisdiction, indicator and year, stated a year earlier', () => {
    const nodes = new Map(corpus.graph.nodes.map((n) => [n.key, n.attributes!]));
    const reports = new Map(corpus.reports.map((r) => [r.id, r]));
    const measures = new Map(corpus.graph.edges.filter((e) => e.attributes!.type === 'MEASURES').map((e) => [e.source, e.target]));
    const links = corpus.graph.edges.filter((e) => e.attributes!.type === 'RESULT_OF');
    expect(links.length).toBeGreaterThan(20);
    for (const link of links) {
      const result = nodes.get(link.source)!;
      const goal = nodes.get(link.target)!;
      expect([result.kind, goal.kind]).toEqual(['RESULT', 'GOAL']);
      expect(result.period).toBe(goal.period);
      expect(measures.get(link.source)).toBe(measures.get(link.target));
      const [rr, gr] = [reports.get(result.reportId!)!, reports.get(goal.reportId!)!];
      expect(rr.jurisdiction.name).toBe(gr.jurisdiction.name);
      expect(rr.year).toBe(gr.year + 1);
    }
  });

  it('states its series indicator in most reports, and shares programs across reports', () => {
    const store = new MemoryStore(corpus);
    const reportsOf = (id: string) => new Set(corpus.graph.nodes.find((n) => n.key === id)!.attributes!.mentions.map((m) => corpus.sections.find((s) => s.id === m.sectionId)!.reportId));
    expect(reportsOf(SYNTHETIC_SERIES_INDICATOR).size).toBeGreaterThanOrEqual(0.75 * corpus.reports.length);
    const programs = corpus.graph.nodes.filter((n) => n.attributes!.type === 'PROGRAM');
    expect(programs.some((p) => reportsOf(p.key).size >= 10)).toBe(true);
    expect(store.reportIds()).toHaveLength(60);
  });

  it('answers targetSeries on the memory store, with and without a jurisdiction and a kind', async () => {
    const store = new MemoryStore(corpus);
    const all = await store.targetSeries({ indicator: SYNTHETIC_SERIES_INDICATOR });
    const goals = await store.targetSeries({ indicator: SYNTHETIC_SERIES_INDICATOR, kind: 'GOAL' });
    const place = corpus.reports.find((r) => r.jurisdiction.level === 'PROVINCE')!.jurisdiction.name;
    const there = await store.targetSeries({ indicator: 'Synthetic GDP growth', jurisdiction: place, kind: 'GOAL' });
    if (all.kind !== 'ok' || goals.kind !== 'ok' || there.kind !== 'ok') throw new Error('targetSeries did not answer');
    expect(all.targets.length).toBeGreaterThan(goals.targets.length);
    expect(goals.targets.every((t) => t.kind === 'GOAL')).toBe(true);
    expect(there.targets.length).toBeGreaterThan(0);
    expect(there.targets.length).toBeLessThanOrEqual(6);
    const periods = all.targets.map((t) => t.period!);
    expect(periods).toEqual([...periods].sort());
  });

  it('is the same corpus for the same seed number', () => {
    expect(syntheticCorpus({ reports: 60, years: 6 }).version).toBe(corpus.version);
    expect(JSON.stringify(syntheticCorpus({ reports: 60, years: 6 }).graph.edges.slice(0, 50))).toBe(JSON.stringify(corpus.graph.edges.slice(0, 50)));
  });
});
