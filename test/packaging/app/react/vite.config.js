import { defineConfig } from 'vite';

// JSX without @vitejs/plugin-react: Vite's own transform, React's automatic runtime.
export default defineConfig({
  base: './',
  oxc: { jsx: { runtime: 'automatic' } },
  build: { rollupOptions: { input: { index: 'index.html', ssr: 'ssr.html', 'ssr-markup': 'ssr-markup.html' } } },
  logLevel: 'warn',
});
