/** Building a briefing: add the view on screen with a caption, edit, reorder, remove; share, present, print. */
import { useState } from 'react';
import { addSlide, briefingLink, moveSlide, removeSlide, setCaption } from '../../core/briefing/index.ts';
import type { BriefingSlide } from '../../core/briefing/types.ts';

export interface BriefingPanelProps {
  slides: BriefingSlide[];
  currentView: string;
  onChange(slides: BriefingSlide[]): void;
  onPresent(slide: number): void;
  onPrint(): void;
  printing: boolean;
}

export function BriefingPanel({ slides, currentView, onChange, onPresent, onPrint, printing }: BriefingPanelProps) {
  const [caption, setDraft] = useState('');
  const link = slides.length ? briefingLink(window.location.origin, window.location.pathname, slides) : '';
  const add = () => {
    onChange(addSlide(slides, { view: currentView, caption: caption.trim() }));
    setDraft('');
  };
  return (
    <section className="briefing" aria-label="Briefing">
      <form
        className="briefing__add"
        onSubmit={(event) => {
          event.preventDefault();
          add();
        }}
      >
        <label>
          Caption for this view
          <textarea value={caption} onChange={(event) => setDraft(event.target.value)} rows={2} placeholder="What this view shows" />
        </label>
        <button type="submit" className="button button--small">
          Add this view
        </button>
      </form>
      {slides.length === 0 ? (
        <p className="hint muted">A briefing is a list of views with a caption each: add the view on screen, then share, present or print it.</p>
      ) : (
        <ol className="briefing__slides" aria-label="Views in this briefing">
          {slides.map((slide, i) => (
            <li key={`${i}:${slide.view}`} className="briefing__slide">
              <label>
                <span className="visually-hidden">Caption of view {i + 1}</span>
                <textarea value={slide.caption} rows={2} onChange={(event) => onChange(setCaption(slides, i, event.target.value))} />
              </label>
              <div className="briefing__actions">
                <button type="button" className="button button--small" onClick={() => onPresent(i)} aria-label={`Show view ${i + 1}`}>
                  Show
                </button>
                <button type="button" className="button button--small" onClick={() => onChange(moveSlide(slides, i, -1))} disabled={i === 0} aria-label={`Move view ${i + 1} up`}>
                  ↑
                </button>
                <button type="button" className="button button--small" onClick={() => onChange(moveSlide(slides, i, 1))} disabled={i === slides.length - 1} aria-label={`Move view ${i + 1} down`}>
                  ↓
                </button>
                <button type="button" className="button button--small" onClick={() => onChange(removeSlide(slides, i))} aria-label={`Remove view ${i + 1}`}>
                  ✕
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
      {slides.length > 0 && (
        <div className="briefing__share">
          <label>
            Link to this briefing
            <input type="text" readOnly value={link} onFocus={(event) => event.target.select()} />
          </label>
          <div className="briefing__actions">
            <button type="button" className="button button--small" onClick={() => onPresent(0)}>
              Present
            </button>
            <button type="button" className="button button--small" onClick={onPrint} disabled={printing}>
              {printing ? 'Preparing pages…' : 'Print / PDF'}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
