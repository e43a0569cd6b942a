/**
 * Picking the slices of a web font a text needs. @fontsource splits Noto Sans SC into about a
 * hundred files by unicode-range; an SVG that embeds its font carries only the slices whose
 * ranges hold a character it draws, so a picture with a dozen Chinese labels stays small.
 * The stylesheet is read as text (the browser's own CSSFontFaceRule.cssText, or the package's
 * CSS file in tests), so one parser serves both.
 */

export interface FontSlice {
  family: string;
  weight: string;
  /** The woff2 source's URL as the stylesheet writes it. */
  url: string;
  /** The CSS unicode-range value, e.g. `U+4e00-4e8f,U+3000`. */
  unicodeRange: string;
  ranges: ReadonlyArray<readonly [number, number]>;
}

export function parseUnicodeRange(value: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const part of value.split(',')) {
    const match = /^\s*U\+([0-9a-f?]+)(?:-([0-9a-f]+))?\s*$/i.exec(part);
    if (!match) continue;
    const [, first = '', last] = match;
    if (first.includes('?')) ranges.push([parseInt(first.replace(/\?/g, '0'), 16), parseInt(first.replace(/\?/g, 'f'), 16)]);
    else ranges.push([parseInt(first, 16), parseInt(last ?? first, 16)]);
  }
  return ranges;
}

const unquote = (value: string) => value.trim().replace(/^["']|["']$/g, '');

/** Every @font-face in `css` that has a woff2 source. */
export function parseFontFaces(css: string): FontSlice[] {
  const slices: FontSlice[] = [];
  for (const [, body = ''] of css.matchAll(/@font-face\s*{([^}]*)}/g)) {
    const property = (name: string) => new RegExp(`(?:^|;|\\s)${name}\\s*:\\s*([^;]*)`, 'i').exec(body)?.[1]?.trim() ?? '';
    const url = /url\(\s*["']?([^"')]+\.woff2[^"')]*)["']?\s*\)/i.exec(property('src'))?.[1];
    if (!url) continue;
    const unicodeRange = property('unicode-range');
    slices.push({
      family: unquote(property('font-family')),
      weight: property('font-weight') || '400',
      url,
      unicodeRange,
      ranges: unicodeRange ? parseUnicodeRange(unicodeRange) : [[0, 0x10ffff]],
    });
  }
  return slices;
}

const covers = (slice: FontSlice, code: number) => slice.ranges.some(([low, high]) => code >= low && code <= high);

/** The slices that hold at least one character of `text` (white space aside), in stylesheet order. */
export function slicesFor(text: string, slices: readonly FontSlice[]): FontSlice[] {
  const codes = new Set<number>();
  for (const char of text) if (char.trim()) codes.add(char.codePointAt(0)!);
  return slices.filter((slice) => [...codes].some((code) => covers(slice, code)));
}
