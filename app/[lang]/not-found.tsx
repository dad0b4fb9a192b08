import { pageLang } from '@/lib/i18n/page-lang';
import { NotFoundView } from '@/app/_components/NotFoundView';

/** The 404 page, in the language of the path (the layout above it has read it). */
export default function NotFound() {
  return <NotFoundView lang={pageLang()} />;
}
