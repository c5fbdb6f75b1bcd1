import { defineConfig } from 'vite';

// Angular's decorators, compiled by Vite's own TypeScript transform; the app runs JIT.
export default defineConfig({
  base: './',
  oxc: { decorator: { legacy: true } },
  logLevel: 'warn',
});
