/** The API queries the benchmark and the soak test send, for given entities and a search text. */
export function apiQueries(ids: { leaf: string; search: string; pathFrom: string; pathTo: string }) {
  return {
    neighborhoodDepth1: [`query($id: ID!) { neighborhood(id: $id, depth: 1, limit: 200) { truncated nodes { id name type degree } relations { id type source { id } target { id } } } }`, { id: ids.leaf }],
    neighborhoodDepth2: [`query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 200) { truncated nodes { id name type degree } relations { id type source { id } target { id } } } }`, { id: ids.leaf }],
    search: [`query($q: String!) { search(query: $q, first: 20) { score entity { id name type } } }`, { q: ids.search }],
    shortestPath: [`query($a: ID!, $b: ID!) { shortestPath(from: $a, to: $b, maxLength: 6) { length nodes { id name } relations { type } } }`, { a: ids.pathFrom, b: ids.pathTo }],
    entity: [`query($id: ID!) { entity(id: $id) { id name nameEn type degree mentions { quote context } } }`, { id: ids.leaf }],
  } as const satisfies Record<string, readonly [string, Record<string, string>]>;
}

