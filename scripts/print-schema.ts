/** `npm run schema:print`: writes schema.graphql from the Pothos schema; `--check` fails when it is stale. */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printedSchema } from '../server/schema/index.ts';

const path = fileURLToPath(new URL('../schema.graphql', import.meta.url));
const sdl = printedSchema();
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(path, 'utf8');
  } catch {
    // A missing file is stale too.
  }
  if (current !== sdl) {
    console.error('schema.graphql is stale: run npm run schema:print and commit it');
    process.exit(1);
  }
} else {
  writeFileSync(path, sdl);
  console.log(`wrote ${path}`);
}
