// Read by the analyzer on every run (scripts/manifest.mjs). It must not touch
// package.json: `--check` writes to a scratch directory and would otherwise point the
// `customElements` field there.
export default {
  packagejson: false,
};
