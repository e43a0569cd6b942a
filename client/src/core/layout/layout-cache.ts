/**
 * Remembers finished layouts in localStorage. The layout is deterministic, so a cached one is
 * the same picture the worker would compute; the key covers the graph's structure and the
 * layout settings, so any change to either computes afresh.
 */
import { layoutSettings } from '../../../../graph-seed/layout/settings.ts';
import type { LayoutCoordinates, LayoutInput } from '../../../../graph-seed/layout/types.ts';

const PREFIX = 'lechang-explorer:layout:';

function digest(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x9e3779b9;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return `${(a >>> 0).toString(36)}${(b >>> 0).toString(36)}`;
}

export function layoutKey(input: LayoutInput): string {
  const nodes = input.nodes.map((n) => `${n.id}@${n.x.toFixed(3)},${n.y.toFixed(3)},${n.size.toFixed(2)}`).join('|');
  const edges = input.edges.map(([s, t]) => `${s}>${t}`).join('|');
  return PREFIX + digest(`${JSON.stringify(layoutSettings(input.nodes.length))}#${nodes}#${edges}`);
}

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export function readCachedLayout(store: KeyValueStore | null, input: LayoutInput): LayoutCoordinates | null {
  try {
    const raw = store?.getItem(layoutKey(input));
    if (!raw) return null;
    const values: unknown = JSON.parse(raw);
    if (!Array.isArray(values) || values.length !== input.nodes.length * 2 || !values.every((v) => typeof v === 'number' && Number.isFinite(v))) return null;
    return Float64Array.from(values as number[]);
  } catch {
    return null;
  }
}

export function writeCachedLayout(store: KeyValueStore | null, input: LayoutInput, coordinates: LayoutCoordinates): void {
  try {
    store?.setItem(layoutKey(input), JSON.stringify(Array.from(coordinates)));
  } catch {
    // A full or disabled storage only costs the next load a layout run.
  }
}
