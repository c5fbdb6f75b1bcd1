// Browsers come from the system or from Playwright (see scripts/browsers.mjs):
// puppeteer only drives Firefox here and must never download a browser itself.
module.exports = { skipDownload: true };
