import type { Metadata } from 'next';
import Link from 'next/link';
import { ja } from '@/lib/i18n/ja';

export const metadata: Metadata = { title: ja.notFound.title };

export default function NotFound() {
  return (
    <main className="mx-auto max-w-3xl px-4 py-12">
      <h1 className="text-2xl font-bold text-slate-900">{ja.notFound.title}</h1>
      <p className="mt-3 text-slate-700">{ja.notFound.body}</p>
      <p className="mt-6">
        <Link href="/" className="text-link">
          {ja.notFound.home}
        </Link>
      </p>
    </main>
  );
}
