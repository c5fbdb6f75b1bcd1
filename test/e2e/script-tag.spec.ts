import { expect, test } from '@playwright/test';
import { standIn, standInFrame } from './demo-page.js';

test('runs the element from the self-contained bundle in a plain script tag', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script' && request.frame() === page.mainFrame()) scripts.push(new URL(request.url()).pathname);
  });
  await page.goto('/demo/script-tag.html');
  await expect(page.locator('#meeting')).toHaveAttribute('state', 'ready');
  await expect(page.locator('#meeting')).toHaveAttribute('tier', 'large');

  // The page's own scripts, the dev server's client aside: the bundle and a few plain lines,
  // nothing from src/ or from a package.
  const devServer = (path: string) => path.startsWith('/@vite/') || path.startsWith('/node_modules/vite/');
  // What the first frame does not need comes after it, from beside the bundle.
  const onDemand = (path: string) => path.startsWith('/dist/bundle/');
  expect(scripts.filter((path) => !devServer(path) && !onDemand(path))).toEqual(['/dist/vonage-meeting.bundle.js', '/demo/script-tag.js']);
  expect(scripts.filter(onDemand).map((path) => path.replace(/-\w+\.js$/, ''))).toEqual(expect.arrayContaining(['/dist/bundle/english', '/dist/bundle/later-styles']));

  const frame = await standInFrame(page);
  await expect.poll(async () => (await standIn(frame)).videoWidth).toBeGreaterThan(0);
  await expect(page.locator('#tier-pill')).toHaveText('tier large');
});
