import type { ClientStrings } from './i18n/client-strings';
import type { AnchorHTMLAttributes } from 'react';
import { StateLink } from './StateLink';
import { buttonClass } from './ui/button';

/** The pages worth a direct link: the first, the last, and the two on each side of this one. */
function pageLinks(page: number, pageCount: number): Array<number | 'gap'> {
  const wanted = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pageCount])].filter((n) => n >= 1 && n <= pageCount).sort((a, b) => a - b);
  const links: Array<number | 'gap'> = [];
  for (const n of wanted) {
    const previous = links[links.length - 1];
    if (typeof previous === 'number' && n > previous + 1) links.push('gap');
    links.push(n);
  }
  return links;
}

interface PagerProps {
  page: number;
  pageCount: number;
  total: number;
  /** The index of the page's first entry, from 0. */
  first: number;
  shown: number;
  hrefForPage: (page: number) => string;
  /** Changes the page in place (the explorer); without it, the links load the page (plain links). */
  onPage?: (page: number) => void;
  /** The previous and next links' words, which say which way the order goes. */
  labels: { previous: string; next: string };
  t: Pick<ClientStrings, 'ui'>;
}

/** A pager of real links: the range shown, previous, some page numbers, next. */
export function Pager({ page, pageCount, total, first, shown, hrefForPage, onPage, labels, t }: PagerProps) {
  const ja = t.ui;
  const link = (n: number, props: AnchorHTMLAttributes<HTMLAnchorElement>, children: React.ReactNode) =>
    onPage ? (
      <StateLink href={hrefForPage(n)} onNavigate={() => onPage(n)} {...props}>
        {children}
      </StateLink>
    ) : (
      <a href={hrefForPage(n)} {...props}>
        {children}
      </a>
    );
  return (
    <nav aria-label={ja.list.pages} className="mt-3 flex flex-wrap items-center gap-2 text-sm">
      <p className="mr-2 text-secondary">{ja.list.pageRange(first + 1, first + shown, total)}</p>
      {page > 1 ? link(page - 1, { className: buttonClass(), rel: 'prev' }, labels.previous) : null}
      <ul className="flex flex-wrap items-center gap-1">
        {pageLinks(page, pageCount).map((n, index) =>
          n === 'gap' ? (
            <li key={`gap-${index}`} aria-hidden="true" className="px-1 text-faint">
              …
            </li>
          ) : (
            <li key={n}>
              {link(
                n,
                {
                  className: n === page ? buttonClass({ variant: 'current', size: 'square' }) : buttonClass({ variant: 'page', size: 'square' }),
                  'aria-current': n === page ? 'page' : undefined,
                  'aria-label': n === page ? ja.list.pageLabel(n, pageCount) : ja.list.pageLink(n),
                },
                n,
              )}
            </li>
          ),
        )}
      </ul>
      {page < pageCount ? link(page + 1, { className: buttonClass(), rel: 'next' }, labels.next) : null}
    </nav>
  );
}
