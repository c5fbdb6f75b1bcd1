// A hash router around the README's "keep the call" recipe (CallLayout.jsx): the meeting
// route (#/meeting, a wide place), a route without a place (#/other) and a route with a
// place in another, narrower layout (#/side).
import { Link, RouterProvider, createHashRouter } from 'react-router';
import { room } from '../room.js';
import { CallLayout, MeetingPlace } from './CallLayout.jsx';

const router = createHashRouter([
  {
    element: (
      <>
        <nav>
          <Link id="to-meeting" to="/meeting">Meeting</Link> <Link id="to-other" to="/other">Other</Link> <Link id="to-side" to="/side">Side</Link>
        </nav>
        <CallLayout room={room} />
      </>
    ),
    children: [
      { path: 'meeting', element: <main id="meeting-page" style={{ width: 640 }}><h1>Meeting</h1><MeetingPlace /></main> },
      { path: 'other', element: <main id="other-page"><h1>Another page</h1><p>No place for the meeting here.</p></main> },
      {
        path: 'side',
        element: (
          <main id="side-page" style={{ display: 'flex', gap: 16 }}>
            <aside style={{ width: 200 }}><h1>Side</h1><p>The meeting beside the notes.</p></aside>
            <div style={{ width: 420 }}><MeetingPlace /></div>
          </main>
        ),
      },
    ],
  },
]);

export function PlacesApp() {
  return <RouterProvider router={router} />;
}
