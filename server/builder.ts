/** The Pothos schema builder. It defines no types: each file in schema/ adds its own. */
import SchemaBuilder from '@pothos/core';
import type { Context } from './context.ts';

export const builder = new SchemaBuilder<{
  Context: Context;
  DefaultFieldNullability: false;
  Scalars: { ID: { Input: string; Output: string } };
}>({ defaultFieldNullability: false });

builder.queryType({ description: 'Read-only questions about the graph of the report; every root field that can fail is nullable, so one failing field leaves the others\' answers.' });
