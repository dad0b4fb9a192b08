'use client';

import type { AnchorHTMLAttributes, MouseEvent } from 'react';

interface StateLinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'onClick'> {
  href: string;
  /**
   * Called instead of following the link on a plain click; the href still serves new tabs and
   * no-JS. `keyboard` is true when the link was activated from the keyboard (Enter).
   */
  onNavigate: (how: { keyboard: boolean }) => void;
}

/**
 * A real link to an explorer URL that, on a plain left click, changes the explorer's state in
 * place instead of loading the page.
 */
export function StateLink({ href, onNavigate, children, ...rest }: StateLinkProps) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    // A click synthesised from Enter has no pointer behind it: detail is 0.
    onNavigate({ keyboard: event.detail === 0 });
  };
  return (
    <a href={href} onClick={onClick} {...rest}>
      {children}
    </a>
  );
}
