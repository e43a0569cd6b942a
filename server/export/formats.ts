/**
 * A sub-graph in the files other tools read: GEXF (Gephi), GraphML, graphology's JSON, and CSV
 * tables of nodes and edges. Provenance travels with the data as attributes: each entity's and
 * relation's section paths and quotes, so a figure made elsewhere can still be checked.
 */
import { MultiDirectedGraph } from 'graphology';
import { write as writeGexf } from 'graphology-gexf';
import type { EntityRecord, Passage, RelationRecord, Section, SubgraphRecord } from '../store/types.ts';

/** The flat attributes of an entity, as every format writes them. */
export interface NodeRow {
  id: string;
  type: string;
  label: string;
  name: string;
  nameEn: string;
  pinyin: string;
  aliases: string;
  description: string;
  descriptionEn: string;
  degree: number;
  level: string;
  category: string;
  number: string;
  definition: string;
  indicator: string;
  value: string;
  unit: string;
  comparator: string;
  period: string;
  kind: string;
  sections: string;
  quotes: string;
}

export interface EdgeRow {
  id: string;
  type: string;
  source: string;
  target: string;
  sections: string;
  quotes: string;
}

export const NODE_COLUMNS: (keyof NodeRow)[] = [
  'id', 'type', 'label', 'name', 'nameEn', 'pinyin', 'aliases', 'description', 'descriptionEn', 'degree', 'level', 'category',
  'number', 'definition', 'indicator', 'value', 'unit', 'comparator', 'period', 'kind', 'sections', 'quotes',
];
export const EDGE_COLUMNS: (keyof EdgeRow)[] = ['id', 'type', 'source', 'target', 'sections', 'quotes'];

/** Several values in one cell: a separator that the report's text never uses. */
export const JOIN = ' | ';

export interface Provenance {
  passage(mention: { start: number; end: number }): Passage;
  section(id: string): Section | null;
}

const text = (value: unknown) => (value === null || value === undefined ? '' : String(value));

function provenanceOf(mentions: { sectionId: string; start: number; end: number }[], provenance: Provenance) {
  return {
    sections: mentions.map((m) => provenance.section(m.sectionId)?.path.join(' › ') ?? m.sectionId).join(JOIN),
    quotes: mentions.map((m) => provenance.passage(m).quote).join(JOIN),
  };
}

export function nodeRow(e: EntityRecord, provenance: Provenance): NodeRow {
  return {
    id: e.id, type: e.type, label: e.name, name: e.name, nameEn: text(e.nameEn), pinyin: text(e.pinyin), aliases: e.aliases.join(JOIN),
    description: text(e.description), descriptionEn: text(e.descriptionEn), degree: e.degree, level: text(e.level), category: text(e.category),
    number: text(e.number), definition: text(e.definition), indicator: text(e.indicator), value: text(e.value), unit: text(e.unit),
    comparator: text(e.comparator), period: text(e.period), kind: text(e.kind), ...provenanceOf(e.mentions, provenance),
  };
}

export function edgeRow(r: RelationRecord, provenance: Provenance): EdgeRow {
  return { id: r.id, type: r.type, source: r.source, target: r.target, ...provenanceOf(r.evidence, provenance) };
}

function graphOf(subgraph: SubgraphRecord, provenance: Provenance) {
  const graph = new MultiDirectedGraph<NodeRow, EdgeRow>();
  for (const e of subgraph.nodes) graph.addNode(e.id, nodeRow(e, provenance));
  for (const r of subgraph.relations) graph.addDirectedEdgeWithKey(r.id, r.source, r.target, edgeRow(r, provenance));
  return graph;
}

export function toGexf(subgraph: SubgraphRecord, provenance: Provenance): string {
  return writeGexf(graphOf(subgraph, provenance), { formatNode: (_key, a) => ({ label: a.label, attributes: a }) });
}

export function toJson(subgraph: SubgraphRecord, provenance: Provenance): string {
  return JSON.stringify(graphOf(subgraph, provenance).export());
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
/** Text for XML: escaped, and without the control characters XML 1.0 cannot hold. */
const xml = (value: unknown) => text(value).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '').replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);

/** GraphML, written here: graphology-graphml reads GraphML but does not write it. */
export function toGraphml(subgraph: SubgraphRecord, provenance: Provenance): string {
  const nodeKeys = NODE_COLUMNS.filter((c) => c !== 'id');
  const edgeKeys = EDGE_COLUMNS.filter((c) => !['id', 'source', 'target'].includes(c));
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...nodeKeys.map((k) => `  <key id="n_${k}" for="node" attr.name="${k}" attr.type="${k === 'degree' ? 'int' : 'string'}"/>`),
    ...edgeKeys.map((k) => `  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="string"/>`),
    '  <graph id="lechang" edgedefault="directed">',
  ];
  for (const e of subgraph.nodes) {
    const row = nodeRow(e, provenance);
    lines.push(`    <node id="${xml(e.id)}">`, ...nodeKeys.map((k) => `      <data key="n_${k}">${xml(row[k])}</data>`), '    </node>');
  }
  for (const r of subgraph.relations) {
    const row = edgeRow(r, provenance);
    lines.push(`    <edge id="${xml(r.id)}" source="${xml(r.source)}" target="${xml(r.target)}">`, ...edgeKeys.map((k) => `      <data key="e_${k}">${xml(row[k])}</data>`), '    </edge>');
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
