// The too-small and unsupported notices in English, German and Arabic, as a page that
// uses the script tag sees them: the self-contained bundle, then a language's own module
// from dist/locales/ (two copies of the catalogue module, one registry), arriving after
// the element rendered. The screenshots are artifacts under .test-results/screenshots/i18n/;
// the assertions say what they show.
import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

const OUT = '.test-results/screenshots/i18n';
const LANGUAGES = ['en', 'de', 'ar'] as const;
type Lang = (typeof LANGUAGES)[number];

// What each language must say, written out here rather than read from the catalogues.
const TOO_SMALL: Record<Lang, RegExp> = {
  en: /at least 360 px wide: make it 40 px wider/,
  de: /mindestens 360 px Breite: Machen Sie sie 40 px breiter/,
  ar: /عرض الاجتماع عن 360 بكسل: وسِّعه بمقدار 40 بكسل/,
};
const UNSUPPORTED: Record<Lang, RegExp> = {
  en: /cannot run in this browser/,
  de: /kann in diesem Browser nicht laufen/,
  ar: /لا يمكن تشغيل الاجتماع في هذا المتصفح/,
};

// Internet Explorer 11: no WebRTC, so the element shows its fallback instead of the frame.
const IE11 = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko';

/** The notices page (test/fixtures/notices.html) in a language, with the element this wide. */
async function open(page: Page, lang: Lang, width: number) {
  await page.goto(`/test/fixtures/notices.html?lang=${lang}&width=${width}`);
  await expect(page.locator('body[data-ready]')).toHaveCount(1);
}

test.beforeAll(() => mkdirSync(OUT, { recursive: true }));

for (const lang of LANGUAGES) {
  test(`too-small notice in ${lang}: over the live meeting, in the language, laid out ${lang === 'ar' ? 'right to left' : 'left to right'}`, async ({ page }) => {
    await open(page, lang, 320);
    const meeting = page.locator('vonage-meeting');
    await expect(meeting).toHaveAttribute('state', 'ready');
    await expect(meeting).toHaveAttribute('tier', 'too-small');
    const notice = meeting.locator('.notices [part~="notice"]');
    await expect(notice).toHaveText(TOO_SMALL[lang]);
    const layout = await notice.evaluate((el) => {
      // The last line of the wrapped text is the short one: it shows which side lines start on.
      const range = document.createRange();
      range.selectNodeContents(el.querySelector('span')!);
      const lines = [...range.getClientRects()];
      const last = lines[lines.length - 1];
      const box = el.getBoundingClientRect();
      return { direction: getComputedStyle(el).direction, lines: lines.length, left: last.left - box.left, right: box.right - last.right };
    });
    expect(layout.direction).toBe(lang === 'ar' ? 'rtl' : 'ltr');
    expect(layout.lines).toBeGreaterThan(1);
    // Lines start at the inline start: the right edge in Arabic, the left edge otherwise.
    if (lang === 'ar') expect(layout.right).toBeLessThan(layout.left);
    else expect(layout.left).toBeLessThan(layout.right);
    await expect(meeting.locator('iframe')).toHaveAttribute('title', { en: 'Video meeting', de: 'Videokonferenz', ar: 'اجتماع فيديو' }[lang]);
    await meeting.screenshot({ path: `${OUT}/too-small-${lang}.png` });
  });

  test(`unsupported fallback in ${lang}: what is wrong and what to do, in the language`, async ({ page }) => {
    await page.addInitScript((ua) => {
      Object.defineProperty(Navigator.prototype, 'userAgent', { get: () => ua });
      Object.defineProperty(Navigator.prototype, 'userAgentData', { get: () => undefined });
    }, IE11);
    await open(page, lang, 480);
    const meeting = page.locator('vonage-meeting');
    await expect(meeting).toHaveAttribute('state', 'unsupported');
    const fallback = meeting.locator('[part~="notice"][role="alert"]');
    await expect(fallback).toHaveText(UNSUPPORTED[lang]);
    await expect(fallback).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
    await expect(fallback).toHaveAttribute('lang', lang);
    // Internet Explorer cannot run the meeting in any tab: no link to open one.
    await expect(fallback.getByRole('link')).toHaveCount(0);
    await expect(meeting.locator('iframe')).toHaveCount(0);
    await meeting.screenshot({ path: `${OUT}/unsupported-${lang}.png` });
  });
}
