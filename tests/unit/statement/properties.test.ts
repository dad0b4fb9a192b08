import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseStatement } from '@/lib/parser/statement';
import { statementResultSchema, type StatementResult } from '@/lib/parser/schema';
import { APP_FIXTURE_STATEMENTS } from '@/tests/app-fixture';

const HEAD = ['日英防衛相会談を実施(8月28日)', '- 日本の防衛', '2025-9-1 10:45', '防衛省は、会談の概要を以下のように発表した。'];
const seed = fs.readFileSync(path.join(APP_FIXTURE_STATEMENTS, '2025-08-28-japan-uk-defence-ministers.txt'), 'utf8');

/** Lines shaped like the ones statements are made of. */
const structuredLine = fc.constantFrom(
  '総論',
  '1 段落です。',
  '2. Paragraph two.',
  '(3)段落です。',
  '記者',
  '大臣',
  '写真:外務省',
  '■■',
  '28 August 2025',
  'A short English heading',
  '',
  '   ',
);
/** Free text from characters that cannot spell a marker or the site's chrome (以上, 英文, Ranking…). */
const freeLine = fc.string({ unit: fc.constantFrom(...'あい亜国a Z19.。、()（）-•・■\u3000\t'.split('')), maxLength: 60 });
const bodyLines = fc.array(fc.oneof(structuredLine, freeLine), { maxLength: 30 });

/** A result every consumer can rely on: valid by the schema, no parser failure. */
function expectSound(result: StatementResult) {
  expect(statementResultSchema.safeParse(result).success).toBe(true);
  expect(result.diagnostics.map((d) => d.code)).not.toContain('internal-error');
  expect(result.diagnostics.map((d) => d.code)).not.toContain('schema-violation');
}

describe('the statement parser, on generated input', () => {
  it('never throws and always gives a valid statement for arbitrary text', () => {
    const anyText = fc.oneof(
      fc.string({ maxLength: 400 }),
      fc.string({ unit: 'binary', maxLength: 400 }),
      fc.array(fc.string({ maxLength: 40 }), { maxLength: 30 }).map((lines) => lines.join('\n')),
    );
    fc.assert(
      fc.property(anyText, (text) => {
        expectSound(parseStatement(text));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws when a real statement is cut and glued anywhere', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.nat({ max: 2000 })), { maxLength: 4 }), (cuts) => {
        let text = seed;
        for (const [at, length] of cuts) {
          const start = at % (text.length + 1);
          text = text.slice(0, start) + text.slice(start + length);
        }
        expectSound(parseStatement(text));
      }),
      { numRuns: 200 },
    );
  });

  it('never drops a body line silently: each is a block, a speaker label or a diagnostic', () => {
    fc.assert(
      fc.property(bodyLines, (lines) => {
        const text = [...HEAD, ...lines, '(以上)', 'Ranking読まれている記事', 'pagetop'].join('\n');
        const result = parseStatement(text);
        expectSound(result);
        let offset = HEAD.join('\n').length + 1;
        for (const line of lines) {
          const start = offset;
          const end = offset + line.length;
          offset = end + 1;
          const visible = line.trim();
          if (visible === '' || visible === '記者' || visible === '大臣') continue;
          const overlaps = (span: { start: number; end: number }) => span.start < end && span.end > start;
          const kept = result.statement.blocks.some((block) => overlaps(block.span));
          const reported = result.diagnostics.some(overlaps);
          expect(kept || reported, `line ${JSON.stringify(line)}`).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reads the same statement whatever the line ends (LF or CRLF) and with or without a BOM', () => {
    fc.assert(
      fc.property(bodyLines, fc.boolean(), fc.boolean(), (lines, crlf, bom) => {
        const lf = [...HEAD, ...lines, '(以上)'].join('\n');
        const variant = `${bom ? '\uFEFF' : ''}${crlf ? lf.replace(/\n/g, '\r\n') : lf}`;
        const strip = (result: StatementResult) => result.statement.blocks.map(({ span, ...block }) => (void span, block));
        const a = parseStatement(lf);
        const b = parseStatement(variant);
        expect(strip(b)).toEqual(strip(a));
        const issuerOf = (result: StatementResult) => result.statement.issuer && { name: result.statement.issuer.name, rule: result.statement.issuer.rule };
        expect({ ...b.statement, blocks: [], issuer: issuerOf(b) }).toEqual({ ...a.statement, blocks: [], issuer: issuerOf(a) });
        expect(b.diagnostics.map((d) => [d.code, d.line])).toEqual(a.diagnostics.map((d) => [d.code, d.line]));
      }),
      { numRuns: 200 },
    );
  });

  it('reads a very large file in linear time', () => {
    const big = [...HEAD, ...Array.from({ length: 40_000 }, (_, i) => `${(i % 999) + 1} 段落です。`), '(以上)'].join('\n');
    const started = performance.now();
    const result = parseStatement(big);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(result.statement.blocks).toHaveLength(40_000);
  });
});
