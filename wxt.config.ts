import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  // Explicit imports only (from '#imports' or 'wxt/...'), so every name can be traced to its source.
  imports: false,
  manifest: {
    name: 'Leaderlens',
    description: 'Hover a leader\'s name on a news page to see their prior meetings and quotes.',
    permissions: ['storage'],
  },
  vite: () => ({
    plugins: [preact()],
  }),
});
