/** Export what the canvas shows: a picture with its legend, or the same entities and relations as files. */
import { useState } from 'react';
import { EXPORT_FILES, exportQuery } from '../../core/export/index.ts';
import type { ViewState } from '../../core/view-state/types.ts';
import { config } from '../../config.ts';

export function ExportPanel({ view, onPicture }: { view: ViewState; onPicture: () => Promise<void> }) {
  const [state, setState] = useState<'idle' | 'working' | 'failed'>('idle');
  const query = exportQuery(view);
  const scope = view.selected && view.focusDepth ? 'the focused neighbourhood' : view.hiddenTypes.length || view.hiddenRelations.length ? 'the types shown' : 'the whole graph';
  const take = async () => {
    setState('working');
    try {
      await onPicture();
      setState('idle');
    } catch (error) {
      console.warn(error);
      setState('failed');
    }
  };
  return (
    <fieldset className="export">
      <legend>Export</legend>
      <button type="button" className="button button--small" onClick={take} disabled={state === 'working'}>
        {state === 'working' ? 'Drawing…' : 'Picture of this view (PNG)'}
      </button>
      {state === 'failed' && (
        <p className="hint error-text" role="alert">
          The picture could not be drawn.
        </p>
      )}
      <p className="hint">Data of {scope}, with each entity’s and relation’s passages:</p>
      <ul className="export__files">
        {EXPORT_FILES.map(({ file, label, hint }) => (
          <li key={file}>
            <a href={`${config.exportUrl}/${file}${query}`} download title={hint}>
              {label}
            </a>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
