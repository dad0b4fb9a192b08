/**
 * How a statement's blocks are laid out on its page: sections, Q&A dialogues, and the bilingual
 * joint statement as Japanese–English rows. Pure data, so the rules can be tested without React.
 *
 * Paragraph anchors (the id of each numbered paragraph, linkable as `#p-5`):
 *   - `p-N` for a Japanese paragraph numbered N, `en-N` for an English one;
 *   - when the same number occurs in more than one section of the same language (a meeting
 *     summary numbered 1–3 before a joint statement numbered 1–16; a 2+2 whose every heading
 *     restarts at (1)), the main numbered run keeps `p-N` / `en-N` and the others are qualified
 *     by their section: `s1-p-2`;
 *   - the main run is the paired run of a bilingual statement, else the longest run (the first
 *     of equally long ones);
 *   - headings are `s<section>`.
 * Ids are unique: a number repeated within one section gets `-2`, `-3`… appended.
 */
import type { Block, Statement } from '@/lib/parser/schema';
import { numberValue } from '@/lib/parser/statement';

export interface PlacedBlock {
  block: Block;
  /** Index in statement.blocks. */
  index: number;
  /** The anchor of the block, or null when it has none (unnumbered paragraphs, turns, credits). */
  id: string | null;
}

export interface Turn {
  speaker: string;
  blocks: PlacedBlock[];
}

export type Row =
  | { kind: 'block'; block: PlacedBlock }
  | { kind: 'dialogue'; turns: Turn[] }
  /** A Japanese block and its English counterpart, side by side on wide screens. */
  | { kind: 'pair'; ja: PlacedBlock; en: PlacedBlock }
  /** Japanese and English blocks without numbers (headings, preambles), in two columns. */
  | { kind: 'columns'; ja: PlacedBlock[]; en: PlacedBlock[] };

export interface Section {
  /** The section's index in the statement (blocks before the first heading are section 0). */
  index: number;
  /** The heading row: one heading, or a Japanese–English pair in the bilingual section. */
  heading: Row | null;
  rows: Row[];
  bilingual: boolean;
}

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

/** Consecutive turns, grouped by speaker. */
function dialogue(placed: PlacedBlock[]): Turn[] {
  const turns: Turn[] = [];
  for (const item of placed) {
    const speaker = item.block.speaker ?? '';
    const last = turns.at(-1);
    if (last && last.speaker === speaker) last.blocks.push(item);
    else turns.push({ speaker, blocks: [item] });
  }
  return turns;
}

/**
 * Rows of a run of blocks: turns grouped into dialogues, a paired Japanese paragraph together
 * with its English counterpart (which is therefore skipped where it stands), everything else one
 * row each.
 */
function plainRows(placed: PlacedBlock[], place: (index: number) => PlacedBlock): Row[] {
  const rows: Row[] = [];
  let turns: PlacedBlock[] = [];
  const flush = () => {
    if (turns.length > 0) rows.push({ kind: 'dialogue', turns: dialogue(turns) });
    turns = [];
  };
  for (const item of placed) {
    const { block } = item;
    if (block.type === 'turn') {
      turns.push(item);
      continue;
    }
    flush();
    if (block.pairedWith === null) rows.push({ kind: 'block', block: item });
    else if (block.lang === 'ja') rows.push({ kind: 'pair', ja: item, en: place(block.pairedWith) });
  }
  flush();
  return rows;
}

/** The sections of a statement, ready to render. */
export function layoutStatement(statement: Pick<Statement, 'blocks'>): Section[] {
  const { blocks } = statement;
  const ids = paragraphIds(statement);
  const place = (index: number): PlacedBlock => ({ block: blocks[index] as Block, index, id: ids.get(index) ?? null });
  const bySection = new Map<number, PlacedBlock[]>();
  blocks.forEach((block, index) => bySection.set(block.section, [...(bySection.get(block.section) ?? []), place(index)]));

  // The bilingual pair of sections: the one holding the first paired Japanese paragraph, and the
  // one holding its English counterpart. They are shown as one section in two columns.
  const firstPaired = blocks.findIndex((block) => block.lang === 'ja' && block.pairedWith !== null);
  const jaSection = firstPaired === -1 ? null : (blocks[firstPaired]?.section ?? null);
  const counterpart = firstPaired === -1 ? undefined : blocks[blocks[firstPaired]?.pairedWith ?? -1];
  const enSection = counterpart && counterpart.section !== jaSection ? counterpart.section : null;

  const sections: Section[] = [];
  for (const [index, placed] of bySection) {
    if (index === enSection) continue;
    const headingItem = placed[0]?.block.type === 'heading' ? placed[0] : null;
    const body = headingItem ? placed.slice(1) : placed;

    if (index !== jaSection || enSection === null) {
      sections.push({ index, heading: headingItem ? { kind: 'block', block: headingItem } : null, rows: plainRows(body, place), bilingual: false });
      continue;
    }

    const english = bySection.get(enSection) ?? [];
    const enHeading = english[0]?.block.type === 'heading' ? english[0] : null;
    const enBody = enHeading ? english.slice(1) : english;
    const beforePairs = (items: PlacedBlock[]) => {
      const first = items.findIndex((item) => item.block.pairedWith !== null);
      return first === -1 ? items.length : first;
    };
    const jaSplit = beforePairs(body);
    const enSplit = beforePairs(enBody);
    const rows: Row[] = [];
    if (jaSplit > 0 || enSplit > 0) rows.push({ kind: 'columns', ja: body.slice(0, jaSplit), en: enBody.slice(0, enSplit) });
    rows.push(...plainRows(body.slice(jaSplit), place));
    const enRest = enBody.slice(enSplit).filter((item) => item.block.pairedWith === null);
    if (enRest.length > 0) rows.push({ kind: 'columns', ja: [], en: enRest });
    const heading: Row | null =
      headingItem || enHeading ? { kind: 'columns', ja: headingItem ? [headingItem] : [], en: enHeading ? [enHeading] : [] } : null;
    sections.push({ index, heading, rows, bilingual: true });
  }
  return sections.sort((a, b) => a.index - b.index);
}
