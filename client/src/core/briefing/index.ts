/**
 * Building a briefing (add, caption, reorder, remove) as pure updates, and the briefing in a
 * link: the whole list in the URL's fragment (`#briefing=…&slide=2`), so it is never sent to
 * the server and the query string keeps holding the view on screen. The list is JSON of
 * [view, caption] pairs in base64url of UTF-8; a damaged link yields the slides it still holds.
 */
import type { ViewState } from '../view-state/types.ts';
import type { Briefing, BriefingSlide } from './types.ts';

const MAX_CAPTION = 500;
const MAX_SLIDES = 50;

export function addSlide(briefing: Briefing, slide: BriefingSlide): BriefingSlide[] {
  return [...briefing, { view: slide.view, caption: slide.caption.slice(0, MAX_CAPTION) }].slice(0, MAX_SLIDES);
}

export function setCaption(briefing: Briefing, index: number, caption: string): BriefingSlide[] {
  return briefing.map((slide, i) => (i === index ? { ...slide, caption: caption.slice(0, MAX_CAPTION) } : slide));
}

/** Moves a slide up (-1) or down (+1); a move past either end changes nothing. */
export function moveSlide(briefing: Briefing, index: number, delta: -1 | 1): BriefingSlide[] {
  const to = index + delta;
  if (index < 0 || index >= briefing.length || to < 0 || to >= briefing.length) return [...briefing];
  const next = [...briefing];
  [next[index], next[to]] = [next[to]!, next[index]!];
  return next;
}

export function removeSlide(briefing: Briefing, index: number): BriefingSlide[] {
  return briefing.filter((_, i) => i !== index);
}

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(code: string): string {
  const binary = atob(code.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

export function encodeBriefing(briefing: Briefing): string {
  return toBase64Url(JSON.stringify(briefing.map((slide) => [slide.view, slide.caption])));
}

export function decodeBriefing(code: string): BriefingSlide[] {
  let pairs: unknown;
  try {
    pairs = JSON.parse(fromBase64Url(code.trim()));
  } catch {
    return [];
  }
  if (!Array.isArray(pairs)) return [];
  const slides: BriefingSlide[] = [];
  for (const pair of pairs.slice(0, MAX_SLIDES)) {
    if (!Array.isArray(pair) || typeof pair[0] !== 'string') continue;
    const view = pair[0].startsWith('?') || pair[0] === '' ? pair[0] : `?${pair[0]}`;
    slides.push({ view, caption: typeof pair[1] === 'string' ? pair[1].slice(0, MAX_CAPTION) : '' });
  }
  return slides;
}

export interface BriefingLocation {
  briefing: BriefingSlide[];
  /** The slide on screen, 0-based, within the briefing. */
  slide: number;
}

/** The briefing in a URL fragment, or null when the fragment holds none. */
export function parseBriefingHash(hash: string): BriefingLocation | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const code = params.get('briefing');
  if (!code) return null;
  const briefing = decodeBriefing(code);
  if (!briefing.length) return null;
  const wanted = Number(params.get('slide'));
  const slide = Number.isInteger(wanted) && wanted >= 1 && wanted <= briefing.length ? wanted - 1 : 0;
  return { briefing, slide };
}

export function briefingHash(briefing: Briefing, slide = 0): string {
  return `#briefing=${encodeBriefing(briefing)}${slide > 0 ? `&slide=${slide + 1}` : ''}`;
}

/** The link that opens the briefing at its first view. */
export function briefingLink(origin: string, pathname: string, briefing: Briefing): string {
  return `${origin}${pathname}${briefing[0]?.view ?? ''}${briefingHash(briefing)}`;
}

/**
 * The view to save in a slide. Views are added from the Briefing tab, which emphasises nothing
 * of its own; the slide keeps the mode that gives the canvas its emphasis (a chosen section, a
 * path, a targets chart), or the filters.
 */
export function slideViewState(view: ViewState): ViewState {
  if (view.tab !== 'briefing') return view;
  return { ...view, tab: view.indicator ? 'targets' : view.section ? 'outline' : view.pathFrom && view.pathTo ? 'path' : 'filters' };
}
