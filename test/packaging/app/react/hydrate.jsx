// The browser half: hydrates the server's markup; the element upgrades in place.
import { hydrateRoot } from 'react-dom/client';
import { room } from '../room.js';
import { Meeting } from './Meeting.jsx';

hydrateRoot(document.getElementById('app'), <Meeting room={room} />);
