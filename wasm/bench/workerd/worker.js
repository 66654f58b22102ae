// The WASM throughput benchmark inside workerd, Cloudflare's runtime (run by
// wasm/bench/workerd.mjs through `wrangler dev`): `GET /run?rounds=N`
// translates the statements of ../statements.json N times for each target, as
// ../throughput.mjs does in Node, and answers how many translated without an
// error. The time is taken outside, around the request: inside a Worker the
// clock stands still while code runs.

import { translate } from '../../pkg/workerd.js';
import statements from '../statements.json';

const targets = [{ to: 'sqlite' }, { to: 'mysql' }];

export default {
  async fetch(request) {
    const rounds = Number(new URL(request.url).searchParams.get('rounds') ?? 0);
    let ok = 0;
    for (let r = 0; r < rounds; r++) {
      for (const options of targets) {
        for (const sql of statements) {
          try {
            translate(sql, options);
            ok++;
          } catch {
            // A diagnosed statement counts like a translated one, as natively.
          }
        }
      }
    }
    return Response.json({ ok, count: rounds * targets.length * statements.length });
  },
};
