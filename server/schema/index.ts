/** The schema: imports every type file (each registers its types and root fields) and builds it. */
import { lexicographicSortSchema, printSchema } from 'graphql';
import { builder } from '../builder.ts';
import './enums.ts';
import './entity.ts';
import './relation.ts';
import './mention.ts';
import './subgraph.ts';
import './stats.ts';
import './report.ts';

export const schema = builder.toSchema();

/** The SDL committed as schema.graphql. */
export function printedSchema(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
