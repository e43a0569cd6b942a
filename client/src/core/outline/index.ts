/**
 * The report's outline as a tree, and the moves of a keyboard-driven tree view (the WAI-ARIA
 * tree pattern: arrows move and open/close, Home/End jump), kept pure so the rules are tested
 * apart from the DOM.
 */
export interface SectionRecord {
  id: string;
  title: string;
  path: string[];
  parent: { id: string } | null;
}

export interface OutlineNode {
  id: string;
  title: string;
  path: string[];
  parentId: string | null;
  children: string[];
  depth: number;
}

export interface Outline {
  nodes: ReadonlyMap<string, OutlineNode>;
  roots: string[];
}

export function buildOutline(sections: readonly SectionRecord[]): Outline {
  const nodes = new Map<string, OutlineNode>();
  for (const s of sections) {
    nodes.set(s.id, { id: s.id, title: s.title, path: s.path, parentId: s.parent?.id ?? null, children: [], depth: 0 });
  }
  const roots: string[] = [];
  for (const s of sections) {
    const node = nodes.get(s.id)!;
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    if (parent) parent.children.push(node.id);
    else {
      node.parentId = null;
      roots.push(node.id);
    }
  }
  const setDepth = (id: string, depth: number) => {
    const node = nodes.get(id)!;
    node.depth = depth;
    for (const child of node.children) setDepth(child, depth + 1);
  };
  for (const root of roots) setDepth(root, 0);
  return { nodes, roots };
}

/** The ids a reader can see, in order, given which items are open. */
export function visibleItems(outline: Outline, expanded: ReadonlySet<string>): string[] {
  const out: string[] = [];
  const walk = (id: string) => {
    out.push(id);
    const node = outline.nodes.get(id)!;
    if (expanded.has(id)) for (const child of node.children) walk(child);
  };
  for (const root of outline.roots) walk(root);
  return out;
}

export function ancestorsOf(outline: Outline, id: string): string[] {
  const out: string[] = [];
  for (let node = outline.nodes.get(id); node?.parentId; node = outline.nodes.get(node.parentId)) out.push(node.parentId);
  return out;
}

export interface TreeMove {
  focus: string;
  expanded: Set<string>;
}

/** The result of a key press on the focused item; null for keys the tree does not handle. */
export function moveInTree(outline: Outline, expanded: ReadonlySet<string>, current: string, key: string): TreeMove | null {
  const items = visibleItems(outline, expanded);
  const at = items.indexOf(current);
  const node = outline.nodes.get(current);
  if (at < 0 || !node) return null;
  const next = new Set(expanded);
  switch (key) {
    case 'ArrowDown':
      return { focus: items[Math.min(items.length - 1, at + 1)]!, expanded: next };
    case 'ArrowUp':
      return { focus: items[Math.max(0, at - 1)]!, expanded: next };
    case 'Home':
      return { focus: items[0]!, expanded: next };
    case 'End':
      return { focus: items[items.length - 1]!, expanded: next };
    case 'ArrowRight':
      if (node.children.length === 0) return { focus: current, expanded: next };
      if (!expanded.has(current)) {
        next.add(current);
        return { focus: current, expanded: next };
      }
      return { focus: node.children[0]!, expanded: next };
    case 'ArrowLeft':
      if (node.children.length > 0 && expanded.has(current)) {
        next.delete(current);
        return { focus: current, expanded: next };
      }
      return { focus: node.parentId ?? current, expanded: next };
    default:
      return null;
  }
}
