/**
 * The data-audit sample (`npm run audit`): big enough, every relation type in it, the same for
 * the same seed, and every item shown with the passage it rests on.
 */
import { describe, expect, it } from 'vitest';
import { AuditOptionError, DEFAULT_AUDIT, auditSample, formatAudit } from '../../scripts/audit/sample.ts';
import { buildFrom } from './fixtures.ts';

const seed = buildFrom();
const sample = auditSample(seed);

describe('the audit sample', () => {
  it('draws at least 60 entities, 60 relations across every type and 40 targets', () => {
    expect(sample.entities.length).toBeGreaterThanOrEqual(60);
    expect(sample.relations.length).toBeGreaterThanOrEqual(60);
    expect(sample.targets.length).toBeGreaterThanOrEqual(40);
    expect(new Set(sample.relations.map((r) => r.type))).toEqual(new Set(seed.graph.edges.map((e) => e.attributes!.type)));
    const nonTargetTypes = new Set(seed.graph.nodes.map((n) => n.attributes!.type).filter((t) => t !== 'TARGET'));
    expect(new Set(sample.entities.map((e) => e.type))).toEqual(nonTargetTypes);
    expect(sample.entities.every((e) => e.type !== 'TARGET') && sample.targets.every((t) => t.type === 'TARGET')).toBe(true);
    expect(new Set(sample.entities.map((e) => e.id)).size).toBe(sample.entities.length);
  });

  it('is the same for the same seed and differs for another', () => {
    const ids = (s: typeof sample) => [...s.entities, ...s.relations, ...s.targets].map((x) => x.id);
    expect(ids(auditSample(seed))).toEqual(ids(sample));
    expect(ids(auditSample(seed, { ...DEFAULT_AUDIT, seed: 16 }))).not.toEqual(ids(sample));
  });

  it('shows every item with its passage, the quoted words in bold, and a box for the verdict', () => {
    const markdown = formatAudit(seed, sample);
    const items = markdown.split('\n### ').slice(1);
    expect(items).toHaveLength(sample.entities.length + sample.relations.length + sample.targets.length);
    for (const item of items) {
      expect(item, item.slice(0, 60)).toMatch(/\n> .*\*\*[^*]+\*\*/);
      expect(item).toContain('- [ ] correct');
    }
  });

  it('refuses a sample too small to estimate precision, naming the option', () => {
    expect(() => auditSample(seed, { ...DEFAULT_AUDIT, targets: 10 })).toThrow(AuditOptionError);
    expect(() => auditSample(seed, { ...DEFAULT_AUDIT, targets: 10 })).toThrow(/--targets is 10; allowed: an integer of at least 40/);
  });
});
