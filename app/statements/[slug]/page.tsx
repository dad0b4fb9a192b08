import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getRelatedEvents, getRelatedEvidence, getStatement, partnerName } from '@/lib/data';
import { ja } from '@/lib/i18n/ja';
import { RelatedEvents } from '../_components/RelatedEvents';
import { StatementHeader } from '../_components/StatementHeader';
import { StatementText } from '../_components/StatementText';

interface Props {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const statement = getStatement((await params).slug);
  if (!statement) return { title: ja.notFound.title };
  return { title: statement.title, description: statement.lead.replace(/\n/g, '') || undefined };
}

export default async function StatementPage({ params }: Props) {
  const { slug } = await params;
  const statement = getStatement(slug);
  if (!statement) notFound();
  return (
    <main className="mx-auto max-w-6xl space-y-10 px-4 py-6">
      <StatementHeader statement={statement} />
      <section aria-label={ja.statement.text} className="rounded border border-rule bg-surface p-4 md:p-6">
        <StatementText statement={statement} />
      </section>
      <RelatedEvents
        events={getRelatedEvents(slug).map((event) => ({ event, evidence: getRelatedEvidence(event.id, slug) }))}
        partnerLabel={partnerName}
      />
    </main>
  );
}
