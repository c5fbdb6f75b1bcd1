// A hash router (a data router, as useBlocker needs) around the README's router recipe:
// the meeting at #/, a link to #/elsewhere.
import { Link, Outlet, RouterProvider, createHashRouter } from 'react-router';
import { room } from '../room.js';
import { MeetingRoute } from './MeetingRoute.jsx';

const router = createHashRouter([
  {
    element: (
      <>
        <nav><Link id="elsewhere" to="/elsewhere">Elsewhere</Link></nav>
        <Outlet />
      </>
    ),
    children: [
      { index: true, element: <MeetingRoute room={room} /> },
      { path: 'elsewhere', element: <p id="elsewhere-page">Elsewhere</p> },
    ],
  },
]);

export function RouterApp() {
  return <RouterProvider router={router} />;
}
