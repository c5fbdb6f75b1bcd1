import { VonageMeeting } from './vonage-meeting.js';

export * from './vonage-meeting.js';

if (typeof customElements !== 'undefined' && !customElements.get('vonage-meeting')) {
  customElements.define('vonage-meeting', VonageMeeting);
}

declare global {
  interface HTMLElementTagNameMap {
    'vonage-meeting': VonageMeeting;
  }
}
