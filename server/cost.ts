/**
 * What an operation may cost, computed from the argument values it really runs with, whether
 * written as literals or passed as variables (graphql-query-complexity coerces both the same
 * way graphql-js does, defaults included). The cost estimates the objects a response can hold:
 *
 * - a leaf (scalar or enum) costs nothing; an object field costs 1 plus what it selects;
 * - a root field that returns a page or a sub-graph multiplies that by its size argument:
 *   `entities(first)`, `search(first)`, `neighborhood(limit)`, `shortestPath(maxLength + 1)`,
 *   `nodes(ids)`; `graph` weighs like the largest neighbourhood;
 * - a list with no size argument multiplies by a typical fan-out (relations of an entity 10,
 *   its mentions 5, a targetSeries or an indicator's targets 50, the reports 20, …).
 *
 * So every documented maximum passes on its own with an ordinary selection (entities 500 with
 * their ids and names ≈ 1.5 k; a neighbourhood of 2000 with its relations' ends ≈ 10 k; the
 * whole graph with every mention and evidence ≈ 30 k, under the default 50 k), and the nesting
 * that multiplies work (relations of relations of a 500-entity page ≈ 80 k) does not.
 */
import { getNamedType, getNullableType, isLeafType, isListType, visit, type DocumentNode, type GraphQLSchema } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { MAX_NEIGHBORHOOD_LIMIT } from './schema/subgraph.ts';

/** Multiplier of a root field from its (coerced) arguments, and the arguments it reads. */
const ROOT_SIZES: Record<string, { reads: string[]; size: (args: Record<string, unknown>) => number }> = {
  entities: { reads: ['first'], size: (args) => Number(args.first ?? 0) },
  search: { reads: ['first'], size: (args) => Number(args.first ?? 0) },
  neighborhood: { reads: ['limit'], size: (args) => Number(args.limit ?? 0) },
  shortestPath: { reads: ['maxLength'], size: (args) => Number(args.maxLength ?? 0) + 1 },
  graph: { reads: [], size: () => MAX_NEIGHBORHOOD_LIMIT },
  nodes: { reads: ['ids'], size: (args) => (Array.isArray(args.ids) ? args.ids.length : 1) },
};
/** Every argument a cost reads: only variables passed to these (or to a directive) change it. */
const SIZE_ARGUMENTS = new Set(Object.values(ROOT_SIZES).flatMap((root) => root.reads));

/** Typical length of a list that has no size argument, by `Type.field`; other lists count 10. */
const FAN_OUT: Record<string, number> = {
  'Subgraph.nodes': 1, 'Subgraph.relations': 1, 'Path.nodes': 1, 'Path.relations': 1, 'EntityConnection.edges': 1,
  'Entity.mentions': 5, 'Relation.evidence': 2, 'Query.sections': 200, 'Section.entities': 20,
  // Several reports: a series spans years and jurisdictions; an indicator is measured by many targets.
  'Query.targetSeries': 50, 'Query.reports': 20, 'Indicator.targets': 50, 'Target.results': 2,
};
const DEFAULT_FAN_OUT = 10;

const estimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (isLeafType(getNamedType(field.type))) return 0;
  const key = `${type.name}.${field.name}`;
  const root = type.name === 'Query' ? ROOT_SIZES[field.name] : undefined;
  const size = root ? root.size(args) : isListType(getNullableType(field.type)) ? (FAN_OUT[key] ?? DEFAULT_FAN_OUT) : 1;
  return Math.max(1, size) * (1 + childComplexity);
};

/** The variables a document's cost can depend on: those passed to a size argument or to a directive (@include, @skip). */
function costVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  let inSizeArgument = 0;
  let inDirective = 0;
  visit(document, {
    Argument: { enter: (node) => void (SIZE_ARGUMENTS.has(node.name.value) && inSizeArgument++), leave: (node) => void (SIZE_ARGUMENTS.has(node.name.value) && inSizeArgument--) },
    Directive: { enter: () => void inDirective++, leave: () => void inDirective-- },
    Variable: (node) => {
      if (inSizeArgument > 0 || inDirective > 0) names.add(node.name.value);
    },
    // A variable's definition names it; it is not a use.
    VariableDefinition: () => false,
  });
  return [...names].sort();
}

/** Costs already computed, by document, then by operation name and the values of its costVariables. */
const costs = new WeakMap<DocumentNode, { variables: string[]; byKey: Map<string, number> }>();
/** Most costs kept for one document (different page sizes asked with it); the oldest go first. */
const COSTS_PER_DOCUMENT = 256;

/**
 * The cost of one operation of `document` with `variables`, or null when the variables do not
 * fit the operation (execution then rejects them with a precise message, running nothing).
 * A cost is computed once per document, operation and values of the variables it reads
 * (costVariables): an id asked for changes no cost, so a neighbourhood asked of each entity in
 * turn is costed once. A null is never kept: other variables may fit the next time.
 */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown> | null | undefined): number | null {
  let known = costs.get(document);
  if (!known) costs.set(document, (known = { variables: costVariables(document), byKey: new Map() }));
  // A variable left out (its default applies) and one passed as null are different keys.
  const given = known.variables.filter((name) => variables != null && Object.hasOwn(variables, name));
  const key = JSON.stringify([operationName ?? null, Object.fromEntries(given.map((name) => [name, variables![name]]))]);
  const kept = known.byKey.get(key);
  if (kept !== undefined) return kept;
  let cost: number;
  try {
    cost = getComplexity({ schema, query: document, operationName: operationName ?? undefined, variables: variables ?? {}, estimators: [estimator] });
  } catch {
    return null;
  }
  if (known.byKey.size >= COSTS_PER_DOCUMENT) known.byKey.delete(known.byKey.keys().next().value!);
  known.byKey.set(key, cost);
  return cost;
}
