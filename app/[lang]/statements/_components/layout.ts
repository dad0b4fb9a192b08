/**
 * How a statement's blocks are laid out on its page: sections, Q&A dialogues, and the bilingual
 * joint statement as Japanese–English rows. Pure data, so the rules can be tested without React.
 * The anchors (`p-5`, `en-5`, `s1`, `s1-p3`, `qa-2`, `qa-2-p1`) follow
 * lib/chronology/statement-anchors.ts, which the search's and the related links use too.
 */
import { blockAnchors, qaTurnAnchors } from '@/lib/chronology/statement-anchors';
import type { Block, Statement } from '@/lib/parser/schema';

export interface PlacedBlock {
  block: Block;
  /** Index in statement.blocks. */
  index: number;
  /** The anchor of the block (every heading and paragraph has one), or null for a credit. */
  id: string | null;
}

export interface Turn {
  speaker: string;
  /** The turn's anchor (`qa-3`). */
  id: string | null;
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

/** Consecutive turns, grouped by speaker: a new turn wherever qaTurnAnchors starts one. */
function dialogue(placed: PlacedBlock[], turnAnchors: ReadonlyMap<number, string>): Turn[] {
  const turns: Turn[] = [];
  for (const item of placed) {
    const speaker = item.block.speaker ?? '';
    const last = turns.at(-1);
    const id = turnAnchors.get(item.index) ?? null;
    if (last && id === null && last.speaker === speaker) last.blocks.push(item);
    else turns.push({ speaker, id, blocks: [item] });
  }
  return turns;
}

/**
 * Rows of a run of blocks: turns grouped into dialogues, a paired Japanese paragraph together
 * with its English counterpart (which is therefore skipped where it stands), everything else one
 * row each.
 */
function plainRows(placed: PlacedBlock[], place: (index: number) => PlacedBlock, turnAnchors: ReadonlyMap<number, string>): Row[] {
  const rows: Row[] = [];
  let turns: PlacedBlock[] = [];
  const flush = () => {
    if (turns.length > 0) rows.push({ kind: 'dialogue', turns: dialogue(turns, turnAnchors) });
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
  const ids = blockAnchors(blocks);
  const turnAnchors = qaTurnAnchors(blocks);
  const place = (index: number): PlacedBlock => ({ block: blocks[index] as Block, index, id: ids[index] ?? null });
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
      sections.push({ index, heading: headingItem ? { kind: 'block', block: headingItem } : null, rows: plainRows(body, place, turnAnchors), bilingual: false });
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
    rows.push(...plainRows(body.slice(jaSplit), place, turnAnchors));
    const enRest = enBody.slice(enSplit).filter((item) => item.block.pairedWith === null);
    if (enRest.length > 0) rows.push({ kind: 'columns', ja: [], en: enRest });
    const heading: Row | null =
      headingItem || enHeading ? { kind: 'columns', ja: headingItem ? [headingItem] : [], en: enHeading ? [enHeading] : [] } : null;
    sections.push({ index, heading, rows, bilingual: true });
  }
  return sections.sort((a, b) => a.index - b.index);
}
