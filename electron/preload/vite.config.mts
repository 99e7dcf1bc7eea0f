// Bundles the preload into one CommonJS file: a sandboxed preload can require only 'electron', so the
// contract's channel list (and zod, which builds it) must be inlined.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  build: {
    outDir: path.resolve(here, '../../dist/electron/preload'),
    emptyOutDir: true,
    minify: true,
    sourcemap: false,
    target: 'node20',
    lib: { entry: path.resolve(here, 'index.ts'), formats: ['cjs'], fileName: () => 'index.js' },
    rollupOptions: { external: ['electron'], output: { inlineDynamicImports: true } },
  },
});
