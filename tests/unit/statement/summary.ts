import type { Block, StatementResult } from '@/lib/parser/schema';

type Lang = Block['lang'];

interface Counts {
  headings: number;
  numbered: number;
  unnumbered: number;
  turns: number;
  credits: number;
  /** The paragraph numbers as written, in order. */
  numbers: string[];
}

const emptyCounts = (): Counts => ({ headings: 0, numbered: 0, unnumbered: 0, turns: 0, credits: 0, numbers: [] });

/**
 * What a hand-reviewed fixture records of a statement: its fields, and per section and language
 * the counts of headings and paragraphs, so that a change in structure shows as a readable diff.
 */
export function summariseStatement({ statement, diagnostics }: StatementResult) {
  const sections = new Map<number, { section: number; heading: string | null; ja?: Counts; en?: Counts }>();
  for (const block of statement.blocks) {
    const entry = sections.get(block.section) ?? { section: block.section, heading: null };
    if (block.type === 'heading' && entry.heading === null) entry.heading = block.text;
    const lang: Lang = block.lang;
    const counts = entry[lang] ?? emptyCounts();
    if (block.type === 'heading') counts.headings++;
    else if (block.type === 'credit') counts.credits++;
    else if (block.type === 'turn') counts.turns++;
    else if (block.number === null) counts.unnumbered++;
    else counts.numbered++;
    if (block.type !== 'heading' && block.number !== null) counts.numbers.push(block.number);
    entry[lang] = counts;
    sections.set(block.section, entry);
  }
  const texts = statement.blocks.filter((block) => block.type === 'paragraph' || block.type === 'turn');
  const speakers: Record<string, number> = {};
  for (const block of statement.blocks) if (block.speaker) speakers[block.speaker] = (speakers[block.speaker] ?? 0) + 1;
  return {
    slug: statement.slug,
    title: statement.title,
    eventDate: statement.eventDate,
    publishedAt: statement.publishedAt,
    kind: statement.kind,
    category: statement.category,
    source: statement.source,
    partners: statement.partners,
    mentions: statement.mentions,
    lead: statement.lead,
    sections: [...sections.values()],
    pairs: statement.blocks.filter((block) => block.lang === 'ja' && block.pairedWith !== null).length,
    speakers,
    firstParagraph: texts[0]?.text ?? null,
    lastParagraph: texts.at(-1)?.text ?? null,
    diagnostics: diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.code}`),
  };
}
