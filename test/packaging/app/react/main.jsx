// Renders the README's React recipe chosen by ?recipe=wrapper|direct|router|places.
import { createRoot } from 'react-dom/client';
import { room } from '../room.js';
import { Meeting } from './Meeting.jsx';
import { DirectMeeting } from './DirectMeeting.jsx';
import { RouterApp } from './router.jsx';
import { PlacesApp } from './places.jsx';

const recipe = new URLSearchParams(location.search).get('recipe');
const App = { direct: DirectMeeting, router: RouterApp, places: PlacesApp }[recipe] ?? Meeting;
createRoot(document.getElementById('app')).render(<App room={room} />);
