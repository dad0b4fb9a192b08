/**
 * The anchors of a statement's page, one scheme for the page that renders them
 * (app/statements), for the search that links to them (lib/search/documents.ts) and for the
 * related links' evidence (lib/chronology/related.ts). Every paragraph has an anchor of its own,
 * so that a link opens on the paragraph that holds the words, not on its section.
 *
 * Numbered paragraphs (`paragraphIds`):
 *   - `p-N` for a Japanese paragraph numbered N, `en-N` for an English one;
 *   - when the same number occurs in more than one section of the same language (a meeting
 *     summary numbered 1–3 before a joint statement numbered 1–16; a 2+2 whose every heading
 *     restarts at (1)), the main numbered run keeps `p-N` / `en-N` and the others are qualified
 *     by their section: `s1-p-2`;
 *   - the main run is the paired run of a bilingual statement, else the longest run (the first
 *     of equally long ones);
 *   - a number repeated within one section gets `-2`, `-3`… appended.
 * Headings are `s<section>` (sections count from 1; what stands before the first heading is
 * section 0, which has no heading and so no `s0`).
 *
 * Q&A turns (`qaTurnAnchors`: a speaker's consecutive blocks within one section) are `qa-1`,
 * `qa-2`… in reading order; the page puts the id on the turn as a whole.
 *
 * Every other paragraph (`blockAnchors`) is named by its place, in reading order:
 *   - in a Q&A turn: `qa-<turn>-p<K>`, the K-th paragraph of the turn (`qa-4-p2`);
 *   - elsewhere: `s<section>-p<K>`, the K-th paragraph of the section (`s1-p3`; `s0-p2` before
 *     the first heading), K counting every paragraph of the section outside its Q&A turns,
 *     numbered or not, from 1: the paragraph a reader counts to.
 * The `p<K>` of a place has no hyphen, the `p-N` of a number has one, so the two never collide.
 * Credits (a photograph's source, small print) are not paragraphs of the text: they have no
 * anchor and are not counted. Section and turn anchors stay beside the paragraphs' own, so links
 * published to `#s1` or `#qa-3` still open where they did.
 */
import type { Block, Statement } from '@/lib/parser/schema';
import { numberValue } from '@/lib/parser/statement/pair';

const isNumbered = (block: Block) => block.type !== 'heading' && block.type !== 'credit' && numberValue(block.number) !== null;

/** The longest run of ascending numbers within one section, for one language. */
function longestRun(blocks: readonly Block[], lang: Block['lang']): Set<number> {
  let best: number[] = [];
  let current: number[] = [];
  let previous: { section: number; value: number } | null = null;
  blocks.forEach((block, index) => {
    if (block.lang !== lang || !isNumbered(block)) return;
    const value = numberValue(block.number) ?? 0;
    if (!previous || previous.section !== block.section || value <= previous.value) current = [];
    current.push(index);
    previous = { section: block.section, value };
    if (current.length > best.length) best = [...current];
  });
  return new Set(best);
}

/** The anchor of every numbered paragraph and heading, by block index (see the scheme above). */
export function paragraphIds(statement: Pick<Statement, 'blocks'>): Map<number, string> {
  const { blocks } = statement;
  const ids = new Map<number, string>();
  const used = new Set<string>();
  const claim = (index: number, id: string) => {
    let unique = id;
    for (let n = 2; used.has(unique); n++) unique = `${id}-${n}`;
    used.add(unique);
    ids.set(index, unique);
  };

  blocks.forEach((block, index) => {
    if (block.type === 'heading') claim(index, `s${block.section}`);
  });
  for (const lang of ['ja', 'en'] as const) {
    const prefix = lang === 'ja' ? 'p' : 'en';
    const paired = new Set(blocks.flatMap((block, index) => (block.lang === lang && block.pairedWith !== null ? [index] : [])));
    const main = paired.size > 0 ? paired : longestRun(blocks, lang);
    const sectionsByValue = new Map<number, Set<number>>();
    blocks.forEach((block) => {
      if (block.lang !== lang || !isNumbered(block)) return;
      const value = numberValue(block.number) ?? 0;
      sectionsByValue.set(value, (sectionsByValue.get(value) ?? new Set()).add(block.section));
    });
    // The main run first, so that it keeps the plain ids.
    const order = blocks.map((_, index) => index).sort((a, b) => Number(main.has(b)) - Number(main.has(a)) || a - b);
    for (const index of order) {
      const block = blocks[index];
      if (!block || block.lang !== lang || !isNumbered(block)) continue;
      const value = numberValue(block.number) ?? 0;
      const duplicated = (sectionsByValue.get(value)?.size ?? 0) > 1;
      claim(index, duplicated && !main.has(index) ? `s${block.section}-${prefix}-${value}` : `${prefix}-${value}`);
    }
  }
  return ids;
}

/**
 * The anchor of every Q&A turn, by the index of its first block: `qa-1`, `qa-2`… A turn is a run
 * of consecutive turn blocks of one speaker within one section, as the statement page shows it.
 */
export function qaTurnAnchors(blocks: readonly Block[]): Map<number, string> {
  const anchors = new Map<number, string>();
  let previous: Block | undefined;
  blocks.forEach((block, index) => {
    const continues = previous?.type === 'turn' && previous.speaker === block.speaker && previous.section === block.section;
    if (block.type === 'turn' && !continues) anchors.set(index, `qa-${anchors.size + 1}`);
    previous = block;
  });
  return anchors;
}

/**
 * The anchor of every block, by block index (see the scheme above): a heading's `sN`, a numbered
 * paragraph's `p-N`/`en-N`, else its place (`s1-p3`, `qa-4-p2`); null for a credit.
 */
export function blockAnchors(blocks: readonly Block[]): Array<string | null> {
  const ids = paragraphIds({ blocks: [...blocks] });
  const turns = qaTurnAnchors(blocks);
  const placesInSection = new Map<number, number>();
  let turn = '';
  let placeInTurn = 0;
  return blocks.map((block, index) => {
    if (block.type === 'credit') return null;
    const started = turns.get(index);
    if (started) {
      turn = started;
      placeInTurn = 0;
    }
    let place: string | null = null;
    if (block.type === 'turn') place = `${turn}-p${++placeInTurn}`;
    else if (block.type !== 'heading') {
      const k = (placesInSection.get(block.section) ?? 0) + 1;
      placesInSection.set(block.section, k);
      place = `s${block.section}-p${k}`;
    }
    return ids.get(index) ?? place;
  });
}
