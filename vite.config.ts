import { defineConfig } from 'vite';

// The demo server. Pages open on http://localhost:PORT and frame the stand-in meeting
// from http://127.0.0.1:PORT: one server, two origins, so permission delegation is real.
export default defineConfig({
  root: '.',
  appType: 'mpa',
  server: { host: '127.0.0.1', port: Number(process.env.PORT ?? 5173), strictPort: false },
  resolve: { conditions: ['development'] },
  logLevel: 'warn',
});
