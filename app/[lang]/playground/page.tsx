import type { Metadata } from 'next';
import { metadataStrings, pageStrings, readPageLang } from '@/lib/i18n/page-lang';
import { PlaygroundInLanguage } from './_components/PlaygroundInLanguage';

interface PlaygroundPageProps {
  params: Promise<{ lang: string }>;
}

export async function generateMetadata({ params }: PlaygroundPageProps): Promise<Metadata> {
  const { playground } = await metadataStrings(params);
  return { title: playground.title, description: playground.intro };
}

/**
 * /playground: a digest or a statement checked in the browser, with the build's own parsers
 * running in a worker. The page is a frame around one client island; its code loads here only.
 */
export default async function PlaygroundPage({ params }: PlaygroundPageProps) {
  const lang = await readPageLang(params);
  const { playground: jaPlayground } = pageStrings(lang);
  return (
    <main className="mx-auto max-w-6xl space-y-4 px-3 py-6 sm:px-4">
      <h1 className="text-2xl font-bold">{jaPlayground.title}</h1>
      <p>{jaPlayground.intro}</p>
      <p className="font-bold" data-testid="privacy">
        {jaPlayground.privacy}
      </p>
      <PlaygroundInLanguage lang={lang} />
    </main>
  );
}
