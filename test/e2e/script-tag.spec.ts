import { expect, test } from '@playwright/test';
import { standIn, standInFrame } from './demo-page.js';

test('runs the element from the self-contained bundle in a plain script tag', async ({ page }) => {
  const scripts: string[] = [];
  // Every request in the order the browser made it: the meeting's document and the scripts.
  const order: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script' && request.frame() === page.mainFrame()) order.push(new URL(request.url()).pathname), scripts.push(new URL(request.url()).pathname);
    if (request.resourceType() === 'document' && request.frame() !== page.mainFrame()) order.push('meeting');
  });
  await page.goto('/demo/script-tag.html');
  await expect(page.locator('#meeting')).toHaveAttribute('state', 'ready');
  await expect(page.locator('#meeting')).toHaveAttribute('tier', 'large');

  // The page's own scripts, the dev server's client aside: the bundle and a few plain lines,
  // nothing from src/ or from a package.
  const devServer = (path: string) => path.startsWith('/@vite/') || path.startsWith('/node_modules/vite/');
  // What is optional comes from beside the bundle, and only after the meeting's own request.
  const onDemand = (path: string) => path.startsWith('/dist/bundle/');
  expect(scripts.filter((path) => !devServer(path) && !onDemand(path))).toEqual(['/dist/vonage-meeting.bundle.js', '/demo/script-tag.js']);
  await expect.poll(() => scripts.filter(onDemand)).toContain('/dist/bundle/permission-controller.js');
  const firstOnDemand = order.findIndex(onDemand);
  expect(order.indexOf('meeting'), 'the meeting is requested').toBeGreaterThanOrEqual(0);
  expect(order.indexOf('meeting'), 'before anything on demand').toBeLessThan(firstOnDemand);

  const frame = await standInFrame(page);
  await expect.poll(async () => (await standIn(frame)).videoWidth).toBeGreaterThan(0);
  await expect(page.locator('#tier-pill')).toHaveText('tier large');
});
