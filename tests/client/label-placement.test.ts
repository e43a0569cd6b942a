import { describe, expect, it } from 'vitest';
import { labelBox, placeLabels, type LabelCandidate } from '../../client/src/core/graph/label-placement.ts';

const at = (id: string, x: number, y: number, priority = 1, width = 60, r = 5): LabelCandidate => ({ id, x, y, r, width, priority });
const options = { width: 400, height: 300, labelSize: 12 };

describe('collision-free label placement', () => {
  it('keeps the more important of two labels that would overlap', () => {
    const placed = placeLabels([at('minor', 100, 100, 1), at('major', 110, 104, 2)], options);
    expect(placed).toEqual([{ id: 'major', side: 'right' }, { id: 'minor', side: 'left' }]);
    const [a, b] = placed.map((p) => labelBox([at('minor', 100, 100, 1), at('major', 110, 104, 2)].find((c) => c.id === p.id)!, 12, 3, p.side));
    expect(a!.right <= b!.left || b!.right <= a!.left || a!.bottom <= b!.top || b!.bottom <= a!.top).toBe(true);
  });

  it('puts a label on the left at the right edge, and leaves out one with no room on either side', () => {
    expect(placeLabels([at('edge', 380, 100)], options)).toEqual([{ id: 'edge', side: 'left' }]);
    const crowded = placeLabels([at('a', 100, 100, 3), at('b', 180, 100, 3), at('c', 140, 101, 1)], options);
    expect(crowded.map((p) => p.id).sort()).toEqual(['a', 'b']);
  });

  it('never returns two overlapping boxes, whatever the input', () => {
    const candidates = Array.from({ length: 300 }, (_, i) => at(`n${i}`, (i * 37) % 400, (i * 53) % 300, i % 3, 20 + (i % 7) * 15));
    const placed = placeLabels(candidates, options);
    expect(placed.length).toBeGreaterThan(20);
    const boxes = placed.map((p) => labelBox(candidates.find((c) => c.id === p.id)!, 12, 3, p.side));
    for (let i = 0; i < boxes.length; i += 1) {
      const a = boxes[i]!;
      expect(a.left).toBeGreaterThanOrEqual(0);
      expect(a.right).toBeLessThanOrEqual(400);
      for (let j = i + 1; j < boxes.length; j += 1) {
        const b = boxes[j]!;
        expect(a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom, `${placed[i]!.id} × ${placed[j]!.id}`).toBe(false);
      }
    }
  });
});
