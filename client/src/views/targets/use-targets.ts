/**
 * What the targets view needs from the API: the indicators to choose from, and the chosen
 * indicator's series of goals and results.
 */
import { useMemo } from 'react';
import type { GraphIndex } from '../../core/graph/types.ts';
import type { IndicatorChoice } from '../../core/targets/types.ts';
import type { AsyncState } from '../common/use-async.ts';

/** The INDICATOR entities of the graph in view, as the indicator list shows them. */
export function useIndicators(index: GraphIndex): AsyncState<IndicatorChoice[]> & { retry(): void } {
  return useMemo(() => {
    const data: IndicatorChoice[] = [];
    for (const entity of index.entities.values()) {
      if (entity.type === 'INDICATOR') data.push({ id: entity.id, name: entity.name, nameEn: entity.nameEn ?? null, aliases: [], pinyin: entity.pinyin ?? null });
    }
    return { status: 'ready' as const, data, retry: () => {} };
  }, [index]);
}
