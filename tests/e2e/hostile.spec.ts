import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { loadChronology } from '../../lib/chronology/load';
import { relatedEvidence } from '../../lib/chronology/related';

// Runs against the app built from tests/fixtures/hostile-data (project `hostile` in
// playwright.config.ts): titles, summaries, outlet names, notes and a statement full of markup
// and script payloads, each of which would set window.__pwned or open a dialog if it ran.

const DATA_DIR = path.resolve('tests/fixtures/hostile-data');
// The parser in Node, as the build runs it: what the pages must show, and what it removed.
const chronology = loadChronology(DATA_DIR);
const { events, statements, diagnostics } = chronology;

/** Every tag-like payload of the raw files (not the <2507-062601> ids) and every bare javascript: text. */
function payloadsOf(text: string): string[] {
  const tags = [...text.matchAll(/<[^<>\d][^<>]*>/g)].map((match) => match[0]);
  const bare = [...text.replace(/<[^<>\d][^<>]*>/g, ' ').matchAll(/javascript:[^\s<>"]+/g)].map((match) => match[0]);
  return [...tags, ...bare];
}

const rawFiles = ['digest', 'statements'].flatMap((folder) =>
  fs.readdirSync(path.join(DATA_DIR, folder)).map((name) => ({ file: `${folder}/${name}`, text: fs.readFileSync(path.join(DATA_DIR, folder, name), 'utf8') })),
);
const payloads = rawFiles.flatMap(({ file, text }) => payloadsOf(text).map((payload) => ({ file, payload })));
const removedByParser = new Set(diagnostics.filter((d) => d.code === 'html-leftover').map((d) => `${d.file}\u0000${d.excerpt.trim()}`));

interface Visit {
  text: string;
  title: string;
  description: string | null;
}

/** Dialogs opened by any page of a test: there must be none. */
function watchDialogs(page: Page): string[] {
  const opened: string[] = [];
  page.on('dialog', (dialog) => {
    opened.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return opened;
}

/**
 * The state every hostile page must be in: no payload ran, none became an element or an
 * attribute, no javascript: link. Returns what the page shows as text.
 */
async function expectInert(page: Page): Promise<Visit> {
  const found = await page.evaluate(() => {
    const handlers = [...document.querySelectorAll('*')].flatMap((element) =>
      [...element.attributes].filter((attribute) => /^on/i.test(attribute.name)).map((attribute) => `${element.tagName} ${attribute.name}`),
    );
    return {
      pwned: Reflect.get(window, '__pwned') as unknown,
      handlers,
      javascriptLinks: [...document.querySelectorAll('a[href], area[href], form[action], iframe[src]')]
        .map((element) => element.getAttribute('href') ?? element.getAttribute('action') ?? element.getAttribute('src') ?? '')
        .filter((url) => /^\s*javascript:/i.test(url)),
      injected: [...document.querySelectorAll('img[src="x"], svg[onload], iframe, object, embed')].map((element) => element.outerHTML.slice(0, 80)),
      // Next's own inline scripts carry the data as JSON strings; a payload's script would start with its code.
      payloadScripts: [...document.scripts].map((script) => script.textContent ?? '').filter((code) => /^\s*(window\.__pwned|alert\()/.test(code)),
      text: document.body.innerText,
      title: document.title,
      description: document.querySelector('meta[name="description"]')?.getAttribute('content') ?? null,
    };
  });
  expect(found.pwned).toBeUndefined();
  expect(found.handlers).toEqual([]);
  expect(found.javascriptLinks).toEqual([]);
  expect(found.injected).toEqual([]);
  expect(found.payloadScripts).toEqual([]);
  return { text: found.text, title: found.title, description: found.description };
}

/** Text as a page shows it: a line break inside a title or summary renders as a space. */
const shown = (text: string) => text.replace(/\s+/g, ' ').trim();
/** A <title> as the browser reads it: runs of ASCII white space as one space. */
const documentTitle = (text: string) => text.replace(/[\t\n\f\r ]+/g, ' ').trim();

/**
 * Waits until the page has loaded and every image in it has loaded or failed: a payload's onerror
 * fires as its image fails, so it has had its turn by then. (expectInert also finds any element or
 * handler a payload would have added, fired or not.)
 */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page.waitForFunction(() => [...document.images].every((image) => image.complete));
}

async function waitForTimelineReady(page: Page): Promise<void> {
  await expect(page.locator('.timeline-canvas')).toHaveAttribute('data-status', 'ready');
}

test.describe('hostile text in the data stays text', () => {
  test('the fixture is a digest the parser reads, with payloads in every field', () => {
    // This file's own entries; other surfaces keep their hostile entries in files of their own.
    expect(events.filter((event) => event.file === 'digest/hostile.txt').map((event) => event.id)).toEqual(['2507-062601', '2507-062438', '2506-051915']);
    expect(statements).toHaveLength(1);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(payloads.length).toBeGreaterThanOrEqual(15);
    for (const kind of ['<img', '<script>', 'javascript:', '<svg']) expect(payloads.some(({ payload }) => payload.includes(kind))).toBe(true);
  });

  test('the timeline: every box, tooltip, cluster label and detail panel', async ({ page }) => {
    // Every hostile entry of every surface's file is clicked and checked: more than 30 s of work.
    test.slow();
    const dialogs = watchDialogs(page);
    await page.goto('/');
    await waitForTimelineReady(page);
    await settle(page);
    await expectInert(page);

    const boxes = page.locator('.timeline-canvas .vis-item.vis-box');
    const ids = await boxes.evaluateAll((elements) => elements.map((element) => element.getAttribute('data-id') ?? ''));
    for (const id of ids) {
      const item = [...events, ...statements.map((s) => ({ ...s, id: s.slug }))].find((entry) => entry.id === id);
      expect(item, `box ${id} is an entry of the data`).toBeDefined();
      const box = page.locator(`.timeline-canvas .vis-item.vis-box[data-id="${id}"]`);
      // The tooltip is the title attribute, the full title as text.
      await expect(box.locator('.tl-item')).toHaveAttribute('title', item!.title);
      await box.hover();
      await box.click();
      await expect(page.locator('aside.detail-panel h2')).toHaveText(item!.title);
      await settle(page);
      await expectInert(page);
    }
    // A cluster is named by its top entry's short title, as text, and the count of the others
    // (`…ほか2件`); its whole count is in data-count, since a title may hold digits.
    const clusters = await page.locator('.timeline-canvas .vis-item.vis-cluster [data-count]').evaluateAll((elements) =>
      // What it shows: the words for a screen reader alone (.sr-only) follow it in its name.
      elements.map((element) => ({ label: [...element.childNodes].filter((node) => !(node instanceof Element && node.classList.contains('sr-only'))).map((node) => node.textContent).join(''), count: Number(element.getAttribute('data-count')) })),
    );
    for (const { label, count } of clusters) expect(label.endsWith(`ほか${count - 1}件`) || label === `${count}件`, label).toBe(true);
    // Every entry is on the timeline, as a box or inside a cluster.
    const inClusters = clusters.reduce((sum, { count }) => sum + count, 0);
    expect(ids.length + inClusters).toBe(events.length + statements.length);

    // Entries inside a cluster open by their link: every entry has its panel.
    for (const event of events) {
      await page.goto(`/?event=${event.id}`);
      await waitForTimelineReady(page);
      const panel = page.locator('aside.detail-panel');
      await expect(panel.locator('h2')).toHaveText(event.title);
      await expect(panel).toContainText(event.summary);
      await expect(panel).toContainText(event.outlet.name);
      for (const note of event.notes) await expect(panel).toContainText(note);
      await settle(page);
      await expectInert(page);
    }
    for (const statement of statements) {
      await page.goto(`/?event=${statement.slug}`);
      await waitForTimelineReady(page);
      await expect(page.locator('aside.detail-panel h2')).toHaveText(statement.title);
      await expect(page.locator('aside.detail-panel')).toContainText(statement.lead);
      await settle(page);
      await expectInert(page);
    }
    expect(dialogs).toEqual([]);
  });

  test('the list view and the filter labels show the payloads as text', async ({ page }) => {
    const dialogs = watchDialogs(page);
    await page.goto('/?view=list');
    await settle(page);
    const { text } = await expectInert(page);
    await expect(page.locator('.event-list article')).toHaveCount(events.length + statements.length);
    for (const event of events) {
      expect(shown(text)).toContain(shown(event.title));
      expect(shown(text)).toContain(shown(event.summary));
      expect(shown(text)).toContain(shown(event.outlet.name));
    }
    // The unknown outlet is a filter option, labelled with its name as text.
    const hostileOutlet = events.find((event) => !event.outlet.known)!.outlet;
    await expect(page.getByRole('checkbox', { name: hostileOutlet.name })).toBeVisible();
    expect(dialogs).toEqual([]);
  });

  // One page goes through every event page, each loaded afresh with the same checks (a step each).
  test(`every event page (${events.length}): text, <title> and meta description`, async ({ page }) => {
    const dialogs = watchDialogs(page);
    for (const event of events) {
      await test.step(event.id, async () => {
        await page.goto(`/events/${event.id}`);
        await settle(page);
        const visit = await expectInert(page);
        await expect(page.getByRole('heading', { level: 1 }), event.id).toHaveText(event.title);
        expect(shown(visit.text), event.id).toContain(shown(event.summary));
        expect(shown(visit.text), event.id).toContain(shown(event.outlet.name));
        for (const note of event.notes) expect(shown(visit.text), event.id).toContain(shown(note));
        expect(visit.title, event.id).toBe(documentTitle(`${event.title} | 日本・NATO/EU 安全保障クロノロジー`));
        expect(shown(visit.description ?? ''), event.id).toBe(shown(event.summary));
      });
    }
    expect(dialogs).toEqual([]);
  });

  test('a page kept by the server runs no script planted in the data: its policy allows only the page\'s own', async ({ page }) => {
    const planted = events.flatMap((event) => [...`${event.title} ${event.summary}`.matchAll(/<script>([^<]*)<\/script>/g)].map((match) => ({ id: event.id, code: match[1]! })));
    expect(planted.length).toBeGreaterThan(0);
    for (const { id, code } of planted) {
      // The second answer comes from the server's store.
      for (let visit = 0; visit < 2; visit++) {
        const dialogs = watchDialogs(page);
        const response = await page.goto(`/events/${id}`);
        expect(response?.headers()['etag']).toBeTruthy();
        const policy = response?.headers()['content-security-policy'] ?? '';
        const plantedHash = await page.evaluate(async (text) => {
          const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
          return btoa(String.fromCharCode(...new Uint8Array(digest)));
        }, code);
        const scriptSources = policy.split(';').find((directive) => directive.trim().startsWith('script-src')) ?? '';
        expect(scriptSources).toMatch(/^\s*script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+$/);
        expect(scriptSources).not.toContain(plantedHash);
        await settle(page);
        await expectInert(page);
        expect(dialogs).toEqual([]);
      }
    }
  });

  test('the statement page: title, lead, paragraphs, <title> and meta description', async ({ page }) => {
    const dialogs = watchDialogs(page);
    for (const statement of statements) {
      await page.goto(`/statements/${statement.slug}`);
      await settle(page);
      const visit = await expectInert(page);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(statement.title);
      expect(shown(visit.text)).toContain(shown(statement.lead));
      for (const block of statement.blocks) expect(shown(visit.text)).toContain(shown(block.text));
      expect(visit.title).toBe(documentTitle(`${statement.title} | 日本・NATO/EU 安全保障クロノロジー`));
      // The description joins the lead's lines as Japanese text is joined: with nothing between.
      expect(visit.description).toBe(statement.lead.replace(/\n/g, ''));
    }
    expect(dialogs).toEqual([]);
  });

  test('the panel\'s passages and the related links\' evidence stay text', async ({ page }) => {
    const dialogs = watchDialogs(page);
    for (const statement of statements) {
      // A query that the paragraphs holding payloads answer: their first characters, as the data has them.
      const block = statement.blocks.find((b) => b.type === 'paragraph' && /[<>]|javascript:/i.test(b.text));
      expect(block, 'the hostile statement has a paragraph with a payload').toBeDefined();
      const q = [...block!.text.replace(/\s/g, '')].slice(0, 4).join('');
      await page.goto(`/?event=${encodeURIComponent(statement.slug)}&q=${encodeURIComponent(q)}`);
      await waitForTimelineReady(page);
      const passages = page.locator('aside.detail-panel section[aria-labelledby="detail-passages"]');
      await expect(passages.locator('mark').first()).toBeVisible();
      await expect(passages.locator('a[href^="/statements/"]').first()).toHaveAttribute('href', new RegExp(`^/statements/${statement.slug}#`));
      await settle(page);
      await expectInert(page);
    }
    // Every related link's evidence, on the event page and in the panel, links to the statement's passage.
    for (const [eventId, slugs] of chronology.related.statementsByEvent) {
      for (const slug of slugs) {
        const anchors = relatedEvidence(chronology.related, eventId, slug).flatMap((piece) => piece.anchors);
        expect(anchors.length).toBeGreaterThan(0);
        for (const url of [`/events/${eventId}`, `/?event=${eventId}`]) {
          await page.goto(url);
          await expect(page.locator(`a[href="/statements/${slug}#${anchors[0]}"]`).first()).toBeVisible();
          await settle(page);
          await expectInert(page);
        }
      }
    }
    expect(dialogs).toEqual([]);
  });

  test('every payload is shown as literal text somewhere, or was removed by the parser with a diagnostic', async ({ page }) => {
    const dialogs = watchDialogs(page);
    const urls = ['/?view=list', ...events.map((event) => `/events/${event.id}`), ...statements.map((statement) => `/statements/${statement.slug}`)];
    const shown: string[] = [];
    for (const url of urls) {
      await page.goto(url);
      await settle(page);
      const visit = await expectInert(page);
      shown.push(visit.text, visit.title, visit.description ?? '');
    }
    const everything = shown.join('\n');
    const unaccounted = payloads.filter(({ file, payload }) => !everything.includes(payload) && !removedByParser.has(`${file}\u0000${payload}`));
    expect(unaccounted).toEqual([]);
    expect(dialogs).toEqual([]);
  });
});


test.describe('hostile text in the search stays text', () => {
  // Terms inside the payloads: a search for them puts the payloads in snippets and <mark>.
  const terms = ['script', 'onerror', 'onload', 'javascript'].filter((term) => rawFiles.some(({ text }) => text.includes(term)));
  const texts = [...events.flatMap((event) => [event.title, event.summary, ...event.notes]), ...statements.flatMap((s) => [s.title, s.lead, ...s.blocks.map((b) => b.text)])];

  test('the fixture has payloads to search for', () => {
    expect(terms.length).toBeGreaterThanOrEqual(3);
  });

  test('/search shows the payloads in titles, snippets and marks as text', async ({ page }) => {
    const dialogs = watchDialogs(page);
    for (const term of terms) {
      await page.goto(`/search?q=${encodeURIComponent(term)}`);
      await settle(page);
      const { text } = await expectInert(page);
      expect(text).toContain('件見つかりました');
      const marks = await page.locator('main mark').allTextContents();
      expect(marks.length, term).toBeGreaterThan(0);
      for (const mark of marks) expect(mark.toLowerCase()).toBe(term);
      // Whatever the page shows of a snippet is a piece of the data as written.
      const snippets = await page.getByRole('list', { name: '本文中の一致箇所' }).getByRole('link').allTextContents();
      for (const snippet of snippets) expect(texts.some((t) => t.includes(snippet.replace(/^…|…$/g, ''))), snippet).toBe(true);
    }
    // A query of markup is searched for as characters and shown back as text.
    await page.goto(`/search?q=${encodeURIComponent('<script>alert(1)</script>')}`);
    await settle(page);
    await expectInert(page);
    await expect(page.getByRole('searchbox', { name: '検索語' })).toHaveValue('<script>alert(1)</script>');
    expect(dialogs).toEqual([]);
  });

  test('a statement followed from a snippet marks the payload as text', async ({ page }) => {
    const dialogs = watchDialogs(page);
    for (const statement of statements) {
      await page.goto(`/statements/${statement.slug}?hl=script`);
      await settle(page);
      await expectInert(page);
      const marks = await page.locator('main mark').allTextContents();
      expect(marks.length).toBeGreaterThan(0);
      for (const mark of marks) expect(mark).toBe('script');
    }
    expect(dialogs).toEqual([]);
  });

  test('/api/search gives the payloads back as JSON strings, matches inside them', async ({ request }) => {
    for (const term of terms) {
      const response = await request.get(`/api/search?q=${encodeURIComponent(term)}`);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toContain('application/json');
      const body = await response.json();
      expect(body.total).toBeGreaterThan(0);
      for (const hit of body.hits) {
        for (const snippet of hit.snippets) {
          expect(texts.some((t) => t.includes(snippet.text))).toBe(true);
          for (const match of snippet.matches) expect(snippet.text.slice(match.start, match.end).toLowerCase()).toBe(term);
        }
      }
    }
  });
});
