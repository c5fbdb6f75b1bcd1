// Renders the README's React recipe chosen by ?recipe=wrapper|direct.
import { createRoot } from 'react-dom/client';
import { room } from '../room.js';
import { Meeting } from './Meeting.jsx';
import { DirectMeeting } from './DirectMeeting.jsx';

const recipe = new URLSearchParams(location.search).get('recipe');
const App = recipe === 'direct' ? DirectMeeting : Meeting;
createRoot(document.getElementById('app')).render(<App room={room} />);
