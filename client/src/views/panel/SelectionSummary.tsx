/**
 * What is selected when it is more than one entity (shift/ctrl-click on the canvas, or the
 * drawn list's checkboxes): their names, and what can be done with them together — the path
 * between two, expanding or hiding them all, and their data as files. The panel below shows
 * the entity chosen last.
 */
import { idsExportRequest } from '../../core/export/index.ts';
import type { GraphIndex } from '../../core/graph/types.ts';
import type { RelationType } from '../../core/graph/types.ts';
import { TypeDot } from '../common/EntityName.tsx';
import { ExportFiles } from '../export/ExportPanel.tsx';

export interface SelectionSummaryProps {
  index: GraphIndex;
  /** The selected entities, the panel's (last chosen) last. */
  selection: readonly string[];
  hiddenRelations: readonly RelationType[];
  onLocate(id: string): void;
  onDeselect(id: string): void;
  onClear(): void;
  onPath(from: string, to: string): void;
  onExpand(ids: readonly string[]): void;
  onHide(ids: readonly string[]): void;
}

export function SelectionSummary({ index, selection, hiddenRelations, onLocate, onDeselect, onClear, onPath, onExpand, onHide }: SelectionSummaryProps) {
  if (selection.length < 2) return null;
  const name = (id: string) => index.entities.get(id)?.name ?? id;
  return (
    <section className="selection" aria-labelledby="selection-heading">
      <h2 id="selection-heading" className="selection__heading">
        {selection.length} entities selected
      </h2>
      <ul className="selection__list">
        {selection.map((id) => {
          const entity = index.entities.get(id);
          return (
            <li key={id} className="selection__item">
              <button type="button" className="entity-button" onClick={() => onLocate(id)}>
                {entity && <TypeDot type={entity.type} />}
                <span className="entity-button__text" lang="zh-Hans">
                  {name(id)}
                </span>
              </button>
              <button type="button" className="link-button selection__remove" onClick={() => onDeselect(id)}>
                remove<span className="visually-hidden"> {name(id)} from the selection</span>
              </button>
            </li>
          );
        })}
      </ul>
      <div className="entity__actions" role="group" aria-label="Use the selection">
        {selection.length === 2 && (
          <button type="button" className="button button--small" onClick={() => onPath(selection[0]!, selection[1]!)}>
            Path between these two
          </button>
        )}
        <button type="button" className="button button--small" onClick={() => onExpand(selection)}>
          Expand all
        </button>
        <button type="button" className="button button--small" onClick={() => onHide(selection)}>
          Hide all
        </button>
        <button type="button" className="button button--small" onClick={onClear}>
          Clear selection
        </button>
      </div>
      <p className="hint">Data of the {selection.length} selected and the relations among them:</p>
      <ExportFiles request={idsExportRequest(selection, hiddenRelations)} suffix="of the selection" />
    </section>
  );
}
