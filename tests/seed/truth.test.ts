/**
 * Whole-graph checks of data truth: every edge the report states, and none it does not. Each
 * block checks one class of fault over the whole built seed (not one example of it): who owns a
 * target, relations of the right kind, the glossary whole, targets as the report states them,
 * and names and types. Where judgement was needed, the reviewed exceptions are listed here with
 * their reason, and a listed exception that no longer applies fails too, so the lists stay true.
 */
import { describe, expect, it } from 'vitest';
import { seedSummary, formatSummary } from '../../graph-seed/summary.ts';
import type { Mention } from '../../graph-seed/types.ts';
import { buildFrom, viewOf } from './fixtures.ts';

const seed = buildFrom();
const { entities, relations, byId } = viewOf(seed);
const text = seed.reports[0]!.text;
const glossaryStart = seed.sections.find((s) => s.id === 'section:glossary')!.start;
const ofType = (type: string) => entities.filter((e) => e.type === type);
const quote = (m: Mention) => text.slice(m.start, m.end);
const has = (type: string, source: string, target: string) =>
  relations.some((r) => r.type === type && r.source === source && r.target === target);
const inSentence = /[。；！？\n]/;
/** Where the sentence holding `at` starts. */
const sentenceStart = (at: number) => {
  let i = at;
  while (i > 0 && !inSentence.test(text[i - 1]!)) i -= 1;
  return i;
};
const sentenceEnd = (at: number) => {
  let i = at;
  while (i < text.length && !inSentence.test(text[i]!)) i += 1;
  return i;
};
const CURATED = ['TOWN', 'PARK', 'PROGRAM', 'ORGANIZATION'];

describe('who owns a target', () => {
  const owned = relations.filter((r) => r.type === 'HAS_TARGET' && byId.get(r.source)!.type !== 'STRATEGY');

  it('no place owns a target: a place in a target\'s words only qualifies it (19个韶关市重点项目)', () => {
    expect(owned.filter((r) => byId.get(r.source)!.type === 'TOWN').map((r) => r.id)).toEqual([]);
  });

  it('no firm or park named as an example (X、Y等…) owns the count it exemplifies', () => {
    const examples = owned.filter((r) => {
      const owner = byId.get(r.source)!;
      const target = byId.get(r.target)!;
      return owner.mentions.some((m) => target.mentions.some((q) => q.start <= m.start && m.end <= q.end
        && /^(、[^，。；]{1,12})*等/.test(text.slice(m.end))));
    });
    expect(examples.map((r) => r.id)).toEqual([]);
  });

  it('every owner other than a strategy is named in the sentence that states the figure', () => {
    const far = owned.filter((r) => {
      const owner = byId.get(r.source)!;
      const target = byId.get(r.target)!;
      return !r.evidence.some((e) => owner.mentions.some((m) => e.start <= m.start && m.end <= e.end)
        && target.mentions.some((q) => e.start <= q.start && q.end <= e.end) && !inSentence.test(quote(e)));
    });
    // Figures the glossary sets for a program (note 13) are evidenced by the note, which names it.
    expect(far.filter((r) => byId.get(r.target)!.mentions[0]!.start < glossaryStart).map((r) => r.id)).toEqual([]);
  });

  // Programs a sentence puts to work (实施/开展/推进 …) before a figure, where the figure
  // measures something else: reviewed, and left out because the report does not say the program
  // produced that figure. Everything else must be linked.
  const NOT_OWNERS = new Map<string, string>([
    ['program:forestry-ecology-project->target:2016-2020:senlinfugailv-70p64', 'forest cover measures the city, not the project'],
    ['program:forestry-ecology-project->target:2016-2020:shimohuadiqusenlinzhibeifugailv-63', 'vegetation cover measures the city'],
    ['program:agricultural-non-point-pollution->target:2020:nongyongdianquanliyonglv-90', 'a land-use rate of the city, not of the campaign'],
    ['program:agricultural-non-point-pollution->target:2020:wurandikuaianquanliyonglv-100', 'a land-use rate of the city'],
    ['program:pollution-prevention-battle->target:2020:shiqukongqizhiliangzhishuyoulianglv-98p89', 'air quality measures the city'],
    ['program:ecological-restoration-pilot->target:2021-2025:chengshijianchengqulvhuafugailv-41p06', 'green cover measures the city'],
    ['program:ecological-restoration-pilot->target:2021-2025:senlinfugailv-71', 'forest cover measures the city'],
    ['program:city-development-strategy->target:2021-2025:hujirenkouchengzhenhualvmeiniantisheng-1', 'urbanisation measures the city'],
    ['program:cantonese-chef->target:2021:chengzhenxinzengjiuye-3100', 'new jobs measure the city, not the training'],
    ['program:three-training-projects->target:2021:chengzhenxinzengjiuye-3100', 'new jobs measure the city'],
    ['program:digital-government-reform->target:2021:mashangbanlv-65', 'the rate is of the “四办” the sentence implements'],
    ['program:digital-government-reform->target:2021:quanliuchengwangbanlv-60', 'the rate is of the “四办”'],
    ['program:digital-government-reform->target:2021:wangshangkebanlv-92', 'the rate is of the “四办”'],
    ['program:digital-government-reform->target:2021:yichuangshoulilv-80', 'the rate is of the “四办”'],
    ['program:dust-control->target:2021:shiqukongqizhiliangzhishuyoulianglv-96', 'air quality measures the city'],
    ['program:gateway-node-upgrade->target:2021:wanchenggongyedadaozhanbeilufutingjieden-18', 'the 18 roads are a project of their own'],
    ['program:urban-renewal-action->target:2021:wanchenggongyedadaozhanbeilufutingjieden-18', 'the 18 roads are a project of their own'],
    ['program:high-tech-enterprise-plan->target:2021:xinzenggongchengyanjiuzhongxin-5', 'the plan is for high-tech firms, not research centres'],
    ['program:high-tech-enterprise-plan->target:2021:xinzengzhuanjingtexinqiye-5', 'the plan is for high-tech firms'],
    ['program:mud-brick-house-demolition->target:2021:zirancunjianchengnongcunwushuichulishesh-50', 'sewage works belong to the living-environment campaign'],
  ]);
  const PUT_TO_WORK = /(实施|开展|推进|深入推进|大力推进|扎实开展|持续开展|持续推进|深化)$/;

  it('a program the sentence puts to work owns the figures that sentence then sets', () => {
    const missing: string[] = [];
    for (const target of ofType('TARGET')) {
      for (const q of target.mentions.filter((m) => m.start < glossaryStart)) {
        const from = sentenceStart(q.start);
        for (const program of ofType('PROGRAM')) {
          const put = program.mentions.some((m) => m.start >= from && m.end <= q.start
            && PUT_TO_WORK.test(text.slice(Math.max(from, m.start - 4), m.start)));
          const key = `${program.id}->${target.id}`;
          if (put && !has('HAS_TARGET', program.id, target.id) && !NOT_OWNERS.has(key)) missing.push(key);
        }
      }
    }
    expect([...new Set(missing)]).toEqual([]);
    const stale = [...NOT_OWNERS.keys()].filter((key) => {
      const [source, target] = key.split('->') as [string, string];
      return !byId.has(source) || !byId.has(target) || has('HAS_TARGET', source, target);
    });
    expect(stale, 'reviewed exceptions that no longer apply').toEqual([]);
  });

  it('a program named by the glossary with figures of its own has them (note 13)', () => {
    const targets = relations.filter((r) => r.type === 'HAS_TARGET' && r.source === 'program:new-double-hundred').map((r) => byId.get(r.target)!);
    expect(targets.map((t) => `${t.value}${t.unit}`).sort()).toEqual(['100个', '100亿元', '120个', '150亿元']);
  });
});

describe('relations of the right kind', () => {
  it('a title is AWARDED to its winner, never LOCATED_IN it', () => {
    const titleLocated = relations.filter((r) => r.type === 'LOCATED_IN' && byId.get(r.source)!.category === 'TITLE');
    expect(titleLocated.map((r) => r.id)).toEqual([]);
    for (const r of relations.filter((x) => x.type === 'AWARDED')) {
      expect(['TOWN', 'PARK', 'ORGANIZATION'], r.id).toContain(byId.get(r.source)!.type);
      expect(byId.get(r.target)!.category, r.id).toBe('TITLE');
    }
  });

  it('every title the review says was won (获评, 荣获, 被评为, 入选, 成功创建) has its winner', () => {
    const reviewEnd = seed.sections.find((s) => s.id === 'section:review')!.end;
    const unwon: string[] = [];
    for (const title of ofType('PROGRAM').filter((e) => e.category === 'TITLE')) {
      const won = title.mentions.some((m) => m.end <= reviewEnd
        && /(获评|荣获|被评为|入选|成功创建)[^，。；]*$/.test(text.slice(sentenceStart(m.start), m.start)));
      if (won && !relations.some((r) => r.type === 'AWARDED' && r.target === title.id)) unwon.push(title.id);
    }
    expect(unwon).toEqual([]);
  });

  it('titles won by organisations are linked to them', () => {
    expect(has('AWARDED', 'org:lechang-justice-bureau', 'program:people-mediation-award')).toBe(true);
    expect(has('AWARDED', 'town:lecheng-chengbei', 'program:national-civilised-unit')).toBe(true);
  });

  it('a plan or title of a place is not LOCATED_IN the place (韶关倍增计划 is not in 韶关市)', () => {
    const of = relations.filter((r) => {
      const source = byId.get(r.source)!;
      const place = byId.get(r.target)!;
      const names = [place.name, ...place.aliases].filter((n) => n.length >= 2);
      return r.type === 'LOCATED_IN' && ['PLAN', 'TITLE'].includes(source.category ?? '')
        && names.some((n) => source.name.startsWith(n));
    });
    expect(of.map((r) => r.id)).toEqual([]);
  });
});

describe('the glossary, whole', () => {
  const notes = ofType('GLOSSARY_TERM');

  it('every one of the 31 notes defines the entity its marked phrase names, and no count', () => {
    expect(notes).toHaveLength(31);
    const defined = notes.filter((n) => relations.some((r) => r.type === 'DEFINED_BY' && r.target === n.id));
    expect(notes.length - defined.length).toBe(0);
    const bad = relations.filter((r) => r.type === 'DEFINED_BY' && !['PROGRAM', 'PARK', 'TOWN', 'ORGANIZATION'].includes(byId.get(r.source)!.type));
    expect(bad.map((r) => r.id)).toEqual([]);
    for (const r of relations.filter((x) => x.type === 'DEFINED_BY')) {
      const marker = `[${byId.get(r.target)!.number}]`;
      expect(r.evidence.some((e) => quote(e).includes(marker)), r.id).toBe(true);
    }
  });

  it('a concept marked in the body is an entity of its own (“三品一标”[2], 信访工作“三无”[9], “两山”理念[11])', () => {
    for (const [n, name] of [[2, '“三品一标”'], [9, '信访工作“三无”'], [11, '“两山”理念'], [30, '“五个过硬”'], [31, '“七种能力”']] as const) {
      const source = relations.find((r) => r.type === 'DEFINED_BY' && r.target === `glossary:${n}`)?.source;
      expect(byId.get(source ?? '')?.name, `note ${n}`).toBe(name);
    }
  });

  it('parallel notes are modelled alike: the same kind of phrase gives the same category', () => {
    const suffixes: [RegExp, string][] = [[/机制$/, 'MECHANISM'], [/行动$/, 'CAMPAIGN'], [/工程$/, 'PROJECT'], [/理念$|“五个过硬”|“七种能力”/, 'CONCEPT']];
    for (const note of notes) {
      for (const [suffix, category] of suffixes) {
        if (!suffix.test(note.name)) continue;
        const source = relations.find((r) => r.type === 'DEFINED_BY' && r.target === note.id)!.source;
        expect(byId.get(source)!.category, `${note.id} ${note.name}`).toBe(category);
      }
    }
  });

  it('a note and the thing it defines are two entities with distinct mentions, joined by DEFINED_BY', () => {
    for (const note of notes) {
      // The note: its heading in 名词解释 and the [n] markers that point to it.
      for (const m of note.mentions) {
        expect(m.start >= glossaryStart || /^\[\d+\]$/.test(quote(m)), `${note.id} ${quote(m)}`).toBe(true);
      }
      for (const r of relations.filter((x) => x.type === 'DEFINED_BY' && x.target === note.id)) {
        const thing = byId.get(r.source)!;
        const shared = thing.mentions.filter((m) => note.mentions.some((n) => n.start === m.start && n.end === m.end));
        expect(shared, `${note.id} / ${thing.id}`).toEqual([]);
        expect(thing.mentions.some((m) => m.start < glossaryStart), `${thing.id} is named in the body`).toBe(true);
      }
    }
  });
});

describe('targets as the report states them', () => {
  const targets = ofType('TARGET');

  it('indicators describe the figure: no bare 投资总额, no rates fused into one', () => {
    expect(targets.filter((t) => ['投资总额', '增长', '产值', '总额'].includes(t.indicator!)).map((t) => t.id)).toEqual([]);
    expect(targets.filter((t) => /率、[^、]*率/.test(t.indicator!)).map((t) => t.id)).toEqual([]);
    expect(targets.filter((t) => t.indicator === '引进项目投资总额').map((t) => t.value).sort()).toEqual([221.84, 61.28]);
  });

  it('comparators follow the words around the number', () => {
    const wrong: string[] = [];
    for (const t of targets) {
      for (const m of t.mentions) {
        const words = quote(m);
        const after = text.slice(m.end, m.end + 2);
        const value = t.value === 100 && words.includes('百亿') ? '百' : String(t.value);
        const at = words.lastIndexOf(value);
        if (at < 0 || !/\d|百/.test(value)) continue;
        const before = words.slice(0, at);
        const rest = words.slice(at + value.length) + after;
        let expected = 'EQUAL';
        if (/^多/.test(rest.replace(/^[^多以内左]{0,5}?(?=多)/, ''))) expected = 'MORE_THAN';
        if (/(超过|突破|超)$/.test(before)) expected = 'MORE_THAN';
        if (/(约|近)$/.test(before)) expected = 'APPROXIMATELY';
        if (/(不少于|不低于)$/.test(before)) expected = 'AT_LEAST';
        if (/(最多|不超过|压缩至|控制在)$/.test(before)) expected = 'AT_MOST';
        if (/^[^，。；、]{0,6}?(以上)/.test(rest)) expected = 'AT_LEAST';
        if (/^[^，。；、]{0,6}?(以内|以下|内(?!容))/.test(rest)) expected = 'AT_MOST';
        if (/^[^，。；、]{0,6}?左右/.test(rest)) expected = 'APPROXIMATELY';
        if (/^(个|万|亿|千)?[^，。；、]{0,4}多/.test(rest) && /^\D{0,3}多/.test(rest)) expected = 'MORE_THAN';
        if (expected !== t.comparator) wrong.push(`${t.id}: ${words} → ${t.comparator}, words say ${expected}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  // Chinese numerals that are names, slogans or structures, not amounts of a goal or result.
  const NOT_AMOUNTS = /^(两个省级现代农业产业园项目|百年|五年来|四级防控网络|两项补贴|四个意识|四个自信|两个维护|八项规定|两个一百年|十九大|十九届|七个方面|千年樟王|三级助农|三级物流|五个一|四个一|三级调度|三项工程|三年行动|五个过硬|七种能力)/;

  it('goals and results stated in words are targets (翻番, 一半以上, 双100%, Chinese numerals)', () => {
    const body = text.slice(0, glossaryStart);
    const uncovered: string[] = [];
    for (const match of body.matchAll(/翻番|一半|双100%|[两三四五六七八九十百千]+(?:个|家|件|项|条|所|大|连增|年|级|种)/g)) {
      const at = match.index!;
      if (NOT_AMOUNTS.test(text.slice(at))) continue;
      const covered = targets.some((t) => t.mentions.some((m) => m.start <= at && at + match[0].length <= m.end));
      if (!covered) uncovered.push(text.slice(Math.max(0, at - 6), at + match[0].length + 4));
    }
    expect(uncovered).toEqual([]);
    const doubled = targets.filter((t) => t.unit === '倍' && t.value === 2 && t.period === '2021–2025');
    expect(doubled).toHaveLength(4);
  });

  it('no figure is a target twice: one target per indicator, value, unit, bound, period and kind', () => {
    const keys = targets.map((t) => [t.indicator, t.value, t.unit, t.comparator, t.period, t.kind].join('|'));
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
    const spans = targets.flatMap((t) => t.mentions.map((m) => `${m.start}:${m.end}:${t.indicator}`));
    expect(spans.filter((s, i) => spans.indexOf(s) !== i)).toEqual([]);
  });
});

describe('names and types', () => {
  it('strategies are named by their theme, not by a sentence; the heading stays in the description', () => {
    for (const s of ofType('STRATEGY')) {
      expect(s.name, s.id).not.toMatch(/^(五年来|一年来|面对)|，/);
      expect(s.name.length, `${s.id} ${s.name}`).toBeLessThanOrEqual(20);
      const heading = quote(s.mentions[0]!);
      expect(heading.includes(s.name), `${s.id}: the name is written in its heading`).toBe(true);
      if (heading.replace(/^——|。$/g, '') !== s.name) expect(s.description, s.id).toContain(heading.replace(/^——|。$/g, '').replace(/^五年来，/, ''));
    }
    expect(byId.get('strategy:work-government')!.name).toBe('政府工作');
  });

  it('street-scape brands of the “139” renovation are not parks, and no park is a quoted slogan', () => {
    expect(ofType('PARK').filter((p) => /^“.*”$/.test(p.name)).map((p) => p.id)).toEqual([]);
    expect(byId.get('program:water-chestnut-hometown')).toMatchObject({ type: 'PROGRAM', category: 'BRAND' });
  });

  // Names the report never writes whole: the thing is named only inside a shared list.
  const CONSTRUCTED = new Map([['park:taro-agricultural-park', '香芋和岭南落叶水果两个省级现代农业产业园 names it only in a list']]);

  it('a curated name is written in the report as it stands (长来, not 长来镇); fuller forms are aliases', () => {
    const unmarked = text.replace(/\[\d+\]/g, '');
    const invented = entities.filter((e) => CURATED.includes(e.type) && !unmarked.includes(e.name) && !CONSTRUCTED.has(e.id));
    expect(invented.map((e) => `${e.id} ${e.name}`)).toEqual([]);
    expect(byId.get('town:changlai')).toMatchObject({ name: '长来', aliases: expect.arrayContaining(['长来镇']) as unknown });
  });

  it('mentions and aliases are names, not verb phrases (创建粤北公安检查站 is not a mention)', () => {
    const verb = /^(创建|建成|实施|推进|推动|完成|开展|加快|积极|利用好|打造|新增|引进|成功|全面|深化|深入|谋划|参与|启动|落实|健全|建立|组建|扎实|持续|大力|加强|荣获|获评|入选|整治|争取)/;
    const phrases: string[] = [];
    for (const e of entities.filter((x) => CURATED.includes(x.type))) {
      for (const m of e.mentions) if (quote(m) !== e.name && verb.test(quote(m))) phrases.push(`${e.id}: ${quote(m)}`);
      for (const a of e.aliases) if (verb.test(a)) phrases.push(`${e.id}: alias ${a}`);
      if (verb.test(e.name)) phrases.push(`${e.id}: name ${e.name}`);
    }
    expect(phrases).toEqual([]);
  });

  it('one English convention throughout, and no English that says more than the report', () => {
    const english = entities.flatMap((e) => [e.nameEn, e.descriptionEn, e.definitionEn].filter((t): t is string => !!t).map((t) => ({ id: e.id, t })));
    const rules: [RegExp, string][] = [
      [/\bcenters?\b/i, 'centre'], [/\bNorth Guangdong\b/, 'Northern Guangdong'], [/Chinese chess/i, 'Xiangqi'],
      [/\bhometown\b/i, 'Home of'], [/\bprogramme/i, 'program'], [/\b(?!size|seize|prize)\w+iz(e|ed|es|ing|ation)\b/, '-ise spelling'],
      [/Two Zones["”]? \((?!the report)/i, 'the report does not spell out the “Two Zones”'], [/Shenzhen/, 'the report never names Shenzhen'],
    ];
    const off = english.flatMap(({ id, t }) => rules.filter(([re]) => re.test(t)).map(([, want]) => `${id}: ${want}`));
    expect(off).toEqual([]);
    // Quotation marks as the report's: “…”, each opened and closed.
    const quotes = english.filter(({ t }) => t.includes('"') || !/^([^“”]*“[^“”]*”)*[^“”]*$/.test(t)).map(({ id }) => id);
    expect(quotes).toEqual([]);
  });

  it('every entity outside the main graph has a stated reason, and the summary lists them', () => {
    expect(seed.isolated.filter((id) => !seed.isolatedReasons[id])).toEqual([]);
    const summary = formatSummary(seedSummary(seed));
    for (const id of seed.isolated) expect(summary).toContain(`${id}: ${seed.isolatedReasons[id]}`);
  });
});
