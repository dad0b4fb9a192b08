import { expect, test, type Page } from '@playwright/test';
import { en } from '../../lib/i18n/en';
import { ja } from '../../lib/i18n/ja';
import { fixtureChronology } from '../app-fixture';

// Reading without JavaScript: the list, the event pages and the statements are complete as the
// server sends them.
test.use({ javaScriptEnabled: false });

const { events, statements } = fixtureChronology();

/** Text as the browser lays it out, with runs of white space made one space, for comparison. */
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

async function mainText(page: Page): Promise<string> {
  return squash(await page.locator('main').innerText());
}

test.describe('without JavaScript', () => {
  test('the list view shows every entry with its title and summary', async ({ page }) => {
    await page.goto('/?view=list');
    await expect(page.locator('.event-list article')).toHaveCount(events.length + statements.length);
    const text = await mainText(page);
    for (const event of events) {
      expect(text).toContain(squash(event.title));
      expect(text).toContain(squash(event.summary));
    }
    for (const statement of statements) expect(text).toContain(squash(statement.title));
    // Each entry leads to its own page by a plain link.
    const hrefs = await page.locator('.event-list article h4 a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(new Set(hrefs)).toEqual(new Set([...events.map((e) => `/events/${e.id}`), ...statements.map((s) => `/statements/${s.slug}`)]));
  });

  test('an event page shows the title, the summary, the notes and the outlet', async ({ page }) => {
    const withNotes = events.find((event) => event.notes.length > 0) ?? events[0]!;
    for (const event of new Set([events[0]!, withNotes])) {
      await page.goto(`/events/${event.id}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(event.title);
      const text = await mainText(page);
      expect(text).toContain(squash(event.summary));
      for (const note of event.notes) expect(text).toContain(squash(note));
      expect(text).toContain(event.outlet.name);
    }
  });

  for (const statement of statements) {
    test(`the statement ${statement.slug} shows every paragraph`, async ({ page }) => {
      await page.goto(`/statements/${statement.slug}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(statement.title);
      const text = await mainText(page);
      expect(statement.blocks.length).toBeGreaterThan(0);
      const missing = statement.blocks.filter((block) => !text.includes(squash(block.text))).map((block) => block.text.slice(0, 40));
      expect(missing).toEqual([]);
    });
  }

  test('a 404 page is whole as the server sends it, in both languages: an unknown event and an unknown path', async ({ page }) => {
    for (const [url, words] of [['/events/nope', ja.notFound], ['/en/events/nope', en.notFound], ['/en/no-such-page', en.notFound]] as const) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(404);
      await expect(page.getByRole('heading', { level: 1 }), url).toHaveText(words.title);
      await expect(page.getByRole('main').getByRole('link', { name: words.home }), url).toBeVisible();
    }
  });
});
