// Single-query latency of the WASM package under Node: p50 and p99 of one
// translation of the same ~200-byte application query the native driver
// times (examples/throughput.rs), per target.
//
//   node bench/wasm_latency.mjs PKG_DIR [N]
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';

const APP_QUERY =
  'SELECT o.id, o.total, c.email FROM orders AS o JOIN customers AS c ' +
  "ON c.id = o.customer_id WHERE c.id = $1 AND o.created_at > now() - INTERVAL '30 days' " +
  'ORDER BY o.created_at DESC LIMIT $2 OFFSET $3';

const pkg = process.argv[2];
const n = Number(process.argv[3] ?? 20000);
const api = await import(pathToFileURL(join(pkg, 'node.js')).href);

for (const to of ['sqlite', 'mysql']) {
  api.translate(APP_QUERY, { to });
  for (let i = 0; i < n / 10; i++) api.translate(APP_QUERY, { to });
  const times = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const t = process.hrtime.bigint();
    api.translate(APP_QUERY, { to });
    times[i] = Number(process.hrtime.bigint() - t) / 1000;
  }
  times.sort();
  const at = (q) => times[Math.min(times.length - 1, Math.floor(times.length * q))];
  console.log(
    JSON.stringify({ what: 'wasm-latency', target: to, bytes: APP_QUERY.length, n, p50_us: at(0.5), p99_us: at(0.99) }),
  );
}
