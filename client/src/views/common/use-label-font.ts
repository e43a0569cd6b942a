/** Whether the label font covers every label, so the canvas can start drawing (see graph/fonts.ts). */
import { useEffect, useState } from 'react';
import { labelCharacters } from '../../core/graph/labels.ts';
import type { GraphIndex } from '../../core/graph/types.ts';
import { loadLabelFont } from '../graph/fonts.ts';

export function useLabelFont(index: GraphIndex): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let live = true;
    void loadLabelFont(labelCharacters(index.entities.values())).then(() => {
      performance.mark('explorer:label-font');
      if (live) setReady(true);
    });
    return () => {
      live = false;
    };
  }, [index]);
  return ready;
}
