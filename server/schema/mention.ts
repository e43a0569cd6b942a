/** Provenance: mentions of the report's text, and the sections they stand in. */
import { builder } from '../builder.ts';
import { notFound } from '../errors.ts';
import { EntityRef, MentionRef, ReportRef, SectionRef } from './refs.ts';
import type { Loaders } from '../context.ts';

/** A report by id, which the graph must hold (a section's report). */
async function reportOf(loaders: Loaders, id: string) {
  const report = await loaders.report.load(id);
  if (!report) throw new Error(`seed defect: report ${id} of a section is not in the graph`);
  return report;
}

MentionRef.implement({
  description: 'A passage of one report (offsets into that report\'s normalised text) that an entity or relation comes from.',
  fields: (t) => ({
    report: t.field({
      type: ReportRef,
      description: 'The report the passage is from: its section\'s report; `start`, `end` and `quote` refer to its text.',
      resolve: async (m, _, { loaders }) => reportOf(loaders, (await loaders.section.load(m.sectionId))!.reportId),
    }),
    section: t.field({
      type: SectionRef,
      description: 'The innermost section the passage stands in.',
      resolve: async (m, _, { loaders }) => (await loaders.section.load(m.sectionId))!,
    }),
    start: t.exposeInt('start', { description: 'Offset of the first character (UTF-16 code units) in the normalised text of its report.' }),
    end: t.exposeInt('end', { description: 'Offset just past the last character.' }),
    quote: t.string({ description: 'The exact text of the passage.', resolve: async (m, _, { loaders }) => (await loaders.passage.load(m)).quote }),
    context: t.string({
      description: 'The sentence (or sentences) around the quote.',
      resolve: async (m, _, { loaders }) => (await loaders.passage.load(m)).context,
    }),
    contextStart: t.int({
      description: 'Where the quote starts inside `context`, to highlight it.',
      resolve: async (m, _, { loaders }) => (await loaders.passage.load(m)).quoteOffset,
    }),
  }),
});

SectionRef.implement({
  description: 'A section of one report: a part, a numbered heading, a lead sentence, or a glossary note.',
  fields: (t) => ({
    report: t.field({ type: ReportRef, description: 'The report it belongs to; its offsets refer to that report\'s text.', resolve: (s, _, { loaders }) => reportOf(loaders, s.reportId) }),
    id: t.exposeID('id', { description: 'Stable id, e.g. section:work-1-2.' }),
    title: t.exposeString('title', { description: 'The heading as the report writes it (Chinese).' }),
    path: t.exposeStringList('path', { description: 'Titles from the outermost section down to this one.' }),
    parent: t.field({
      type: SectionRef,
      nullable: true,
      description: 'The section this one stands in; null for a top-level part.',
      resolve: (s, _, { loaders }) => (s.parentId ? loaders.section.load(s.parentId) : null),
    }),
    start: t.exposeInt('start', { description: 'Offset of its first character in the normalised text (UTF-16 code units).' }),
    end: t.exposeInt('end', { description: 'Offset just past its last character.' }),
    strategy: t.field({
      type: EntityRef,
      nullable: true,
      description: 'The strategy this section heads, if it is one of the report\'s pillars or areas.',
      resolve: (s, _, { loaders }) => (s.strategyId ? loaders.entity.load(s.strategyId) : null),
    }),
    entities: t.field({
      type: [EntityRef],
      description: 'Entities mentioned in this section or the sections inside it.',
      resolve: (s, _, { loaders }) => loaders.sectionEntities.load(s.id),
    }),
  }),
});

builder.queryFields((t) => ({
  section: t.field({
    type: SectionRef,
    nullable: true,
    description: 'A section by id; NOT_FOUND when there is none.',
    args: { id: t.arg.id({ required: true, description: 'The section id, e.g. section:work-1-2.' }) },
    resolve: async (_, { id }, { loaders }) => {
      const section = await loaders.section.load(String(id));
      if (!section) throw notFound('Section', String(id));
      return section;
    },
  }),
  sections: t.field({
    type: [SectionRef],
    nullable: true,
    description: 'Every section of every report, report by report, each in reading order: the outlines (Section.report says whose).',
    resolve: (_, __, { store }) => store.sections(),
  }),
}));
