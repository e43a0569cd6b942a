import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CurationError } from '../../graph-seed/errors.ts';
import { buildFrom } from './fixtures.ts';

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((f) => rmSync(f, { recursive: true, force: true })));

/** Builds with one curated file and returns the error it raises. */
function failureOf(yaml: string): CurationError {
  const folder = mkdtempSync(join(tmpdir(), 'curation-'));
  folders.push(folder);
  writeFileSync(join(folder, 'bad.yaml'), yaml);
  try {
    buildFrom(folder);
  } catch (error) {
    expect(error).toBeInstanceOf(CurationError);
    return error as CurationError;
  }
  throw new Error('the build accepted a bad curated record');
}

const town = (extra: string) => `
entities:
  - id: town:pingshi
    type: TOWN
    level: TOWN
    name: 坪石镇
    nameEn: Pingshi Town
    descriptionEn: A town of Lechang.
${extra}`;

describe('curated records that cannot be used fail the build, naming file and record', () => {
  it('a quote that is not in the text', () => {
    const error = failureOf(town('    mentions: [坪石镇是一座不存在的句子]'));
    expect([error.file, error.record, error.code]).toEqual(['bad.yaml', 'town:pingshi', 'BAD_QUOTE']);
    expect(error.message).toContain('坪石镇是一座不存在的句子');
  });

  it('a quote that occurs more than once', () => {
    const error = failureOf(town('    mentions: [九峰镇]'));
    expect([error.record, error.code]).toEqual(['town:pingshi', 'AMBIGUOUS_QUOTE']);
  });

  it('accepts the { quote, in } form and a quote written with the PDF spaces', () => {
    const folder = mkdtempSync(join(tmpdir(), 'curation-'));
    folders.push(folder);
    writeFileSync(join(folder, 'good.yaml'), town('    mentions: [{ quote: 坪石, in: 建成市区和坪石两家 }, "坪石镇入选城乡融合发展省级中心镇试点"]'));
    expect(() => buildFrom(folder)).not.toThrow();
  });

  it('an unknown entity type', () => {
    const error = failureOf(town('').replace('type: TOWN', 'type: VILLAGE'));
    expect([error.record, error.code]).toEqual(['town:pingshi', 'UNKNOWN_TYPE']);
    expect(error.message).toContain('allowed: TOWN, PARK, PROGRAM, ORGANIZATION');
  });

  it('a relation to an id that does not exist', () => {
    const error = failureOf(`${town('')}
relations:
  - type: LOCATED_IN
    source: town:pingshi
    target: town:atlantis
    evidence: [坪石镇入选城乡融合发展省级中心镇试点]
`);
    expect([error.record, error.code]).toEqual(['relations[0]', 'DANGLING_RELATION']);
    expect(error.message).toContain('town:atlantis');
  });

  it('a duplicate id', () => {
    const twice = town('') + town('').replace('entities:\n', '');
    expect(failureOf(twice).code).toBe('DUPLICATE_ID');
    const clash = failureOf(town('') + `
  - id: program:x
    type: PROGRAM
    category: PROJECT
    name: “十百”工程
    nameEn: x
    descriptionEn: x
  - id: program:x
    type: PROGRAM
    category: PROJECT
    name: “十百”工程
    nameEn: x
    descriptionEn: x
`);
    expect([clash.record, clash.code]).toEqual(['program:x', 'DUPLICATE_ID']);
  });

  it('a relation without evidence, and an id that is not a readable slug', () => {
    expect(failureOf(`${town('')}
relations:
  - { type: LOCATED_IN, source: town:pingshi, target: town:pingshi, evidence: [] }
`).code).toBe('NO_PROVENANCE');
    expect(failureOf(town('').replace('id: town:pingshi', 'id: town:Ping Shi')).code).toBe('BAD_ID');
  });

  it('an AWARDED relation that does not go from a winner to a title', () => {
    const error = failureOf(`${town('')}
  - id: program:ten
    type: PROGRAM
    category: PROJECT
    name: “十百”工程
    nameEn: x
    descriptionEn: x
relations:
  - { type: AWARDED, source: town:pingshi, target: program:ten, evidence: [坪石镇入选城乡融合发展省级中心镇试点] }
`);
    expect([error.record, error.code]).toEqual(['relations[0]', 'BAD_FIELD']);
    expect(error.message).toContain('AWARDED goes from the winner');
  });

  it('a target owner that is not named in the figure\'s sentence', () => {
    const error = failureOf(`${town('')}
targets:
  override:
    - { at: 完成高标农田7.14万亩, owners: [town:pingshi] }
`);
    expect([error.record, error.code]).toEqual(['targets.override[0]', 'BAD_QUOTE']);
    expect(error.message).toContain('not named in the sentence');
  });

  it('an isolation reason for an entity that is connected, and an unknown field on a target record', () => {
    const stale = failureOf(`${town('')}
relations:
  - { type: PART_OF_STRATEGY, source: town:pingshi, target: strategy:review-2020-5, evidence: [坪石镇入选城乡融合发展省级中心镇试点] }
isolated:
  town:pingshi: stands alone
`);
    expect([stale.record, stale.code]).toEqual(['isolated.town:pingshi', 'BAD_FIELD']);
    const unknown = failureOf(`${town('')}
targets:
  override:
    - { at: 完成高标农田7.14万亩, owner: [town:pingshi] }
`);
    expect(unknown.message).toContain('unknown field "owner"');
  });
});
