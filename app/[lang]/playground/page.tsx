import type { Metadata } from 'next';
import { jaPlayground } from '@/lib/i18n/ja-playground';
import { Playground } from './_components/Playground';

export const metadata: Metadata = {
  title: jaPlayground.title,
  description: jaPlayground.intro,
};

/**
 * /playground: a digest or a statement checked in the browser, with the build's own parsers
 * running in a worker. The page is a frame around one client island; its code loads here only.
 */
export default function PlaygroundPage() {
  return (
    <main className="mx-auto max-w-6xl space-y-4 px-3 py-6 sm:px-4">
      <h1 className="text-2xl font-bold">{jaPlayground.title}</h1>
      <p>{jaPlayground.intro}</p>
      <p className="font-bold" data-testid="privacy">
        {jaPlayground.privacy}
      </p>
      <Playground lang="ja" />
    </main>
  );
}
