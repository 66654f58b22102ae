// Entry point for Node (the "node" export condition): the module is read from
// the package directory and compiled synchronously when this file is imported.

import { readFileSync } from 'node:fs';
import { initSync } from './pgshift_wasm.js';

initSync({ module: readFileSync(new URL('./pgshift_wasm_bg.wasm', import.meta.url)) });

export * from './api.js';
