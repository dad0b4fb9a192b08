import clsx from 'clsx';
import type { ButtonHTMLAttributes } from 'react';

export type ButtonVariant = 'primary' | 'outline' | 'page' | 'current';
export type ButtonSize = 'md' | 'sm' | 'xs' | 'square';

const outlined = 'border border-control bg-surface hover:not-disabled:bg-surface-hover';

const variants: Record<ButtonVariant, string> = {
  primary: 'bg-accent font-semibold text-on-accent hover:bg-accent-strong',
  outline: `${outlined} text-ink disabled:text-faint`,
  // Another page of a pager: a link in a button's frame.
  page: `${outlined} text-accent-strong underline`,
  // The page a pager is on: filled.
  current: 'border border-accent-strong bg-accent-strong font-bold text-on-accent',
};

// On a phone, a finger's height (44 px, WCAG 2.5.5) whatever the size.
const sizes: Record<ButtonSize, string> = {
  md: 'px-3.5 py-1.5 max-md:min-h-11',
  sm: 'px-2.5 py-1 text-sm/normal max-md:min-h-11',
  // In the surrounding text's size (a panel's close).
  xs: 'px-2 py-0.5 max-md:min-h-11',
  // A finger-sized square on a phone, for a page number.
  square: 'min-h-9 min-w-9',
};

/**
 * The classes of a button, for a `<button>` or for a link that acts as one (a pager's previous
 * and next, a panel's close).
 */
export function buttonClass({ variant = 'outline', size = 'sm', className }: { variant?: ButtonVariant; size?: ButtonSize; className?: string } = {}): string {
  return clsx('inline-flex items-center justify-center gap-1 rounded-md', variants[variant], sizes[size], className);
}

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  size?: ButtonSize;
}

/** A button: `primary` for the one action of a form or page, `outline` for tools. */
export function Button({ variant = 'outline', size, className, type = 'button', ...rest }: ButtonProps) {
  return <button type={type} className={buttonClass({ variant, size: size ?? (variant === 'primary' ? 'md' : 'sm'), className })} {...rest} />;
}
