import { expect, test } from '@playwright/test';
import { PRESETS, SEED_FEATURES, dragWidthTo, elementReport, featuresTable, standIn, standInFrame, watchFrameLoads } from './demo-page.js';

test.beforeEach(async ({ page }) => {
  await page.goto('/demo/');
  await expect(page.locator('#meeting')).toHaveAttribute('state', 'ready');
  // The demo's meeting docks by itself (dock="auto") when the page scrolls to the forms
  // below it, and the docked meeting can cover what a test clicks there: these tests are
  // about the forms and the sizes, so docking by itself is turned off (the demo's own
  // checkbox does the same, but it sits at the end of the long page).
  await page.locator('#meeting').evaluate((el) => el.setAttribute('dock', 'off'));
});

test.describe('the demo page', () => {
  test('plays the stand-in meeting camera inside the element, on a second origin', async ({ page }) => {
    const frame = await standInFrame(page);
    expect(new URL(frame.url()).origin).not.toBe(new URL(page.url()).origin);
    await expect.poll(async () => (await standIn(frame)).videoWidth).toBeGreaterThan(0);
    const state = await standIn(frame);
    expect(state.media).toBe('live');
    expect(state.tracks.sort()).toEqual(['audio', 'video']);
    await expect(frame.locator('.banner')).toContainText('not a Vonage service');
  });

  test('changes the tier and the features table as the handle is dragged across every tier', async ({ page }) => {
    const steps = [
      { width: 340, tier: 'too-small' },
      { width: 420, tier: 'small' },
      { width: 540, tier: 'medium' },
      { width: 720, tier: 'large' },
      { width: 499, tier: 'small' },
      { width: 500, tier: 'medium' },
    ] as const;
    for (const { width, tier } of steps) {
      await dragWidthTo(page, width);
      await expect(page.locator('#meeting'), `at ${width} px`).toHaveAttribute('tier', tier);
      await expect(page.locator('#tier-pill')).toHaveText(`tier ${tier}`);
      const expected = tier === 'too-small' ? Object.fromEntries(Object.keys(SEED_FEATURES.small).map((f) => [f, false])) : SEED_FEATURES[tier];
      await expect.poll(() => featuresTable(page), { message: `features table at ${width} px` }).toEqual(expected);
      const available = Object.values(expected).filter(Boolean).length;
      await expect(page.locator('#feature-count')).toHaveText(`${available} of 10`);
    }
  });

  test('agrees with the stand-in meeting page at every preset, and saves a screenshot of each', async ({ page }, testInfo) => {
    const frame = await standInFrame(page);
    for (const preset of PRESETS) {
      await page.getByRole('button', { name: new RegExp(`${preset.width}$`) }).click();
      await expect(page.locator('#meeting')).toHaveAttribute('tier', preset.tier);
      // The stand-in computes its own tier and features from its own width and copy of the table.
      await expect.poll(async () => (await standIn(frame)).width, { message: `stand-in width at ${preset.name}` }).toBe(preset.width);
      const element = await elementReport(page);
      const own = await standIn(frame);
      expect(element.width).toBe(preset.width);
      expect(own.tier).toBe(element.tier);
      expect(own.features).toEqual(element.features);
      expect(element.features).toEqual(SEED_FEATURES[preset.tier]);
      expect(await featuresTable(page)).toEqual(element.features);
      await expect(frame.locator('html')).toHaveAttribute('data-tier', preset.tier);

      await page.screenshot({ path: testInfo.outputPath(`preset-${preset.name}-${preset.width}.png`), fullPage: true });
    }
  });

  test('keeps the same meeting frame, never reloading it, across every resize', async ({ page }) => {
    const before = await watchFrameLoads(page);
    const iframe = await page.locator('vonage-meeting iframe').elementHandle();
    for (const width of [700, 450, 330, 560, 1000]) await dragWidthTo(page, width);
    for (const preset of PRESETS) {
      await page.getByRole('button', { name: new RegExp(`${preset.width}$`) }).click();
      await expect(page.locator('#meeting')).toHaveAttribute('tier', preset.tier);
    }
    await page.locator('#width-slider').fill('300');
    await expect(page.locator('#meeting')).toHaveAttribute('tier', 'too-small');
    await page.locator('#handle').focus();
    await page.keyboard.press('End');
    await expect(page.locator('#meeting')).toHaveAttribute('tier', 'large');

    const frame = await standInFrame(page);
    expect((await standIn(frame)).timeOrigin, 'the frame document is the one it started with').toBe(before.timeOrigin);
    expect(before.loads, 'frame loads after the first').toBe(0);
    expect(await iframe!.evaluate((el, current) => el === current, await page.locator('vonage-meeting iframe').elementHandle())).toBe(true);
    await expect(page.locator('#log li[data-event="load"]')).toHaveCount(1);
  });

  test('counts a new frame load when the meeting is left and joined again', async ({ page }) => {
    const before = await watchFrameLoads(page);
    await page.getByRole('button', { name: 'Leave', exact: true }).click();
    await expect(page.locator('#meeting')).toHaveAttribute('state', 'left');
    await expect(page.locator('vonage-meeting iframe')).toHaveCount(0);
    await expect(page.locator('#log li[data-event="leave"]')).toHaveCount(1);

    await page.getByRole('button', { name: 'Join', exact: true }).click();
    await expect(page.locator('#meeting')).toHaveAttribute('state', 'ready');
    const frame = await standInFrame(page);
    expect((await standIn(frame)).timeOrigin).not.toBe(before.timeOrigin);
    expect(before.loads).toBe(1);
    await expect(page.locator('#log li[data-event="load"]')).toHaveCount(2);
  });

  test('logs the vonage-meeting events it receives, newest first', async ({ page }) => {
    await expect(page.locator('#log li').last()).toHaveAttribute('data-event', 'tier-change');
    await expect(page.locator('#log li').last()).toContainText('(first measure) → large at 1024 px, 10 of 10 features');
    await expect(page.locator('#log li[data-event="load"]')).toHaveCount(1);
    // A drag from large to small passes through medium: one event per tier crossed.
    await dragWidthTo(page, 450);
    const entries = page.locator('#log li');
    await expect(entries.nth(0)).toContainText(/tier-change\s*medium → small at \d+ px, 3 of 10 features/);
    await expect(entries.nth(1)).toContainText(/tier-change\s*large → medium at \d+ px, 6 of 10 features/);
    // Resizing within a tier is not a change.
    await dragWidthTo(page, 470);
    await expect(page.locator('#log li[data-event="tier-change"]')).toHaveCount(3);
  });

  test('tells when a required feature does not fit the size', async ({ page }) => {
    await page.getByRole('checkbox', { name: /Require screen sharing/ }).check();
    await expect(page.locator('#meeting')).toHaveAttribute('required-features', 'share-screen');
    await expect(page.locator('#log li[data-event="feature-unavailable"]')).toHaveCount(0);
    await dragWidthTo(page, 450);
    await expect(page.locator('#log li[data-event="feature-unavailable"]').first()).toContainText('Share screen not available at small');
    await expect(page.locator('#meeting').locator('[part="notice"]')).toContainText(/500/);
  });

  test('refuses a meeting URL whose host is not allowed, and shows why', async ({ page }) => {
    await page.getByRole('textbox', { name: 'Meeting URL', exact: true }).fill('https://meetings.example.com/365658578');
    await page.getByRole('button', { name: 'Open URL' }).click();
    await expect(page.locator('#meeting')).toHaveAttribute('state', 'error');
    await expect(page.locator('vonage-meeting iframe')).toHaveCount(0);
    // The form is below the meeting: scrolled to, the meeting had docked (dock="auto"), and
    // the error takes it back to its place, so a tier change may follow the error.
    await expect(page.locator('#log li[data-event="error"]')).toHaveCount(1);
    await expect(page.locator('#log li[data-event="error"]')).toContainText('host-not-allowed');
    await expect(page.locator('#error-line')).toContainText('host-not-allowed');

    await page.getByRole('button', { name: 'Back to the stand-in' }).click();
    await expect(page.locator('#meeting')).toHaveAttribute('state', 'ready');
    await expect(page.locator('#error-line')).toBeHidden();
  });

  test('opens the room object with the link of the chosen role', async ({ page }) => {
    await page.getByRole('radio', { name: 'Host' }).check();
    await page.getByRole('button', { name: 'Open room' }).click();
    await expect(page.locator('vonage-meeting iframe')).toHaveAttribute('src', /participant_token=/);
    let frame = await standInFrame(page);
    expect((await standIn(frame)).role).toBe('host');
    await expect(page.locator('vonage-meeting iframe')).toHaveAttribute('title', 'Local stand-in meeting');

    await page.getByRole('radio', { name: 'Guest' }).check();
    await page.getByRole('button', { name: 'Open room' }).click();
    await expect(page.locator('vonage-meeting iframe')).toHaveAttribute('src', /meeting_code=365658578/);
    frame = await standInFrame(page);
    expect((await standIn(frame)).role).toBe('guest');
  });

  test('says so when the room object is not JSON', async ({ page }) => {
    await page.getByRole('textbox', { name: /^Room/ }).fill('{ "_links": ');
    await page.getByRole('button', { name: 'Open room' }).click();
    await expect(page.locator('#room-error')).toContainText('Not valid JSON');
    await expect(page.locator('#meeting')).toHaveAttribute('state', 'ready');
  });

  test('reports this browser as supported', async ({ page }) => {
    await expect(page.locator('#support-status')).toHaveText('supported');
    await expect(page.locator('#support-facts')).toContainText(/chrom/i);
  });

  test('delegates screen sharing to the stand-in meeting', async ({ page }) => {
    const frame = await standInFrame(page);
    await frame.getByRole('button', { name: 'Share screen' }).click();
    await expect.poll(async () => (await standIn(frame)).share).toBe('sharing');
    await expect(frame.locator('#share-status')).toContainText('Sharing your screen');
  });
});

test.describe('the demo page on a phone', () => {
  test.use({ viewport: { width: 375, height: 812 } });

  test('gives the meeting the full width of the screen, at the small tier', async ({ page }, testInfo) => {
    const frame = await standInFrame(page);
    const width = await page.evaluate(() => document.documentElement.clientWidth);
    expect((await elementReport(page)).width).toBe(width);
    await expect(page.locator('#meeting')).toHaveAttribute('tier', 'small');
    await expect.poll(async () => (await standIn(frame)).tier).toBe('small');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(width);
    await page.screenshot({ path: testInfo.outputPath('phone-screen-375.png'), fullPage: true });
  });
});

test('the join-on-click example waits, asks nothing of the meeting, and joins on its button', async ({ page }) => {
  const standInRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('meeting_code=222333444')) standInRequests.push(request.url());
  });
  await page.goto('/demo/');
  const meeting = page.locator('#click-meeting');
  await expect(meeting).toHaveAttribute('state', 'waiting');
  await expect(meeting.getByText('Local stand-in meeting (join on click)')).toBeVisible();
  await meeting.hover();
  await expect(page.locator('head link[rel="preconnect"]')).toHaveCount(1);
  expect(standInRequests).toEqual([]);
  await meeting.getByRole('button', { name: 'Join the meeting' }).click();
  await expect(meeting).toHaveAttribute('state', 'ready');
  expect(standInRequests).toHaveLength(1);
  // Focus is in the meeting: the page's focus is on the element, the element's on its frame.
  expect(await meeting.evaluate((el) => [document.activeElement === el, el.shadowRoot!.activeElement?.localName])).toEqual([true, 'iframe']);
});
