// The WASM throughput benchmark in workerd, Cloudflare's runtime: starts
// bench/workerd/worker.js with `wrangler dev` (the example Worker's test
// helper, and its node_modules: run `npm ci` in wasm/example-worker first),
// warms it up, then times one request that runs the loop of rounds.js
// `rounds` times. Prints the rate as bench/throughput.mjs does.
//
//   node wasm/bench/workerd.mjs [rounds]

import { fileURLToPath } from 'node:url';
import { startWorker } from '../example-worker/test/worker.mjs';

const rounds = Number(process.argv[2] ?? 2000);
const worker = await startWorker(fileURLToPath(new URL('./workerd/', import.meta.url)));

async function run(n) {
  const r = await fetch(`${worker.url}/run?rounds=${n}`);
  if (!r.ok) throw new Error(`the Worker answered ${r.status}: ${await r.text()}`);
  return r.json();
}

try {
  await run(Math.floor(rounds / 10) + 1);
  const start = process.hrtime.bigint();
  const { ok, count } = await run(rounds);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(`workerd: ${count} translations (${ok} ok) in ${seconds.toFixed(3)} s: ${(count / seconds).toFixed(0)} statements/s`);
} finally {
  await worker.stop();
}
