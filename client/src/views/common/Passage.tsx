/** One passage of the report: the sentence with the quote marked, and where it stands. */
import { sectionTrail, splitPassage } from '../../core/passages/index.ts';

export interface PassageData {
  quote: string;
  context: string;
  contextStart: number;
  start: number;
  section: { id: string; path: string[] };
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
