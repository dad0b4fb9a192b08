import { expect, test } from '@playwright/test';

test('the home page shows the app name and the timeline area', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/日本・NATO\/EU 安全保障クロノロジー/);
  await expect(page.getByRole('link', { name: '日本・NATO/EU 安全保障クロノロジー' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'タイムライン' })).toBeVisible();
  await expect(page.getByRole('contentinfo')).toContainText('出典');
});
