import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { StatementText } from '@/app/[lang]/statements/_components/StatementText';
import { blockAnchors, qaTurnAnchors } from '@/lib/chronology/statement-anchors';
import { ja } from '@/lib/i18n/ja';
import { buildSearchIndex, normaliseText, parseQuery, search, searchDocuments } from '@/lib/search';
import { fixtureChronology } from '@/tests/app-fixture';

const { events, statements, related } = fixtureChronology();

const decode = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&');

/** A statement page's text as rendered: every element with an id, its tag and its text (tags stripped). */
function renderedAnchors(statement: (typeof statements)[number]) {
  const html = renderToStaticMarkup(<StatementText statement={statement} />);
  const elements = [...html.matchAll(/<(\w+)\b[^>]*\sid="([^"]*)"[^>]*>/g)].map((match) => {
    const [open, tag = '', id = ''] = match;
    const start = (match.index ?? 0) + open.length;
    // Paragraphs and headings do not nest in their own kind; a turn holds no other div.
    const end = html.indexOf(`</${tag}>`, start);
    return { tag, id, text: decode(html.slice(start, end)) };
  });
  return elements;
}

const pages = new Map(statements.map((statement) => [statement.slug, renderedAnchors(statement)]));
const elementOf = (slug: string, id: string) => pages.get(slug)?.filter((element) => element.id === id) ?? [];

describe('the anchors of every fixture statement', () => {
  it.each(statements.map((s) => [s.slug, s] as const))('%s: are unique, one per heading and paragraph, each on its own text', (slug, statement) => {
    const elements = pages.get(slug) ?? [];
    const ids = elements.map((element) => element.id);
    expect(new Set(ids).size).toBe(ids.length);
    const anchors = blockAnchors(statement.blocks);
    statement.blocks.forEach((block, index) => {
      const anchor = anchors[index];
      if (block.type === 'credit') return expect(anchor).toBeNull();
      const [element, ...others] = elementOf(slug, anchor ?? '');
      expect(others).toEqual([]);
      expect(element?.tag).toBe(block.type === 'heading' ? 'h2' : 'p');
      expect(element?.text).toBe(`${block.number ?? ''}${block.text}`);
    });
    // The section and turn anchors published before stay, beside the paragraphs' own.
    const sectionIds = statement.blocks.filter((b) => b.type === 'heading').map((b) => `s${b.section}`);
    for (const id of [...sectionIds, ...qaTurnAnchors(statement.blocks).values()]) expect(elementOf(slug, id)).toHaveLength(1);
  });

  it('give the related links’ evidence passages, each a paragraph or heading on the statement’s page', () => {
    let passages = 0;
    for (const [key, pieces] of related.evidence) {
      const slug = key.split('\u0000')[1] ?? '';
      for (const anchor of pieces.flatMap((piece) => piece.anchors)) {
        expect(elementOf(slug, anchor), `${slug}#${anchor}`).toHaveLength(1);
        expect(elementOf(slug, anchor)[0]?.tag).toMatch(/^(?:p|h2)$/);
        passages++;
      }
    }
    expect(passages).toBeGreaterThan(0);
  });
});

describe('the label of an anchor in the related links', () => {
  it('names a paragraph by its place in its section or Q&A turn', () => {
    expect(['s1-p3', 's0-p2', 'qa-4-p2', 's1-p-2', 'qa-4', 'p-3'].map(ja.related.anchorLabel)).toEqual([
      '第1節 3段落目',
      '冒頭 2段落目',
      '質疑応答4 2段落目',
      '第1節第2段落',
      '質疑応答4',
      '第3段落',
    ]);
  });
});

describe('a search snippet’s link', () => {
  const index = buildSearchIndex(searchDocuments(events, statements));
  // A term from the middle of every paragraph of every statement: four letters of one script.
  const drawn = statements.flatMap((statement) =>
    statement.blocks.flatMap((block) => {
      const text = normaliseText(block.text);
      const middle = Math.floor(text.length / 2);
      const term = text.slice(middle, middle + 4);
      return block.type !== 'credit' && /^(?:[\u3041-\u3096]{4}|[\u30a1-\u30fc]{4}|[\u4e00-\u9fff]{4}|[a-z]{4})$/.test(term) ? [{ slug: statement.slug, term }] : [];
    }),
  );

  it('opens on the paragraph that holds the words', () => {
    expect(drawn.length).toBeGreaterThan(statements.length);
    let links = 0;
    for (const { slug, term } of drawn) {
      const parsed = parseQuery(term);
      if (!parsed.ok) continue;
      const [hit] = search(index, parsed.query, { pageSize: 1, filter: (entry) => entry.kind === 'statement' && entry.key === slug }).hits;
      expect(hit, term).toBeDefined();
      for (const snippet of hit?.snippets ?? []) {
        if (snippet.field === 'title' || snippet.field === 'lead') continue;
        const [element, ...others] = elementOf(slug, snippet.anchor ?? '');
        expect(others).toEqual([]);
        expect(element?.tag, `${slug}#${snippet.anchor}`).toMatch(/^(?:p|h2)$/);
        for (const match of snippet.matches) expect(normaliseText(element?.text ?? '')).toContain(normaliseText(snippet.text.slice(match.start, match.end)));
        links++;
      }
    }
    expect(links).toBeGreaterThanOrEqual(drawn.length);
  });
});
