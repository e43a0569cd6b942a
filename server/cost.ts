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
import { getNamedType, getNullableType, isLeafType, isListType, type DocumentNode, type GraphQLSchema } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { MAX_NEIGHBORHOOD_LIMIT } from './schema/subgraph.ts';

/** Multiplier of a root field from its (coerced) arguments. */
const ROOT_SIZES: Record<string, (args: Record<string, unknown>) => number> = {
  entities: (args) => Number(args.first ?? 0),
  search: (args) => Number(args.first ?? 0),
  neighborhood: (args) => Number(args.limit ?? 0),
  shortestPath: (args) => Number(args.maxLength ?? 0) + 1,
  graph: () => MAX_NEIGHBORHOOD_LIMIT,
  nodes: (args) => (Array.isArray(args.ids) ? args.ids.length : 1),
};

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
  const size = root ? root(args) : isListType(getNullableType(field.type)) ? (FAN_OUT[key] ?? DEFAULT_FAN_OUT) : 1;
  return Math.max(1, size) * (1 + childComplexity);
};

/**
 * The cost of one operation of `document` with `variables`, or null when the variables do not
 * fit the operation (execution then rejects them with a precise message, running nothing).
 */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown> | null | undefined): number | null {
  try {
    return getComplexity({ schema, query: document, operationName: operationName ?? undefined, variables: variables ?? {}, estimators: [estimator] });
  } catch {
    return null;
  }
}
