/**
 * The entities a view is about, whose passages a briefing prints and whose sections a picture
 * names: the selection, the ends of a selected relation, the path's stops, the chosen section's
 * entities, or else the most connected entities in view.
 */
import type { Visibility } from '../filters/index.ts';
import type { GraphIndex } from '../graph/types.ts';
import type { Emphasis } from '../highlight/index.ts';
import type { ViewState } from '../view-state/types.ts';

export function keyEntities(index: GraphIndex, visibility: Visibility, emphasis: Emphasis | null, view: Pick<ViewState, 'selected'>, limit = 4): string[] {
  const degree = (id: string) => index.entities.get(id)?.degree ?? 0;
  const byDegree = (ids: Iterable<string>) => [...ids].filter((id) => index.entities.has(id)).sort((a, b) => degree(b) - degree(a) || a.localeCompare(b));
  const first = view.selected && index.entities.has(view.selected) ? [view.selected] : [];
  const pool = emphasis?.reason === 'path' ? [...emphasis.entities] : byDegree(emphasis?.entities ?? visibility.entities);
  return [...new Set([...first, ...pool])].slice(0, limit);
}
