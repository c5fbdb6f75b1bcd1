// `role` is ARIA's attribute on every element: <vonage-meeting> never reads it.
let warnedOfRole = false;

/** `role` is ARIA's: the element never reads it, and says once what a page that meant the participant should write. */
export function warnOfRole(el: Element) {
  const role = el.getAttribute('role');
  if (warnedOfRole || (role !== 'guest' && role !== 'host')) return;
  warnedOfRole = true;
  console.warn(`<vonage-meeting role="${role}">: role is ARIA's attribute; write participant="${role}" to pick the room's link.`);
}
