// The WASM throughput benchmark inside workerd, Cloudflare's runtime (run by
// wasm/bench/workerd.mjs through `wrangler dev`): `GET /run?rounds=N` runs the
// loop of ../rounds.js N times, as ../throughput.mjs does in Node, and answers
// how many translations there were and how many had no error. The time is
// taken outside, around the request: inside a Worker the clock stands still
// while code runs.

import { translate } from '../../pkg/workerd.js';
import statements from '../statements.json';
import { perRound, translateRounds } from '../rounds.js';

export default {
  async fetch(request) {
    const rounds = Number(new URL(request.url).searchParams.get('rounds') ?? 0);
    const ok = translateRounds(translate, statements, rounds);
    return Response.json({ ok, count: rounds * perRound(statements) });
  },
};
