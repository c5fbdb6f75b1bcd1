import { expect, oneEvent } from '@open-wc/testing';
import { VonageMeeting } from '../../src/index.js';
import { SUPPORT_CHECK, countLoads, frameHost, frameUrl, sleep, uniqueId } from './helpers.js';

const shadowFrame = (el: VonageMeeting) => el.shadowRoot!.querySelector('iframe');
const slotted = (el: VonageMeeting) => el.shadowRoot!.querySelector<HTMLSlotElement>('slot:not([name])')?.assignedElements() ?? [];

interface MarkupPage extends Window {
  events: string[];
  markupFrame: HTMLIFrameElement;
  frameLoadedBefore: DOMRectInit;
  upgraded: Promise<boolean>;
}

/** Opens test/fixtures/markup.html in a frame of this page: the markup first, `script` only after the meeting frame's load. */
async function markupPage(id: string, script: string) {
  const page = document.createElement('iframe');
  page.style.cssText = 'width: 800px; height: 600px; border: 0';
  const params = new URLSearchParams({ frame: frameUrl({ id }), hosts: frameHost(), check: SUPPORT_CHECK, script });
  page.src = `/test/fixtures/markup.html?${params}`;
  document.body.append(page);
  await new Promise((r) => page.addEventListener('load', r, { once: true }));
  const win = page.contentWindow as MarkupPage;
  const upgraded = await win.upgraded;
  return { page, win, upgraded, el: win.document.querySelector('vonage-meeting') as VonageMeeting };
}

/** `<vonage-meeting>` with the meeting's iframe written inside it, as a server would, in this page (the element is defined). */
function markup(frameSrc: string, attributes = '') {
  const box = document.createElement('div');
  box.innerHTML = `<vonage-meeting support-check="${SUPPORT_CHECK}" style="width: 700px" ${attributes}><iframe src="${frameSrc}" allow="camera; microphone" title="Weekly sync"></iframe></vonage-meeting>`;
  const el = box.firstElementChild as VonageMeeting;
  return { el, child: el.firstElementChild as HTMLIFrameElement, box };
}

/** Adopted, in this page, and loaded. */
async function adopted(id: string) {
  const m = markup(frameUrl({ id }), `allowed-hosts="${frameHost()}"`);
  const loaded = oneEvent(m.el, 'vonage-meeting-load');
  document.body.append(m.box);
  await loaded;
  await m.el.updateComplete;
  // The test frame's message may come after its load event (WebKit): let it arrive.
  await sleep(200);
  return m;
}

describe('<vonage-meeting> adopting the iframe of its markup', () => {
  it('creates from document.createElement', () => {
    expect(document.createElement('vonage-meeting')).to.be.instanceOf(VonageMeeting);
  });

  it('creates from the constructor', () => {
    expect(new VonageMeeting().state).to.equal('idle');
  });

  it('adopts a frame that loaded before the script: the same node, loaded once, ready, its tier, one load event, no jump', async () => {
    const id = uniqueId('late');
    const loads = countLoads(id);
    const { page, win, upgraded, el } = await markupPage(id, '/dist/vonage-meeting.bundle.js');
    expect(upgraded).to.equal(true);
    await el.updateComplete;
    await sleep(300);
    expect(el.firstElementChild).to.equal(win.markupFrame);
    expect(slotted(el)).to.deep.equal([win.markupFrame]);
    expect(shadowFrame(el)).to.equal(null);
    expect(loads.count).to.equal(1);
    expect(el.state).to.equal('ready');
    expect(el.getAttribute('state')).to.equal('ready');
    expect(el.tier).to.equal('large');
    expect(el.allow).to.equal('camera; microphone');
    expect(win.events.filter((e) => e === 'load')).to.have.length(1);
    expect(win.events).not.to.include('error');
    expect(win.markupFrame.getBoundingClientRect().toJSON()).to.deep.equal(win.frameLoadedBefore);
    loads.stop();
    page.remove();
  });

  it('still shows the meeting when the script never arrives', async () => {
    const id = uniqueId('noscript');
    const loads = countLoads(id);
    const { page, win, upgraded, el } = await markupPage(id, 'none');
    expect(upgraded).to.equal(false);
    await sleep(300);
    expect(win.customElements.get('vonage-meeting')).to.equal(undefined);
    expect(loads.count).to.equal(1);
    expect(el.firstElementChild).to.equal(win.markupFrame);
    expect(win.frameLoadedBefore).to.include({ width: 700, height: 480 });
    loads.stop();
    page.remove();
  });

  it('adopts a frame still loading: ready at its load, with one load event', async () => {
    const id = uniqueId();
    const loads = countLoads(id);
    const { el, child } = await adopted(id);
    expect(el.state).to.equal('ready');
    expect(slotted(el)).to.deep.equal([child]);
    expect(shadowFrame(el)).to.equal(null);
    expect(loads.count).to.equal(1);
    el.label = 'Stand-up';
    await el.updateComplete;
    expect(child.title).to.equal('Stand-up');
    loads.stop();
    el.remove();
  });

  it('removes a frame at a refused host at once, with the error host-not-allowed', async () => {
    const m = markup(frameUrl({ id: uniqueId() }), 'allowed-hosts="meetings.vonage.com"');
    const failed = oneEvent(m.box, 'vonage-meeting-error');
    document.body.append(m.box);
    const { detail } = await failed;
    await m.el.updateComplete;
    expect(detail.code).to.equal('host-not-allowed');
    expect(m.child.isConnected).to.equal(false);
    expect(m.el.querySelector('iframe')).to.equal(null);
    expect(shadowFrame(m.el)).to.equal(null);
    expect(m.el.state).to.equal('error');
    m.box.remove();
  });

  it('reload() replaces the adopted frame with a new one of its URL and allow', async () => {
    const id = uniqueId();
    const loads = countLoads(id);
    const { el, child } = await adopted(id);
    const { src } = child;
    el.reload();
    await oneEvent(el, 'vonage-meeting-load');
    await sleep(200);
    expect(child.isConnected).to.equal(false);
    expect(shadowFrame(el)!.src).to.equal(src);
    expect(shadowFrame(el)!.getAttribute('allow')).to.equal('camera; microphone');
    expect(el.state).to.equal('ready');
    expect(loads.count).to.equal(2);
    loads.stop();
    el.remove();
  });

  it('leave() removes the adopted frame and join() loads the meeting again', async () => {
    const id = uniqueId();
    const loads = countLoads(id);
    const { el, child } = await adopted(id);
    const { src } = child;
    // Settles once the frame, hung up first (test/hang-up.test.ts), is gone.
    await el.leave();
    expect(el.state).to.equal('left');
    expect(child.isConnected).to.equal(false);
    expect(el.querySelector('iframe')).to.equal(null);
    el.join();
    await oneEvent(el, 'vonage-meeting-load');
    await sleep(200);
    expect(el.state).to.equal('ready');
    expect(shadowFrame(el)!.src).to.equal(src);
    expect(loads.count).to.equal(2);
    loads.stop();
    el.remove();
  });

  it('a new allow makes one new frame in place of the adopted one', async () => {
    const id = uniqueId();
    const loads = countLoads(id);
    const { el, child } = await adopted(id);
    el.allow = 'camera; microphone; display-capture';
    await oneEvent(el, 'vonage-meeting-load');
    await sleep(300);
    expect(child.isConnected).to.equal(false);
    expect(el.querySelectorAll('iframe')).to.have.length(0);
    expect(el.shadowRoot!.querySelectorAll('iframe')).to.have.length(1);
    expect(shadowFrame(el)!.getAttribute('allow')).to.equal('camera; microphone; display-capture');
    expect(loads.count).to.equal(2);
    loads.stop();
    el.remove();
  });
});
