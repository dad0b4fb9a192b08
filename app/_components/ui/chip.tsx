import clsx from 'clsx';
import type { HTMLAttributes } from 'react';

export type ChipTone = 'news' | 'statement' | 'partner' | 'neutral';

const tones: Record<ChipTone, string> = {
  // The kind of an entry: solid, in the kind's colour.
  news: 'rounded px-2 py-0.5 text-xs/normal font-bold bg-news text-on-accent',
  statement: 'rounded px-2 py-0.5 text-xs/normal font-bold bg-statement-deep text-on-accent',
  // A partner that filters the explorer when followed: an outlined pill in the accent.
  partner: 'rounded-full border border-accent px-2 text-[0.8125rem] text-accent hover:bg-accent-soft',
  // A plain label.
  neutral: 'rounded bg-rule px-2 py-0.5 text-xs text-ink',
};

/** The classes of a chip, for an element that is not a `<span>` (a link, a list item). */
export function chipClass(tone: ChipTone, className?: string): string {
  return clsx('inline-block', tones[tone], className);
}

interface ChipProps extends HTMLAttributes<HTMLSpanElement> {
  tone: ChipTone;
}

/** A short label: an entry's kind, a partner, an outlet. */
export function Chip({ tone, className, ...rest }: ChipProps) {
  return <span className={chipClass(tone, className)} {...rest} />;
}
