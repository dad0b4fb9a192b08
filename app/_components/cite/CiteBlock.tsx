import type { Citations } from '@/lib/cite';
import type { ClientStrings } from '../i18n/client-strings';
import { MixedText } from '../i18n/SourceText';
import { CopyButton } from './CopyButton';

/**
 * The citations of one entry, as text with a copy button each. No hooks: the pages render it on
 * the server, the explorer's panel in the browser. The citation text is plain text in the page
 * (selectable, and printed), never markup. An English page offers Chicago first and names the
 * data version in English first.
 */
export function CiteBlock({ citations, idPrefix, strings }: { citations: Citations; idPrefix: string; strings: Pick<ClientStrings, 'cite' | 'lang'> }) {
  const t = strings.cite.cite;
  const japanese = { key: 'ja', label: t.japanese, text: citations.ja, lang: 'ja' } as const;
  const chicago = [
    { key: 'chicago-bibliography', label: t.chicagoBibliography, text: citations.chicagoBibliography, lang: 'en' },
    { key: 'chicago-note', label: t.chicagoNote, text: citations.chicagoNote, lang: 'en' },
  ] as const;
  const rows: ReadonlyArray<{ key: string; label: string; text: string; lang: 'ja' | 'en' }> = strings.lang === 'en' ? [...chicago, japanese] : [japanese, ...chicago];
  const versions = [
    <span key="ja" lang="ja">{citations.versionJa}</span>,
    <span key="en" lang="en">{citations.versionEn}</span>,
  ];
  return (
    <div className="space-y-3 text-sm">
      <p className="text-muted print:hidden">{t.intro}</p>
      <dl className="space-y-3">
        {rows.map((row) => (
          <div key={row.key} className="break-inside-avoid">
            <dt className="flex flex-wrap items-center justify-between gap-2 font-semibold text-secondary">
              <span id={`${idPrefix}-${row.key}`}>{row.label}</span>
              <CopyButton text={row.text} label={t.copyLabel(row.label)} />
            </dt>
            <dd lang={row.lang} data-citation={row.key} className="mt-1 rounded border border-rule bg-page p-2 wrap-anywhere text-body select-all">
              {row.lang === 'en' ? <MixedText text={row.text} /> : row.text}
            </dd>
          </div>
        ))}
        <div className="break-inside-avoid">
          <dt className="font-semibold text-secondary">{t.version}</dt>
          <dd data-citation="version" className="mt-1 text-body">
            {strings.lang === 'en' ? versions[1] : versions[0]} / {strings.lang === 'en' ? versions[0] : versions[1]}
            <span className="mt-1 block text-muted">{t.versionHint}</span>
          </dd>
        </div>
      </dl>
    </div>
  );
}
