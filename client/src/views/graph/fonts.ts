/**
 * The canvas draws labels with the bundled Noto Sans SC. A canvas does not wait for web fonts:
 * a label drawn before its glyphs arrive shows as boxes or a fallback face and stays that way.
 * So the characters every label can show are loaded first (the font is split by unicode range;
 * only the needed slices are fetched), and labels are drawn after; nodes and edges do not wait.
 *
 * The load starts as soon as the graph's answer arrives (App.tsx), before React builds the
 * explorer, and is shared with the canvas through `loadLabelFont`'s cache: a trace of a cold load
 * showed the slices requested only ~1 s after the graph had arrived, once the explorer had
 * mounted. On a repeat visit the slices come from the HTTP cache (they are immutable files), and
 * the font is usually ready when the explorer first renders (`labelFontLoaded`).
 */
export const LABEL_FONT_FAMILY = '"Noto Sans SC"';
export const LABEL_FONT = `${LABEL_FONT_FAMILY}, "Noto Sans CJK SC", sans-serif`;
export const LABEL_WEIGHT = '400';

/** Loads by the characters asked for; `settled` once the load has finished (either way). */
const loads = new Map<string, { promise: Promise<boolean>; settled: boolean }>();

/**
 * Resolves when the label font covers `text` (true), or after `timeoutMs` or a failed load
 * (false: labels then use a fallback face). The same `text` shares one load.
 */
export function loadLabelFont(text: string, timeoutMs = 8000): Promise<boolean> {
  if (typeof document === 'undefined' || !document.fonts) return Promise.resolve(false);
  const known = loads.get(text);
  if (known) return known.promise;
  const load = document.fonts.load(`${LABEL_WEIGHT} 14px ${LABEL_FONT_FAMILY}`, text).then(
    (faces) => faces.length > 0,
    () => false,
  );
  const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeoutMs));
  const entry = { promise: Promise.race([load, timeout]), settled: false };
  void entry.promise.then(() => (entry.settled = true));
  loads.set(text, entry);
  return entry.promise;
}

/** Whether a `loadLabelFont(text)` has already finished, so the canvas can draw labels at once. */
export function labelFontLoaded(text: string): boolean {
  return loads.get(text)?.settled ?? false;
}
