import { pageStrings } from '@/lib/i18n/page-lang';
import type { Statement } from '@/lib/parser/schema';
import { findMatches } from '@/lib/search';
import { MarkedText } from '@/app/_components/MarkedText';
import { layoutStatement, type PlacedBlock, type Row, type Section } from './layout';

/** The page's words for a statement (the page has set its language). */
const words = () => pageStrings().ui.statement;

// A followed anchor (`#p-5`) is highlighted and kept clear of the top edge.
const ANCHORED =
  'scroll-mt-6 rounded-sm target:bg-highlight target:ring-2 target:ring-highlight-ring target:ring-offset-4 target:ring-offset-highlight';

/** The folded search terms to mark in the text (from a search result's `?hl=`); often none. */
type Terms = readonly string[];

/** A block's text, with the search terms marked. */
function BlockText({ text, terms }: { text: string; terms: Terms }) {
  return <MarkedText text={text} matches={terms.length > 0 ? findMatches(text, terms) : []} />;
}

/** One block as written: the number as in the source, then the text; always plain React text. */
function BlockView({ item, terms }: { item: PlacedBlock; terms: Terms }) {
  const { block, id } = item;
  if (block.type === 'heading') {
    return (
      <h2 id={id ?? undefined} lang={block.lang} className={`text-xl font-bold leading-snug text-ink ${ANCHORED}`}>
        {block.number ? <span className="mr-2">{block.number}</span> : null}
        <BlockText text={block.text} terms={terms} />
      </h2>
    );
  }
  if (block.type === 'credit') {
    return (
      <p lang={block.lang} className="text-xs text-muted">
        <small>{block.text}</small>
      </p>
    );
  }
  return (
    <p id={id ?? undefined} lang={block.lang} data-number={block.number ?? undefined} className={`leading-relaxed ${ANCHORED}`}>
      {block.number ? <span className="mr-2 font-semibold tabular-nums text-muted">{block.number}</span> : null}
      <BlockText text={block.text} terms={terms} />
    </p>
  );
}

function Stack({ items, lang, terms }: { items: PlacedBlock[]; lang: 'ja' | 'en'; terms: Terms }) {
  return (
    <div lang={lang} className="min-w-0 space-y-3">
      {items.map((item) => (
        <BlockView key={item.index} item={item} terms={terms} />
      ))}
    </div>
  );
}

function RowView({ row, terms, englishFirst }: { row: Row; terms: Terms; englishFirst: boolean }) {
  const t = words();
  switch (row.kind) {
    case 'block':
      return <BlockView item={row.block} terms={terms} />;
    case 'pair':
      return (
        <div className="grid items-start gap-x-8 gap-y-2 border-t border-rule pt-3 md:grid-cols-2">
          {englishFirst ? (
            <>
              <BlockView item={row.en} terms={terms} />
              <BlockView item={row.ja} terms={terms} />
            </>
          ) : (
            <>
              <BlockView item={row.ja} terms={terms} />
              <BlockView item={row.en} terms={terms} />
            </>
          )}
        </div>
      );
    case 'columns':
      return (
        <div className="grid items-start gap-x-8 gap-y-3 md:grid-cols-2">
          {englishFirst ? (
            <>
              {row.en.length > 0 ? <Stack items={row.en} lang="en" terms={terms} /> : <div className="hidden md:block" />}
              {row.ja.length > 0 ? <Stack items={row.ja} lang="ja" terms={terms} /> : null}
            </>
          ) : (
            <>
              {row.ja.length > 0 ? <Stack items={row.ja} lang="ja" terms={terms} /> : <div className="hidden md:block" />}
              {row.en.length > 0 ? <Stack items={row.en} lang="en" terms={terms} /> : null}
            </>
          )}
        </div>
      );
    case 'dialogue':
      return (
        <dl aria-label={t.dialogue} className="space-y-3">
          {row.turns.map((turn) => (
            <div key={turn.blocks[0]?.index} id={turn.id ?? undefined} className={`grid gap-x-4 gap-y-1 md:grid-cols-[4rem_1fr] ${ANCHORED}`}>
              <dt lang="ja" className="h-fit w-fit rounded bg-secondary px-2 py-0.5 text-sm font-bold text-on-accent">{turn.speaker}</dt>
              <dd className="space-y-2">
                {turn.blocks.map((item) => (
                  <BlockView key={item.index} item={item} terms={terms} />
                ))}
              </dd>
            </div>
          ))}
        </dl>
      );
  }
}

function SectionView({ section, terms, englishFirst }: { section: Section; terms: Terms; englishFirst: boolean }) {
  const t = words();
  const headingId =
    section.heading?.kind === 'block'
      ? section.heading.block.id
      : section.heading?.kind === 'columns'
        ? (section.heading.ja[0] ?? section.heading.en[0])?.id
        : null;
  return (
    <section aria-labelledby={headingId ?? undefined} className={`space-y-4 ${section.bilingual ? '' : 'max-w-4xl'}`}>
      {section.bilingual ? (
        <>
          <p className="border-t border-rule-strong pt-4 text-sm text-muted">{t.bilingualNote}</p>
          <p className="hidden text-xs font-medium text-muted md:grid md:grid-cols-2 md:gap-x-8" aria-hidden>
            {englishFirst ? (
              <>
                <span>{t.englishColumn}</span>
                <span>{t.japaneseColumn}</span>
              </>
            ) : (
              <>
                <span>{t.japaneseColumn}</span>
                <span>{t.englishColumn}</span>
              </>
            )}
          </p>
        </>
      ) : null}
      {section.heading ? <RowView row={section.heading} terms={terms} englishFirst={englishFirst} /> : null}
      {section.rows.map((row, index) => (
        <RowView key={index} row={row} terms={terms} englishFirst={englishFirst} />
      ))}
    </section>
  );
}

/**
 * The statement's text: sections with their headings, numbered paragraphs, Q&A and translations.
 * `highlight`: folded search terms (lib/search highlightTerms) to mark wherever they occur. On an
 * English page, an English original stands before its Japanese translation.
 */
export function StatementText({ statement, highlight = [] }: { statement: Pick<Statement, 'blocks'>; highlight?: readonly string[] }) {
  const englishFirst = pageStrings().lang === 'en';
  return (
    <div className="space-y-10">
      {layoutStatement(statement).map((section) => (
        <SectionView key={section.index} section={section} terms={highlight} englishFirst={englishFirst} />
      ))}
    </div>
  );
}
