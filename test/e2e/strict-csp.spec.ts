import { expect, test, type Page } from '@playwright/test';
import { standIn, standInFrame } from './demo-page.js';

// Every script and style of the demo lives in a file, so the page, and the element in it,
// run under a strict Content-Security-Policy: nothing inline, nothing from elsewhere. The
// test server sends that policy for a page asked for with `?csp`.
async function collectViolations(page: Page) {
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation(text: string): void }).reportViolation(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return violations;
}

test('runs the demo page under a strict Content-Security-Policy', async ({ page }) => {
  const violations = await collectViolations(page);
  const response = await page.goto('/demo/?csp');
  expect(response!.headers()['content-security-policy']).toContain("script-src 'self'; style-src 'self'");
  await expect(page.locator('#meeting')).toHaveAttribute('state', 'ready');
  await page.getByRole('button', { name: /560$/ }).click();
  await expect(page.locator('#meeting')).toHaveAttribute('tier', 'medium');
  await expect(page.locator('#features tr[data-feature="shareScreen"]')).toHaveAttribute('data-available', 'true');
  const frame = await standInFrame(page);
  await expect.poll(async () => (await standIn(frame)).videoWidth).toBeGreaterThan(0);
  await expect(page.locator('#log li[data-event="load"]')).toHaveCount(1);
  expect(violations).toEqual([]);
});

test('runs the script-tag page under a strict Content-Security-Policy', async ({ page }) => {
  const violations = await collectViolations(page);
  const response = await page.goto('/demo/script-tag.html?csp');
  expect(response!.headers()['content-security-policy']).toContain("script-src 'self'; style-src 'self'");
  await expect(page.locator('#meeting')).toHaveAttribute('state', 'ready');
  await expect(page.locator('#meeting')).toHaveAttribute('tier', 'large');
  const frame = await standInFrame(page);
  await expect.poll(async () => (await standIn(frame)).videoWidth).toBeGreaterThan(0);
  expect(violations).toEqual([]);
});
