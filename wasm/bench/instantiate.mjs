// Instantiation time of the module in Node: compiling the .wasm bytes and
// instantiating them (the wasm-bindgen glue's initSync), then the first
// translation, each measured in a fresh process (a module compiles once per
// process), median of several runs.
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
glue.initSync({ module: bytes });
const t1 = performance.now();
api.translate('SELECT id FROM t WHERE name ILIKE $1', { to: 'sqlite' });
const t2 = performance.now();
console.log(JSON.stringify({ instantiate: t1 - t0, first: t2 - t1 }));
`;

const results = [];
for (let i = 0; i < runs; i++) {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', child], { encoding: 'utf8' });
  results.push(JSON.parse(out));
}
const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(2)} ms`;
console.log(
  `instantiate (compile + instantiate, ${runs} fresh processes): median ${ms(median(results.map((r) => r.instantiate)))}, ` +
    `max ${ms(Math.max(...results.map((r) => r.instantiate)))}; first translation: median ${ms(median(results.map((r) => r.first)))}`,
);
