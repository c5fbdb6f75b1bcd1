// The demo as a single-page app of two pages: the meeting is written once, outside the
// router's outlet, and shown over the meeting page's <vonage-meeting-place>; the notes page
// has no place, so the call goes on docked, in the same frame document, until the user
// returns.
import { expect, test, type Page } from '@playwright/test';
import { standIn, standInFrame, watchFrameLoads } from './demo-page.js';

type Meeting = HTMLElementTagNameMap['vonage-meeting'];

const nav = (page: Page) => page.getByRole('navigation', { name: 'Demo pages' });
const meeting = (page: Page) => page.locator('#meeting');
const placeInUse = (page: Page) => meeting(page).evaluate((el) => (el as Meeting).place?.id ?? null);

/** The meeting's box and its place's, as the page lays them out. */
function boxes(page: Page) {
  return page.evaluate(() => {
    const box = (el: Element) => {
      const { top, left, width, height } = el.getBoundingClientRect();
      return { top, left, width, height };
    };
    const placed = document.getElementById('meeting')!;
    const place = document.getElementById('place');
    return { meeting: box(placed), place: place && box(place) };
  });
}

/** The meeting is back over its place: the place's box within 1 px, not docked, the place's tier. */
async function expectInPlace(page: Page, width: number, tier: string) {
  await expect(page.locator('#place')).toHaveCount(1);
  await expect(meeting(page)).not.toHaveAttribute('docked');
  await expect(meeting(page)).toHaveAttribute('tier', tier);
  expect(await placeInUse(page)).toBe('place');
  await expect
    .poll(async () => {
      const { meeting: shown, place } = await boxes(page);
      return Math.max(...(['top', 'left', 'width', 'height'] as const).map((side) => Math.abs(shown[side] - place![side])));
    }, { message: "the meeting's box against its place's" })
    .toBeLessThanOrEqual(1);
  expect((await boxes(page)).place!.width).toBe(width);
}

/** The notes page is shown, alone, and the meeting is docked with its way back. */
async function expectNotesPage(page: Page) {
  await expect(page).toHaveURL(/#\/notes$/);
  await expect(page.getByRole('heading', { name: 'Notes', level: 2 })).toBeVisible();
  await expect(page.locator('#stage-title')).toHaveCount(0);
  await expect(page.locator('vonage-meeting-place')).toHaveCount(0);
  await expect(nav(page).getByRole('link', { name: 'Notes' })).toHaveAttribute('aria-current', 'page');
  await expect(nav(page).getByRole('link', { name: 'Meeting' })).not.toHaveAttribute('aria-current');
  await expect(meeting(page)).toHaveAttribute('docked', '');
  expect(await placeInUse(page)).toBeNull();
  await expect(meeting(page).getByRole('button', { name: 'Return to the meeting' })).toBeVisible();
}

test.describe('from the meeting page', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/demo/');
    await expect(meeting(page)).toHaveAttribute('state', 'ready');
    await expect(meeting(page)).toHaveAttribute('tier', 'large');
  });

  test('the notes page docks the call in the same frame document, and "Return to the meeting" puts it back in its place', async ({ page }) => {
    // A width of the medium tier, so that coming back shows the place's tier, not the dock's.
    await page.getByRole('button', { name: /560$/ }).click();
    await expectInPlace(page, 560, 'medium');
    const frame = await standInFrame(page);
    await expect.poll(async () => (await standIn(frame)).width).toBe(560);
    const before = await standIn(frame);
    expect(before.loads, "the stand-in counts its loads in this tab's storage").toBeGreaterThanOrEqual(1);
    const watched = await watchFrameLoads(page);
    const iframe = await page.locator('#meeting iframe').elementHandle();

    await nav(page).getByRole('link', { name: 'Notes' }).click();
    await expectNotesPage(page);
    await expect(page.getByRole('heading', { name: 'Notes', level: 2 })).toBeFocused();
    // Docked, the meeting is as wide as the small tier, in the corner of the window.
    await expect(meeting(page)).toHaveAttribute('tier', 'small');
    await expect.poll(async () => (await standIn(frame)).width).toBe(360);
    const docked = await standIn(frame);
    expect(docked.timeOrigin, 'the frame document is the one it started with').toBe(before.timeOrigin);
    expect(docked.loads, "the stand-in's own count of its loads").toBe(before.loads);

    await meeting(page).getByRole('button', { name: 'Return to the meeting' }).click();
    await expect(page).toHaveURL(/#\/$/);
    await expect(page.locator('#stage-title')).toBeFocused();
    await expect(nav(page).getByRole('link', { name: 'Meeting' })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('heading', { name: 'Notes', level: 2 })).toHaveCount(0);
    await expectInPlace(page, 560, 'medium');
    await expect(meeting(page).getByRole('button', { name: 'Return to the meeting' })).toHaveCount(0);
    await expect.poll(async () => (await standIn(frame)).width).toBe(560);
    const back = await standIn(frame);
    expect(back.timeOrigin, 'the frame document is the one it started with').toBe(before.timeOrigin);
    expect(back.loads).toBe(before.loads);
    expect(back.tier).toBe('medium');
    expect(watched.loads, 'frame loads after the first').toBe(0);
    expect(await iframe!.evaluate((el, current) => el === current, await page.locator('#meeting iframe').elementHandle())).toBe(true);

    // The meeting page's event log was kept while it was away, and saw the round trip.
    await expect(page.locator('#log li[data-event="return"]')).toHaveCount(1);
    await expect(page.locator('#log li[data-event="dock-change"]').nth(0)).toContainText('Back in its place.');
    await expect(page.locator('#log li[data-event="dock-change"]').nth(1)).toContainText('Docked to a corner');
    await expect(page.locator('#log li[data-event="load"]')).toHaveCount(1);
  });

  test('the nav links switch the pages both ways, and so do the browser\'s back and forward', async ({ page }) => {
    const frame = await standInFrame(page);
    const { timeOrigin } = await standIn(frame);
    const width = (await boxes(page)).place!.width;
    await expect(nav(page).getByRole('link', { name: 'Meeting' })).toHaveAttribute('aria-current', 'page');

    await nav(page).getByRole('link', { name: 'Notes' }).click();
    await expectNotesPage(page);

    await nav(page).getByRole('link', { name: 'Meeting' }).click();
    await expect(page).toHaveURL(/#\/$/);
    await expect(page.locator('#stage-title')).toBeFocused();
    await expect(nav(page).getByRole('link', { name: 'Meeting' })).toHaveAttribute('aria-current', 'page');
    await expect(nav(page).getByRole('link', { name: 'Notes' })).not.toHaveAttribute('aria-current');
    await expectInPlace(page, width, 'large');

    await page.goBack();
    await expectNotesPage(page);
    await page.goForward();
    await expect(page).toHaveURL(/#\/$/);
    await expectInPlace(page, width, 'large');
    expect((await standIn(frame)).timeOrigin).toBe(timeOrigin);
  });
});

test('a link straight to the notes page finds the call docked, and its bar leads to the meeting page', async ({ page }) => {
  await page.goto('/demo/#/notes');
  await expect(meeting(page)).toHaveAttribute('state', 'ready');
  await expectNotesPage(page);
  await expect(page).toHaveTitle(/^Notes · /);
  const frame = await standInFrame(page);
  const { timeOrigin } = await standIn(frame);

  await meeting(page).getByRole('button', { name: 'Return to the meeting' }).click();
  await expect(page).toHaveTitle(/^Meeting · /);
  await expectInPlace(page, (await boxes(page)).place!.width, 'large');
  expect((await standIn(frame)).timeOrigin).toBe(timeOrigin);
});
