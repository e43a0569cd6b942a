/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query EntitySections {\n  graph {\n    nodes {\n      id\n      mentions {\n        section {\n          id\n        }\n      }\n    }\n  }\n}\n\nquery EntityFields {\n  graph {\n    nodes {\n      __typename\n      id\n      ... on Town {\n        level\n      }\n      ... on Park {\n        category\n      }\n      ... on Program {\n        category\n      }\n      ... on Organization {\n        category\n      }\n      ... on GlossaryTerm {\n        number\n      }\n      ... on Target {\n        indicator\n        value\n        unit\n        comparator\n        period\n        kind\n      }\n    }\n  }\n}": typeof types.EntitySectionsDocument,
    "query EntityDetail($id: ID!) {\n  entity(id: $id) {\n    __typename\n    ...EntitySummary\n    aliases\n    description\n    descriptionEn\n    degree\n    ... on Town {\n      level\n    }\n    ... on Park {\n      category\n    }\n    ... on Program {\n      category\n    }\n    ... on Organization {\n      category\n    }\n    ... on GlossaryTerm {\n      number\n      definition\n      definitionEn\n    }\n    ... on Target {\n      indicator\n      value\n      unit\n      comparator\n      period\n      kind\n    }\n    mentions {\n      ...Passage\n    }\n    relations {\n      id\n      type\n      source {\n        ...EntitySummary\n      }\n      target {\n        ...EntitySummary\n      }\n      evidence {\n        ...Passage\n      }\n    }\n  }\n}": typeof types.EntityDetailDocument,
    "query Graph($reports: [ID!]) {\n  graph(reports: $reports) {\n    nodes {\n      id\n      type\n      name\n      nameEn\n      pinyin\n      degree\n      reports {\n        id\n      }\n      position {\n        x\n        y\n      }\n    }\n    relations {\n      id\n      type\n      sourceId\n      targetId\n    }\n  }\n}": typeof types.GraphDocument,
    "fragment Passage on Mention {\n  start\n  end\n  quote\n  context\n  contextStart\n  section {\n    id\n    title\n    path\n  }\n  report {\n    id\n    title\n    year\n  }\n}\n\nfragment ReportSummary on Report {\n  id\n  title\n  year\n  jurisdiction {\n    name\n    level\n    code\n  }\n}\n\nfragment EntitySummary on Entity {\n  id\n  type\n  name\n  nameEn\n  pinyin\n}": typeof types.PassageFragmentDoc,
    "query EntityPassages($id: ID!) {\n  entity(id: $id) {\n    id\n    name\n    nameEn\n    mentions {\n      ...Passage\n    }\n  }\n}": typeof types.EntityPassagesDocument,
    "query ShortestPath($from: ID!, $to: ID!, $maxLength: Int, $relationTypes: [RelationType!]) {\n  shortestPath(\n    from: $from\n    to: $to\n    maxLength: $maxLength\n    relationTypes: $relationTypes\n  ) {\n    length\n    nodes {\n      ...EntitySummary\n    }\n    relations {\n      id\n      type\n      source {\n        id\n      }\n      target {\n        id\n      }\n      evidence {\n        ...Passage\n      }\n    }\n  }\n}": typeof types.ShortestPathDocument,
    "query Reports {\n  reports {\n    ...ReportSummary\n  }\n}": typeof types.ReportsDocument,
    "query Search($query: String!, $first: Int, $reports: [ID!]) {\n  search(query: $query, first: $first, reports: $reports) {\n    score\n    entity {\n      ...EntitySummary\n    }\n  }\n}": typeof types.SearchDocument,
    "query Sections {\n  sections {\n    id\n    title\n    path\n    parent {\n      id\n    }\n  }\n}\n\nquery SectionEntities($id: ID!) {\n  section(id: $id) {\n    id\n    title\n    path\n    entities {\n      id\n    }\n  }\n}": typeof types.SectionsDocument,
    "query Indicators {\n  entities(types: [INDICATOR], first: 500) {\n    edges {\n      node {\n        id\n        name\n        nameEn\n        pinyin\n        aliases\n      }\n    }\n  }\n}\n\nquery TargetSeries($indicator: String!) {\n  targetSeries(indicator: $indicator) {\n    id\n    name\n    indicator\n    value\n    valueMax\n    unit\n    comparator\n    period\n    kind\n    report {\n      ...ReportSummary\n    }\n    resultOf {\n      id\n    }\n    mentions {\n      ...Passage\n    }\n  }\n}": typeof types.IndicatorsDocument,
};
const documents: Documents = {
    "query EntitySections {\n  graph {\n    nodes {\n      id\n      mentions {\n        section {\n          id\n        }\n      }\n    }\n  }\n}\n\nquery EntityFields {\n  graph {\n    nodes {\n      __typename\n      id\n      ... on Town {\n        level\n      }\n      ... on Park {\n        category\n      }\n      ... on Program {\n        category\n      }\n      ... on Organization {\n        category\n      }\n      ... on GlossaryTerm {\n        number\n      }\n      ... on Target {\n        indicator\n        value\n        unit\n        comparator\n        period\n        kind\n      }\n    }\n  }\n}": types.EntitySectionsDocument,
    "query EntityDetail($id: ID!) {\n  entity(id: $id) {\n    __typename\n    ...EntitySummary\n    aliases\n    description\n    descriptionEn\n    degree\n    ... on Town {\n      level\n    }\n    ... on Park {\n      category\n    }\n    ... on Program {\n      category\n    }\n    ... on Organization {\n      category\n    }\n    ... on GlossaryTerm {\n      number\n      definition\n      definitionEn\n    }\n    ... on Target {\n      indicator\n      value\n      unit\n      comparator\n      period\n      kind\n    }\n    mentions {\n      ...Passage\n    }\n    relations {\n      id\n      type\n      source {\n        ...EntitySummary\n      }\n      target {\n        ...EntitySummary\n      }\n      evidence {\n        ...Passage\n      }\n    }\n  }\n}": types.EntityDetailDocument,
    "query Graph($reports: [ID!]) {\n  graph(reports: $reports) {\n    nodes {\n      id\n      type\n      name\n      nameEn\n      pinyin\n      degree\n      reports {\n        id\n      }\n      position {\n        x\n        y\n      }\n    }\n    relations {\n      id\n      type\n      sourceId\n      targetId\n    }\n  }\n}": types.GraphDocument,
    "fragment Passage on Mention {\n  start\n  end\n  quote\n  context\n  contextStart\n  section {\n    id\n    title\n    path\n  }\n  report {\n    id\n    title\n    year\n  }\n}\n\nfragment ReportSummary on Report {\n  id\n  title\n  year\n  jurisdiction {\n    name\n    level\n    code\n  }\n}\n\nfragment EntitySummary on Entity {\n  id\n  type\n  name\n  nameEn\n  pinyin\n}": types.PassageFragmentDoc,
    "query EntityPassages($id: ID!) {\n  entity(id: $id) {\n    id\n    name\n    nameEn\n    mentions {\n      ...Passage\n    }\n  }\n}": types.EntityPassagesDocument,
    "query ShortestPath($from: ID!, $to: ID!, $maxLength: Int, $relationTypes: [RelationType!]) {\n  shortestPath(\n    from: $from\n    to: $to\n    maxLength: $maxLength\n    relationTypes: $relationTypes\n  ) {\n    length\n    nodes {\n      ...EntitySummary\n    }\n    relations {\n      id\n      type\n      source {\n        id\n      }\n      target {\n        id\n      }\n      evidence {\n        ...Passage\n      }\n    }\n  }\n}": types.ShortestPathDocument,
    "query Reports {\n  reports {\n    ...ReportSummary\n  }\n}": types.ReportsDocument,
    "query Search($query: String!, $first: Int, $reports: [ID!]) {\n  search(query: $query, first: $first, reports: $reports) {\n    score\n    entity {\n      ...EntitySummary\n    }\n  }\n}": types.SearchDocument,
    "query Sections {\n  sections {\n    id\n    title\n    path\n    parent {\n      id\n    }\n  }\n}\n\nquery SectionEntities($id: ID!) {\n  section(id: $id) {\n    id\n    title\n    path\n    entities {\n      id\n    }\n  }\n}": types.SectionsDocument,
    "query Indicators {\n  entities(types: [INDICATOR], first: 500) {\n    edges {\n      node {\n        id\n        name\n        nameEn\n        pinyin\n        aliases\n      }\n    }\n  }\n}\n\nquery TargetSeries($indicator: String!) {\n  targetSeries(indicator: $indicator) {\n    id\n    name\n    indicator\n    value\n    valueMax\n    unit\n    comparator\n    period\n    kind\n    report {\n      ...ReportSummary\n    }\n    resultOf {\n      id\n    }\n    mentions {\n      ...Passage\n    }\n  }\n}": types.IndicatorsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EntitySections {\n  graph {\n    nodes {\n      id\n      mentions {\n        section {\n          id\n        }\n      }\n    }\n  }\n}\n\nquery EntityFields {\n  graph {\n    nodes {\n      __typename\n      id\n      ... on Town {\n        level\n      }\n      ... on Park {\n        category\n      }\n      ... on Program {\n        category\n      }\n      ... on Organization {\n        category\n      }\n      ... on GlossaryTerm {\n        number\n      }\n      ... on Target {\n        indicator\n        value\n        unit\n        comparator\n        period\n        kind\n      }\n    }\n  }\n}"): typeof import('./graphql').EntitySectionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EntityDetail($id: ID!) {\n  entity(id: $id) {\n    __typename\n    ...EntitySummary\n    aliases\n    description\n    descriptionEn\n    degree\n    ... on Town {\n      level\n    }\n    ... on Park {\n      category\n    }\n    ... on Program {\n      category\n    }\n    ... on Organization {\n      category\n    }\n    ... on GlossaryTerm {\n      number\n      definition\n      definitionEn\n    }\n    ... on Target {\n      indicator\n      value\n      unit\n      comparator\n      period\n      kind\n    }\n    mentions {\n      ...Passage\n    }\n    relations {\n      id\n      type\n      source {\n        ...EntitySummary\n      }\n      target {\n        ...EntitySummary\n      }\n      evidence {\n        ...Passage\n      }\n    }\n  }\n}"): typeof import('./graphql').EntityDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Graph($reports: [ID!]) {\n  graph(reports: $reports) {\n    nodes {\n      id\n      type\n      name\n      nameEn\n      pinyin\n      degree\n      reports {\n        id\n      }\n      position {\n        x\n        y\n      }\n    }\n    relations {\n      id\n      type\n      sourceId\n      targetId\n    }\n  }\n}"): typeof import('./graphql').GraphDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment Passage on Mention {\n  start\n  end\n  quote\n  context\n  contextStart\n  section {\n    id\n    title\n    path\n  }\n  report {\n    id\n    title\n    year\n  }\n}\n\nfragment ReportSummary on Report {\n  id\n  title\n  year\n  jurisdiction {\n    name\n    level\n    code\n  }\n}\n\nfragment EntitySummary on Entity {\n  id\n  type\n  name\n  nameEn\n  pinyin\n}"): typeof import('./graphql').PassageFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EntityPassages($id: ID!) {\n  entity(id: $id) {\n    id\n    name\n    nameEn\n    mentions {\n      ...Passage\n    }\n  }\n}"): typeof import('./graphql').EntityPassagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ShortestPath($from: ID!, $to: ID!, $maxLength: Int, $relationTypes: [RelationType!]) {\n  shortestPath(\n    from: $from\n    to: $to\n    maxLength: $maxLength\n    relationTypes: $relationTypes\n  ) {\n    length\n    nodes {\n      ...EntitySummary\n    }\n    relations {\n      id\n      type\n      source {\n        id\n      }\n      target {\n        id\n      }\n      evidence {\n        ...Passage\n      }\n    }\n  }\n}"): typeof import('./graphql').ShortestPathDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Reports {\n  reports {\n    ...ReportSummary\n  }\n}"): typeof import('./graphql').ReportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Search($query: String!, $first: Int, $reports: [ID!]) {\n  search(query: $query, first: $first, reports: $reports) {\n    score\n    entity {\n      ...EntitySummary\n    }\n  }\n}"): typeof import('./graphql').SearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Sections {\n  sections {\n    id\n    title\n    path\n    parent {\n      id\n    }\n  }\n}\n\nquery SectionEntities($id: ID!) {\n  section(id: $id) {\n    id\n    title\n    path\n    entities {\n      id\n    }\n  }\n}"): typeof import('./graphql').SectionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Indicators {\n  entities(types: [INDICATOR], first: 500) {\n    edges {\n      node {\n        id\n        name\n        nameEn\n        pinyin\n        aliases\n      }\n    }\n  }\n}\n\nquery TargetSeries($indicator: String!) {\n  targetSeries(indicator: $indicator) {\n    id\n    name\n    indicator\n    value\n    valueMax\n    unit\n    comparator\n    period\n    kind\n    report {\n      ...ReportSummary\n    }\n    resultOf {\n      id\n    }\n    mentions {\n      ...Passage\n    }\n  }\n}"): typeof import('./graphql').IndicatorsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
