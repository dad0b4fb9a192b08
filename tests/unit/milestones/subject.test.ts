import { describe, expect, it } from 'vitest';
import { getExplorerData } from '@/lib/data';
import { involvesEurope, MILESTONE_MIN_SCORE, rankEntries, type ImportanceInput } from '@/lib/explorer/importance';
import { fixtureChronology } from '../../app-fixture';

/** A statement of a meeting: it scores enough to be a milestone on its own. */
function meeting(id: string, partners: string[]): ImportanceInput {
  return { id, kind: 'statement', date: '2025-09-22', title: '外相会合共同声明', summary: '', partners, outlet: null, refIds: [] };
}

describe('milestones are about Japan and NATO, the EU or Europe', () => {
  it('counts NATO, the EU and any European state, member or not, as the subject', () => {
    for (const partners of [['NATO'], ['EU'], ['DE'], ['UA'], ['US', 'GB']]) expect(involvesEurope(partners), partners.join()).toBe(true);
    for (const partners of [[], ['US', 'KR'], ['US', 'AU', 'CN']]) expect(involvesEurope(partners), partners.join()).toBe(false);
  });

  it('leaves out of the automatic choice an entry naming none of them, however high it scores', () => {
    const ranks = rankEntries([meeting('us-rok', ['US', 'KR']), meeting('uk', ['GB', 'US'])]);
    expect(ranks.get('us-rok')?.importance).toBeGreaterThanOrEqual(MILESTONE_MIN_SCORE);
    expect(ranks.get('us-rok')?.milestone).toBe(false);
    expect(ranks.get('uk')?.milestone).toBe(true);
  });

  it('keeps an entry the editor lists, European partner or not', () => {
    const ranks = rankEntries([meeting('us-rok', ['US', 'KR'])], { promote: new Map([['us-rok', null]]), demote: new Set() });
    expect(ranks.get('us-rok')?.milestone).toBe(true);
  });

  it('on the fixture: every milestone the editor did not list names NATO, the EU or a European state', () => {
    const listed = new Set(fixtureChronology().milestones.promote.keys());
    const automatic = getExplorerData().items.filter((item) => item.milestone && !listed.has(item.id));
    expect(automatic.length).toBeGreaterThan(0);
    for (const item of automatic) expect(involvesEurope(item.partners), item.id).toBe(true);
    // The Japan–US–ROK foreign ministers' statement and the Kuala Lumpur press conference name none.
    for (const slug of ['2025-09-22-japan-us-rok-foreign-ministers', '2025-11-01-defence-minister-press-conference-malaysia']) {
      const item = getExplorerData().items.find((candidate) => candidate.id === slug);
      expect(item, slug).toBeDefined();
      expect(item?.milestone, slug).toBe(false);
    }
  });
});
