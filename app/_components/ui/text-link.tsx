import clsx from 'clsx';
import Link from 'next/link';
import type { ComponentProps } from 'react';

/** The one look of a link in running text: the accent, underlined; darker on hover. */
export const textLinkClass = 'text-accent underline underline-offset-2 hover:text-accent-strong';

/** A link in running text, to a page of the site (next/link). */
export function TextLink({ className, ...rest }: ComponentProps<typeof Link>) {
  return <Link className={clsx(textLinkClass, className)} {...rest} />;
}
