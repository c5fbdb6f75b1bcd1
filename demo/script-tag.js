// Plain JavaScript, no imports: this page proves the script-tag bundle on its own.
// The stand-in meeting page is served by this same server under the other loopback name,
// a second origin, as a hosted meeting would be.
const meeting = document.getElementById('meeting');
const standIn = new URL('/demo/stand-in/', location.origin);
standIn.hostname = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
meeting.setAttribute('src', standIn.href);

// Tier and state are reflected attributes of the element.
function showStatus() {
  for (const name of ['tier', 'state']) {
    const value = meeting.getAttribute(name) ?? '';
    const pill = document.getElementById(`${name}-pill`);
    pill.dataset[name] = value;
    pill.textContent = `${name} ${value || '–'}`;
  }
}
new MutationObserver(showStatus).observe(meeting, { attributes: true, attributeFilter: ['tier', 'state'] });
showStatus();
