// The WASM side of the throughput benchmark (wasm/bench/run.sh): the same
// statements and rounds as wasm/examples/native_throughput.rs, through the package's
// API in Node (so the JSON boundary is counted), in statements per second.
//
//   node wasm/bench/throughput.mjs [rounds]

import { readFileSync } from 'node:fs';
import { translate } from 'pgshift-wasm';
import { perRound, translateRounds } from './rounds.js';

const statements = JSON.parse(readFileSync(new URL('./statements.json', import.meta.url), 'utf8'));
const rounds = Number(process.argv[2] ?? 2000);

translateRounds(translate, statements, Math.floor(rounds / 10) + 1);
const start = process.hrtime.bigint();
const ok = translateRounds(translate, statements, rounds);
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const count = rounds * perRound(statements);
console.log(`wasm: ${count} translations (${ok} ok) in ${seconds.toFixed(3)} s: ${(count / seconds).toFixed(0)} statements/s`);
