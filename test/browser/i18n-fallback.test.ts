// A page that imports the element alone: English, and no other language until a module
// for it is imported.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import type { VonageMeeting } from '../../src/index.js';
import { en } from '../../src/i18n/english.js';
import { countLoads, frameHost, frameUrl, meeting, uniqueId } from './helpers.js';

/** Captures console.info while `fn` runs. */
async function infos(fn: () => Promise<void>) {
  const lines: string[] = [];
  const info = console.info;
  console.info = (...args: unknown[]) => lines.push(args.join(' '));
  try {
    await fn();
  } finally {
    console.info = info;
  }
  return lines;
}

async function loadedMeeting(lang: string) {
  const id = uniqueId('fallback');
  const loads = countLoads(id);
  const el = meeting({ allowedHosts: frameHost(), src: frameUrl({ id }) });
  el.setAttribute('lang', lang);
  const loaded = oneEvent(el, 'vonage-meeting-load');
  await fixture(el);
  await loaded;
  return { el, loads };
}

const title = (el: VonageMeeting) => el.shadowRoot!.querySelector('iframe')!.title;

describe('a language whose module is not imported', () => {
  it('speaks English, and says once per language which module to import', async () => {
    let german!: VonageMeeting;
    const lines = await infos(async () => {
      ({ el: german } = await loadedMeeting('de'));
      await loadedMeeting('de-AT');
      const swiss = await loadedMeeting('de-CH');
      swiss.el.requestUpdate();
      await swiss.el.updateComplete;
      await loadedMeeting('pt-PT');
      // No module has Dutch: nothing to import, nothing said.
      await loadedMeeting('nl');
    });
    expect(title(german)).to.equal(en.title);
    expect(german.shadowRoot!.querySelector('[lang]')!.getAttribute('lang')).to.equal('en');
    expect(german.shadowRoot!.querySelector('[dir]')!.getAttribute('dir')).to.equal('ltr');
    expect(lines).to.deep.equal([
      "<vonage-meeting> speaks English until 'vonage-meeting-element/locales/de' is imported.",
      "<vonage-meeting> speaks English until 'vonage-meeting-element/locales/pt-br' is imported.",
    ]);
  });

  it('switches the elements already on the page to it once its module is imported, without reloading their frames', async () => {
    const arabic = await fixture<HTMLElement>(html`<div lang="ar"></div>`);
    const el = meeting({ allowedHosts: frameHost() });
    const id = uniqueId('late');
    const loads = countLoads(id);
    el.src = frameUrl({ id });
    const loaded = oneEvent(el, 'vonage-meeting-load');
    let german!: VonageMeeting;
    let germanLoads!: ReturnType<typeof countLoads>;
    await infos(async () => {
      arabic.append(el);
      await loaded;
      ({ el: german, loads: germanLoads } = await loadedMeeting('de'));
    });
    expect(title(el)).to.equal(en.title);
    expect(title(german)).to.equal(en.title);

    const { de } = await import('../../src/locales/de.js');
    await german.updateComplete;
    expect(title(german)).to.equal(de.title);
    expect(title(el)).to.equal(en.title);

    const { ar } = await import('../../src/locales/ar.js');
    await el.updateComplete;
    expect(title(el)).to.equal(ar.title);
    expect(el.shadowRoot!.querySelector('[dir]')!.getAttribute('dir')).to.equal('rtl');

    await new Promise((r) => setTimeout(r, 300));
    expect(loads.count).to.equal(1);
    expect(germanLoads.count).to.equal(1);
    loads.stop();
    germanLoads.stop();
  });

  it('stops listening for new languages once removed from the page', async () => {
    const { el, loads } = await loadedMeeting('fr');
    el.remove();
    let updates = 0;
    const update = el.requestUpdate.bind(el);
    el.requestUpdate = (...args: Parameters<VonageMeeting['requestUpdate']>) => {
      updates++;
      return update(...args);
    };
    await import('../../src/locales/fr.js');
    expect(updates).to.equal(0);
    loads.stop();
  });
});
