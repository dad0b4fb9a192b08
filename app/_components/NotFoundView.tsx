import type { Lang } from '@/lib/i18n/lang';
import { localHref, pageStrings } from '@/lib/i18n/page-lang';
import { TextLink } from './ui/text-link';

/** The 404 page's text in a language, with a way home. */
export function NotFoundView({ lang }: { lang: Lang }) {
  const { ui } = pageStrings(lang);
  return (
    <main className="mx-auto max-w-3xl px-4 py-12">
      <h1 className="text-2xl font-bold text-ink">{ui.notFound.title}</h1>
      <p className="mt-3 text-secondary">{ui.notFound.body}</p>
      <p className="mt-6">
        <TextLink href={localHref('/', lang)}>{ui.notFound.home}</TextLink>
      </p>
    </main>
  );
}
