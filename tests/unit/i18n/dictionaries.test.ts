import { describe, expect, it } from 'vitest';
import { getDictionary } from '@/lib/i18n/dictionary';
import { enDates } from '@/lib/i18n/en-dates';
import { jaDates } from '@/lib/i18n/ja-dates';
import { enDroppedMessages } from '@/lib/i18n/en-milestones';
import { droppedMessages } from '@/lib/i18n/ja-milestones';
import { LANGS } from '@/lib/i18n/lang';

/** Japanese script, and the Japanese punctuation (「」、。・ー（）) that would give a translation away. */
const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303F\u30FB\u30FC\uFF08\uFF09\uFF0C\uFF1A]/u;

/**
 * Values an English dictionary shares with the Japanese one on purpose: not interface text but
 * source text in Japanese (the playground's sample digest entry, the only language the parser reads).
 */
const SHARED = new Set(['playground.bad.example']);

const SAMPLES = [0, 1, 2, 1234];

type Leaf = { path: string; value: unknown };
type Words = (...args: unknown[]) => unknown;

/** Every value at the end of a path (strings, functions, numbers), in key order. */
function leaves(value: unknown, path = ''): Leaf[] {
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key));
  }
  return [{ path, value }];
}

/**
 * The sample calls of a function: each sample as every argument, as a number and as a string
 * (counts arrive as numbers; years, ids and URL values as strings). Types are not known at run
 * time, so a call counts only where the Japanese function answers it with a string.
 */
function sampleCalls(ja: Words): unknown[][] {
  const calls = [Number, String].flatMap((form) => SAMPLES.map((sample) => Array.from({ length: Math.max(ja.length, 1) }, () => form(sample))));
  return calls.filter((args) => {
    try {
      return typeof ja(...args) === 'string';
    } catch {
      return false;
    }
  });
}

const pairs = [
  ...LANGS.filter((lang) => lang !== 'ja').map((lang) => ({ name: lang, ja: getDictionary('ja'), other: getDictionary(lang) })),
  { name: 'en dropped-value notices', ja: { droppedMessages }, other: { droppedMessages: enDroppedMessages } },
];

describe.each(pairs)('the $name dictionary beside the Japanese one', ({ ja, other }) => {
  const jaLeaves = leaves(ja);
  const otherLeaves = leaves(other);

  it('has the same nested keys, in the same order', () => {
    expect(otherLeaves.map((leaf) => leaf.path)).toEqual(jaLeaves.map((leaf) => leaf.path));
  });

  it('has a value of the same kind at every key', () => {
    const jaKinds = new Map(jaLeaves.map((leaf) => [leaf.path, typeof leaf.value]));
    for (const leaf of otherLeaves) expect([leaf.path, typeof leaf.value]).toEqual([leaf.path, jaKinds.get(leaf.path)]);
  });

  const jaValues = new Map(jaLeaves.map((leaf) => [leaf.path, leaf.value]));
  /** What each function says for the sample calls its Japanese twin answers. */
  const results = (path: string, fn: Words) => sampleCalls(jaValues.get(path) as Words).map((args) => fn(...args));

  it('has functions that return strings for sample counts and values', () => {
    const functions = otherLeaves.filter((leaf) => typeof leaf.value === 'function');
    expect(functions.length).toBeGreaterThan(0);
    for (const { path, value } of functions) {
      expect([path, sampleCalls(jaValues.get(path) as Words).length > 0]).toEqual([path, true]);
      for (const result of results(path, value as Words)) expect([path, typeof result]).toEqual([path, 'string']);
    }
  });

  it('has no Japanese character in its words, except the values shared on purpose', () => {
    const japanese = otherLeaves.flatMap(({ path, value }) => {
      if (SHARED.has(path)) return [];
      const texts = typeof value === 'function' ? results(path, value as Words) : [value];
      return texts.filter((text) => typeof text === 'string' && JAPANESE.test(text)).map((text) => `${path}: ${String(text)}`);
    });
    expect(japanese).toEqual([]);
    for (const path of SHARED) {
      if (otherLeaves.some((leaf) => leaf.path === path)) expect(otherLeaves.find((leaf) => leaf.path === path)?.value).toBe(jaValues.get(path));
    }
  });
});

describe('the English words', () => {
  const en = getDictionary('en');

  it('count with English plurals and thousands separators', () => {
    expect(en.ui.explorer.resultCount(1, 1)).toBe('Showing all 1 event');
    expect(en.ui.explorer.resultCount(2, 1234)).toBe('Showing 2 of 1,234 events');
    expect(en.partners.partner.summary(2, 1, 1)).toBe('2 entries (1 news report, 1 statement or press conference)');
    expect(en.ui.statement.relatedHint(1)).toContain('within 1 day of it');
  });

  it('give a timeline group the same facts as the Japanese tooltip, but no source text, which a tooltip cannot mark as Japanese', () => {
    const ja = getDictionary('ja');
    const jaPeriod = ja.access.period(jaDates.date('2025-06-03'), jaDates.date('2025-06-26'));
    const enPeriod = en.access.period(enDates.date('2025-06-03'), enDates.date('2025-06-26'));
    expect(ja.milestones.timeline.groupTitle('日英防衛相会談', 12, jaPeriod)).toBe(`12件(${jaPeriod}): 日英防衛相会談 など(クリックで拡大)`);
    expect(en.milestones.timeline.groupTitle('日英防衛相会談', 12, enPeriod)).toBe('12 events, 3 June 2025–26 June 2025 (click to zoom in)');
    expect(en.milestones.timeline.groupTitle('日英防衛相会談', 1_234, '')).toBe('1,234 events (click to zoom in)');
  });

  it('write years as they are, without a thousands separator', () => {
    expect(en.partners.matrix.cellLabel('NATO', 2023, 1234)).toBe('See 1,234 entries for NATO in 2023 on the timeline');
    expect(en.playground.chart.yearCount(2023, 1)).toBe('2023: 1 event');
  });

  it('name a statement’s paragraph anchors as the Japanese labels do', () => {
    expect(['s1-p3', 's0-p2', 'qa-4-p2', 's1-p-2', 'qa-4', 'p-3', 'en-5', 's2', 'other'].map(en.ui.related.anchorLabel)).toEqual([
      'Section 1, paragraph 3',
      'Opening, paragraph 2',
      'Q&A 4, paragraph 2',
      'Section 1, paragraph 2',
      'Q&A 4',
      'Paragraph 3',
      'English paragraph 5',
      'Section 2',
      'other',
    ]);
    expect(en.ui.panel.passageLabel('english', 's1-en-4', null)).toBe('English, paragraph 4:');
    expect(en.ui.panel.passageLabel('paragraph', null, null)).toBe('Text:');
  });
});
