/**
 * Starting positions for the force layout, derived from each entity's id alone: the same id
 * always starts at the same point, whatever order the API lists entities in, so the finished
 * layout is the same picture on every load.
 */

/** FNV-1a over UTF-16 code units: a small, well-spread 32-bit hash. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a small seeded generator, enough to spread points evenly (and to make synthetic graphs). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const INITIAL_SPREAD = 100;

export function initialPosition(id: string): { x: number; y: number } {
  const next = seededRandom(hash(id));
  return { x: (next() * 2 - 1) * INITIAL_SPREAD, y: (next() * 2 - 1) * INITIAL_SPREAD };
}
