/**
 * The canvas draws labels with the bundled Noto Sans SC. A canvas does not wait for web fonts:
 * a label drawn before its glyphs arrive shows as boxes or a fallback face and stays that way.
 * So the characters every label can show are loaded first (the font is split by unicode range;
 * only the needed slices are fetched), and sigma starts after.
 */
export const LABEL_FONT_FAMILY = '"Noto Sans SC"';
export const LABEL_FONT = `${LABEL_FONT_FAMILY}, "Noto Sans CJK SC", sans-serif`;
export const LABEL_WEIGHT = '400';

/** Resolves when the label font covers `text`, or after `timeoutMs` (labels then use a fallback face). */
export async function loadLabelFont(text: string, timeoutMs = 8000): Promise<boolean> {
  if (typeof document === 'undefined' || !document.fonts) return false;
  const load = document.fonts.load(`${LABEL_WEIGHT} 14px ${LABEL_FONT_FAMILY}`, text).then(
    (faces) => faces.length > 0,
    () => false,
  );
  const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeoutMs));
  return Promise.race([load, timeout]);
}
