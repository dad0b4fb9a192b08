import { describe, expect, it } from 'vitest';
import { historyEntry, initialState } from '@/lib/explorer';

const open = { ...initialState, event: '2507-062601' };

describe('what goes into the browser history', () => {
  it('adds an entry for an entry opened, a filter, a view or a close', () => {
    expect(historyEntry(initialState, 'select', null)).toBe('push');
    expect(historyEntry(open, 'select', 'select')).toBe('push');
    expect(historyEntry(open, 'other', 'step')).toBe('push');
  });

  it('rewrites the current entry for a step with an entry open, a zoom and a pan', () => {
    expect(historyEntry(open, 'step', 'select')).toBe('replace');
    expect(historyEntry(open, 'step', 'step')).toBe('replace');
    expect(historyEntry(initialState, 'window', null)).toBe('replace');
    expect(historyEntry(open, 'window', 'select')).toBe('replace');
  });

  it('adds an entry for a step that opens one (from nothing open, after Esc)', () => {
    expect(historyEntry(initialState, 'step', 'other')).toBe('push');
  });

  it('keeps a burst of typing in the search box as one entry', () => {
    expect(historyEntry(initialState, 'q', 'other')).toBe('push');
    expect(historyEntry(initialState, 'q', 'q')).toBe('replace');
  });
});
