/**
 * Builds the renderer (renderer/ → renderer/dist). `base: './'` so the built page loads the same
 * from `catalogue serve`, a file or the desktop shell's custom protocol. Nothing is inlined: the
 * strict CSP (no inline scripts or styles, no eval) must hold for the built files too.
 */
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    sourcemap: false,
    // One bundle of ~165 KB gzip (budget 300 KB): loaded from disk, splitting gains nothing.
    chunkSizeWarningLimit: 700,
    target: 'es2022',
    // Module preload polyfill injects an inline script; Chromium and Electron do not need it.
    modulePreload: { polyfill: false },
  },
  server: {
    host: '127.0.0.1',
    // `vite dev` during UI work: the API comes from a running `catalogue serve`.
    proxy: { '/api': process.env.CATALOGUE_API ?? 'http://127.0.0.1:5174' },
  },
});
