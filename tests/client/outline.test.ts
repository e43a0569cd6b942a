import { describe, expect, it } from 'vitest';
import { ancestorsOf, buildOutline, moveInTree, visibleItems } from '../../client/src/core/outline/index.ts';

const section = (id: string, parent: string | null) => ({ id, title: id, path: [id], parent: parent ? { id: parent } : null });
const outline = buildOutline([section('a', null), section('a1', 'a'), section('a1x', 'a1'), section('a2', 'a'), section('b', null), section('orphan', 'missing')]);

describe('outline', () => {
  it('builds the tree in reading order, with depths; an unknown parent makes a root', () => {
    expect(outline.roots).toEqual(['a', 'b', 'orphan']);
    expect(outline.nodes.get('a')!.children).toEqual(['a1', 'a2']);
    expect(outline.nodes.get('a1x')!.depth).toBe(2);
    expect(ancestorsOf(outline, 'a1x')).toEqual(['a1', 'a']);
  });

  it('shows the children of open items only', () => {
    expect(visibleItems(outline, new Set())).toEqual(['a', 'b', 'orphan']);
    expect(visibleItems(outline, new Set(['a', 'a1']))).toEqual(['a', 'a1', 'a1x', 'a2', 'b', 'orphan']);
  });

  it('moves like a tree view: arrows, Right opens then enters, Left closes then leaves, Home/End', () => {
    const open = new Set(['a']);
    expect(moveInTree(outline, open, 'a', 'ArrowDown')!.focus).toBe('a1');
    expect(moveInTree(outline, open, 'a', 'ArrowUp')!.focus).toBe('a');
    const opened = moveInTree(outline, open, 'a1', 'ArrowRight')!;
    expect(opened.focus).toBe('a1');
    expect(opened.expanded.has('a1')).toBe(true);
    expect(moveInTree(outline, opened.expanded, 'a1', 'ArrowRight')!.focus).toBe('a1x');
    expect(moveInTree(outline, opened.expanded, 'a1x', 'ArrowLeft')!.focus).toBe('a1');
    const closed = moveInTree(outline, opened.expanded, 'a1', 'ArrowLeft')!;
    expect(closed.expanded.has('a1')).toBe(false);
    expect(moveInTree(outline, open, 'b', 'Home')!.focus).toBe('a');
    expect(moveInTree(outline, open, 'a', 'End')!.focus).toBe('orphan');
    expect(moveInTree(outline, open, 'a', 'x')).toBeNull();
    expect(moveInTree(outline, open, 'a1x', 'ArrowDown')).toBeNull();
  });
});
