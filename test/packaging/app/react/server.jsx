// The server half of a server-rendered React app: runs in Node, no DOM.
import { renderToString } from 'react-dom/server';
import { Meeting } from './Meeting.jsx';

export function render(room) {
  return renderToString(<Meeting room={room} />);
}
