/**
 * `vonage-meeting-element/support`: the browser support check on its own. It registers
 * nothing and needs no DOM, so it can run on a server or before the element is loaded.
 */
export * from './view/support.js';
