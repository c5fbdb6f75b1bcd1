// What the end-to-end tests need to read and drive on the demo pages.
import { expect, type Frame, type Page } from '@playwright/test';
import type { StandInState } from '../../demo/stand-in/stand-in.js';
import type { Features, Tier } from '../../src/view/tiers.js';

export type { StandInState };

/** The seed's table, written out here so the tests do not trust the code they test. */
export const SEED_FEATURES: Record<Exclude<Tier, 'too-small'>, Features> = {
  small: {
    microphone: true,
    video: true,
    record: false,
    shareScreen: false,
    reactions: false,
    privacy: false,
    whiteboard: false,
    watchTogether: false,
    roundTable: false,
    endMeeting: true,
  },
  medium: {
    microphone: true,
    video: true,
    record: true,
    shareScreen: true,
    reactions: false,
    privacy: true,
    whiteboard: false,
    watchTogether: false,
    roundTable: false,
    endMeeting: true,
  },
  large: {
    microphone: true,
    video: true,
    record: true,
    shareScreen: true,
    reactions: true,
    privacy: true,
    whiteboard: true,
    watchTogether: true,
    roundTable: true,
    endMeeting: true,
  },
};

export const PRESETS = [
  { name: 'phone', width: 375, tier: 'small' },
  { name: 'small-tablet', width: 560, tier: 'medium' },
  { name: 'laptop', width: 1024, tier: 'large' },
] as const;

/** The stand-in meeting page inside the element's frame, once it is there. */
export async function standInFrame(page: Page): Promise<Frame> {
  const iframe = page.locator('vonage-meeting iframe');
  await expect(iframe).toHaveCount(1);
  const frame = await (await iframe.elementHandle())!.contentFrame();
  if (!frame) throw new Error('the meeting iframe has no frame');
  await frame.waitForFunction(() => 'standIn' in window);
  return frame;
}

/** What the stand-in page reports about itself. */
export function standIn(frame: Frame): Promise<StandInState> {
  return frame.evaluate(() => ({ ...(window as unknown as { standIn: StandInState }).standIn }));
}

/** The element's own report: its reflected tier and its `features` property. */
export async function elementReport(page: Page): Promise<{ tier: string | null; features: Features; width: number }> {
  return page.locator('#meeting').evaluate((el) => {
    const meeting = el as HTMLElementTagNameMap['vonage-meeting'];
    return { tier: meeting.getAttribute('tier'), features: { ...meeting.features }, width: meeting.getBoundingClientRect().width };
  });
}

/** The demo's features table, as `{ feature: available }`. */
export function featuresTable(page: Page): Promise<Record<string, boolean>> {
  return page.locator('#features tbody tr').evaluateAll((rows) =>
    Object.fromEntries(rows.map((row) => [(row as HTMLElement).dataset.feature!, (row as HTMLElement).dataset.available === 'true'])),
  );
}

/** Drags the handle on the element's edge with the mouse until the element is `width` wide. */
export async function dragWidthTo(page: Page, width: number) {
  const meeting = (await page.locator('#meeting').boundingBox())!;
  const handle = (await page.locator('#handle').boundingBox())!;
  const x = handle.x + handle.width / 2;
  const y = handle.y + handle.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + (width - meeting.width), y, { steps: 5 });
  await page.mouse.up();
  await expect.poll(async () => (await page.locator('#meeting').boundingBox())!.width).toBe(width);
}

/**
 * Counts every document the meeting frame loads from now on, and remembers the current
 * document's time origin: a reloaded or replaced frame has a new one.
 */
export async function watchFrameLoads(page: Page) {
  let loads = 0;
  page.on('framenavigated', (frame) => {
    if (frame !== page.mainFrame() && frame.url().includes('/demo/stand-in/')) loads++;
  });
  const frame = await standInFrame(page);
  const timeOrigin = (await standIn(frame)).timeOrigin;
  return {
    get loads() {
      return loads;
    },
    timeOrigin,
  };
}
