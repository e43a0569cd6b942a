/**
 * Fuzzing the API edge with fast-check: documents built from the schema with valid and invalid
 * arguments, random text, and malformed HTTP bodies. Whatever arrives, the server answers
 * without a 5xx, without hanging, and with a code on every error.
 *
 * FUZZ_RUNS sets the cases of the first property (the others run half as many each): the
 * default, 5,000, makes 10,000 cases in all; `npm run fuzz` runs four times as many. Each
 * property runs in parts of at most 1,000 cases, one test each (with its own random seed, which
 * fast-check prints on a failure), so no single test runs for minutes on a slow machine.
 */
import fc from 'fast-check';
import {
  getNamedType, isEnumType, isInputObjectType, isInterfaceType, isListType, isNonNullType, isObjectType, isScalarType,
  type GraphQLField, type GraphQLInputType, type GraphQLNamedType, type GraphQLOutputType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../server/schema/index.ts';
import { turnEventLoopEvery } from '../event-loop.ts';
import { app } from './app.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 5000);

const nasty = fc.constantFrom(
  '', ' ', '坪石', 'pingshi', '[14]', '"', '\\', '*', '~', 'AND', 'OR', '(', ')', '{', '}', ':', '$', '🌲', '\u0000', 'town:pingshi',
  'glossary:12', 'MATCH (n) DETACH DELETE n', "'; DROP TABLE x; --", '%s%n', 'a'.repeat(300), '\uD800',
);
const anyText = fc.oneof(nasty, fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }));
const anyInt = fc.oneof(fc.integer({ min: -5, max: 12 }), fc.constantFrom(0, 1, 3, 4, 100, 500, 501, 2000, 2001, -1, 2 ** 31 - 1, -(2 ** 31)));

/** A GraphQL literal for an input type: usually valid, sometimes of the wrong kind. */
function literal(type: GraphQLInputType): fc.Arbitrary<string> {
  const wrong = fc.oneof(anyText.map((s) => JSON.stringify(s)), anyInt.map(String), fc.constant('null'), fc.constant('true'), fc.constant('[1, "x"]'));
  if (isNonNullType(type)) return literal(type.ofType);
  if (isListType(type)) return fc.oneof({ weight: 4, arbitrary: fc.array(literal(type.ofType), { maxLength: 4 }).map((xs) => `[${xs.join(', ')}]`) }, { weight: 1, arbitrary: wrong });
  const named = getNamedType(type);
  if (isEnumType(named)) return fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...named.getValues().map((v) => v.name)) }, { weight: 1, arbitrary: fc.constantFrom('NOPE', 'town', '"TOWN"') });
  if (isInputObjectType(named)) return fc.constant('{}');
  if (isScalarType(named)) {
    const valid = named.name === 'Int' ? anyInt.map(String) : named.name === 'Float' ? fc.double({ noNaN: true, noDefaultInfinity: true }).map(String)
      : named.name === 'Boolean' ? fc.boolean().map(String) : anyText.map((s) => JSON.stringify(s));
    return fc.oneof({ weight: 6, arbitrary: valid }, { weight: 1, arbitrary: wrong });
  }
  return wrong;
}

/** A selection set for an output type, at most `depth` levels deep. */
function selection(type: GraphQLOutputType, depth: number): fc.Arbitrary<string> {
  const named = getNamedType(type) as GraphQLNamedType;
  if (!isObjectType(named) && !isInterfaceType(named)) return fc.constant('');
  const fields = Object.values(named.getFields()) as GraphQLField<unknown, unknown>[];
  const scalars = fields.filter((f) => !isObjectType(getNamedType(f.type)) && !isInterfaceType(getNamedType(f.type)));
  const pick = depth <= 0 ? fc.constantFrom(...scalars.map((f) => f.name)).map((n) => [n])
    : fc.array(fc.constantFrom(...fields), { minLength: 1, maxLength: 3 }).chain((chosen) =>
      fc.tuple(...chosen.map((f) => field(f, depth - 1))));
  const fragments = isInterfaceType(named)
    ? fc.option(fc.constantFrom('... on Town { level }', '... on Target { value unit period kind }', '... on GlossaryTerm { number definition }'), { nil: '' })
    : fc.constant('');
  return fc.tuple(pick, fragments).map(([parts, fragment]) => `{ __typename ${parts.join(' ')} ${fragment} }`);
}

function field(f: GraphQLField<unknown, unknown>, depth: number): fc.Arbitrary<string> {
  const args = f.args.length === 0 ? fc.constant('')
    : fc.subarray([...f.args]).chain((chosen) => chosen.length === 0 ? fc.constant('')
      : fc.tuple(...chosen.map((a) => literal(a.type).map((v) => `${a.name}: ${v}`))).map((xs) => `(${xs.join(', ')})`));
  return fc.tuple(args, selection(f.type, depth)).map(([a, s]) => `${f.name}${a} ${s}`);
}

const rootFields = Object.values(schema.getQueryType()!.getFields()).filter((f) => f.name !== 'graph') as GraphQLField<unknown, unknown>[];
const documents = fc.array(fc.constantFrom(...rootFields), { minLength: 1, maxLength: 2 })
  .chain((fs) => fc.tuple(...fs.map((f, i) => field(f, 3).map((text) => `r${i}: ${text}`))))
  .map((parts) => `query { ${parts.join(' ')} }`);

async function expectWellFormed(response: Response): Promise<void> {
  expect(response.status).toBeLessThan(500);
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return;
  const body = await response.json();
  for (const result of Array.isArray(body) ? body : [body]) {
    for (const error of result.errors ?? []) {
      expect(typeof error.extensions?.code, JSON.stringify(error)).toBe('string');
      expect(JSON.stringify(error)).not.toMatch(/at .+\.(ts|js):\d+/);
    }
  }
}

// In-process requests settle on promises alone: without a turn of the event loop now and then,
// thousands of them keep vitest's worker from answering its runner (see ../event-loop.ts).
const breathe = turnEventLoopEvery(20);
const post = async (body: string, contentType = 'application/json') => {
  await breathe();
  return app.fetch('http://test/graphql', { method: 'POST', headers: { 'content-type': contentType, accept: 'application/graphql-response+json, application/json' }, body });
};

/** A property's cases as parts of at most PART_RUNS: [part number, cases] for `it.each`. */
const PART_RUNS = 1000;
const parts = (runs: number): [number, number][] =>
  Array.from({ length: Math.ceil(runs / PART_RUNS) }, (_, i) => [i + 1, Math.min(PART_RUNS, runs - i * PART_RUNS)]);
const PART_TIMEOUT_MS = 300_000;

describe(`fuzzing the API (${RUNS} cases per property)`, () => {
  it.each(parts(RUNS))('documents built from the schema, with valid and invalid arguments (part %i, %i cases)', async (_, runs) => {
    await fc.assert(fc.asyncProperty(documents, async (query) => {
      await expectWellFormed(await post(JSON.stringify({ query })));
    }), { numRuns: runs });
  }, PART_TIMEOUT_MS);

  it.each(parts(Math.ceil(RUNS / 2)))('random text as a document, and random variables (part %i, %i cases)', async (_, runs) => {
    const variables = fc.dictionary(fc.constantFrom('id', 'q', 'first', 'x'), fc.jsonValue({ maxDepth: 2 }));
    await fc.assert(fc.asyncProperty(fc.oneof(anyText, fc.string({ maxLength: 200 })), variables, async (query, vars) => {
      await expectWellFormed(await post(JSON.stringify({ query, variables: vars })));
      await expectWellFormed(await post(JSON.stringify({ query: 'query($id: ID!, $q: String!, $first: Int) { entity(id: $id) { id } search(query: $q, first: $first) { score } }', variables: vars })));
    }), { numRuns: runs });
  }, PART_TIMEOUT_MS);

  it.each(parts(Math.ceil(RUNS / 2)))('malformed HTTP bodies and requests (part %i, %i cases)', async (_, runs) => {
    const body = fc.oneof(
      fc.string({ maxLength: 100 }),
      fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
      fc.constantFrom('{', '[', '{"query":', '{"query": 1}', '{"query": null}', '[{}]', '{"query": "{ stats { entityCount } }", "variables": "x"}', '{"query":"{}","extensions":[]}', '\u0000\u0001'),
    );
    const contentType = fc.constantFrom('application/json', 'text/plain', 'application/graphql', 'multipart/form-data', 'application/x-www-form-urlencoded', '');
    await fc.assert(fc.asyncProperty(body, contentType, async (text, type) => {
      await expectWellFormed(await post(text, type));
      await expectWellFormed(await app.fetch(`http://test/graphql?query=${encodeURIComponent(text)}`, { headers: { accept: 'application/json' } }));
    }), { numRuns: runs });
  }, PART_TIMEOUT_MS);
});
