import { notFound } from 'next/navigation';
import { readPageLang } from '@/lib/i18n/page-lang';

/**
 * Any path under a language that no page answers: that language's 404 page, status 404. The
 * proxy sends here a path that is not valid percent-encoding too (lib/i18n/route-language.ts).
 */
export default async function MissingPage({ params }: { params: Promise<{ lang: string; missing: string[] }> }) {
  await readPageLang(params);
  notFound();
}
