import { ja } from '@/lib/i18n/ja';
import type { Statement } from '@/lib/parser/schema';
import { qaTurnAnchors } from '@/lib/search/documents';
import { layoutStatement, type PlacedBlock, type Row, type Section } from './layout';

const t = ja.statement;

// A followed anchor (`#p-5`) is highlighted and kept clear of the top edge.
const ANCHORED =
  'scroll-mt-6 rounded-sm target:bg-highlight target:ring-2 target:ring-highlight-ring target:ring-offset-4 target:ring-offset-highlight';

/** One block as written: the number as in the source, then the text; always plain React text. */
function BlockView({ item }: { item: PlacedBlock }) {
  const { block, id } = item;
  if (block.type === 'heading') {
    return (
      <h2 id={id ?? undefined} lang={block.lang} className={`text-xl font-bold leading-snug text-ink ${ANCHORED}`}>
        {block.number ? <span className="mr-2">{block.number}</span> : null}
        {block.text}
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
      {block.text}
    </p>
  );
}

function Stack({ items, lang }: { items: PlacedBlock[]; lang: 'ja' | 'en' }) {
  return (
    <div lang={lang} className="min-w-0 space-y-3">
      {items.map((item) => (
        <BlockView key={item.index} item={item} />
      ))}
    </div>
  );
}

/** The anchor of each Q&A turn (`qa-N`), by the index of its first block: search snippets and related links point there. */
type TurnAnchors = ReadonlyMap<number, string>;

function RowView({ row, turnAnchors }: { row: Row; turnAnchors: TurnAnchors }) {
  switch (row.kind) {
    case 'block':
      return <BlockView item={row.block} />;
    case 'pair':
      return (
        <div className="grid items-start gap-x-8 gap-y-2 border-t border-rule pt-3 md:grid-cols-2">
          <BlockView item={row.ja} />
          <BlockView item={row.en} />
        </div>
      );
    case 'columns':
      return (
        <div className="grid items-start gap-x-8 gap-y-3 md:grid-cols-2">
          {row.ja.length > 0 ? <Stack items={row.ja} lang="ja" /> : <div className="hidden md:block" />}
          {row.en.length > 0 ? <Stack items={row.en} lang="en" /> : null}
        </div>
      );
    case 'dialogue':
      return (
        <dl aria-label={t.dialogue} className="space-y-3">
          {row.turns.map((turn) => (
            <div
              key={turn.blocks[0]?.index}
              id={turnAnchors.get(turn.blocks[0]?.index ?? -1)}
              className={`grid gap-x-4 gap-y-1 md:grid-cols-[4rem_1fr] ${ANCHORED}`}
            >
              <dt className="h-fit w-fit rounded bg-secondary px-2 py-0.5 text-sm font-bold text-on-accent">{turn.speaker}</dt>
              <dd className="space-y-2">
                {turn.blocks.map((item) => (
                  <BlockView key={item.index} item={item} />
                ))}
              </dd>
            </div>
          ))}
        </dl>
      );
  }
}

function SectionView({ section, turnAnchors }: { section: Section; turnAnchors: TurnAnchors }) {
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
            <span>{t.japaneseColumn}</span>
            <span>{t.englishColumn}</span>
          </p>
        </>
      ) : null}
      {section.heading ? <RowView row={section.heading} turnAnchors={turnAnchors} /> : null}
      {section.rows.map((row, index) => (
        <RowView key={index} row={row} turnAnchors={turnAnchors} />
      ))}
    </section>
  );
}

/** The statement's text: sections with their headings, numbered paragraphs, Q&A and translations. */
export function StatementText({ statement }: { statement: Pick<Statement, 'blocks'> }) {
  const turnAnchors = qaTurnAnchors(statement.blocks);
  return (
    <div className="space-y-10">
      {layoutStatement(statement).map((section) => (
        <SectionView key={section.index} section={section} turnAnchors={turnAnchors} />
      ))}
    </div>
  );
}
