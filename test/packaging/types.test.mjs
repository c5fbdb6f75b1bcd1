// The packed package's TypeScript types, checked in an app that installed the tarball.
import { before, test } from 'node:test';
import { join } from 'node:path';
import { REPO, prepared } from './setup.mjs';
import { inApp } from './harness.mjs';

before(() => prepared());

const tsc = (project) => inApp(process.execPath, [join(REPO, 'node_modules/typescript/bin/tsc'), '-p', project]);

test("the types check: the wrapper's typed event props, <vonage-meeting> in React 19 JSX, the root's DOM typings and ./support", () => {
  tsc('tsconfig.json');
});
