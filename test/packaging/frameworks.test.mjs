// The README's recipes, built from the packed package and run in Chromium: each shows the
// meeting in its frame and the app's own handler hears the element's event; the router
// recipes keep an in-app link from leaving the meeting until it is left, and leaving the
// route hangs the meeting up before the element is removed; the "keep the call" recipes
// keep one meeting document through every route.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { APP, prepared } from './setup.mjs';
import { launchChromium, meetingFrameShown, ngc, nodeInApp, openPage, serveApp, viteBuild } from './harness.mjs';

const GUEST_URL = 'https://meetings.vonage.com/365658578';
const TIMEOUT = { timeout: 90000 };

describe('the README recipes, from the packed package, in Chromium', () => {
  let server;
  let chromium;
  before(async () => {
    prepared();
    server = await serveApp();
    chromium = await launchChromium();
  });
  after(async () => {
    await chromium?.close();
    await server?.close();
  });

  /** Opens a page of the app; asserts the frame shows the meeting at `src` and the app logged 'meeting loaded'. */
  async function showsTheMeeting(path, src = GUEST_URL) {
    const { page, errors, waitForLog } = await openPage(chromium.context, `${server.origin}/${path}`);
    try {
      assert.equal(await meetingFrameShown(page), src);
      await waitForLog('meeting loaded');
      assert.equal(await page.evaluate(() => customElements.get('vonage-meeting') === document.querySelector('vonage-meeting')?.constructor), true, 'the element is upgraded');
      assert.deepEqual(errors, []);
      return page;
    } finally {
      await page.close();
    }
  }

  /**
   * Opens a router recipe's page (the meeting at #/, a link #elsewhere to #/elsewhere) and
   * asserts that while the meeting is ready, following the link asks window.confirm (which
   * says no) and stays; after leave() it goes without asking.
   */
  async function guardsTheMeeting(path) {
    const { page, errors } = await openPage(chromium.context, `${server.origin}/${path}`);
    try {
      assert.equal(await meetingFrameShown(page), GUEST_URL);
      await page.locator('vonage-meeting[state="ready"]').waitFor({ state: 'attached' });
      await page.evaluate(() => {
        window.asked = [];
        window.confirm = (message) => {
          window.asked.push(message);
          return false;
        };
      });
      const before = await page.evaluate(() => location.hash);

      await page.click('#elsewhere');
      await page.waitForFunction(() => window.asked.length > 0, null, { timeout: 5000 }).catch(() => {
        throw new Error('following the link while the meeting is ready did not ask window.confirm');
      });
      await page.waitForTimeout(300); // time for a navigation that the guard failed to stop
      assert.deepEqual(await page.evaluate(() => window.asked), ['Leave the meeting?']);
      assert.equal(await page.evaluate(() => location.hash), before, 'the route stays');
      assert.equal(await page.locator('#elsewhere-page').count(), 0);
      assert.equal(await page.locator('vonage-meeting').getAttribute('state'), 'ready', 'the meeting is still shown');

      await page.evaluate(() => document.querySelector('vonage-meeting').leave());
      await page.locator('vonage-meeting[state="left"]').waitFor({ state: 'attached' });
      await page.click('#elsewhere');
      await page.locator('#elsewhere-page').waitFor({ timeout: 5000 }).catch(async () => {
        throw new Error(`after leave() the link did not go to #/elsewhere; window.confirm was asked ${await page.evaluate(() => window.asked.length)} times`);
      });
      assert.equal(await page.evaluate(() => location.hash), '#/elsewhere');
      assert.equal(await page.evaluate(() => window.asked.length), 1, 'no question once the meeting is left');
      assert.equal(await page.locator('vonage-meeting').count(), 0, 'the meeting route is gone');
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  }

  /**
   * Opens a router recipe's page and, while the meeting is ready, follows the link to
   * #/elsewhere with window.confirm saying yes: the route goes, and the meeting's frame
   * started its navigation to about:blank (lost its `src`) while the element was still in
   * the page. Where the route waits for leave() (`waits`), the meeting's page also told the
   * test of its beforeunload (where meeting clients hang up); a frame removed right after
   * the navigation started gets it too (test/hang-up.test.ts), but its word to the test is
   * lost with the frame.
   */
  async function hangsUpLeavingTheRoute(path, { waits }) {
    const { page, errors } = await openPage(chromium.context, `${server.origin}/${path}`);
    try {
      assert.equal(await meetingFrameShown(page), GUEST_URL);
      await page.locator('vonage-meeting[state="ready"]').waitFor({ state: 'attached' });
      await page.evaluate(() => {
        window.confirm = () => true;
        window.seen = [];
        const meeting = document.querySelector('vonage-meeting');
        const observer = new MutationObserver((records) => {
          for (const r of records) {
            if (r.type === 'attributes' && !r.target.hasAttribute('src')) window.seen.push('the frame navigates');
            if (r.type === 'childList' && [...r.removedNodes].some((n) => n === meeting || n.contains?.(meeting))) window.seen.push('the element is removed');
          }
        });
        observer.observe(meeting.shadowRoot, { subtree: true, attributeFilter: ['src'] });
        observer.observe(document.body, { subtree: true, childList: true });
      });
      const before = chromium.hangUps.count;
      await page.click('#elsewhere');
      await page.locator('#elsewhere-page').waitFor({ timeout: 5000 });
      assert.equal(await page.locator('vonage-meeting').count(), 0, 'the meeting route is gone');
      assert.deepEqual(await page.evaluate(() => window.seen), ['the frame navigates', 'the element is removed']);
      if (waits) {
        for (let i = 0; i < 40 && chromium.hangUps.count === before; i++) await new Promise((r) => setTimeout(r, 50));
        assert.equal(chromium.hangUps.count - before, 1, "the meeting's page got beforeunload");
      }
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  }

  /**
   * Opens a "keep the call" recipe's app at #/meeting and goes meeting, other, side, other,
   * then back with the dock bar's "Return to the meeting". Asserts that the meeting keeps
   * one iframe and one document throughout (the stand-in tells of each load, and its clock
   * goes on), docks on the route without a place, and comes back into each place with its
   * size (within 1 px) and its tier; and that Return navigates through the app's router.
   */
  async function keepsTheCall(path) {
    const loadsBefore = chromium.loads.count;
    const { page, errors } = await openPage(chromium.context, `${server.origin}/${path}#/meeting`);
    const meeting = page.locator('vonage-meeting');
    const stage = page.frameLocator('vonage-meeting iframe');
    /** Waits until the meeting is drawn over the current route's place; returns what the test compares. */
    const shownOver = async () => {
      await page.waitForFunction(() => {
        const m = document.querySelector('vonage-meeting');
        const p = document.querySelector('vonage-meeting-place');
        if (!m || !p || m.place !== p || m.docked) return false;
        const [a, b] = [m.getBoundingClientRect(), p.getBoundingClientRect()];
        return ['top', 'left', 'width', 'height'].every((side) => Math.abs(a[side] - b[side]) <= 1);
      }, null, { timeout: 10000 }).catch(() => {});
      return page.evaluate(() => {
        const m = document.querySelector('vonage-meeting');
        const p = document.querySelector('vonage-meeting-place');
        const [a, b] = [m.getBoundingClientRect(), p?.getBoundingClientRect()];
        return {
          inPlace: m.place === p && !!p,
          docked: m.docked,
          // Within 1 px on each side: the place's box and the meeting's may round differently.
          overPlace: !!b && ['top', 'left', 'width', 'height'].every((side) => Math.abs(a[side] - b[side]) <= 1),
          width: Math.round(b?.width ?? 0),
          tier: m.tier,
          sameFrame: m.shadowRoot.querySelector('iframe') === window.firstFrame,
        };
      });
    };
    const docks = async () => {
      await page.waitForFunction(() => document.querySelector('vonage-meeting').docked, null, { timeout: 10000 }).catch(() => {});
      return page.evaluate(() => {
        const m = document.querySelector('vonage-meeting');
        return { docked: m.docked, place: m.place, state: m.state, sameFrame: m.shadowRoot.querySelector('iframe') === window.firstFrame };
      });
    };
    const clock = async () => Number(await stage.locator('#clock').textContent());
    try {
      await page.locator('vonage-meeting[state="ready"]').waitFor({ state: 'attached', timeout: 15000 });
      await page.evaluate(() => {
        window.firstFrame = document.querySelector('vonage-meeting').shadowRoot.querySelector('iframe');
        window.dockChanges = [];
        document.querySelector('vonage-meeting').addEventListener('vonage-meeting-dock-change', (e) => window.dockChanges.push(e.detail.docked));
      });
      assert.deepEqual(await shownOver(), { inPlace: true, docked: false, overPlace: true, width: 640, tier: 'large', sameFrame: true }, 'on #/meeting, over its place');
      await stage.locator('#clock').filter({ hasText: /\d/ }).waitFor({ timeout: 5000 });
      assert.equal(chromium.loads.count - loadsBefore, 1, 'the stand-in meeting loaded once');
      const started = await clock();

      await page.click('#to-other');
      await page.locator('#other-page').waitFor({ timeout: 5000 });
      assert.deepEqual(await docks(), { docked: true, place: null, state: 'ready', sameFrame: true }, 'on #/other, docked');
      await meeting.locator('[part~="return-button"]').waitFor({ timeout: 5000 });

      await page.click('#to-side');
      await page.locator('#side-page').waitFor({ timeout: 5000 });
      assert.deepEqual(await shownOver(), { inPlace: true, docked: false, overPlace: true, width: 420, tier: 'small', sameFrame: true }, 'on #/side, over its narrower place');

      await page.click('#to-other');
      await page.locator('#other-page').waitFor({ timeout: 5000 });
      assert.equal((await docks()).docked, true);
      await meeting.locator('[part~="return-button"]').click();
      await page.locator('#meeting-page').waitFor({ timeout: 5000 }).catch(async () => {
        throw new Error(`"Return to the meeting" did not navigate to #/meeting; the app is at ${await page.evaluate(() => location.hash)}`);
      });
      assert.equal(await page.evaluate(() => location.hash), '#/meeting');
      assert.deepEqual(await shownOver(), { inPlace: true, docked: false, overPlace: true, width: 640, tier: 'large', sameFrame: true }, 'back on #/meeting, over its place');

      assert.equal(chromium.loads.count - loadsBefore, 1, 'the stand-in meeting loaded once: its document went through every route');
      const now = await clock();
      assert.ok(now > started, `the stand-in's clock went on (${started} ms, then ${now} ms)`);
      assert.deepEqual(await page.evaluate(() => window.dockChanges), [true, false, true, false]);
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  }

  test('plain HTML: the jsDelivr script tag upgrades the markup, frames the meeting, and the page hears vonage-meeting-load', TIMEOUT, async () => {
    await showsTheMeeting('html/index.html', GUEST_URL);
    assert.ok(chromium.served.some((u) => u.startsWith('https://cdn.jsdelivr.net/npm/vonage-meeting-element@')));
    // What is optional comes from beside the bundle, on the same CDN: the camera permission
    // check, once the meeting has loaded.
    assert.ok(chromium.served.some((u) => /^https:\/\/cdn\.jsdelivr\.net\/npm\/vonage-meeting-element@[^/]+\/dist\/bundle\/permission-controller\.js$/.test(u)));
  });

  test('plain HTML: the unpkg URL serves the same self-contained bundle', TIMEOUT, async () => {
    const html = readFileSync(join(APP, 'html/index.html'), 'utf8');
    const unpkg = html.replace('https://cdn.jsdelivr.net/npm/vonage-meeting-element@', 'https://unpkg.com/vonage-meeting-element@');
    assert.notEqual(unpkg, html, 'the recipe loads the bundle from jsDelivr');
    writeFileSync(join(APP, 'html/unpkg.html'), unpkg);
    await showsTheMeeting('html/unpkg.html', GUEST_URL);
    assert.ok(chromium.served.some((u) => u.startsWith('https://unpkg.com/vonage-meeting-element@')));
  });

  test('React: the wrapper passes room as a property, frames the meeting, and onMeetingLoad reaches the app', TIMEOUT, async () => {
    viteBuild('react');
    await showsTheMeeting('react/dist/index.html?recipe=wrapper');
  });

  test('React 19: <vonage-meeting> written in JSX gets room as a property and its onvonage-meeting-load handler runs', TIMEOUT, async () => {
    await showsTheMeeting('react/dist/index.html?recipe=direct');
  });

  test('React on a server: the markup renders in Node, then hydrates and the element upgrades in the browser', TIMEOUT, async () => {
    viteBuild('react', '--ssr', 'server.jsx', '--outDir', 'dist-server');
    const { html } = nodeInApp(`
      import { render } from './react/dist-server/server.js';
      import { room } from './room.js';
      console.log(JSON.stringify({ html: render(room) }));
    `);
    assert.match(html, /^<vonage-meeting\b/);
    const page = readFileSync(join(APP, 'react/dist/ssr.html'), 'utf8');
    assert.ok(page.includes('<!--ssr-->'));
    writeFileSync(join(APP, 'react/dist/ssr-rendered.html'), page.replace('<!--ssr-->', html));
    await showsTheMeeting('react/dist/ssr-rendered.html');
  });

  test('plain HTML, markup first: the iframe loads with the page and the upgraded element adopts it', TIMEOUT, async () => {
    await showsTheMeeting('html/markup.html', GUEST_URL);
  });

  test('React on a server, markup first: the iframe rendered with renderToString is kept through hydration and the upgrade, loaded once', TIMEOUT, async () => {
    viteBuild('react');
    viteBuild('react', '--ssr', 'server-markup.jsx', '--outDir', 'dist-server-markup');
    const { html } = nodeInApp(`
      import { render } from './react/dist-server-markup/server-markup.js';
      console.log(JSON.stringify({ html: render('${GUEST_URL}', 'Weekly sync') }));
    `);
    assert.match(html, /^<vonage-meeting\b[^>]*><iframe src="https:\/\/meetings\.vonage\.com\/365658578"/);
    const page = readFileSync(join(APP, 'react/dist/ssr-markup.html'), 'utf8');
    writeFileSync(join(APP, 'react/dist/ssr-markup-rendered.html'), page.replace('<!--ssr-->', html));
    const loads = [];
    const onRequest = (request) => request.url().startsWith(GUEST_URL) && request.resourceType() === 'document' && loads.push(request.url());
    chromium.context.on('request', onRequest);
    const { page: tab, errors } = await openPage(chromium.context, `${server.origin}/react/dist/ssr-markup-rendered.html`);
    try {
      await tab.waitForFunction(() => document.querySelector('vonage-meeting')?.state === 'ready', null, { timeout: 15000 });
      await tab.waitForTimeout(500);
      const seen = await tab.evaluate(() => ({
        upgraded: customElements.get('vonage-meeting') === document.querySelector('vonage-meeting').constructor,
        same: document.querySelector('vonage-meeting > iframe') === window.serverFrame && window.serverFrame.isConnected,
        shadowFrames: document.querySelector('vonage-meeting').shadowRoot.querySelectorAll('iframe').length,
      }));
      assert.deepEqual(seen, { upgraded: true, same: true, shadowFrames: 0 });
      assert.deepEqual(loads, [GUEST_URL]);
      assert.deepEqual(errors, []);
    } finally {
      chromium.context.off('request', onRequest);
      await tab.close();
    }
  });

  test('React Router: useBlocker asks window.confirm before a link leaves the ready meeting, and stays; after leave() the link just goes', TIMEOUT, async () => {
    await guardsTheMeeting('react/dist/index.html?recipe=router#/');
  });

  test('React Router: leaving the route unmounts the wrapper, which starts the hang-up before React removes the element', TIMEOUT, async () => {
    await hangsUpLeavingTheRoute('react/dist/index.html?recipe=router#/', { waits: false });
  });

  test('React Router: the call goes on through the routes, docked where no place shows it, and Return navigates back', TIMEOUT, async () => {
    await keepsTheCall('react/dist/index.html?recipe=places');
  });

  test("Vue: the README's vite.config.js makes the template compiler create <vonage-meeting> instead of resolving a component", TIMEOUT, () => {
    const seen = nodeInApp(`
      import { readFileSync } from 'node:fs';
      import { parse, compileTemplate } from 'vue/compiler-sfc';
      const config = (await import('./vue/vite.config.js')).default;
      const plugin = config.plugins.flat().find((p) => p?.name === 'vite:vue');
      const { compilerOptions } = plugin.api.options.template;
      const { descriptor } = parse(readFileSync('vue/App.vue', 'utf8'), { filename: 'App.vue' });
      const compile = (options) => compileTemplate({ source: descriptor.template.content, filename: 'App.vue', id: 'app', compilerOptions: options }).code;
      console.log(JSON.stringify({ isCustomElement: compilerOptions.isCustomElement('vonage-meeting') && compilerOptions.isCustomElement('vonage-meeting-place'), withOption: compile(compilerOptions), without: compile({}) }));
    `);
    assert.equal(seen.isCustomElement, true);
    assert.ok(!seen.withOption.includes('resolveComponent'), seen.withOption);
    assert.ok(seen.without.includes('resolveComponent'), 'without the option Vue looks for a component');
  });

  test('Vue: with isCustomElement, :room is set as a property and @vonage-meeting-load reaches the component', TIMEOUT, async () => {
    viteBuild('vue');
    await showsTheMeeting('vue/dist/index.html');
  });

  test('Vue Router: onBeforeRouteLeave asks window.confirm before a link leaves the ready meeting, and stays; after leave() the link just goes', TIMEOUT, async () => {
    await guardsTheMeeting('vue/dist/index.html?recipe=router#/');
  });

  test('Vue Router: leaving the route awaits leave(), and the meeting hangs up first', TIMEOUT, async () => {
    await hangsUpLeavingTheRoute('vue/dist/index.html?recipe=router#/', { waits: true });
  });

  test('Vue Router: the call goes on through the routes, docked where no place shows it, and Return navigates back', TIMEOUT, async () => {
    await keepsTheCall('vue/dist/index.html?recipe=places');
  });

  test('Svelte 5: {room} is set as a property and onvonage-meeting-load reaches the component', TIMEOUT, async () => {
    viteBuild('svelte');
    await showsTheMeeting('svelte/dist/index.html');
  });

  test('Angular: compiled ahead of time, [room] is set as a property and (vonage-meeting-load) reaches the component', TIMEOUT, async () => {
    ngc('tsconfig.json');
    copyFileSync(join(APP, 'angular/index.html'), join(APP, 'angular/aot/angular/index.html'));
    viteBuild('angular/aot/angular');
    await showsTheMeeting('angular/aot/angular/dist/index.html');
  });

  test('Angular Router: the CanDeactivateFn guard asks window.confirm before a link leaves the ready meeting, and stays; after leave() the link just goes', TIMEOUT, async () => {
    await guardsTheMeeting('angular/aot/angular/dist/index.html?recipe=router#/');
  });

  test('Angular Router: the guard awaits leave(), and the meeting hangs up before the route removes it', TIMEOUT, async () => {
    await hangsUpLeavingTheRoute('angular/aot/angular/dist/index.html?recipe=router#/', { waits: true });
  });

  test('Angular Router: the call goes on through the routes, docked where no place shows it, and Return navigates back', TIMEOUT, async () => {
    await keepsTheCall('angular/aot/angular/dist/index.html?recipe=places');
  });

  test("Angular: without CUSTOM_ELEMENTS_SCHEMA the compiler rejects the recipe's template", TIMEOUT, () => {
    const recipe = readFileSync(join(APP, 'angular/meeting.component.ts'), 'utf8');
    const withoutSchema = recipe.replace(/^\s*schemas: \[CUSTOM_ELEMENTS_SCHEMA\],\n/m, '').replace('CUSTOM_ELEMENTS_SCHEMA, ', '');
    assert.notEqual(withoutSchema, recipe);
    mkdirSync(join(APP, 'angular/without-schema'), { recursive: true });
    writeFileSync(join(APP, 'angular/without-schema/meeting.component.ts'), withoutSchema);
    writeFileSync(
      join(APP, 'angular/tsconfig.without-schema.json'),
      JSON.stringify({ extends: './tsconfig.json', compilerOptions: { noEmit: true }, files: ['without-schema/meeting.component.ts'] }),
    );
    assert.throws(() => ngc('tsconfig.without-schema.json'), /NG8001: 'vonage-meeting' is not a known element/);
  });
});
