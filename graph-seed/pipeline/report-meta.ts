/**
 * What a report is: its id, title, year, date, jurisdiction and speaker, read from the title
 * block that opens every 政府工作报告, or from a sidecar JSON that a researcher writes (or a
 * scraper's sources.json entry), which wins where it says something.
 *
 * The title block of the genre:
 *   政府工作报告
 *   ——2021年2月7日在乐昌市第十五届人民代表大会第七次会议上
 *   乐昌市市长 钟曦
 * The congress line names the jurisdiction (乐昌市; 全国人民代表大会 is the nation's) and the date;
 * the last line names the speaker and their office. A title such as 2016年中华人民共和国国务院
 * 政府工作报告 or 广东省2021年政府工作报告 names them too. The name is placed with the division
 * tables (gazetteer.ts) for its level and GB/T 2260 code; where one name has several divisions
 * (朝阳区), the one whose prefecture or province the text names most wins, and with no winner the
 * code stays null rather than guessed.
 */
import { ReportMetaError } from './errors.ts';
import { divisionByCode, divisionsNamed, type Division } from './gazetteer.ts';
import { pinyinOf, toneless } from '../pinyin.ts';
import { JURISDICTION_LEVELS, type Jurisdiction, type JurisdictionLevel, type ReportMeta } from './types.ts';

/** What a sidecar JSON may say of a report; every field is optional. */
export interface ReportSidecar {
  id?: string;
  title?: string;
  year?: number;
  /** ISO date, 2021-03-05. */
  date?: string;
  /** A name (广东省), or a name with its level and code. */
  jurisdiction?: string | { name: string; level?: JurisdictionLevel; code?: string | null };
  speaker?: string;
  speakerTitle?: string;
  source?: string;
}

export const NATIONAL_NAME = '中华人民共和国';

/** ——2021年3月5日在第十三届全国人民代表大会第四次会议上 / 在乐昌市第十五届人民代表大会… */
const CONGRESS_LINE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*在(.*?)第[一二三四五六七八九十百零〇]+届(全国)?人民代表大会/;
const OFFICES = ['国务院总理', '代理省长', '代省长', '代市长', '代县长', '代区长', '代州长', '代盟长', '省长', '市长', '县长', '区长', '州长', '盟长', '旗长', '主席'];
const SPEAKER_LINE = new RegExp(`^(.*?(?:${OFFICES.join('|')}))\\s*([\\u4E00-\\u9FFF·]{2,6})$`);
const NATIONAL_WORDS = /国务院|全国人民代表大会|中华人民共和国政府工作报告|^中华人民共和国$/;
/** A division name in a title: 广东省2021年政府工作报告, 2021年韶关市政府工作报告. */
const TITLE_NAME = /([\u4E00-\u9FFF]{2,12}?(?:自治区|自治州|自治县|特别行政区|省|市|州|盟|地区|县|区|旗))(?:人民政府)?(?:\d{4}年)?政府工作报告/;

const LEVEL_BY_SUFFIX: [RegExp, JurisdictionLevel][] = [
  [/(省|自治区)$/, 'PROVINCE'],
  [/(自治州|州|盟|地区)$/, 'PREFECTURE'],
  [/(自治县|县|旗|区)$/, 'COUNTY'],
];

/** The paragraphs before the address (各位代表：), joined where a PDF broke the congress line. */
function titleBlock(text: string): string[] {
  const paragraphs = text.split('\n').slice(0, 12);
  const address = paragraphs.findIndex((p) => /^各位代表/.test(p));
  return paragraphs.slice(0, address === -1 ? 6 : address).filter((p) => p.length > 0);
}

function pick(candidates: Division[], text: string): Division | null {
  if (candidates.length === 1) return candidates[0]!;
  // The candidate whose province or prefecture the text names most often.
  const scored = candidates.map((d) => ({
    d,
    score: d.parents.reduce((sum, code) => {
      const parent = divisionByCode(code);
      return sum + (parent ? text.split(parent.name).length - 1 : 0);
    }, 0),
  })).sort((a, b) => b.score - a.score);
  if (scored.length > 1 && scored[0]!.score > scored[1]!.score) return scored[0]!.d;
  return null;
}

function placeJurisdiction(name: string, text: string, file: string, given?: { level?: JurisdictionLevel; code?: string | null }): Jurisdiction {
  if (NATIONAL_WORDS.test(name) || name === '全国' || name === '中国') return { name: NATIONAL_NAME, level: 'NATIONAL', code: null };
  if (given?.level && !(JURISDICTION_LEVELS as readonly string[]).includes(given.level)) {
    throw new ReportMetaError(file, 'BAD_SIDECAR', `jurisdiction level "${given.level}" is not one of ${JURISDICTION_LEVELS.join(', ')}`);
  }
  const candidates = divisionsNamed(name);
  const division = pick(candidates, text);
  const level: JurisdictionLevel | undefined = given?.level ?? (division
    ? (division.level as JurisdictionLevel)
    : LEVEL_BY_SUFFIX.find(([suffix]) => suffix.test(name))?.[1]);
  if (!level) {
    throw new ReportMetaError(file, 'UNKNOWN_LEVEL',
      `the level of jurisdiction "${name}" is unknown: the division tables do not know the name and its suffix does not tell; give jurisdiction.level (${JURISDICTION_LEVELS.join(', ')}) in the sidecar`);
  }
  return { name, level, code: given?.code !== undefined ? given.code : division?.code ?? null };
}

function isoDate(year: string, month: string, day: string): string {
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** The slug of a jurisdiction in report ids: cn for the nation, toneless pinyin without the suffix elsewhere. */
export function jurisdictionSlug(jurisdiction: Jurisdiction): string {
  if (jurisdiction.level === 'NATIONAL') return 'cn';
  const bare = jurisdiction.name.length > 2
    ? jurisdiction.name.replace(/(特别行政区|自治区|自治州|自治县|地区|省|市|州|盟|县|区|旗)$/, '')
    : jurisdiction.name;
  return toneless(pinyinOf(bare)).replace(/[^a-z0-9]/g, '');
}

/**
 * Reads what identifies a report.
 *
 * @param text the report's normalised text (normalise.ts); only its title block and, to place a
 *   jurisdiction whose name several divisions share, its mentions of provinces and prefectures are read.
 * @param options.file the report's file, named in errors; options.sidecar what a sidecar JSON
 *   says, which wins over the text.
 * @throws ReportMetaError NO_YEAR or NO_JURISDICTION when neither the text nor the sidecar
 *   gives one; UNKNOWN_LEVEL for a jurisdiction that cannot be placed; CONFLICT when the sidecar's
 *   year contradicts the text's congress line; BAD_SIDECAR for a malformed sidecar field.
 */
export function readReportMeta(text: string, options: { file: string; sidecar?: ReportSidecar }): ReportMeta {
  const { file, sidecar = {} } = options;
  const block = titleBlock(text);
  const joined = block.join('');
  const congress = CONGRESS_LINE.exec(joined);
  const textTitle = block.find((p) => /政府工作报告/.test(p))?.replace(/\s+/g, '') ?? null;
  const speakerLine = [...block].reverse().map((p) => SPEAKER_LINE.exec(p)).find((m) => m !== null) ?? null;

  if (sidecar.year !== undefined && (!Number.isInteger(sidecar.year) || sidecar.year < 1949 || sidecar.year > 2100)) {
    throw new ReportMetaError(file, 'BAD_SIDECAR', `year ${JSON.stringify(sidecar.year)} is not a year (an integer from 1949 to 2100)`);
  }
  if (sidecar.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(sidecar.date)) {
    throw new ReportMetaError(file, 'BAD_SIDECAR', `date "${sidecar.date}" is not an ISO date (YYYY-MM-DD)`);
  }
  const titleYear = /(\d{4})年/.exec(sidecar.title ?? textTitle ?? '')?.[1];
  const textYear = congress ? Number(congress[1]) : titleYear ? Number(titleYear) : undefined;
  if (sidecar.year !== undefined && congress && Number(congress[1]) !== sidecar.year) {
    throw new ReportMetaError(file, 'CONFLICT', `the sidecar says year ${sidecar.year} but the congress line says ${congress[1]}`);
  }
  const year = sidecar.year ?? textYear ?? (sidecar.date ? Number(sidecar.date.slice(0, 4)) : undefined);
  if (year === undefined) {
    throw new ReportMetaError(file, 'NO_YEAR',
      'no year: the text has no congress line (——YYYY年M月D日在…人民代表大会…) and no title with YYYY年, and the sidecar gives neither year nor date');
  }

  let jurisdiction: Jurisdiction;
  const given = sidecar.jurisdiction;
  if (given !== undefined) {
    const name = typeof given === 'string' ? given : given?.name;
    if (typeof name !== 'string' || name.trim() === '') {
      throw new ReportMetaError(file, 'BAD_SIDECAR', 'jurisdiction must be a name or { name, level?, code? }');
    }
    jurisdiction = placeJurisdiction(name.trim(), text, file, typeof given === 'string' ? undefined : given);
  } else {
    const fromCongress = congress ? (congress[5] ? NATIONAL_NAME : congress[4]!.replace(/\s+/g, '')) : '';
    const titles = [sidecar.title, textTitle].filter((t): t is string => typeof t === 'string');
    const nationalTitle = titles.some((t) => NATIONAL_WORDS.test(t));
    const fromTitle = titles.map((t) => TITLE_NAME.exec(t.replace(/\d{4}年/, ''))?.[1]).find((n) => n !== undefined);
    const fromSpeaker = speakerLine && /国务院/.test(speakerLine[1]!) ? NATIONAL_NAME
      : speakerLine?.[1]!.replace(/(代理|代)?(省长|市长|县长|区长|州长|盟长|旗长|主席)$/, '') || '';
    const name = fromCongress || (nationalTitle ? NATIONAL_NAME : fromTitle) || fromSpeaker;
    if (!name) {
      throw new ReportMetaError(file, 'NO_JURISDICTION',
        'no jurisdiction: the text has no congress line naming one (在…第N届人民代表大会), no title naming one, no speaker line with an office, and no sidecar jurisdiction');
    }
    jurisdiction = placeJurisdiction(name, text, file);
  }

  const date = sidecar.date ?? (congress ? isoDate(congress[1]!, congress[2]!, congress[3]!) : null);
  const title = sidecar.title
    ?? (textTitle && textTitle !== '政府工作报告' ? textTitle : `${jurisdiction.name}${year}年政府工作报告`);
  const id = sidecar.id ?? `report:${jurisdictionSlug(jurisdiction)}-${year}`;
  if (!/^report:[a-z0-9-]+$/.test(id)) {
    throw new ReportMetaError(file, 'BAD_SIDECAR', `id "${id}" is not of the form report:<lower-case letters, digits, hyphens>`);
  }
  return {
    id, title, year, date, jurisdiction,
    speaker: sidecar.speaker ?? speakerLine?.[2] ?? null,
    speakerTitle: sidecar.speakerTitle ?? speakerLine?.[1] ?? null,
    source: sidecar.source ?? file,
  };
}
