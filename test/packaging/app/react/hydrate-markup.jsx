// The browser half: hydrates the server's markup, iframe and all.
import { hydrateRoot } from 'react-dom/client';
import { MarkupMeeting } from './MarkupMeeting.jsx';

hydrateRoot(document.getElementById('app'), <MarkupMeeting url="https://meetings.vonage.com/365658578" title="Weekly sync" />);
