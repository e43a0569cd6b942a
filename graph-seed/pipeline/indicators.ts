/**
 * The indicator catalogue (indicators.yaml) and the matcher that links a target to the measure
 * it quantifies. The matcher never guesses: a target links only when its words are one of a
 * known indicator's aliases plus words that add nothing (全国, 年均, 左右, 控制在 …), its unit is
 * one the indicator allows, and a change word is there exactly when the indicator is a change.
 * Anything else (单位国内生产总值能耗和二氧化碳排放分别降低: two measures in one phrase) stays
 * unlinked. Where two indicators fit equally, none is chosen.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { PipelineDataError } from './errors.ts';

export const INDICATOR_MEASURES = ['LEVEL', 'CHANGE', 'RATE'] as const;
export type IndicatorMeasure = (typeof INDICATOR_MEASURES)[number];

/** One INDICATOR entity of the catalogue. */
export interface Indicator {
  /** `indicator:<slug>`. */
  id: string;
  name: string;
  nameEn: string;
  aliases: string[];
  measure: IndicatorMeasure;
  /** Units a number of this measure may have (%, 万亿元 …). */
  units: string[];
  /** How national and local reports name the measure where they differ (国内生产总值 / 地区生产总值). */
  levels?: Partial<Record<IndicatorLevel, string>>;
}

export const INDICATOR_LEVELS = ['NATIONAL', 'LOCAL'] as const;
/** NATIONAL: the State Council's report; LOCAL: a province's, prefecture's or county's. */
export type IndicatorLevel = (typeof INDICATOR_LEVELS)[number];

export const INDICATORS_PATH = fileURLToPath(new URL('./indicators.yaml', import.meta.url));

/** Words that say how, where or when a measure is given, and nothing about which measure it is. */
const NEUTRAL = /全国|全省|全市|全县|全区|全年|年末|年初|年均|同比|比上年|实际|名义|预期|目标|力争|达到|保持在|保持|稳定在|控制在|降到|降至|提高到|上升到|拟按|拟|安排|左右|以上|以内|分别|我国|全体|总体|平均|总量|再|约|为|达|在/g;
/** Words that say a number is a change of the measure. */
const CHANGE_WORD = /增长|增速|增幅|涨幅|上涨|下降|降低|提高|增加|减少|回落/;

/**
 * Reads and checks the catalogue.
 * @throws PipelineDataError naming the file and record when an id is malformed or repeated, a
 *   measure unknown, or names, aliases or units missing.
 */
export function loadIndicators(path: string = INDICATORS_PATH): Indicator[] {
  const data = parse(readFileSync(path, 'utf8')) as { indicators?: unknown };
  if (!Array.isArray(data?.indicators)) throw new PipelineDataError(path, 'the file must hold a list `indicators:`');
  const seen = new Set<string>();
  return data.indicators.map((record: Partial<Indicator>, index: number) => {
    const where = `indicators[${index}]${record?.id ? ` (${record.id})` : ''}`;
    if (typeof record?.id !== 'string' || !/^indicator:[a-z0-9-]+$/.test(record.id)) {
      throw new PipelineDataError(path, `${where}: id must be indicator:<lower-case slug>`);
    }
    if (seen.has(record.id)) throw new PipelineDataError(path, `${where}: id is used twice`);
    seen.add(record.id);
    if (typeof record.name !== 'string' || typeof record.nameEn !== 'string') throw new PipelineDataError(path, `${where}: name and nameEn are required`);
    if (!INDICATOR_MEASURES.includes(record.measure as IndicatorMeasure)) {
      throw new PipelineDataError(path, `${where}: measure must be one of ${INDICATOR_MEASURES.join(', ')}`);
    }
    for (const field of ['aliases', 'units'] as const) {
      const list = record[field];
      if (!Array.isArray(list) || list.length === 0 || list.some((a) => typeof a !== 'string' || a === '')) {
        throw new PipelineDataError(path, `${where}: ${field} must be a non-empty list of strings`);
      }
    }
    if (record.levels !== undefined) {
      const entries = typeof record.levels === 'object' && record.levels !== null ? Object.entries(record.levels) : [];
      if (entries.length === 0 || entries.some(([level, name]) => !INDICATOR_LEVELS.includes(level as IndicatorLevel) || typeof name !== 'string' || !record.aliases!.some((a) => name.includes(a)))) {
        throw new PipelineDataError(path, `${where}: levels must map ${INDICATOR_LEVELS.join(' or ')} to a name holding one of the aliases`);
      }
    }
    return record as Indicator;
  });
}

/**
 * The names an INDICATOR entity goes by (its `aliases`, beside `name`): what a reader would type
 * to ask for the measure, as reports write it. The catalogue's `aliases` are the words the matcher
 * looks for, and a change shares them with its level (国内生产总值 is GDP, 国内生产总值增长 its
 * growth), so the names are:
 *   - each level's name (`levels`: 地区生产总值增长 for a county's GDP growth);
 *   - for a LEVEL or RATE: its words, which name the measure itself;
 *   - for a CHANGE whose name is a word plus a change phrase (国内生产总值 + 增长, 居民消费价格 +
 *     涨幅): every word with that phrase (地区生产总值增长, GDP增长, 经济增长, CPI涨幅); and a bare word
 *     no other indicator uses that reads as a measure alone (three characters or more, or Latin:
 *     CPI, M2, 规模以上工业增加值), never a level's word (国内生产总值 names GDP, not its growth)
 *     nor a fragment (经济).
 * @param indicator one record of the catalogue.
 * @param catalogue the whole catalogue (loadIndicators()), to tell which words other indicators use.
 * @returns distinct names in catalogue order, without `indicator.name`.
 */
export function indicatorNames(indicator: Indicator, catalogue: Indicator[]): string[] {
  const names: string[] = Object.values(indicator.levels ?? {}).filter((n): n is string => typeof n === 'string');
  if (indicator.measure !== 'CHANGE') {
    names.push(...indicator.aliases);
  } else {
    const usedElsewhere = new Set(catalogue.filter((i) => i.id !== indicator.id).flatMap((i) => [i.name, ...i.aliases]));
    const stem = [...indicator.aliases].sort((a, b) => b.length - a.length).find((a) => indicator.name.startsWith(a));
    const phrase = stem === undefined ? '' : indicator.name.slice(stem.length);
    for (const word of indicator.aliases) {
      if (phrase !== '') names.push(word + phrase);
      if (!usedElsewhere.has(word) && (word.length >= 3 || /[A-Za-z]/.test(word))) names.push(word);
    }
  }
  return [...new Set(names)].filter((n) => n !== indicator.name);
}

/** A target's link to its indicator, with the alias its words matched. */
export interface IndicatorMatch {
  indicatorId: string;
  alias: string;
}

/**
 * The indicator a target quantifies, or null when its words do not name exactly one.
 *
 * @param target the target's indicator words (as extracted) and unit.
 * @param indicators the catalogue (loadIndicators()).
 */
export function matchIndicator(target: { indicator: string; unit: string }, indicators: Indicator[]): IndicatorMatch | null {
  const words = target.indicator.replace(/[“”\s]/g, '');
  const fits: { indicator: Indicator; alias: string }[] = [];
  for (const indicator of indicators) {
    if (!indicator.units.includes(target.unit)) continue;
    // The longest alias the words hold, whose leftover words add nothing.
    const aliases = indicator.aliases.filter((a) => words.includes(a)).sort((a, b) => b.length - a.length);
    for (const alias of aliases) {
      const rest = words.replace(alias, '');
      const change = CHANGE_WORD.test(rest);
      if (indicator.measure === 'CHANGE' ? !change : change) continue;
      const residue = rest.replace(CHANGE_WORD, '').replace(NEUTRAL, '');
      if (residue.length > 0) continue;
      fits.push({ indicator, alias });
      break;
    }
  }
  if (fits.length === 0) return null;
  fits.sort((a, b) => b.alias.length - a.alias.length);
  if (fits.length > 1 && fits[0]!.alias.length === fits[1]!.alias.length) return null;
  return { indicatorId: fits[0]!.indicator.id, alias: fits[0]!.alias };
}
