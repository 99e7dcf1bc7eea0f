// Builds the renderer (root renderer/) into dist/renderer, which Electron loads from file:// and browser
// mode serves: hence relative asset URLs (base './').
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: here,
  base: './',
  plugins: [react()],
  build: {
    outDir: path.resolve(here, '../dist/renderer'),
    emptyOutDir: true,
    // Electron 45's Chromium: no need to down-level for older browsers.
    target: 'chrome130',
    // Loaded from disk or 127.0.0.1, never over a network: one bundle is simpler than split chunks.
    chunkSizeWarningLimit: 1500,
  },
});
