import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { MANIFEST_FILE } from './src/index-data/folder-format';
import { INDEX_DIR_NAME } from './src/index-data/format';
import { engineSourceHash } from './src/saved/engine-source-hash';

/**
 * Where `npm run build:index` writes the extension index folder. Git-ignored: the index is
 * generated from `corpus/` on every build and never committed.
 */
export const generatedIndexDir = resolve(import.meta.dirname, 'generated', INDEX_DIR_NAME);

/** public/icon/<size>.png by size, for the manifest's `icons` and the toolbar button. */
const ICONS = Object.fromEntries([16, 32, 48, 128].map((size) => [String(size), `icon/${size}.png`]));

// See https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  // Explicit imports only (from '#imports' or 'wxt/...'), so every name can be traced to its source.
  imports: false,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Drawn by `npm run icons` (src/cli/draw-icon.ts) at every size the stores ask for.
    icons: ICONS,
    action: { default_icon: ICONS },
    // Every permission is explained in README.md ("Permissions"). `storage`: the reader's settings.
    // `activeTab`: when the reader clicks the toolbar button, the popup may see that one tab's
    // address, to name the site for the per-site switch and to tell a browser page (which no
    // extension may read) from a page that only needs a reload. Content-script match patterns do
    // not show a tab's address to `tabs.query` (tried in Chromium), and `tabs` would show every
    // tab's address all the time, with an install warning about browsing history.
    // `scripting`: on install and update, the content script goes into tabs already open, which
    // would otherwise stay without highlights until reloaded (src/first-run/inject-open-tabs.ts).
    // `contextMenus`: "Save this article to Leaderlens" in the page's menu (src/saved/save-triggers.ts).
    // Saving reads the tab with `scripting` (the Readability script, injected only then) under
    // the host access the content script already has: no other permission (README, "Permissions").
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus'],
    // `scripting` may inject only where the extension holds host permission: a content script's
    // match patterns do not count (Chromium: "Cannot access contents of the page"). The content
    // script already runs on every page, so this asks for nothing more (README, "Permissions").
    host_permissions: ['<all_urls>'],
    // Explicit, and tighter than the browsers' default: our pages and the worker run only our own
    // scripts and may fetch only the extension's own files (the packaged index). Leaderlens needs
    // no network, so a bug or an injected script in the popup, options, reader or worker cannot
    // send anything anywhere (issue 10 found `fetch` to any origin working from both).
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'; connect-src 'self'; base-uri 'none'",
    },
    commands: {
      // The keyboard way to the card (issue "2 of 3"): the content script opens it for the name at
      // the selection, or the first name in view.
      'open-card': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_commandOpenCard__',
      },
      // Saves the active tab's article to the reader's own corpus (issue "6 of 7", src/saved).
      'save-page': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandSavePage__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              // Firefox refuses an MV3 add-on without an id (web-ext lint: ADDON_ID_REQUIRED), and
              // keeps the reader's storage under it across updates.
              id: 'leaderlens@leaderlens.invalid',
              // 142 is the first Firefox that reads data_collection_permissions; older versions
              // would ignore the statement that Leaderlens collects nothing.
              strict_min_version: '142.0',
              // Leaderlens sends nothing anywhere: the corpus is bundled and nothing is fetched.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  hooks: {
    // The generated index folder joins the package as plain files next to the committed `public/`
    // assets, instead of making `generated/` the publicDir: `public/` stays free for icons and
    // locales, and a build without an index fails here with the fix instead of shipping an
    // extension with no data. Files are copied as they are (shards are already gzipped).
    'build:publicAssets': (_wxt, files) => {
      if (!existsSync(join(generatedIndexDir, MANIFEST_FILE))) {
        throw new Error(`leaderlens: ${generatedIndexDir}/${MANIFEST_FILE} is missing; run \`npm run build\`, which builds the index before WXT`);
      }
      for (const entry of readdirSync(generatedIndexDir, { recursive: true, withFileTypes: true })) {
        if (!entry.isFile()) continue;
        const absoluteSrc = join(entry.parentPath, entry.name);
        files.push({ absoluteSrc, relativeDest: `${INDEX_DIR_NAME}/${absoluteSrc.slice(generatedIndexDir.length + 1)}` });
      }
    },
    // Lets `browser.runtime.getURL('/leaderlens-index/manifest.json')` type-check.
    'prepare:publicPaths': (_wxt, paths) => {
      paths.push(`/${INDEX_DIR_NAME}/${MANIFEST_FILE}`);
    },
  },
  vite: () => ({
    plugins: [preact()],
    // The corpus engine's version, built in: saved articles read by another engine are read again
    // from their stored text (src/saved/engine-stamp.ts).
    define: { __LEADERLENS_ENGINE__: JSON.stringify(engineSourceHash(import.meta.dirname)) },
  }),
});
