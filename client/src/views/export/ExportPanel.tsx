/** Export what the canvas shows: a picture (PNG at 1x, 2x or 4x, or SVG with its font) with its legend and sources, or the same entities and relations as files. */
import { useMemo, useState } from 'react';
import { drawnByTypes, EXPORT_FILES, exportRequest, type ExportRequest } from '../../core/export/index.ts';
import type { ViewState } from '../../core/view-state/types.ts';
import { config } from '../../config.ts';
import { PICTURE_SCALES, type PictureScale } from './picture.ts';

export type PictureFormat = PictureScale | 'svg';

/** `drawn`: the ids of the entities on the canvas, so the files hold exactly what is drawn. */
export function ExportPanel({ view, drawn, onPicture }: { view: ViewState; drawn: ReadonlySet<string>; onPicture: (format: PictureFormat) => Promise<void> }) {
  const [state, setState] = useState<'idle' | 'working' | 'failed'>('idle');
  const request = useMemo(() => exportRequest(view, drawn), [view, drawn]);
  const scope = !drawnByTypes(view) ? `the ${drawn.size} entities drawn` : view.hiddenTypes.length || view.hiddenRelations.length ? 'the types shown' : 'the whole graph';
  const take = async (format: PictureFormat) => {
    setState('working');
    try {
      await onPicture(format);
      setState('idle');
    } catch (error) {
      console.warn(error);
      setState('failed');
    }
  };
  return (
    <fieldset className="export">
      <legend>Export</legend>
      <p className="hint">{state === 'working' ? 'Drawing the picture…' : 'Picture of this view, with legend, title, date and sources:'}</p>
      <div className="export__pictures" role="group" aria-label="Picture of this view">
        {PICTURE_SCALES.map((scale) => (
          <button key={scale} type="button" className="button button--small" onClick={() => take(scale)} disabled={state === 'working'}>
            PNG {scale}x
          </button>
        ))}
        <button type="button" className="button button--small" onClick={() => take('svg')} disabled={state === 'working'} aria-label="SVG">
          SVG
        </button>
      </div>
      {state === 'failed' && (
        <p className="hint error-text" role="alert">
          The picture could not be drawn.
        </p>
      )}
      <p className="hint">Data of {scope}, with each entity’s and relation’s passages:</p>
      <ExportFiles request={request} />
    </fieldset>
  );
}

/** Links (or, for a long list of ids, small forms) to each of the API's export files for one request. */
export function ExportFiles({ request, suffix }: { request: ExportRequest; /** Said after each file's name to screen readers, to tell two lists apart. */ suffix?: string }) {
  const said = suffix ? <span className="visually-hidden"> {suffix}</span> : null;
  return (
    <ul className="export__files">
      {EXPORT_FILES.map(({ file, label, hint }) => (
        <li key={file}>
          {request.form ? (
            <form method="post" action={`${config.exportUrl}/${file}`} className="export__form">
              {Object.entries(request.form).map(([name, value]) => (
                <input key={name} type="hidden" name={name} value={value} />
              ))}
              <button type="submit" className="link-button" title={hint}>
                {label}
                {said}
              </button>
            </form>
          ) : (
            <a href={`${config.exportUrl}/${file}${request.query}`} download title={hint}>
              {label}
              {said}
            </a>
          )}
        </li>
      ))}
    </ul>
  );
}
