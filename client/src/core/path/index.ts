/**
 * A shortest path as a list of hops. The API walks relations either way, so each hop says
 * whether it follows its relation forwards (stop i is the source) or backwards; the panel
 * draws the arrow the way the report states the relation.
 */
export interface PathLike<E extends { id: string }, R extends { id: string; source: { id: string }; target: { id: string } }> {
  nodes: readonly E[];
  relations: readonly R[];
}

export interface Hop<E, R> {
  from: E;
  to: E;
  relation: R;
  /** True when `from` is the relation's source. */
  forward: boolean;
}

export function pathHops<E extends { id: string }, R extends { id: string; source: { id: string }; target: { id: string } }>(
  path: PathLike<E, R>,
): Hop<E, R>[] {
  const hops: Hop<E, R>[] = [];
  path.relations.forEach((relation, i) => {
    const from = path.nodes[i];
    const to = path.nodes[i + 1];
    if (!from || !to) return;
    hops.push({ from, to, relation, forward: relation.source.id === from.id });
  });
  return hops;
}
