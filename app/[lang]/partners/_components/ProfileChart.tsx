import type { Profile } from '@/lib/partners/aggregate';
import { StackedYearChart } from '@/app/_components/charts/StackedYearChart';
import { pageStrings } from '@/lib/i18n/page-lang';

/** A partner's or an outlet's entries per year, split by kind. */
export function ProfileChart({ name, profile }: { name: string; profile: Profile }) {
  const { partners: jaPartners } = pageStrings();
  const first = profile.byYear[0]?.year;
  const last = profile.byYear.at(-1)?.year;
  if (first === undefined || last === undefined) return null;
  return (
    <StackedYearChart
      id="kind-chart"
      title={jaPartners.chart.kindTitle(name)}
      description={jaPartners.chart.kindDescription(first, last, profile.total)}
      series={[
        { tone: 'news', label: jaPartners.kinds.news },
        { tone: 'statement', label: jaPartners.kinds.statement },
      ]}
      rows={profile.byYear.map((row) => ({ year: row.year, values: [row.news, row.statement] }))}
    />
  );
}
