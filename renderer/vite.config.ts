import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * Builds the renderer into out/renderer with relative paths, so file:// (Electron) and the browser
 * host both load it. This file runs in Node, but renderer/ may not import Node modules (lint):
 * import.meta.dirname needs none.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    // The strict CSP forbids inline scripts; the polyfill would add one.
    modulePreload: { polyfill: false },
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
  },
});
