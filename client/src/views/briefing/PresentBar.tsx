/** Present mode: the caption of the view on screen, and the way to the next and previous views (also ← and →). */
import { useEffect } from 'react';

export interface PresentBarProps {
  caption: string;
  slide: number;
  count: number;
  onGo(slide: number): void;
  onExit(): void;
}

export function PresentBar({ caption, slide, count, onGo, onExit }: PresentBarProps) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target && ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return;
      const next =
        event.key === 'ArrowRight' || event.key === 'PageDown' ? slide + 1
        : event.key === 'ArrowLeft' || event.key === 'PageUp' ? slide - 1
        : null;
      if (next === null) return;
      event.preventDefault();
      event.stopPropagation();
      if (next >= 0 && next < count) onGo(next);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [slide, count, onGo]);
  return (
    <section className="present" aria-label="Briefing view">
      <p className="present__count">
        View {slide + 1} of {count}
      </p>
      <p className="present__caption" lang="zh-Hans">
        {caption || <span className="muted">(no caption)</span>}
      </p>
      <div className="present__controls">
        <button type="button" className="button button--small" onClick={() => onGo(slide - 1)} disabled={slide === 0}>
          ← Previous
        </button>
        <button type="button" className="button button--small" onClick={() => onGo(slide + 1)} disabled={slide >= count - 1}>
          Next →
        </button>
        <button type="button" className="button button--small" onClick={onExit}>
          Done
        </button>
      </div>
    </section>
  );
}
