import { ja } from '@/lib/i18n/ja';

export default function HomePage() {
  return (
    <main className="mx-auto max-w-7xl px-4 py-4">
      <h1 className="sr-only">{ja.appName}</h1>
      <section aria-label={ja.timelineRegion} className="min-h-64 rounded border border-slate-200 bg-white p-4">
        <p>{ja.timelineLoading}</p>
      </section>
    </main>
  );
}
