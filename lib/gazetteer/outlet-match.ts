/**
 * Reading the outlet at the start of a digest entry's head: the parser's rule over the outlet
 * gazetteer (./outlets). Apart from the gazetteer because only the parser needs it: the
 * explorer's pages read the gazetteer's names, and a module shared with the playground's parser
 * worker carries into their bundle every export either side uses.
 */
import { outletGazetteer, type OutletEntry } from './outlets';

/** Aggregators the digest names, by the spellings seen. */
const aggregators: ReadonlyArray<{ name: string; spellings: readonly string[] }> = [
  { name: 'Yahoo', spellings: ['Yahoo!ニュース', 'Yahoo!', 'Yahoo', 'ヤフー'] },
  { name: 'MSN', spellings: ['MSN'] },
  { name: 'LINE', spellings: ['LINE NEWS', 'LINE'] },
  { name: 'SmartNews', spellings: ['SmartNews'] },
  { name: 'goo', spellings: ['gooニュース', 'goo'] },
  { name: 'livedoor', spellings: ['livedoorニュース', 'livedoor'] },
];

export interface OutletMatch {
  raw: string;
  key: string;
  name: string;
  nameEn: string;
  via: string | null;
  known: boolean;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
const byLength = (a: string, b: string) => b.length - a.length;

const aliasToEntry = new Map<string, OutletEntry>();
for (const entry of outletGazetteer) for (const alias of entry.aliases) aliasToEntry.set(alias, entry);
const spellingToAggregator = new Map<string, string>();
for (const a of aggregators) for (const s of a.spellings) spellingToAggregator.set(s, a.name);

const SPACE = '[ \\u3000]';
const aggregatorPattern = [...spellingToAggregator.keys()].sort(byLength).map(escapeRegExp).join('|');
const aliasPattern = [...aliasToEntry.keys()].sort(byLength).map(escapeRegExp).join('|');
// The forms seen: X, X(Yahoo), X (Yahoo), X News(Yahoo), X 通信(Yahoo), Yahoo X記事, Jane's 360.
const suffixes = `(?:${SPACE}?(?:News|NEWS|ニュース|通信|新聞))?(?:${SPACE}?[(（](${aggregatorPattern})[)）])?(記事)?`;
const knownOutletRegExp = new RegExp(`^(?:(${aggregatorPattern})${SPACE}+)?(${aliasPattern})${suffixes}(?=${SPACE}|$)`);
// The fallback keeps a glued 新聞/通信 (北国新聞 is the name) and drops only a spaced
// `News`/`通信` that stands before an aggregator, as in `X News(Yahoo)`.
const fallbackOutletRegExp = new RegExp(
  `^(?:(${aggregatorPattern})${SPACE}+)?([^ \\u3000(（]+?)(?:${SPACE}(?:News|NEWS|ニュース|通信)(?=[(（]))?(?:${SPACE}?[(（](${aggregatorPattern})[)）])?(記事)?(?=${SPACE}|$)`,
);

/** FNV-1a, for a stable ASCII key of an outlet name that has no ASCII of its own. */
function hash32(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** An ASCII slug of an outlet name: `Defense Weekly` → `defense-weekly`, `北国新聞` → `outlet-1a2b3c4d`. */
export function outletKey(name: string): string {
  const slug = name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return /^[\x20-\x7e]+$/.test(name) && slug.length > 0 ? slug : `outlet-${hash32(name)}`;
}

/**
 * Reads the outlet at the start of an entry head (the text after date and time). Returns the
 * gazetteer's outlet when one matches, else the fallback: the first token, minus an aggregator
 * suffix, marked `known: false`. Null when the head is empty.
 */
export function matchOutlet(head: string): OutletMatch | null {
  const known = knownOutletRegExp.exec(head);
  if (known) {
    const entry = aliasToEntry.get(known[2] ?? '');
    if (entry) {
      const via = known[1] ?? known[3];
      return {
        raw: known[0],
        key: entry.key,
        name: entry.name,
        nameEn: entry.nameEn,
        via: via ? (spellingToAggregator.get(via) ?? via) : null,
        known: true,
      };
    }
  }
  const fallback = fallbackOutletRegExp.exec(head);
  if (!fallback || !fallback[2]) return null;
  const via = fallback[1] ?? fallback[3];
  const name = fallback[2];
  return {
    raw: fallback[0],
    key: outletKey(name),
    name,
    nameEn: name,
    via: via ? (spellingToAggregator.get(via) ?? via) : null,
    known: false,
  };
}
