// The WASM throughput benchmark in workerd, Cloudflare's runtime: starts
// bench/workerd/worker.js with `wrangler dev` (from the example Worker's
// node_modules: run `npm ci` in wasm/example-worker first), warms it up, then
// times one request that translates the statements of statements.json
// `rounds` times for each target. Prints the rate as bench/throughput.mjs does.
//
//   node wasm/bench/workerd.mjs [rounds]

import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const rounds = Number(process.argv[2] ?? 2000);
const here = fileURLToPath(new URL('./workerd/', import.meta.url));
const wrangler = fileURLToPath(new URL('../example-worker/node_modules/wrangler/bin/wrangler.js', import.meta.url));

const port = await new Promise((resolve, reject) => {
  const server = createServer();
  server.once('error', reject);
  server.listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    server.close(() => resolve(port));
  });
});
const child = spawn(process.execPath, [wrangler, 'dev', '--ip', '127.0.0.1', '--port', String(port), '--log-level', 'warn'], {
  cwd: here,
  env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: 'true', NO_COLOR: '1' },
  stdio: ['ignore', 'pipe', 'pipe'],
});
let output = '';
child.stdout.on('data', (d) => (output += d));
child.stderr.on('data', (d) => (output += d));

const url = `http://127.0.0.1:${port}/run`;
async function run(n) {
  const r = await fetch(`${url}?rounds=${n}`);
  if (!r.ok) throw new Error(`the Worker answered ${r.status}: ${await r.text()}`);
  return r.json();
}

try {
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited (${child.exitCode}):\n${output}`);
    try {
      await run(0);
      break;
    } catch (e) {
      if (Date.now() > deadline) throw new Error(`the Worker did not answer within 60 s:\n${output}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  await run(Math.floor(rounds / 10) + 1);
  const start = process.hrtime.bigint();
  const { ok, count } = await run(rounds);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(`workerd: ${count} translations (${ok} ok) in ${seconds.toFixed(3)} s: ${(count / seconds).toFixed(0)} statements/s`);
} finally {
  child.kill('SIGINT');
}
