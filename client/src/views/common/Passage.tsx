/** One passage of the report: the sentence with the quote marked, and where it stands. */
import { sectionTrail, splitPassage } from '../../core/passages/index.ts';
import { reportLabel } from '../../core/reports/colors.ts';

export interface PassageData {
  quote: string;
  context: string;
  contextStart: number;
  start: number;
  section: { id: string; path: string[] };
  /** The report the passage is in: every passage says so, as the graph may hold several. */
  report?: { title: string; year: number } | null;
}

export function Passage({ passage, onSection }: { passage: PassageData; onSection?: (id: string) => void }) {
  const parts = splitPassage(passage.context, passage.contextStart, passage.quote);
  const trail = sectionTrail(passage.section.path);
  return (
    <figure className="passage">
      <blockquote lang="zh-Hans" className="passage__text">
        {parts.before}
        {parts.located && <mark>{parts.quote}</mark>}
        {parts.after}
      </blockquote>
      <figcaption className="passage__source">
        {passage.report && (
          <span className="passage__report" lang="zh-Hans">
            {reportLabel(passage.report)}
          </span>
        )}
        {onSection ? (
          <button type="button" className="link-button" onClick={() => onSection(passage.section.id)} title="Show this section in the report outline">
            <span lang="zh-Hans">{trail}</span>
          </button>
        ) : (
          <span lang="zh-Hans">{trail}</span>
        )}
      </figcaption>
    </figure>
  );
}
