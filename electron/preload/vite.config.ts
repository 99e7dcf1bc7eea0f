// Bundles the preload into one CommonJS file: a sandboxed preload can require only 'electron', so the
// contract's channel list (and zod, which builds it) must be inlined.
import path from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    outDir: path.resolve(__dirname, '../../dist/electron/preload'),
    emptyOutDir: true,
    minify: true,
    sourcemap: false,
    target: 'node20',
    lib: { entry: path.resolve(__dirname, 'index.ts'), formats: ['cjs'], fileName: () => 'index.js' },
    rollupOptions: { external: ['electron'], output: { inlineDynamicImports: true } },
  },
});
