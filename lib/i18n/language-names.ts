import type { Lang } from './lang';

/** Each language's name in itself, for the language switch: a reader looks for their own language's name. */
export const LANGUAGE_NAMES: Record<Lang, string> = { ja: '日本語', en: 'English' };
