/**
 * A small graph in the API's shape, for the client's pure logic: a city with two towns, a
 * village, a program located in one town, a strategy the program belongs to, a target of the
 * program, a glossary term, and an isolated organisation.
 *
 *   village ─PART_OF→ pingshi ─LOCATED_IN→ city ←LOCATED_IN─ beixiang
 *   program ─LOCATED_IN→ pingshi;  program ─PART_OF_STRATEGY→ strategy
 *   program ─HAS_TARGET→ target;   program ─DEFINED_BY→ glossary
 */
import type { GraphData } from '../../client/src/core/graph/types.ts';

const node = (id: string, type: GraphData['nodes'][number]['type'], name: string, nameEn: string, pinyin: string, degree: number) => ({ id, type, name, nameEn, pinyin, degree, reports: [{ id: 'report:lechang-2021' }], position: null });
const rel = (type: GraphData['relations'][number]['type'], source: string, target: string) => ({ id: `${type}:${source}->${target}`, type, sourceId: source, targetId: target });

export const GRAPH: GraphData = {
  nodes: [
    node('town:lechang', 'TOWN', '乐昌市', 'Lechang City', 'lè chāng shì', 2),
    node('town:pingshi', 'TOWN', '坪石镇', 'Pingshi Town', 'píng shí zhèn', 3),
    node('town:beixiang', 'TOWN', '北乡镇', 'Beixiang Town', 'běi xiāng zhèn', 1),
    node('town:huangben', 'TOWN', '黄坌村', 'Huangben Village', 'huáng bèn cūn', 1),
    node('program:ten-hundred', 'PROGRAM', '“十百”工程', '“Ten-Hundred” Project', 'shí bǎi gōng chéng', 4),
    node('strategy:plan-2', 'STRATEGY', '实施现代产业提升行动，经济发展取得新成效', 'Implement the modern industry upgrading action', 'shí shī xiàn dài chǎn yè', 1),
    node('target:2021:gdp', 'TARGET', '地区生产总值增长6%', 'GDP growth: 6% (2021)', 'dì qū shēng chǎn zǒng zhí', 1),
    node('glossary:12', 'GLOSSARY_TERM', '“十百”工程', '"Ten-Hundred" Project', 'shí bǎi gōng chéng', 1),
    node('org:isolated', 'ORGANIZATION', '宝创公司', 'Baochuang', 'bǎo chuàng gōng sī', 0),
  ],
  relations: [
    rel('PART_OF', 'town:huangben', 'town:pingshi'),
    rel('LOCATED_IN', 'town:pingshi', 'town:lechang'),
    rel('LOCATED_IN', 'town:beixiang', 'town:lechang'),
    rel('LOCATED_IN', 'program:ten-hundred', 'town:pingshi'),
    rel('PART_OF_STRATEGY', 'program:ten-hundred', 'strategy:plan-2'),
    rel('HAS_TARGET', 'program:ten-hundred', 'target:2021:gdp'),
    rel('DEFINED_BY', 'program:ten-hundred', 'glossary:12'),
  ],
};

export const id = (type: string, source: string, target: string) => `${type}:${source}->${target}`;
