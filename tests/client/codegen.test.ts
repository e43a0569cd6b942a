/** The typed documents under client/src/graphql/generated must match what `npm run codegen` makes from schema.graphql. */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { expect, it } from 'vitest';
import config from '../../client/codegen.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

it('the generated GraphQL types are up to date (npm run codegen)', async () => {
  const outputs = await generate({ ...config, cwd: root, silent: true }, false);
  expect(outputs.length).toBeGreaterThan(0);
  for (const output of outputs) {
    const path = relative(root, join(root, output.filename));
    const committed = readFileSync(join(root, path), 'utf8');
    expect(committed, `${path} is stale: run npm run codegen`).toBe(output.content);
  }
});
