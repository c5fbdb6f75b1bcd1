// How far the meeting trails its place while a script scrolls the window, then a scroll
// container, STEP px a frame for FRAMES frames, for both ways of following it (anchor
// positioning, the script), each with a new meeting and place. window.trailing gets, by case
// (`anchor_window`, ...), the largest distance (px) of an edge of the meeting's box from the
// same edge of its place's in any frame, or 'n/a' without anchor positioning; and notes.
//
// Each step is taken in an animation frame callback after the follower's (registered after
// it, it stays after it), as when the compositor scrolls ahead of the page's scripts; the
// boxes are read in a ResizeObserver callback of the same frame, after layout and before
// paint. Not right after the step: there Chromium 156 and Firefox 153 still give the anchored
// box where it was (its scroll compensation comes with the frame's own layout), though they
// paint it on its place. A step before the follower's callback would leave the script's box
// on its place too.
import '/dist/vonage-meeting.bundle.js';

const STEP = 8;
const FRAMES = 120;
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const frameSrc = `${location.protocol}//127.0.0.1:${location.port}/test/fixtures/frame.html`;
const nativeSupports = CSS.supports.bind(CSS);
// The follower's own test (src/controllers/place-follower.ts).
const anchorPositioning = nativeSupports('anchor-name', '--a') && nativeSupports('top', 'anchor(top)');

// The script way: an engine without anchor positioning, as far as the element can tell
// (as test/browser/place-geometry.test.ts does it).
function denyAnchorPositioning() {
  CSS.supports = (property, value) =>
    /anchor/.test(`${property} ${value}`) ? false : value === undefined ? nativeSupports(property) : nativeSupports(property, value);
}

const ROUTES = {
  window: `<div style="height: 150px"></div><vonage-meeting-place for="ID" style="width: 480px; height: 270px"></vonage-meeting-place>
    <div style="height: 4000px"></div>`,
  container: `<div class="scroller" style="height: 400px; overflow: auto"><div style="height: 100px"></div>
    <vonage-meeting-place for="ID" style="width: 480px; height: 270px"></vonage-meeting-place><div style="height: 2000px"></div></div>`,
};

let cases = 0;

/** An app as a router makes it: the meeting written once at its root, the route's place in its outlet. */
async function app(scroller) {
  const id = `trailing-${++cases}`;
  const root = document.createElement('div');
  const el = document.createElement('vonage-meeting');
  el.id = id;
  el.allowedHosts = '127.0.0.1';
  // WebKitGTK on Debian has no WebRTC: the support check would refuse the meeting.
  el.supportCheck = 'RTCPeerConnection' in window ? 'on' : 'off';
  el.src = `${frameSrc}?id=${id}`;
  const outlet = document.createElement('div');
  outlet.innerHTML = ROUTES[scroller].replaceAll('ID', id);
  root.append(outlet, el);
  const loaded = new Promise((resolve) => {
    el.addEventListener('vonage-meeting-load', resolve, { once: true });
    setTimeout(resolve, 10000);
  });
  document.body.append(root);
  await loaded;
  await el.updateComplete;
  for (let i = 0; i < 5; i++) await frame();
  return { root, el, place: outlet.querySelector('vonage-meeting-place'), scroll: scroller === 'window' ? document.scrollingElement : outlet.querySelector('.scroller') };
}

/** The largest distance of an edge of `a`'s box from the same edge of `b`'s. */
function distance(a, b) {
  const [p, q] = [a.getBoundingClientRect(), b.getBoundingClientRect()];
  return Math.max(...['top', 'left', 'bottom', 'right'].map((side) => Math.abs(p[side] - q[side])));
}

/**
 * `afterLayout()` resolves with `distance(el, place)` as read in this frame's ResizeObserver
 * callbacks, which a probe resized each time makes sure there are.
 */
function reader(el, place) {
  const probe = document.createElement('div');
  probe.style.cssText = 'position: absolute; top: 0; left: 0; width: 1px; height: 1px';
  let read = null;
  const observer = new ResizeObserver(() => read?.(distance(el, place)));
  observer.observe(probe);
  document.body.append(probe);
  return {
    afterLayout() {
      probe.style.width = probe.style.width === '1px' ? '2px' : '1px';
      return new Promise((resolve) => (read = resolve));
    },
    stop() {
      observer.disconnect();
      probe.remove();
    },
  };
}

async function trail(way, scroller) {
  if (way === 'script') denyAnchorPositioning();
  const { root, el, place, scroll } = await app(scroller);
  const notes = [];
  const frames = reader(el, place);
  await frame();
  let worst = await frames.afterLayout();
  if (worst > 1) notes.push(`${way} ${scroller}: the meeting was ${worst.toFixed(1)} px off its place before scrolling`);
  const start = scroll.scrollTop;
  for (let i = 0; i < FRAMES; i++) {
    await frame();
    scroll.scrollTop += STEP;
    worst = Math.max(worst, await frames.afterLayout());
  }
  const scrolled = scroll.scrollTop - start;
  if (scrolled !== STEP * FRAMES) notes.push(`${way} ${scroller}: scrolled ${scrolled} px of ${STEP * FRAMES}`);
  // Seen off its place for two frames, the follower leaves anchoring for the script.
  if (way === 'anchor' && !el.style.getPropertyValue('position-anchor')) notes.push(`${way} ${scroller}: the follower left anchor positioning for the script`);
  frames.stop();
  root.remove();
  scrollTo(0, 0);
  CSS.supports = nativeSupports;
  await frame();
  return { worst, notes };
}

const trailing = { notes: [] };
for (const way of ['anchor', 'script']) {
  for (const scroller of ['window', 'container']) {
    if (way === 'anchor' && !anchorPositioning) {
      trailing[`${way}_${scroller}`] = 'n/a';
      continue;
    }
    const { worst, notes } = await trail(way, scroller);
    trailing[`${way}_${scroller}`] = worst;
    trailing.notes.push(...notes);
  }
}
window.trailing = trailing;
