// The loop both WASM throughput benchmarks time, in Node (throughput.mjs) and
// in workerd (workerd/worker.js): `rounds` times, every statement for each
// target. A statement with an error counts like a translated one, as natively
// (wasm/examples/native_throughput.rs); the count of those that translated
// without one comes back.

const targets = [{ to: 'sqlite' }, { to: 'mysql' }];

/** Translations one call of `translateRounds` makes per round. */
export function perRound(statements) {
  return targets.length * statements.length;
}

export function translateRounds(translate, statements, rounds) {
  let ok = 0;
  for (let r = 0; r < rounds; r++) {
    for (const options of targets) {
      for (const sql of statements) {
        try {
          translate(sql, options);
          ok++;
        } catch {
          // Counted in the total all the same.
        }
      }
    }
  }
  return ok;
}
