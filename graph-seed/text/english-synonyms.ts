/**
 * Search-only English synonyms (english-synonyms.yaml): the convention writes "Xiangqi", a reader
 * types "chess". Read once, when first asked.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { englishStems } from './normalise-query.ts';

const FILE = new URL('./english-synonyms.yaml', import.meta.url);

let table: Map<string, string[]> | undefined;

/**
 * The stems of each key's synonyms, by the key's stem.
 * @throws Error naming english-synonyms.yaml when it is not a map of a word to a list of words.
 */
function synonymStems(): Map<string, string[]> {
  if (table) return table;
  const raw = parse(readFileSync(FILE, 'utf8')) as unknown;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new Error('english-synonyms.yaml: expected a map of a word to a list of words');
  table = new Map();
  for (const [key, words] of Object.entries(raw as Record<string, unknown>)) {
    if (!Array.isArray(words) || words.some((w) => typeof w !== 'string' || w.trim() === '')) {
      throw new Error(`english-synonyms.yaml: "${key}" must list words, e.g. ${key}: [word, two words]`);
    }
    const [stem] = englishStems(key);
    if (!stem || englishStems(key).length !== 1) throw new Error(`english-synonyms.yaml: the key "${key}" must be one English word`);
    table.set(stem, [...new Set((words as string[]).flatMap(englishStems))]);
  }
  return table;
}

/** `stems` (English search stems) with the stems of every synonym of any of them added, each once. */
export function withSynonyms(stems: string[]): string[] {
  const synonyms = synonymStems();
  const added = stems.flatMap((s) => synonyms.get(s) ?? []);
  return added.length === 0 ? stems : [...new Set([...stems, ...added])];
}
