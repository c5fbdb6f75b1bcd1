import { expect, test, type Page } from '@playwright/test';

// What the element does to the embedding page beyond its own box, seen as a user's
// browser shows it: console warnings about the frame's permissions policy, and the
// browser's own "Leave site?" dialog.

const POLICY_WARNING = /Unrecognized feature|allowfullscreen|Feature Policy/i;

async function consoleOf(page: Page) {
  const messages: string[] = [];
  page.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
  return messages;
}

test('the default allow list makes the engine log no unrecognised-feature warning', async ({ page }) => {
  const messages = await consoleOf(page);
  await page.goto('/demo/script-tag.html');
  await expect(page.locator('#meeting')).toHaveAttribute('state', 'ready');
  const allow = await page.locator('#meeting').evaluate((el) => el.shadowRoot!.querySelector('iframe')!.getAttribute('allow'));
  expect(allow).toBe('camera; microphone; display-capture; fullscreen; screen-wake-lock; speaker-selection; clipboard-write; autoplay');
  expect(messages.filter((m) => POLICY_WARNING.test(m))).toEqual([]);
});

test('a page-given token the engine does not know is warned about (so the test above can see one)', async ({ page }) => {
  const messages = await consoleOf(page);
  await page.goto('/demo/script-tag.html');
  await expect(page.locator('#meeting')).toHaveAttribute('state', 'ready');
  await page.locator('#meeting').evaluate((el) => el.setAttribute('allow', 'camera; microphone; speaker'));
  await expect.poll(() => messages.filter((m) => POLICY_WARNING.test(m)).length).toBeGreaterThan(0);
  expect(messages.find((m) => POLICY_WARNING.test(m))).toContain("'speaker'");
});

async function dialogsOf(page: Page) {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.type());
    dialog.accept();
  });
  return dialogs;
}

/** Navigates away the way a user does, after a click on the page (browsers ask only then). */
async function leaveThePage(page: Page) {
  await page.locator('h1').first().click();
  await page.evaluate(() => setTimeout(() => (location.href = '/demo/favicon.svg')));
  await page.waitForURL(/favicon\.svg$/);
}

test('confirm-leave: leaving during a meeting raises the browser’s beforeunload dialog', async ({ page }) => {
  const dialogs = await dialogsOf(page);
  await page.goto('/demo/script-tag.html');
  const meeting = page.locator('#meeting');
  await expect(meeting).toHaveAttribute('state', 'ready');
  await meeting.evaluate((el) => el.setAttribute('confirm-leave', ''));
  await leaveThePage(page);
  expect(dialogs).toEqual(['beforeunload']);
});

test('confirm-leave: no dialog after leave(), nor without the attribute', async ({ page }) => {
  const dialogs = await dialogsOf(page);
  await page.goto('/demo/script-tag.html');
  const meeting = page.locator('#meeting');
  await expect(meeting).toHaveAttribute('state', 'ready');
  await meeting.evaluate((el) => {
    el.setAttribute('confirm-leave', '');
    (el as HTMLElement & { leave(): void }).leave();
  });
  await expect(meeting).toHaveAttribute('state', 'left');
  await leaveThePage(page);
  await page.goto('/demo/script-tag.html');
  await expect(page.locator('#meeting')).toHaveAttribute('state', 'ready');
  await leaveThePage(page);
  expect(dialogs).toEqual([]);
});
