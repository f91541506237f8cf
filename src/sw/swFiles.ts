/** Files the build puts beside index.html for the Service Worker (see buildPlugin.ts). */
export const SW_FILE = 'sw.js';
export const SW_WASM_FILE = 'sw-quickjs.wasm';
