import { describe, expect, it } from 'vitest';
import { parseStatement } from '@/lib/parser/statement';
import { findIssuer } from '@/lib/parser/statement/issuer';
import { fixtureChronology } from '../../app-fixture';

describe('the body that issued a statement', () => {
  it('is the body the lead opens with', () => {
    expect(findIssuer('外務省は令和7(2025)年9月22日(月)、…発表した。')).toMatchObject({ name: '外務省', start: 0, end: 3, rule: 'subject' });
    expect(findIssuer('防衛省・自衛隊は、…公表した。')).toMatchObject({ name: '防衛省', rule: 'subject' });
  });

  it("is a minister's ministry when the lead names no body but a minister (a press conference)", () => {
    const lead = '令和7(2025)年11月1日(土)、小泉進次郎(こいずみ・しんじろう)防衛大臣は、記者会見を行った。';
    const found = findIssuer(lead);
    expect(found).toMatchObject({ name: '防衛省', rule: 'minister' });
    expect(lead.slice(found!.start, found!.end)).toBe('防衛大臣');
    expect(findIssuer('岩屋外相が会談した。')?.name).toBe('外務省');
    expect(findIssuer('林官房長官は会見で述べた。')?.name).toBe('内閣官房');
  });

  it('is none when the lead names neither: never the site the text was read on', () => {
    expect(findIssuer('Jディフェンスニュースが伝えた。')).toBeNull();
    const text = 'ある発表(8月28日)\n\n• 日本の防衛\n\n2025-9-1 10:45\n\n両国は協力を確認した。\n\n1 本文。\n';
    const { statement, diagnostics } = parseStatement(text);
    expect(statement.issuer).toBeNull();
    expect(diagnostics.find((d) => d.code === 'missing-issuer')).toMatchObject({ severity: 'warning' });
  });

  it('is found, with its place in the file, for every statement of the fixture', () => {
    for (const statement of fixtureChronology().statements) {
      expect(statement.issuer, statement.slug).not.toBeNull();
      expect(['防衛省', '外務省']).toContain(statement.issuer!.name);
    }
    const conference = fixtureChronology().statements.find((statement) => statement.kind === 'press-conference');
    expect(conference?.issuer).toMatchObject({ name: '防衛省', rule: 'minister' });
  });
});
