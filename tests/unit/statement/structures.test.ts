import { describe, expect, it } from 'vitest';
import { parseStatement } from '@/lib/parser/statement';
import type { Block, StatementResult } from '@/lib/parser/schema';

const TITLE = '日英防衛相会談を実施(8月28日)';
const HEAD = [TITLE, '- 日本の防衛', '2025-9-1 10:45', '防衛省は、防衛相会談の概要を以下のように発表した。'];

/** A small article: the usual head, the given body lines, `(以上)` and a bit of the site's footer. */
function article(body: string[], { head = HEAD, end = ['(以上)', 'Ranking読まれている記事', '- 24時間', 'pagetop'] } = {}) {
  return [...head, ...body, ...end].join('\n');
}

function parse(text: string) {
  return { text, ...parseStatement(text) };
}

const codes = (result: StatementResult) => result.diagnostics.map((d) => d.code);
const shape = (blocks: Block[]) => blocks.map((b) => [b.type, b.number, b.text]);

describe('the head of an article', () => {
  it('reads the title exactly, the category, the publication time and the lead', () => {
    const { statement, diagnostics } = parse(article(['本文です。']));
    expect(statement).toMatchObject({
      title: TITLE,
      category: '日本の防衛',
      publishedAt: '2025-09-01T10:45',
      eventDate: '2025-08-28',
      lead: '防衛省は、防衛相会談の概要を以下のように発表した。',
      source: 'Jディフェンスニュース',
    });
    expect(diagnostics).toEqual([]);
  });

  it('drops the site header silently and reads the site name from it', () => {
    const header = ['日本の防衛と安全保障の今を伝える', '[Jディフェンスニュース]', '', 'site search', '', 'menu', '', 'Jディフェンスニュース', ''];
    const { statement, diagnostics } = parse(article(['本文です。'], { head: [...header, TITLE, '', '  • 日本の防衛', '', '2025-9-1 10:45', '', ...HEAD.slice(3)] }));
    expect(statement.title).toBe(TITLE);
    expect(statement.category).toBe('日本の防衛');
    expect(statement.source).toBe('Jディフェンスニュース');
    expect(diagnostics).toEqual([]);
  });

  it('takes 内容は、以下の通り。 after the lead sentence into the lead', () => {
    const { statement } = parse(article(['本文です。'], { head: [...HEAD, '内容は、以下の通り。'] }));
    expect(statement.lead).toBe('防衛省は、防衛相会談の概要を以下のように発表した。\n内容は、以下の通り。');
    expect(statement.blocks).toHaveLength(1);
  });

  it('rolls the event year back for a December event published in January', () => {
    const { statement } = parse(article(['本文です。'], { head: ['会談を実施(12月28日)', '- 日本の防衛', '2026-1-5 09:00', '発表した。'] }));
    expect(statement.eventDate).toBe('2025-12-28');
    expect(statement.publishedAt).toBe('2026-01-05T09:00');
  });

  it('reports a title without a date at the title, and leaves the event date null', () => {
    const result = parse(article(['本文です。'], { head: ['日英防衛相会談を実施', ...HEAD.slice(1)] }));
    expect(result.statement.eventDate).toBeNull();
    expect(result.statement.slug).toBe('undated-japan-uk-defence-ministers');
    const d = result.diagnostics.find((x) => x.code === 'missing-title-date');
    expect(d).toMatchObject({ severity: 'error', line: 1, column: 1 });
  });

  it('reports a missing publication time, and takes the year from the lead', () => {
    const result = parse(article(['本文です。'], { head: [TITLE, '- 日本の防衛', '防衛省は令和7(2025)年8月28日、会談について発表した。'] }));
    expect(result.statement.publishedAt).toBeNull();
    expect(result.statement.eventDate).toBe('2025-08-28');
    expect(codes(result)).toEqual(['missing-published-at']);
  });

  it('reports an impossible publication time', () => {
    const result = parse(article(['本文です。'], { head: [TITLE, '- 日本の防衛', '2025-13-1 10:45', HEAD[3] ?? ''] }));
    expect(result.statement.publishedAt).toBeNull();
    expect(result.diagnostics.find((d) => d.code === 'invalid-published-at')).toMatchObject({ line: 3, column: 1 });
  });

  it('gives a null category and a warning when the category line is missing', () => {
    const result = parse(article(['本文です。'], { head: [TITLE, '2025-9-1 10:45', HEAD[3] ?? ''] }));
    expect(result.statement.category).toBeNull();
    expect(codes(result)).toEqual(['missing-category']);
  });

  it('reads the kind from the title (or else the lead): 共同声明, 記者会見, 会談', () => {
    const kindOf = (title: string, lead = '防衛省が発表した。') =>
      parse(article(['本文です。'], { head: [title, '- 日本の防衛', '2025-9-1 10:45', lead] })).statement.kind;
    expect(kindOf('会談を実施、共同声明を発表(8月28日)')).toBe('joint-statement');
    expect(kindOf('防衛大臣が臨時記者会見(8月28日)')).toBe('press-conference');
    expect(kindOf('日米防衛相会談を実施(8月28日)')).toBe('meeting');
    expect(kindOf('新しい装備を公開(8月28日)')).toBe('other');
    expect(kindOf('新しい装備を公開(8月28日)', '防衛省は、会見で新しい装備を公開した。')).toBe('press-conference');
  });

  it('makes a slug from the date and known terms, or a short hash', () => {
    const slugOf = (title: string) => parse(article(['本文です。'], { head: [title, ...HEAD.slice(1)] })).statement.slug;
    expect(slugOf('日米韓外相会合に出席(8月28日)')).toBe('2025-08-28-japan-us-rok-foreign-ministers');
    expect(slugOf('日米安全保障協議委員会(「2+2」)を実施(8月28日)')).toBe('2025-08-28-japan-us-2plus2');
    expect(slugOf('新しい装備を公開(8月28日)')).toMatch(/^2025-08-28-[0-9a-z]{7}$/);
    expect(slugOf('新しい装備を公開(8月28日)')).toBe(slugOf('新しい装備を公開(8月28日)'));
  });
});

describe('numbered paragraphs', () => {
  it('keeps the number as written for `1 `, `1.` and `(1)`, and the text after it', () => {
    const { statement } = parse(article(['1 一つ目の段落。', '2. 二つ目の段落。', '(3)三つ目の段落。', '(4) 四つ目の段落。', '番号のない段落。']));
    expect(shape(statement.blocks)).toEqual([
      ['paragraph', '1', '一つ目の段落。'],
      ['paragraph', '2.', '二つ目の段落。'],
      ['paragraph', '(3)', '三つ目の段落。'],
      ['paragraph', '(4)', '四つ目の段落。'],
      ['paragraph', null, '番号のない段落。'],
    ]);
  });

  it('does not take a date or a year at the start of a sentence for a number', () => {
    const { statement } = parse(article(['2025年8月28日、東京において会談した。', '28 August 2025', '1点目は、質問です。']));
    expect(statement.blocks.map((b) => b.number)).toEqual([null, null, null]);
    expect(statement.blocks.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'paragraph']);
  });

  it('keeps each block’s span on its line, number included', () => {
    const { text, statement } = parse(article(['(1)冒頭、発言しました。']));
    const block = statement.blocks[0]!;
    expect(text.slice(block.span.start, block.span.end)).toBe('(1)冒頭、発言しました。');
  });
});

describe('headings and sections', () => {
  it('takes short lines without 。 for headings, each opening a section', () => {
    const { statement } = parse(article(['概要の段落です。', '総論', '(1)段落です。', '地域情勢', '(1)段落です。']));
    expect(statement.blocks.map((b) => [b.type, b.section])).toEqual([
      ['paragraph', 0],
      ['heading', 1],
      ['paragraph', 1],
      ['heading', 2],
      ['paragraph', 2],
    ]);
  });

  it('keeps a long line without 。 as a paragraph', () => {
    const long = 'あ'.repeat(80);
    expect(parse(article([long])).statement.blocks[0]?.type).toBe('paragraph');
  });
});

describe('photo credits', () => {
  it('reads 写真:外務省 as a credit, not a heading', () => {
    const { statement } = parse(article(['写真:外務省', '写真:防衛省', '本文です。']));
    expect(shape(statement.blocks)).toEqual([
      ['credit', null, '写真:外務省'],
      ['credit', null, '写真:防衛省'],
      ['paragraph', null, '本文です。'],
    ]);
  });
});

describe('a press conference’s Q&A', () => {
  it('reads the paragraphs after 記者 and 大臣 as that speaker’s turns, until the next label or heading', () => {
    const { statement } = parse(article(['大臣からの発表事項', '発表です。', '質疑応答', '記者', '質問です。', 'もう一つ質問です。', '大臣', '答えです。', '次の話題', '地の文です。']));
    expect(statement.blocks.map((b) => [b.type, b.speaker, b.text])).toEqual([
      ['heading', null, '大臣からの発表事項'],
      ['paragraph', null, '発表です。'],
      ['heading', null, '質疑応答'],
      ['turn', '記者', '質問です。'],
      ['turn', '記者', 'もう一つ質問です。'],
      ['turn', '大臣', '答えです。'],
      ['heading', null, '次の話題'],
      ['paragraph', null, '地の文です。'],
    ]);
  });
});

describe('a bilingual statement', () => {
  const japanese = ['会談の概要', '1 概要一。', '2 概要二。', '共同声明(仮訳)', '前文です。', '1 声明一。', '2 声明二。'];

  it('pairs the Japanese run before (英文) with the English run after it, by number', () => {
    const { statement, diagnostics } = parse(article([...japanese, '(英文)Joint Statement', 'Preamble.', '1. Statement one.', '2. Statement two.']));
    const index = (text: string) => statement.blocks.findIndex((b) => b.text === text);
    expect(statement.blocks[index('声明一。')]?.pairedWith).toBe(index('Statement one.'));
    expect(statement.blocks[index('Statement one.')]?.pairedWith).toBe(index('声明一。'));
    expect(statement.blocks[index('声明二。')]?.pairedWith).toBe(index('Statement two.'));
    expect(statement.blocks[index('概要一。')]?.pairedWith).toBeNull();
    expect(statement.blocks[index('Joint Statement')]).toMatchObject({ type: 'heading', lang: 'en' });
    expect(statement.blocks[index('Preamble.')]).toMatchObject({ type: 'paragraph', lang: 'en', pairedWith: null });
    expect(diagnostics).toEqual([]);
  });

  it('takes the line after a lone (英文) for the English title', () => {
    const { statement } = parse(article([...japanese, '(英文)', 'Joint Statement', '1. Statement one.', '2. Statement two.']));
    expect(statement.blocks.find((b) => b.text === 'Joint Statement')).toMatchObject({ type: 'heading', lang: 'en' });
    expect(statement.blocks.filter((b) => b.pairedWith !== null)).toHaveLength(4);
  });

  it('warns about a numbered paragraph without a counterpart, at that paragraph', () => {
    const result = parse(article([...japanese, '3 声明三。', '(英文)Joint Statement', '1. Statement one.', '2. Statement two.']));
    const unpaired = result.diagnostics.filter((d) => d.code === 'unpaired-paragraph');
    expect(unpaired).toHaveLength(1);
    expect(result.text.slice(unpaired[0]!.start, unpaired[0]!.end)).toBe('3 声明三。');
    expect(unpaired[0]).toMatchObject({ severity: 'warning', line: HEAD.length + japanese.length + 1, column: 1 });
  });

  it('pairs nothing in a Japanese-only text', () => {
    const { statement } = parse(article(japanese));
    expect(statement.blocks.every((b) => b.pairedWith === null && b.lang === 'ja')).toBe(true);
  });
});

describe('site chrome and the end of the content', () => {
  it('drops the footer and the ranking list after (以上) silently', () => {
    const result = parse(
      article(['本文です。'], {
        end: ['(以上)', '◎下の[次の記事][前の記事]ボタンで、ニュース記事を次々にご覧いただけます。', 'Ranking読まれている記事', '  • 24時間', '- 1週間', '- 人事発令 1佐職人事', 'bnrname', 'pagetop'],
      }),
    );
    expect(result.statement.blocks.map((b) => b.text)).toEqual(['本文です。']);
    expect(result.diagnostics).toEqual([]);
  });

  it('ends the content at the ranking list when (以上) is missing, with a warning there', () => {
    const result = parse(article(['本文です。'], { end: ['Ranking読まれている記事', '- 24時間', '- 人事発令 1佐職人事'] }));
    expect(result.statement.blocks.map((b) => b.text)).toEqual(['本文です。']);
    expect(result.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['missing-end-marker', HEAD.length + 2, 1]]);
  });

  it('reports, and does not keep, an unknown line between the text and the ranking list when (以上) is missing', () => {
    const result = parse(article(['本文です。'], { end: ['◎下の[次の記事][前の記事]ボタンで', '謎の行', 'Ranking読まれている記事', '- 他の記事'] }));
    expect(result.statement.blocks.map((b) => b.text)).toEqual(['本文です。']);
    expect(result.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['missing-end-marker', HEAD.length + 2],
      ['unplaced-line', HEAD.length + 3],
    ]);
  });
});

describe('lines the parser cannot place', () => {
  it('keeps a line without words as a paragraph and warns with its line and column', () => {
    const result = parse(article(['本文です。', '  ■■■ ■', '続きです。']));
    expect(result.statement.blocks.map((b) => b.text)).toEqual(['本文です。', '■■■ ■', '続きです。']);
    const d = result.diagnostics.find((x) => x.code === 'unplaced-line');
    expect(d).toMatchObject({ severity: 'warning', line: HEAD.length + 2, column: 3 });
  });

  it('keeps an unknown line between the title and the timestamp and warns', () => {
    const result = parse(article(['本文です。'], { head: [TITLE, '- 日本の防衛', '謎の行', '2025-9-1 10:45', HEAD[3] ?? ''] }));
    expect(result.statement.publishedAt).toBe('2025-09-01T10:45');
    expect(result.statement.blocks.map((b) => b.text)).toEqual(['謎の行', '本文です。']);
    expect(result.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['unplaced-line', 3, 1]]);
  });
});

describe('the encoding of the file', () => {
  const plain = article(['総論', '1 本文です。', '記者', '質問です。']);
  const withoutSpans = (result: StatementResult) => ({
    ...result.statement,
    blocks: result.statement.blocks.map(({ span, ...block }) => (void span, block)),
    issuer: result.statement.issuer && { name: result.statement.issuer.name, rule: result.statement.issuer.rule },
  });

  it('reads CRLF line ends like LF, spans and positions included', () => {
    const lf = parseStatement(plain);
    const crlf = parseStatement(plain.replace(/\n/g, '\r\n'));
    expect(withoutSpans(crlf)).toEqual(withoutSpans(lf));
    expect(crlf.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual(lf.diagnostics.map((d) => [d.code, d.line, d.column]));
  });

  it('reads a file with a BOM like one without', () => {
    const bom = parseStatement(`\uFEFF${plain}`);
    expect(withoutSpans(bom)).toEqual(withoutSpans(parseStatement(plain)));
    expect(bom.diagnostics).toEqual([]);
    expect(bom.statement.title).toBe(TITLE);
  });
});

describe('input that is not an article', () => {
  it('reports an empty file', () => {
    const result = parseStatement('');
    expect(codes(result)).toEqual(['empty-input']);
    expect(result.statement.title).toBe('(無題)');
  });

  it('reports a binary file', () => {
    expect(codes(parseStatement('\u0000\u0001\u0002PNG\u0000'))).toEqual(['binary-input']);
  });

  it('reports replacement characters left by a wrong encoding', () => {
    const result = parse(article(['本文\uFFFDです。']));
    expect(result.diagnostics.find((d) => d.code === 'replacement-character')).toMatchObject({ line: HEAD.length + 1, column: 3 });
  });

  it('reports a missing title and still gives a valid statement', () => {
    const result = parseStatement('2025-9-1 10:45\n発表した。\n本文です。');
    expect(codes(result)).toContain('missing-title');
    expect(result.statement.title).toBe('(無題)');
    expect(result.statement.publishedAt).toBe('2025-09-01T10:45');
  });
});
