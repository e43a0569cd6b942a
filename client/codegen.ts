/**
 * Types every GraphQL document of the explorer from the API's printed schema. Documents are
 * emitted as typed strings (documentMode: string), so the bundle carries no GraphQL parser.
 * Paths are relative to the repository root, where `npm run codegen` and the tests run.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['client/src/graphql/documents/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'client/src/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: false,
        avoidOptionals: false,
        scalars: { ID: 'string' },
      },
    },
  },
};

export default config;
