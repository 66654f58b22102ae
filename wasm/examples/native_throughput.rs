//! The native side of the WASM throughput benchmark (`wasm/bench/run.sh`):
//! translates each statement of `wasm/bench/statements.json` for SQLite and for
//! MySQL, in rounds, and prints statements per second. `wasm/bench/throughput.mjs`
//! does the same through the WASM module in Node, so the two rates compare.
//!
//!     cargo run --release -p pgshift-wasm --example native_throughput [rounds]

use pgshift::{Dialect, Options};
use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/bench/statements.json");
    let statements: Vec<String> = serde_json::from_str(&std::fs::read_to_string(path)?)?;
    let rounds: usize = std::env::args().nth(1).map_or(Ok(2000), |s| s.parse())?;
    let targets = [Options::new(Dialect::Sqlite), Options::new(Dialect::Mysql)];
    let run = |rounds: usize| {
        let mut ok = 0usize;
        for _ in 0..rounds {
            for options in &targets {
                for sql in &statements {
                    ok += usize::from(pgshift::translate_with(sql, options).is_ok());
                }
            }
        }
        ok
    };
    // A warm-up round, as the WASM side has one.
    run(rounds / 10 + 1);
    let start = Instant::now();
    let ok = run(rounds);
    let seconds = start.elapsed().as_secs_f64();
    let count = rounds * targets.len() * statements.len();
    println!(
        "native: {count} translations ({ok} ok) in {seconds:.3} s: {:.0} statements/s",
        count as f64 / seconds
    );
    Ok(())
}
