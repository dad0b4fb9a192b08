import type { Metadata } from 'next';
import { ja } from '@/lib/i18n/ja';
import { TextLink } from './_components/ui/text-link';

export const metadata: Metadata = { title: ja.notFound.title };

export default function NotFound() {
  return (
    <main className="mx-auto max-w-3xl px-4 py-12">
      <h1 className="text-2xl font-bold text-ink">{ja.notFound.title}</h1>
      <p className="mt-3 text-secondary">{ja.notFound.body}</p>
      <p className="mt-6">
        <TextLink href="/">{ja.notFound.home}</TextLink>
      </p>
    </main>
  );
}
