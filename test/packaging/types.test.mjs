// The packed package's TypeScript types, checked in an app that installed the tarball.
import { before, test } from 'node:test';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { APP, REPO, prepared } from './setup.mjs';
import { inApp } from './harness.mjs';

before(() => prepared());

const tsc = (project) => inApp(process.execPath, [join(REPO, 'node_modules/typescript/bin/tsc'), '-p', project]);

test("the types check: the wrapper's typed event props, <vonage-meeting> in React 19 JSX, the root's DOM typings and ./support", () => {
  tsc('tsconfig.json');
});

test('the Angular recipe typechecks against @angular/core and the package', () => {
  writeFileSync(
    join(APP, 'tsconfig.angular.json'),
    JSON.stringify({ extends: './tsconfig.json', compilerOptions: { experimentalDecorators: true }, include: ['angular/meeting.component.ts'] }),
  );
  tsc('tsconfig.angular.json');
});
