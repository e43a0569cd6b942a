/**
 * The briefing being built or shown. A link with `#briefing=…` opens it in present mode;
 * otherwise the draft is kept in local storage, so it survives reloads while it is built.
 */
import { useEffect, useState } from 'react';
import { decodeBriefing, encodeBriefing, parseBriefingHash } from '../../core/briefing/index.ts';
import type { BriefingSlide } from '../../core/briefing/types.ts';

const STORAGE_KEY = 'lechang-briefing';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export interface BriefingState {
  slides: BriefingSlide[];
  setSlides(slides: BriefingSlide[]): void;
  /** The slide shown in present mode, or null when not presenting. */
  presenting: number | null;
  setPresenting(slide: number | null): void;
}

export function useBriefing(): BriefingState {
  const [initial] = useState(() => parseBriefingHash(window.location.hash));
  const [slides, setSlides] = useState<BriefingSlide[]>(() => initial?.briefing ?? decodeBriefing(storage()?.getItem(STORAGE_KEY) ?? ''));
  const [presenting, setPresenting] = useState<number | null>(initial ? initial.slide : null);
  useEffect(() => {
    if (slides.length) storage()?.setItem(STORAGE_KEY, encodeBriefing(slides));
    else storage()?.removeItem(STORAGE_KEY);
  }, [slides]);
  return { slides, setSlides, presenting, setPresenting };
}
