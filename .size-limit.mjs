// `npm run size` (size-limit): the size gate, gzip bytes, checked by .ci/run. It holds the
// first file where it is, so that it cannot grow unnoticed: each limit is the measured size
// plus about 400 B. A figure over its limit makes the command, and so CI, fail.
//
// The first file is everything a user must see: the frame, its loading indicator, errors,
// notices, the fallback and the controls, their English words and all their styles. What is
// optional (docking by itself, the Fullscreen API, the wake lock, the camera permission check,
// the webview advice) loads on demand and is not counted.
const LIT = ['lit', 'lit/*', '@lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*'];

// The modules the element imports on demand stay outside the measured bundle.
const onDemandOutside = {
  name: 'on-demand-outside',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) => (args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined));
  },
};

export default [
  {
    // What a <script type="module"> tag loads for the first frame: the prebuilt bundle, Lit
    // inside, measured as built (what it loads on demand, dist/bundle/*, is not counted).
    name: 'script-tag bundle (dist/vonage-meeting.bundle.js, Lit inside)',
    path: 'dist/vonage-meeting.bundle.js',
    gzip: true,
    limit: '20700 B',
    disablePlugins: ['@size-limit/esbuild'],
  },
  {
    // What an app that already has Lit pays: src/index.ts bundled and minified with Lit
    // external, built the way dist/vonage-meeting.bundle.js is (ES module, production Lit).
    name: 'element, lit external',
    path: 'src/index.ts',
    gzip: true,
    limit: '14900 B',
    ignore: LIT,
    // As in the script-tag bundle, what loads on demand (a dynamic import()) is not counted.
    modifyEsbuildConfig: (config) => ({ ...config, plugins: [onDemandOutside], format: 'esm', target: 'es2022', conditions: ['production'], legalComments: 'none' }),
  },
];
