import { expect, test } from '@playwright/test';
import { relatedEvidence } from '../../lib/chronology/related';
import { fixtureBodyOnlyTerm, fixtureChronology } from '../app-fixture';
import { boxes, panel, resultCount, waitForTimeline } from './explorer-helpers';

// Terms and links are read from the fixture the app is built from (tests/fixtures/app-data).
const { term, slug, anchor } = fixtureBodyOnlyTerm();
const chronology = fixtureChronology();
const statement = chronology.statements.find((s) => s.slug === slug)!;

/** The first event with a related statement, and that link's first piece of evidence. */
const [eventId, relatedSlugs] = [...chronology.related.statementsByEvent].find(([, slugs]) => slugs.length > 0)!;
const relatedSlug = relatedSlugs[0]!;
const evidence = relatedEvidence(chronology.related, eventId, relatedSlug)[0]!;

test.describe('q searches the full text', () => {
  test('a term found only in a statement body brings that statement into the timeline, and its panel quotes the paragraph', async ({ page }) => {
    await page.goto('/');
    await waitForTimeline(page);
    await page.getByRole('searchbox').fill(term);
    await expect(page.locator('.result-count')).toHaveText(resultCount(1));
    await expect(boxes(page)).toHaveCount(1);
    await expect(boxes(page).first()).toHaveAttribute('data-id', slug);

    await boxes(page).first().click();
    await expect(panel(page).locator('h2')).toHaveText(statement.title);
    const passage = panel(page).getByRole('link', { name: new RegExp(term) });
    await expect(passage).toHaveAttribute('href', `/statements/${slug}#${anchor}`);
    await expect(passage.locator('mark').first()).toHaveText(term);
    await passage.click();
    await expect(page).toHaveURL(new RegExp(`/statements/${slug}#${anchor}$`));
    await expect(page.locator(`[id="${anchor}"]`)).toContainText(term);
  });

  test('the list view and /api/events agree with the timeline', async ({ page, request }) => {
    await page.goto(`/?view=list&q=${encodeURIComponent(term)}`);
    await expect(page.locator('.result-count')).toHaveText(resultCount(1));
    await expect(page.locator('.event-list article')).toHaveCount(1);
    await expect(page.locator('.event-list article')).toContainText(statement.title);

    const api = await (await request.get(`/api/events?q=${encodeURIComponent(term)}`)).json();
    expect(api.count).toBe(1);
    expect(api.events.map((e: { id: string }) => e.id)).toEqual([slug]);
    // An exclusion of the same term leaves nothing, on both.
    const excluded = await (await request.get(`/api/events?q=${encodeURIComponent(`${term} -${term}`)}`)).json();
    expect(excluded.count).toBe(0);
  });
});

test.describe('related links show their evidence', () => {
  test('an event page names the evidence paragraph of its related statement, and the link lands on it', async ({ page }) => {
    await page.goto(`/events/${eventId}`);
    const link = page.locator(`a[href="/statements/${relatedSlug}#${evidence.anchors[0]}"]`).first();
    await expect(link).toBeVisible();
    await link.click();
    await expect(page).toHaveURL(new RegExp(`#${evidence.anchors[0]}$`));
    await expect(page.locator(`[id="${evidence.anchors[0]}"]`)).toBeInViewport();
  });

  test('the detail panel and the statement page show the same evidence', async ({ page }) => {
    await page.goto(`/?event=${eventId}`);
    await expect(panel(page).locator(`a[href="/statements/${relatedSlug}#${evidence.anchors[0]}"]`).first()).toBeVisible();
    await page.goto(`/statements/${relatedSlug}`);
    const related = page.locator('section[aria-labelledby="related-events"]');
    await expect(related.locator(`a[href="#${evidence.anchors[0]}"]`).first()).toBeVisible();
  });
});
