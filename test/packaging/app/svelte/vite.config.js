import { defineConfig } from 'vite';
import { compile } from 'svelte/compiler';

// The smallest Svelte setup: svelte/compiler itself, in place of @sveltejs/vite-plugin-svelte.
const svelte = {
  name: 'svelte-compile',
  transform(code, id) {
    if (!id.endsWith('.svelte')) return null;
    const { js, warnings } = compile(code, { filename: id, generate: 'client' });
    for (const w of warnings) this.warn(`${w.code}: ${w.message}`);
    return { code: js.code, map: js.map };
  },
};

export default defineConfig({ base: './', plugins: [svelte], logLevel: 'warn' });
