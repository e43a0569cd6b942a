/** Whether the label font covers every label, so the canvas can draw them (see graph/fonts.ts). */
import { useEffect, useMemo, useState } from 'react';
import { labelCharacters } from '../../core/graph/labels.ts';
import type { GraphIndex } from '../../core/graph/types.ts';
import { labelFontLoaded, loadLabelFont } from '../graph/fonts.ts';

export function useLabelFont(index: GraphIndex): boolean {
  const text = useMemo(() => labelCharacters(index.entities.values()), [index]);
  const [loaded, setLoaded] = useState<string | null>(() => (labelFontLoaded(text) ? text : null));
  useEffect(() => {
    if (labelFontLoaded(text)) {
      setLoaded(text);
      return;
    }
    let live = true;
    void loadLabelFont(text).then(() => {
      performance.mark('explorer:label-font');
      if (live) setLoaded(text);
    });
    return () => {
      live = false;
    };
  }, [text]);
  return loaded === text;
}
