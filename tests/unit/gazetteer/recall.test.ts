import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPartners, partnerGazetteer, type PartnerEntry } from '@/lib/gazetteer/partners';

interface Shapes {
  recall: Array<{ forms: 'names' | 'abbreviations' | 'english'; rule: string; shape: string }>;
  lists: Array<{ rule: string; shape: string }>;
}
const shapes = JSON.parse(fs.readFileSync(path.resolve('tests/fixtures/partners/sentence-shapes.json'), 'utf8')) as Shapes;

const states = partnerGazetteer.filter((entry) => entry.kind === 'state');
const counterparts = states.filter((entry) => !entry.concern);
const concerns = states.filter((entry) => entry.concern);
/** The rules that hold for a state named as a concern too. */
const PAIRED_WITH_JAPAN = new Set(['japan-and', 'compound']);

function formsOf(entry: PartnerEntry, forms: Shapes['recall'][number]['forms']): readonly string[] {
  if (forms === 'abbreviations') return entry.abbreviations;
  if (forms === 'english') return [entry.nameEn, ...(entry.englishNames ?? [])];
  return entry.names;
}

/** Every state's every form in a shape: [sentence, code, form]. */
const sentences = ({ forms, shape }: Shapes['recall'][number], entries: readonly PartnerEntry[]) =>
  entries.flatMap((entry) => formsOf(entry, forms).map((form) => [shape.replace('{X}', form), entry.code, form] as const));

describe('partner recall: every state of the gazetteer, in every form, in every sentence shape', () => {
  it('has shapes for every rule a state can satisfy', () => {
    expect(new Set(shapes.recall.map((shape) => shape.rule))).toEqual(new Set(['japan-and', 'compound', 'forces', 'sent-to', 'deploys', 'meets', 'visits', 'exercises', 'agrees']));
  });

  it.each(shapes.recall.map((shape) => [shape.shape, shape] as const))('%s', (_shape, shape) => {
    const found = sentences(shape, counterparts);
    expect(found.length).toBeGreaterThan(0);
    for (const [sentence, code, form] of found) {
      const { partners, evidence } = findPartners(sentence, 100);
      expect(partners, sentence).toContain(code);
      // The tag keeps the span that produced it: the form as written, offset by the base, and its rule.
      const own = evidence.filter((piece) => piece.code === code).map((piece) => [sentence.slice(piece.start - 100, piece.end - 100), piece.rule]);
      expect(own, sentence).toContainEqual([form, shape.rule]);
    }
  });

  it.each(shapes.lists.flatMap(({ rule, shape }) => [0, 3, 6, 9, 12, 15].map((at) => [shape, rule, counterparts.slice(at, at + 3)] as const)))(
    'finds every member of a list: %s (%s)',
    (shape, rule, members) => {
      const english = shape.startsWith('Japan');
      const names = members.map((entry) => (english ? entry.nameEn : entry.nameJa));
      const sentence = shape.replace('{X}', names[0]!).replace('{Y}', names[1]!).replace('{Z}', names[2]!);
      const { partners, evidence } = findPartners(sentence);
      expect(partners).toEqual(expect.arrayContaining(members.map((entry) => entry.code)));
      for (const [index, entry] of members.entries()) {
        expect(evidence.map((piece) => [piece.code, sentence.slice(piece.start, piece.end), piece.rule])).toContainEqual([entry.code, names[index], rule]);
      }
    },
  );

  it('finds France and Spain, with Germany and Italy, in the title of 2407-061215', () => {
    const title = '各国海空軍が続々日本へ イタリアは軽空母、ドイツ・フランス・スペインは戦闘機共同派遣';
    const { partners, evidence } = findPartners(title);
    expect(partners).toEqual(['FR', 'DE', 'ES']);
    expect(evidence.map((piece) => title.slice(piece.start, piece.end))).toEqual(['ドイツ', 'フランス', 'スペイン']);
  });

  it('finds a run of abbreviations before 海軍/空軍: 英仏独空軍', () => {
    expect(findPartners('英仏独空軍が共同で来日').partners).toEqual(['GB', 'FR', 'DE']);
    expect(findPartners('日英伊首脳会談').partners).toEqual(['GB', 'IT']);
  });
});

describe('states named as a concern', () => {
  it.each(shapes.recall.map((shape) => [shape.shape, shape] as const))('are partners in %s only when paired with Japan', (_shape, shape) => {
    for (const [sentence, code] of sentences(shape, concerns)) {
      const { partners, mentions } = findPartners(sentence);
      if (PAIRED_WITH_JAPAN.has(shape.rule)) expect(partners, sentence).toContain(code);
      else expect(partners, sentence).not.toContain(code);
      // A name (not an abbreviation, which only counts inside a compound) is still a mention.
      if (!PAIRED_WITH_JAPAN.has(shape.rule) && shape.forms !== 'abbreviations') expect(mentions, sentence).toContain(code);
    }
  });
});
