// Typechecked against the packed package: the root's DOM typings and ./support.
import { VonageMeeting, tierForWidth, featuresForTier } from 'vonage-meeting-element';
import { checkSupport, type SupportResult } from 'vonage-meeting-element/support';

const meeting = document.createElement('vonage-meeting');
meeting satisfies VonageMeeting;
meeting.addEventListener('vonage-meeting-tier-change', (event) => event.detail.features.reactions);
meeting.addEventListener('vonage-meeting-error', (event) => event.detail.message);
const support: SupportResult = checkSupport({ userAgent: 'Mozilla/5.0', secureContext: true });
export const summary = [support.status, tierForWidth(480), featuresForTier('large').whiteboard];
