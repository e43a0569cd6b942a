/**
 * The 31 notes of 名词解释 and the `[n]` markers in the body that point to them.
 * A note reads `[n]term：definition`; the term is what the body writes just before its marker.
 */
import type { Section } from './types.ts';
import { SeedBuildError } from './errors.ts';

export interface GlossaryNote {
  number: number;
  term: string;
  termStart: number;
  definition: string;
  definitionStart: number;
  definitionEnd: number;
}

export interface GlossaryMarker {
  number: number;
  /** The span of `[n]` itself. */
  start: number;
  end: number;
}

export function extractGlossary(text: string, sections: Section[]): { notes: GlossaryNote[]; markers: GlossaryMarker[] } {
  const glossary = sections.find((s) => s.id === 'section:glossary');
  if (!glossary) throw new SeedBuildError('glossary', 'the section tree has no glossary section');

  const notes: GlossaryNote[] = [];
  const entry = /^\[(\d+)\]([^：\n]+)：([^\n]+)$/gm;
  entry.lastIndex = glossary.start;
  for (let match = entry.exec(text); match; match = entry.exec(text)) {
    const [whole, number, term, definition] = match as unknown as [string, string, string, string];
    const termStart = match.index + 2 + number.length;
    notes.push({
      number: Number(number), term, termStart, definition,
      definitionStart: match.index + whole.length - definition.length,
      definitionEnd: match.index + whole.length,
    });
  }
  notes.forEach((note, index) => {
    if (note.number !== index + 1) {
      throw new SeedBuildError('glossary', `note ${index + 1} is numbered [${note.number}]: the notes must run 1, 2, 3, … without gaps`);
    }
  });

  const markers: GlossaryMarker[] = [];
  const marker = /\[(\d+)\]/g;
  for (let match = marker.exec(text); match && match.index < glossary.start; match = marker.exec(text)) {
    markers.push({ number: Number(match[1]), start: match.index, end: match.index + match[0].length });
  }
  return { notes, markers };
}
