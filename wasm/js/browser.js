// Entry point for browsers and bundlers (the "browser" and "default" export
// conditions): the module is fetched next to this file, before the top-level
// await of the importer resolves.

import init from './pgshift_wasm.js';

await init({ module_or_path: new URL('./pgshift_wasm_bg.wasm', import.meta.url) });

export * from './api.js';
