import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseStatement } from '@/lib/parser/statement';
import type { Block } from '@/lib/parser/schema';
import { summariseStatement } from './summary';
import { APP_FIXTURE_STATEMENTS } from '@/tests/app-fixture';

const dataDir = APP_FIXTURE_STATEMENTS;
const fixtureDir = path.resolve('tests/fixtures/statements');
const names = fs
  .readdirSync(dataDir)
  .filter((file) => file.endsWith('.txt'))
  .map((file) => file.slice(0, -'.txt'.length))
  .sort();

function read(name: string) {
  const text = fs.readFileSync(path.join(dataDir, `${name}.txt`), 'utf8');
  return { text, ...parseStatement(text) };
}

const ukName = '2025-08-28-japan-uk-defence-ministers';
const pressName = '2025-11-01-defence-minister-press-conference-kuala-lumpur';
const twoPlusTwoName = '2024-07-28-japan-us-2plus2';
const usRokName = '2025-09-22-japan-us-rok-foreign-ministers';

const numbered = (blocks: Block[], lang: Block['lang']) =>
  blocks.filter((block) => block.type === 'paragraph' && block.lang === lang && block.number !== null);

describe('the four seed statements', () => {
  it('are the four expected files', () => {
    expect(names).toEqual([twoPlusTwoName, ukName, usRokName, pressName]);
  });

  // Regenerate on purpose with `UPDATE_FIXTURES=1 npx vitest run tests/unit/statement`, then
  // review the diff of tests/fixtures/statements/*.expected.json against the source by hand.
  it.each(names)('%s matches its hand-reviewed fixture', (name) => {
    const fixturePath = path.join(fixtureDir, `${name}.expected.json`);
    const summary = summariseStatement(read(name));
    if (process.env.UPDATE_FIXTURES === '1') {
      fs.mkdirSync(fixtureDir, { recursive: true });
      fs.writeFileSync(fixturePath, `${JSON.stringify(summary, null, 2)}\n`);
    }
    expect(summary).toEqual(JSON.parse(fs.readFileSync(fixturePath, 'utf8')));
  });

  it.each(names)('%s has no errors and every block points at its own text', (name) => {
    const { text, statement, diagnostics } = read(name);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    for (const block of statement.blocks) expect(text.slice(block.span.start, block.span.end)).toContain(block.text);
  });

  it.each(names)('%s contains no site chrome or ranking list', (name) => {
    const { statement } = read(name);
    const texts = [statement.title, statement.lead, ...statement.blocks.map((block) => block.text)];
    for (const chrome of ['Ranking', '人事発令', 'pagetop', 'bnrname', '次の記事', '24時間', 'site search', '日本の防衛と安全保障の今を伝える', '(以上)']) {
      expect(texts.filter((text) => text.includes(chrome))).toEqual([]);
    }
  });
});

describe('the Japan–UK defence ministers’ statement', () => {
  const { statement, diagnostics } = read(ukName);

  it('is a joint statement of 2025-08-28, published 2025-09-01 10:45, with the UK as partner', () => {
    expect(statement).toMatchObject({
      slug: '2025-08-28-japan-uk-defence-ministers',
      kind: 'joint-statement',
      eventDate: '2025-08-28',
      publishedAt: '2025-09-01T10:45',
      category: '日本の防衛',
      source: 'Jディフェンスニュース',
    });
    expect(statement.partners).toContain('GB');
  });

  it('pairs the 16 Japanese paragraphs of the joint statement with the 16 English ones, number by number', () => {
    const jointStatement = statement.blocks.findIndex((block) => block.text.startsWith('日英防衛相会談 共同声明'));
    const japanese = numbered(statement.blocks, 'ja').filter((block) => statement.blocks.indexOf(block) > jointStatement);
    const english = numbered(statement.blocks, 'en');
    expect(japanese).toHaveLength(16);
    expect(english).toHaveLength(16);
    for (const block of japanese) {
      const other = statement.blocks[block.pairedWith ?? -1];
      expect(other?.lang).toBe('en');
      expect(other?.number).toBe(`${block.number}.`);
      expect(other?.pairedWith).toBe(statement.blocks.indexOf(block));
    }
  });

  it('leaves the three numbered paragraphs of the meeting summary unpaired, without a warning', () => {
    const summary = numbered(statement.blocks, 'ja').filter((block) => block.section === 1);
    expect(summary.map((block) => block.number)).toEqual(['1', '2', '3']);
    expect(summary.every((block) => block.pairedWith === null)).toBe(true);
    expect(diagnostics.map((d) => d.code)).not.toContain('unpaired-paragraph');
  });

  it('reads the English title glued to (英文) as an English heading', () => {
    const heading = statement.blocks.find((block) => block.type === 'heading' && block.lang === 'en');
    expect(heading?.text).toBe('UK-Japan Defence Ministerial Meeting 2025 – Joint Statement');
  });

  it('keeps 内容は… out of the lead when the file has no such line', () => {
    expect(statement.lead.startsWith('防衛省は令和7(2025)年8月28日')).toBe(true);
    expect(statement.lead.endsWith('以下のように発表した。')).toBe(true);
  });
});

describe('the Kuala Lumpur press conference', () => {
  const { statement } = read(pressName);

  it('is a press conference of 2025-11-01 whose lead includes 内容は、以下の通り。', () => {
    expect(statement.kind).toBe('press-conference');
    expect(statement.eventDate).toBe('2025-11-01');
    expect(statement.publishedAt).toBe('2025-11-06T10:30');
    expect(statement.lead.split('\n')).toHaveLength(2);
    expect(statement.lead.endsWith('内容は、以下の通り。')).toBe(true);
  });

  it('reads the Q&A as turns of 記者 and 大臣, the labels themselves not being blocks', () => {
    const turns = statement.blocks.filter((block) => block.type === 'turn');
    expect(new Set(turns.map((block) => block.speaker))).toEqual(new Set(['記者', '大臣']));
    expect(turns[0]).toMatchObject({ speaker: '記者' });
    expect(turns[0]?.text.startsWith('今日、初日お疲れ様でした。')).toBe(true);
    expect(statement.blocks.some((block) => block.text === '記者' || block.text === '大臣')).toBe(false);
  });

  it('keeps the announcements before the Q&A as plain paragraphs and the topic headings as headings', () => {
    const headings = statement.blocks.filter((block) => block.type === 'heading').map((block) => block.text);
    expect(headings).toEqual([
      '大臣からの発表事項',
      '記者との質疑応答',
      'ASEAN諸国の重要性、日中防衛相会談の狙い',
      '日中防衛相会談の内容について',
      '日米豪比防衛相会談について',
    ]);
    const beforeQa = statement.blocks.filter((block) => block.section === 1 && block.type !== 'heading');
    expect(beforeQa.every((block) => block.type === 'paragraph' && block.speaker === null)).toBe(true);
  });
});

describe('the Japan–US 2+2', () => {
  const { statement, diagnostics } = read(twoPlusTwoName);

  it('is a meeting of 2024-07-28 with the US as partner', () => {
    expect(statement).toMatchObject({ slug: '2024-07-28-japan-us-2plus2', kind: 'meeting', eventDate: '2024-07-28', category: '防衛省関連' });
    expect(statement.partners).toContain('US');
  });

  it('has the headings 総論 / 地域情勢 / 同盟の現代化 / 米軍の態勢, each with its (1)… paragraphs', () => {
    const numbersUnder = (heading: string) => {
      const section = statement.blocks.find((block) => block.type === 'heading' && block.text === heading)?.section;
      return statement.blocks.filter((block) => block.section === section && block.type === 'paragraph' && block.number).map((block) => block.number);
    };
    const upTo = (n: number) => Array.from({ length: n }, (_, i) => `(${i + 1})`);
    expect(numbersUnder('総論')).toEqual(upTo(3));
    expect(numbersUnder('地域情勢')).toEqual(upTo(5));
    expect(numbersUnder('同盟の現代化')).toEqual(upTo(9));
    expect(numbersUnder('米軍の態勢')).toEqual(upTo(3));
  });

  it('ends at the ranking list although it has no (以上), and says so', () => {
    const last = statement.blocks.at(-1);
    expect(last?.text.startsWith('日本側から、地元への影響に最大限配慮した安全な運用')).toBe(true);
    expect(diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['missing-end-marker', 35, 1]]);
  });
});

describe('the Japan–US–ROK foreign ministers’ statement', () => {
  const { statement } = read(usRokName);

  it('keeps the photo credits as credits', () => {
    expect(statement.blocks.filter((block) => block.type === 'credit').map((block) => block.text)).toEqual(['写真:外務省', '写真:外務省']);
  });

  it('reads a Japanese paragraph with English titles in it as Japanese', () => {
    expect(statement.blocks.every((block) => block.lang === 'ja')).toBe(true);
  });
});
