// Instantiation time of the module in Node, each measured in a fresh process
// (a module compiles once per process), median of several runs: compiling the
// .wasm bytes (a Worker's module is compiled when the Worker is loaded), then
// instantiating the compiled module (the wasm-bindgen glue's initSync), then
// the first translation.
//
//   node wasm/bench/instantiate.mjs [runs]

import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const runs = Number(process.argv[2] ?? 15);
const pkg = fileURLToPath(new URL('../pkg/', import.meta.url));

const child = `
import { readFileSync } from 'node:fs';
const bytes = readFileSync(${JSON.stringify(pkg + 'pgshift_wasm_bg.wasm')});
const glue = await import(${JSON.stringify('file://' + pkg + 'pgshift_wasm.js')});
const api = await import(${JSON.stringify('file://' + pkg + 'api.js')});
const t0 = performance.now();
const module = new WebAssembly.Module(bytes);
const t1 = performance.now();
glue.initSync({ module });
const t2 = performance.now();
api.translate('SELECT id FROM t WHERE name ILIKE $1', { to: 'sqlite' });
const t3 = performance.now();
console.log(JSON.stringify({ compile: t1 - t0, instantiate: t2 - t1, first: t3 - t2 }));
`;

const results = [];
for (let i = 0; i < runs; i++) {
  const out = execFileSync(process.execPath, [...process.execArgv, '--input-type=module', '-e', child], { encoding: 'utf8' });
  results.push(JSON.parse(out));
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (key) => `${median(results.map((r) => r[key])).toFixed(2)} ms`;
console.log(
  `${runs} fresh processes, medians: compile ${ms('compile')}, instantiate ${ms('instantiate')}, ` +
    `first translation ${ms('first')}`,
);
