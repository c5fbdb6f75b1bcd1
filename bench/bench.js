// The benchmark page: each measurement is a number in window.benchResults.
import { VonageMeeting } from '/dist/vonage-meeting.bundle.js';

const frame = () => new Promise((r) => requestAnimationFrame(r));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const frameSrc = `${location.protocol}//127.0.0.1:${location.port}/test/fixtures/frame.html`;

function meeting(width) {
  const el = document.createElement('vonage-meeting');
  el.allowedHosts = '127.0.0.1';
  el.style.width = `${width}px`;
  el.src = frameSrc;
  return el;
}

let updates = 0;
const update = VonageMeeting.prototype.update;
VonageMeeting.prototype.update = function (changed) {
  updates++;
  return update.call(this, changed);
};

/**
 * Cost of one ResizeObserver notification for the element: from the start of its
 * observer's callback to the start of a probe observer created after it, which runs
 * after the callback and the microtasks it queued (the element's update, if any).
 */
async function resizeCost(el, widths) {
  const costs = [];
  const starts = window.__roStarts;
  // The probe is instrumented too: its own start is the last entry, the element's the one before.
  const probe = new ResizeObserver(() => costs.push(starts[starts.length - 1] - starts[starts.length - 2]));
  probe.observe(el);
  await frame();
  costs.length = 0;
  const before = updates;
  for (const w of widths) {
    el.style.width = `${w}px`;
    await frame();
  }
  await frame();
  probe.disconnect();
  const us = costs.map((ms) => ms * 1000);
  return { median: median(us), mean: us.reduce((a, b) => a + b, 0) / us.length, updates: updates - before };
}

const results = {};
const host = document.getElementById('host');

// Time from connecting the element to its frame being in the shadow DOM.
const toFrame = [];
for (let i = 0; i < 100; i++) {
  const el = meeting(800);
  const t0 = performance.now();
  host.append(el);
  await el.updateComplete;
  if (el.shadowRoot.querySelector('iframe')) toFrame.push(performance.now() - t0);
  el.remove();
}
results['connect_to_frame_ms_median'] = median(toFrame);

const el = meeting(700);
host.append(el);
await new Promise((r) => el.addEventListener('vonage-meeting-load', r, { once: true }));
const within = await resizeCost(el, Array.from({ length: 1000 }, (_, i) => 700 + (i % 400)));
results['resize_within_tier_us_median'] = within.median;
results['resize_within_tier_us_mean'] = within.mean;
results['updates_per_1000_resizes_within_tier'] = within.updates;
const across = await resizeCost(el, Array.from({ length: 1000 }, (_, i) => (i % 2 ? 550 : 650)));
results['resize_tier_change_us_median'] = across.median;
results['resize_tier_change_us_mean'] = across.mean;
results['updates_per_1000_resizes_each_changing_tier'] = across.updates;
el.remove();

// Churn, for scripts/bench.mjs to run between two heap measurements (it forces garbage
// collection through the DevTools protocol). Each returns its time in ms.
function bare() {
  const el = document.createElement('vonage-meeting');
  el.style.width = '700px';
  return el;
}
window.benchChurn = {
  /** One element connected and disconnected `n` times, a rendering frame every 500. */
  async connectCycles(n) {
    const el = (window.__churnElement ??= bare());
    const t0 = performance.now();
    for (let i = 1; i <= n; i++) {
      host.append(el);
      el.remove();
      if (i % 500 === 0) await frame();
    }
    await el.updateComplete;
    return performance.now() - t0;
  },
  /** `n` new elements, each connected, rendered, disconnected and dropped. */
  async newElements(n) {
    const t0 = performance.now();
    for (let i = 1; i <= n; i++) {
      const el = bare();
      el.label = `Meeting ${i}`;
      host.append(el);
      await el.updateComplete;
      el.remove();
      if (i % 500 === 0) await frame();
    }
    return performance.now() - t0;
  },
  /** One framed element, `n` attribute changes, each rendered. */
  async attributeFlips(n) {
    const el = (window.__flipElement ??= meeting(700));
    if (!el.isConnected) {
      host.append(el);
      await new Promise((r) => el.addEventListener('vonage-meeting-load', r, { once: true }));
    }
    const flips = [
      ['label', 'Weekly sync', 'Daily stand-up'],
      ['role', 'guest', 'host'],
      ['loading', 'eager', 'lazy'],
      ['allowed-hosts', '127.0.0.1', '127.0.0.1 *.example.com'],
      ['required-features', 'whiteboard', 'share-screen round-table'],
    ];
    const t0 = performance.now();
    for (let i = 0; i < n; i++) {
      const [name, a, b] = flips[i % flips.length];
      el.setAttribute(name, Math.floor(i / flips.length) % 2 ? a : b);
      await el.updateComplete;
    }
    return performance.now() - t0;
  },
};

window.benchResults = results;
