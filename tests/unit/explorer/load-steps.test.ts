import { afterEach, describe, expect, it } from 'vitest';
import { LOAD_STEP_PREFIX, markLoadStep } from '@/app/_components/timeline/load-steps';

const marks = (name: string) => performance.getEntriesByName(`${LOAD_STEP_PREFIX}${name}`, 'mark');

afterEach(() => performance.clearMarks());

describe('markLoadStep', () => {
  it('marks a step once, the first time it happens, under the prefix the bench reads', () => {
    markLoadStep('entries-asked');
    const first = marks('entries-asked')[0]?.startTime;
    markLoadStep('entries-asked');
    expect(marks('entries-asked')).toHaveLength(1);
    expect(marks('entries-asked')[0]?.startTime).toBe(first);
    expect(marks('timeline-created')).toHaveLength(0);
    markLoadStep('timeline-created');
    expect(marks('timeline-created')).toHaveLength(1);
  });
});
