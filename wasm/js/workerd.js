// Entry point for Cloudflare Workers (the "workerd" and "worker" export
// conditions): the runtime imports a .wasm file as a compiled
// WebAssembly.Module, which is instantiated synchronously here.

import wasmModule from './pgshift_wasm_bg.wasm';
import { initSync } from './pgshift_wasm.js';

initSync({ module: wasmModule });

export * from './api.js';
