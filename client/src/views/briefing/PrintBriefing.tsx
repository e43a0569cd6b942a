/** The briefing as print pages: one per view, with its picture, caption and the passages behind it. Shown only in print. */
import { keyPassagesFirst } from '../../core/passages/index.ts';
import { Passage } from '../common/Passage.tsx';
import type { EntityPassages } from '../export/passages.ts';

export interface PrintPage {
  caption: string;
  /** An object URL of the view's PNG. */
  image: string;
  entities: EntityPassages[];
}

const PASSAGES_PER_ENTITY = 2;

export function PrintBriefing({ pages }: { pages: readonly PrintPage[] }) {
  if (!pages.length) return null;
  return (
    <div className="print-briefing" aria-hidden="true">
      {pages.map((page, i) => (
        <article key={i} className="print-page">
          <p className="print-page__count">
            乐昌市2021年政府工作报告 · Lechang 2021 government work report — view {i + 1} of {pages.length}
          </p>
          <img className="print-page__picture" src={page.image} alt="" />
          <div className="print-page__text">
            <h2 className="print-page__caption">{page.caption}</h2>
            {page.entities.map((entity) => (
              <section key={entity.id} className="print-page__entity">
                <h3>
                  {entity.name}
                  {entity.nameEn ? ` · ${entity.nameEn}` : ''}
                </h3>
                {keyPassagesFirst(entity.mentions).slice(0, PASSAGES_PER_ENTITY).map((passage, j) => (
                  <Passage key={j} passage={passage} />
                ))}
              </section>
            ))}
          </div>
        </article>
      ))}
    </div>
  );
}
