/** The bar across the top: what this is, the search box, and the label language. */
import type { Dispatch } from 'react';
import { LABEL_LANGUAGE_NAMES, LABEL_LANGUAGES } from '../core/graph/labels.ts';
import type { ViewAction } from '../core/view-state/index.ts';
import type { ViewState } from '../core/view-state/types.ts';
import { SearchBox, type SearchEntity } from './search/SearchBox.tsx';

export function Header({ view, dispatch, onChoose }: { view: ViewState; dispatch: Dispatch<ViewAction>; onChoose: (entity: SearchEntity) => void }) {
  return (
    <header className="header">
      <h1 className="header__title">
        <span lang="zh-Hans">乐昌市2021年政府工作报告</span>
        <span className="header__subtitle">Lechang 2021 government work report · knowledge graph</span>
      </h1>
      <SearchBox className="header__search" label="Search entities" placeholder="Search 搜索: 坪石, pingshi, forest city, [12]…  ( / )" onChoose={onChoose} slashShortcut reports={view.reports.length ? view.reports : null} />
      <div className="segmented header__labels" role="radiogroup" aria-label="Label language">
        {LABEL_LANGUAGES.map((language) => (
          <label key={language} className="segmented__option">
            <input type="radio" name="label-language" value={language} checked={view.labels === language} onChange={() => dispatch({ type: 'setLabels', labels: language })} />
            <span>{LABEL_LANGUAGE_NAMES[language]}</span>
          </label>
        ))}
      </div>
    </header>
  );
}
