/**
 * How the charts tell their series apart: a colour (a theme token with at least 3:1 contrast on
 * white) and a pattern, so that colour is never the only carrier; the legend and the tables name
 * them in text. No hooks: the year index on `/` (a client island) uses it as well as the server pages.
 */

export type SeriesTone = 'nato' | 'eu' | 'europe' | 'other' | 'news' | 'statement';

type Pattern = 'solid' | 'diagonal' | 'dots' | 'horizontal';

// Literal class names, so that Tailwind generates them.
const tones: Record<SeriesTone, { fill: string; stroke: string; pattern: Pattern }> = {
  nato: { fill: 'fill-group-nato', stroke: 'stroke-group-nato', pattern: 'solid' },
  eu: { fill: 'fill-group-eu', stroke: 'stroke-group-eu', pattern: 'diagonal' },
  europe: { fill: 'fill-group-europe', stroke: 'stroke-group-europe', pattern: 'dots' },
  other: { fill: 'fill-group-other', stroke: 'stroke-group-other', pattern: 'horizontal' },
  news: { fill: 'fill-news', stroke: 'stroke-news', pattern: 'solid' },
  statement: { fill: 'fill-statement', stroke: 'stroke-statement', pattern: 'diagonal' },
};

function patternId(prefix: string, tone: SeriesTone): string {
  return `${prefix}-pattern-${tone}`;
}

/** The `<pattern>`s of these tones, for a `<defs>` (ids start with `prefix`, unique per page). */
export function SeriesPatterns({ prefix, tones: used }: { prefix: string; tones: readonly SeriesTone[] }) {
  return (
    <>
      {used.map((tone) => {
        const { fill, stroke, pattern } = tones[tone];
        if (pattern === 'solid') return null;
        return (
          <pattern key={tone} id={patternId(prefix, tone)} width="6" height="6" patternUnits="userSpaceOnUse">
            <rect width="6" height="6" className="fill-surface" />
            {pattern === 'diagonal' ? <path d="M-1 7 L7 -1 M-1 1 L1 -1 M5 7 L7 5" strokeWidth="1.6" className={stroke} /> : null}
            {pattern === 'dots' ? <circle cx="3" cy="3" r="1.6" className={fill} /> : null}
            {pattern === 'horizontal' ? <path d="M0 1.5 H6 M0 4.5 H6" strokeWidth="1.4" className={stroke} /> : null}
          </pattern>
        );
      })}
    </>
  );
}

/** The props of a shape filled as a series: its pattern (or solid colour) and an outline in its colour. */
export function seriesShape(prefix: string, tone: SeriesTone): { fill?: string; className: string; strokeWidth: number } {
  const { fill, stroke, pattern } = tones[tone];
  return pattern === 'solid' ? { className: `${fill} ${stroke}`, strokeWidth: 1 } : { fill: `url(#${patternId(prefix, tone)})`, className: stroke, strokeWidth: 1 };
}

/** A legend: a swatch drawn as the series is, and its name in text. */
export function SeriesLegend({ prefix, series, label }: { prefix: string; series: ReadonlyArray<{ tone: SeriesTone; label: string }>; label: string }) {
  return (
    <ul aria-label={label} className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-secondary">
      {series.map(({ tone, label: name }) => (
        <li key={tone} className="flex items-center gap-1.5">
          <svg width="14" height="14" aria-hidden="true" className="shrink-0">
            <defs>
              <SeriesPatterns prefix={`${prefix}-legend`} tones={[tone]} />
            </defs>
            <rect x="0.5" y="0.5" width="13" height="13" {...seriesShape(`${prefix}-legend`, tone)} />
          </svg>
          {name}
        </li>
      ))}
    </ul>
  );
}
