import { describe, expect, it } from 'vitest';
import { normaliseReport } from '../../graph-seed/normalise.ts';
import { extractSections } from '../../graph-seed/sections.ts';
import { extractGlossary } from '../../graph-seed/glossary.ts';
import { rawReport } from './fixtures.ts';

const text = normaliseReport(rawReport);
const { notes, markers } = extractGlossary(text, extractSections(text).sections);

describe('extractGlossary', () => {
  it('reads all 31 notes with their terms and definitions', () => {
    expect(notes.map((n) => n.number)).toEqual(Array.from({ length: 31 }, (_, i) => i + 1));
    const note14 = notes[13]!;
    expect(note14.term).toBe('“三线一单”');
    expect(note14.definition).toBe('指生态保护红线、环境质量底线、资源利用上线和生态环境准入清单。');
    expect(text.slice(note14.termStart, note14.termStart + note14.term.length)).toBe('“三线一单”');
    expect(text.slice(note14.definitionStart, note14.definitionEnd)).toBe(note14.definition);
  });

  it('finds every [n] marker in the body, each right after its term', () => {
    expect(markers.map((m) => m.number).sort((a, b) => a - b)).toEqual(Array.from({ length: 31 }, (_, i) => i + 1));
    for (const marker of markers) {
      const note = notes[marker.number - 1]!;
      expect(text.slice(marker.start, marker.end)).toBe(`[${marker.number}]`);
      expect(text.slice(marker.start - note.term.length, marker.start), `[${marker.number}]`).toBe(note.term);
    }
  });
});
