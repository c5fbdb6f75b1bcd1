// The server half of the markup-first React recipe: runs in Node, no DOM.
import { renderToString } from 'react-dom/server';
import { MarkupMeeting } from './MarkupMeeting.jsx';

export function render(url, title) {
  return renderToString(<MarkupMeeting url={url} title={title} />);
}
