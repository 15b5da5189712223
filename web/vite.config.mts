import { defineConfig } from 'vite';

/**
 * The web app, built with `vite build web` (root: this folder) into web/dist and served by the API at `/` (src/web/serve-web-app.ts).
 * No React plugin: Vite's own Oxc transform compiles TSX with React's automatic JSX runtime.
 * Every dependency is bundled: the app works with no CDN and no network beyond the API.
 */
export default defineConfig({
  base: '/',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // cytoscape and chart.js make one chunk of about 880 kB (280 kB gzipped); the app is served from the same host.
    chunkSizeWarningLimit: 1200,
  },
  server: { proxy: { '/graphql': 'http://127.0.0.1:3000' } },
});
