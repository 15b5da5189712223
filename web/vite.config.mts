import { defineConfig } from 'vite';
import { scriptBudget } from './build/script-budget.mts';

/**
 * The web app, built with `vite build web` (root: this folder) into web/dist and served by the API at `/` (src/web/serve-web-app.ts).
 * No React plugin: Vite's own Oxc transform compiles TSX with React's automatic JSX runtime.
 * Every dependency is bundled: the app works with no CDN and no network beyond the API.
 */
export default defineConfig({
  base: '/',
  plugins: [scriptBudget()],
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // The manager's lazy chunk (cytoscape, chart.js) is about 620 kB; the coordinator's script has its own budget.
    chunkSizeWarningLimit: 800,
  },
  // ws: the notifications' live feed (graphql-ws) goes through the same path.
  server: { proxy: { '/graphql': { target: 'http://127.0.0.1:3000', ws: true } } },
});
