/**
 * A sub-graph in the files other tools read: GEXF (Gephi), GraphML, graphology's JSON, and CSV
 * tables of nodes and edges. Provenance travels with the data as attributes: each entity's and
 * relation's section paths and quotes, so a figure made elsewhere can still be checked.
 */
import { MultiDirectedGraph } from 'graphology';
import { write as writeGexf } from 'graphology-gexf';
import { nodeSize } from '../../graph-seed/layout/node-size.ts';
import type { EntityRecord, Passage, RelationRecord, Section, SubgraphRecord } from '../store/types.ts';
import { ENTITY_COLORS, RELATION_COLORS } from '../../graph-seed/layout/palette.ts';

/**
 * The flat attributes of an entity, as every format writes them. Numbers stay numbers (typed
 * as such in GEXF and GraphML); absent values are null (empty in CSV, left out in XML).
 * `x`, `y` are the seed's layout position (layout units), `size` the drawn radius from degree,
 * `color` the explorer's colour for the type (#rrggbb).
 */
export interface NodeRow {
  id: string;
  type: string;
  label: string;
  name: string;
  nameEn: string | null;
  pinyin: string | null;
  aliases: string;
  description: string | null;
  descriptionEn: string | null;
  degree: number;
  level: string | null;
  category: string | null;
  number: number | null;
  definition: string | null;
  indicator: string | null;
  value: number | null;
  unit: string | null;
  comparator: string | null;
  period: string | null;
  kind: string | null;
  sections: string;
  quotes: string;
  x: number | null;
  y: number | null;
  size: number;
  color: string;
}

/** The flat attributes of a relation; `color` is the explorer's colour for its type. */
export interface EdgeRow {
  id: string;
  type: string;
  source: string;
  target: string;
  sections: string;
  quotes: string;
  color: string;
}

export const NODE_COLUMNS: (keyof NodeRow)[] = [
  'id', 'type', 'label', 'name', 'nameEn', 'pinyin', 'aliases', 'description', 'descriptionEn', 'degree', 'level', 'category',
  'number', 'definition', 'indicator', 'value', 'unit', 'comparator', 'period', 'kind', 'sections', 'quotes', 'x', 'y', 'size', 'color',
];
export const EDGE_COLUMNS: (keyof EdgeRow)[] = ['id', 'type', 'source', 'target', 'sections', 'quotes', 'color'];

/** Columns that hold numbers, with their XML Schema type (GraphML attr.type, GEXF attribute type). */
const NUMBER_TYPES: Partial<Record<keyof NodeRow, 'int' | 'double'>> = { degree: 'int', number: 'int', value: 'double', x: 'double', y: 'double', size: 'double' };

/** Several values in one cell: a separator that the report's text never uses. */
export const JOIN = ' | ';

export interface Provenance {
  passage(mention: { sectionId: string; start: number; end: number }): Passage;
  section(id: string): Section | null;
}

/**
 * Text as every format writes it: without the control characters XML 1.0 cannot hold (the
 * report's PDF text carries a few, e.g. U+0008), so an XML parser never rejects an export.
 */
const clean = (value: string) => value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
const optional = (value: string | null | undefined) => (value === null || value === undefined ? null : clean(value));
const text = (value: unknown) => (value === null || value === undefined ? '' : String(value));

function provenanceOf(mentions: { sectionId: string; start: number; end: number }[], provenance: Provenance) {
  return {
    sections: clean(mentions.map((m) => provenance.section(m.sectionId)?.path.join(' › ') ?? m.sectionId).join(JOIN)),
    quotes: clean(mentions.map((m) => provenance.passage(m).quote).join(JOIN)),
  };
}

export function nodeRow(e: EntityRecord, provenance: Provenance): NodeRow {
  return {
    id: e.id, type: e.type, label: clean(e.name), name: clean(e.name), nameEn: optional(e.nameEn), pinyin: optional(e.pinyin),
    aliases: clean(e.aliases.join(JOIN)), description: optional(e.description), descriptionEn: optional(e.descriptionEn), degree: e.degree,
    level: e.level ?? null, category: optional(e.category), number: e.number ?? null, definition: optional(e.definition), indicator: optional(e.indicator),
    value: e.value ?? null, unit: optional(e.unit), comparator: e.comparator ?? null, period: optional(e.period), kind: e.kind ?? null,
    ...provenanceOf(e.mentions, provenance),
    x: e.x ?? null, y: e.y ?? null, size: Math.round(nodeSize(e.degree) * 100) / 100, color: ENTITY_COLORS[e.type],
  };
}

export function edgeRow(r: RelationRecord, provenance: Provenance): EdgeRow {
  return { id: r.id, type: r.type, source: r.source, target: r.target, ...provenanceOf(r.evidence, provenance), color: RELATION_COLORS[r.type] };
}

/** A row without its null values: XML formats leave an absent value out rather than write "". */
function present<T extends object>(row: T): Partial<T> {
  return Object.fromEntries(Object.entries(row).filter(([, v]) => v !== null)) as Partial<T>;
}

function graphOf(subgraph: SubgraphRecord, provenance: Provenance) {
  const graph = new MultiDirectedGraph<NodeRow, EdgeRow>();
  for (const e of subgraph.nodes) graph.addNode(e.id, nodeRow(e, provenance));
  for (const r of subgraph.relations) graph.addDirectedEdgeWithKey(r.id, r.source, r.target, edgeRow(r, provenance));
  return graph;
}

/** The GEXF 1.2 namespaces; graphology-gexf writes a malformed viz address ("http:///…/1.1draft/viz"). */
const GEXF_VIZ = 'http://www.gexf.net/1.2draft/viz';

/**
 * GEXF 1.2 (Gephi), valid against the GEXF 1.2draft XSD: typed attributes, and each node's
 * layout position, size and colour (each edge's colour) as viz elements, so the file opens as
 * the explorer draws it.
 */
export function toGexf(subgraph: SubgraphRecord, provenance: Provenance): string {
  const written = writeGexf(graphOf(subgraph, provenance), {
    version: '1.2',
    formatNode: (_key, a) => {
      const { x, y, size, color, label, ...attributes } = a;
      return { label, attributes: present({ label, ...attributes, x, y, size, color }), viz: { ...(x !== null && y !== null ? { x, y, z: 0 } : {}), size, color } };
    },
    formatEdge: (_key, a) => ({ attributes: present(a), viz: { color: a.color } }),
  });
  return written.replace(/xmlns:viz="[^"]*"/, `xmlns:viz="${GEXF_VIZ}"`);
}

/** graphology's serialisation, with the same node attributes (x, y, size, color as sigma reads them). */
export function toJson(subgraph: SubgraphRecord, provenance: Provenance): string {
  return JSON.stringify(graphOf(subgraph, provenance).export());
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const xml = (value: unknown) => clean(text(value)).replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);

/**
 * An id as an XML NMTOKEN, which GraphML requires of node and edge ids: every character
 * outside letters, digits and . - _ : becomes _xHHHH_ ("->" in a relation id becomes
 * "-_x003E_"). Ids that are already NMTOKENs (every entity id) stay as they are; the original
 * id is kept in the `relationId` data of each edge.
 */
export function graphmlId(id: string): string {
  return id.replace(/[^A-Za-z0-9._:-]/g, (c) => `_x${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}_`);
}

/** GraphML, written here (graphology-graphml reads GraphML but does not write it); valid against the GraphML 1.0 XSD. */
export function toGraphml(subgraph: SubgraphRecord, provenance: Provenance): string {
  const nodeKeys = NODE_COLUMNS.filter((c) => c !== 'id');
  const edgeKeys = EDGE_COLUMNS.filter((c) => !['id', 'source', 'target'].includes(c));
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...nodeKeys.map((k) => `  <key id="n_${k}" for="node" attr.name="${k}" attr.type="${NUMBER_TYPES[k] ?? 'string'}"/>`),
    '  <key id="e_relationId" for="edge" attr.name="relationId" attr.type="string"/>',
    ...edgeKeys.map((k) => `  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="string"/>`),
    '  <graph id="graph" edgedefault="directed">',
  ];
  for (const e of subgraph.nodes) {
    const row = nodeRow(e, provenance);
    lines.push(`    <node id="${xml(graphmlId(e.id))}">`, ...nodeKeys.filter((k) => row[k] !== null).map((k) => `      <data key="n_${k}">${xml(row[k])}</data>`), '    </node>');
  }
  for (const r of subgraph.relations) {
    const row = edgeRow(r, provenance);
    lines.push(
      `    <edge id="${xml(graphmlId(r.id))}" source="${xml(graphmlId(r.source))}" target="${xml(graphmlId(r.target))}">`,
      `      <data key="e_relationId">${xml(r.id)}</data>`,
      ...edgeKeys.map((k) => `      <data key="e_${k}">${xml(row[k])}</data>`),
      '    </edge>',
    );
  }
  lines.push('  </graph>', '</graphml>');
  return `${lines.join('\n')}\n`;
}

/** RFC 4180: every field quoted, quotes doubled, CRLF between records. */
function csv<T>(rows: T[], columns: (keyof T)[]): string {
  const field = (value: unknown) => `"${text(value).replace(/"/g, '""')}"`;
  return [columns.map(field).join(','), ...rows.map((row) => columns.map((c) => field(row[c])).join(','))].join('\r\n') + '\r\n';
}

export function toNodesCsv(subgraph: SubgraphRecord, provenance: Provenance): string {
  return `\uFEFF${csv(subgraph.nodes.map((e) => nodeRow(e, provenance)), NODE_COLUMNS)}`;
}

export function toEdgesCsv(subgraph: SubgraphRecord, provenance: Provenance): string {
  return `\uFEFF${csv(subgraph.relations.map((r) => edgeRow(r, provenance)), EDGE_COLUMNS)}`;
}
