import { describe, expect, it } from 'vitest';
import { carryOver, skippedSections } from '@/scripts/bench/carry-over';

const doc = (date: string, lighthouse: string, load: string) =>
  `# Benchmarks\n\n- Measured: ${date}\n\n## Timeline at scale\n\nnew timeline ${date}\n\n## Lighthouse\n\n${lighthouse}\n\n## Server under load\n\n${load}\n`;

describe('carrying skipped bench sections over', () => {
  it('keeps the earlier block of a skipped section, marked with its run, and the new blocks of the others', () => {
    const previous = doc('2026-11-30', 'old scores', 'old load');
    const fresh = doc('2026-12-01', 'not measured', 'new load');
    const result = carryOver(fresh, previous, skippedSections('lighthouse'));
    expect(result).toContain('new timeline 2026-12-01');
    expect(result).toContain('new load');
    expect(result).not.toContain('not measured');
    expect(result).toMatch(/## Lighthouse\n\n\*Not measured again in this run \(`BENCH_SKIP=lighthouse`\): these figures are from the run of 2026-11-30\.\*\n\nold scores\n/);
  });

  it('keeps the date of the run that measured a block carried twice', () => {
    const once = carryOver(doc('2026-12-01', 'not measured', 'l'), doc('2026-11-30', 'old scores', 'l'), skippedSections('lighthouse'));
    const twice = carryOver(doc('2026-12-02', 'not measured', 'l'), once, skippedSections('lighthouse'));
    expect(twice).toContain('from the run of 2026-11-30.');
    expect(twice.match(/Not measured again/g)).toHaveLength(1);
    expect(twice).toContain('old scores');
  });

  it('changes nothing when nothing is skipped, and refuses an unknown section name', () => {
    const fresh = doc('2026-12-01', 'a', 'b');
    expect(carryOver(fresh, doc('2026-11-30', 'c', 'd'), skippedSections(undefined))).toBe(fresh);
    expect(() => skippedSections('lighthouse,timeline')).toThrow(/unknown section "timeline"/);
  });
});
