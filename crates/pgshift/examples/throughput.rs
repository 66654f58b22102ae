//! The measurements `bench/run.sh` tabulates, taken in one process so that
//! their ratios compare like with like on a busy machine.
//!
//! ```text
//! throughput translate FILE...   pgshift to each target, and the sqlparser ceiling
//! throughput copy FILE...        pgshift to each target only (the COPY path)
//! throughput latency [N]         one ~200-byte application query, N times per target
//! throughput statements FILE     the file's statements as a JSON array (for sqlglot)
//! throughput once TARGET FILE    one translation, nothing else (for a profiler);
//!                                `once ceiling FILE` runs the ceiling once
//! ```
//!
//! Each measurement prints one JSON object per line. A throughput figure is
//! the best of several runs (at least three, and at least `PGSHIFT_BENCH_SECS`
//! seconds in all, default 2): on a shared machine the fastest run is the one
//! least disturbed by other work. The ceiling is what sqlparser alone costs on
//! the same statements: `pgshift::scan::split`, then for each statement piece
//! a parse with PostgreSQL's dialect and `to_string` of the AST. COPY data
//! pieces are scanned by both but parsed by neither.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use pgshift::scan::{self, PieceKind};
use pgshift::{translate_with, Dialect, Options};
use sqlparser::dialect::PostgreSqlDialect;
use sqlparser::parser::Parser;
use std::hint::black_box;
use std::time::{Duration, Instant};

/// A typical application query of about 200 bytes: a join, an interval,
/// parameters and paging.
const APP_QUERY: &str = "SELECT o.id, o.total, c.email FROM orders AS o JOIN customers AS c \
ON c.id = o.customer_id WHERE c.id = $1 AND o.created_at > now() - INTERVAL '30 days' \
ORDER BY o.created_at DESC LIMIT $2 OFFSET $3";

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(command) = args.first() else {
        eprintln!("usage: throughput translate|copy|latency|statements …");
        std::process::exit(2);
    };
    match command.as_str() {
        "translate" => args[1..].iter().for_each(|f| throughput(f, true)),
        "copy" => args[1..].iter().for_each(|f| throughput(f, false)),
        "latency" => latency(args.get(1).map_or(20_000, |n| n.parse().unwrap())),
        "statements" => statements(&args[1]),
        "once" if args[1] == "ceiling" => {
            println!("{} statements sqlparser refused", ceiling(&read(&args[2])));
        }
        "once" => {
            let dialect = if args[1] == "mysql" {
                Dialect::Mysql
            } else {
                Dialect::Sqlite
            };
            let result = translate_with(&read(&args[2]), &Options::new(dialect));
            println!("{} bytes of output", result.map_or(0, |t| t.sql.len()));
        }
        other => {
            eprintln!("unknown command `{other}`");
            std::process::exit(2);
        }
    }
}

fn read(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The time budget of one throughput figure.
fn budget() -> Duration {
    let secs = std::env::var("PGSHIFT_BENCH_SECS")
        .ok()
        .and_then(|s| s.parse::<f64>().ok())
        .unwrap_or(2.0);
    Duration::from_secs_f64(secs)
}

/// The best time of `f` over at least three runs and the time budget.
fn best(mut f: impl FnMut()) -> f64 {
    let budget = budget();
    let started = Instant::now();
    let mut best = f64::INFINITY;
    let mut runs = 0;
    while runs < 3 || started.elapsed() < budget {
        let t = Instant::now();
        f();
        best = best.min(t.elapsed().as_secs_f64());
        runs += 1;
    }
    best
}

/// Source statements and COPY rows in the input.
fn counts(sql: &str) -> (usize, usize) {
    let mut statements = 0;
    let mut rows = 0;
    for piece in scan::split(sql) {
        match piece.kind {
            PieceKind::Statement => statements += 1,
            // Every line of the block but the `\.` terminator is a row.
            PieceKind::CopyData => rows += piece.text(sql).lines().count().saturating_sub(1),
            _ => {}
        }
    }
    (statements, rows)
}

fn throughput(path: &str, with_ceiling: bool) {
    let sql = read(path);
    let (statements, rows) = counts(&sql);
    for dialect in [Dialect::Sqlite, Dialect::Mysql] {
        let options = Options::new(dialect);
        let errors = match translate_with(&sql, &options) {
            Ok(_) => 0,
            Err(e) => e.diagnostics.iter().filter(|d| d.is_error()).count(),
        };
        let secs = best(|| {
            let _ = black_box(translate_with(black_box(&sql), &options));
        });
        report(
            path,
            dialect.name(),
            sql.len(),
            statements,
            rows,
            secs,
            errors,
        );
    }
    if with_ceiling {
        let failures = ceiling(&sql);
        let secs = best(|| {
            black_box(ceiling(black_box(&sql)));
        });
        report(path, "ceiling", sql.len(), statements, rows, secs, failures);
    }
}

/// sqlparser alone: split, parse each statement, print it back. Returns how
/// many statements sqlparser could not parse (pgshift reads those with its
/// own fallback reader).
fn ceiling(sql: &str) -> usize {
    let dialect = PostgreSqlDialect {};
    let mut failures = 0;
    let mut printed = 0;
    for piece in scan::split(sql) {
        if piece.kind != PieceKind::Statement {
            continue;
        }
        let body = piece
            .text(sql)
            .trim_end_matches(|c: char| c == ';' || c.is_whitespace());
        let parsed = Parser::new(&dialect)
            .with_recursion_limit(200)
            .try_with_sql(body)
            .and_then(|mut p| p.parse_statements());
        match parsed {
            Ok(stmts) => stmts.iter().for_each(|s| printed += s.to_string().len()),
            Err(_) => failures += 1,
        }
    }
    black_box(printed);
    failures
}

fn report(
    path: &str,
    what: &str,
    bytes: usize,
    statements: usize,
    rows: usize,
    secs: f64,
    errors: usize,
) {
    println!(
        "{{\"input\": {path:?}, \"what\": {what:?}, \"bytes\": {bytes}, \"statements\": {statements}, \
         \"rows\": {rows}, \"secs\": {secs:.6}, \"mb_per_s\": {:.2}, \"statements_per_s\": {:.0}, \"errors\": {errors}}}",
        bytes as f64 / secs / 1e6,
        statements as f64 / secs
    );
}

/// p50 and p99 of one translation of the application query, per target.
fn latency(n: usize) {
    for dialect in [Dialect::Sqlite, Dialect::Mysql] {
        let options = Options::new(dialect);
        assert!(translate_with(APP_QUERY, &options).is_ok());
        // Warm the caches and the allocator first.
        for _ in 0..n / 10 {
            black_box(translate_with(black_box(APP_QUERY), &options).ok());
        }
        let mut times: Vec<f64> = (0..n)
            .map(|_| {
                let t = Instant::now();
                black_box(translate_with(black_box(APP_QUERY), &options).ok());
                t.elapsed().as_secs_f64() * 1e6
            })
            .collect();
        times.sort_by(f64::total_cmp);
        let at = |q: f64| times[((times.len() as f64 * q) as usize).min(times.len() - 1)];
        println!(
            "{{\"what\": \"latency\", \"target\": {:?}, \"bytes\": {}, \"n\": {n}, \"p50_us\": {:.2}, \"p99_us\": {:.2}}}",
            dialect.name(),
            APP_QUERY.len(),
            at(0.50),
            at(0.99)
        );
    }
}

/// The statements of a file, without their `;`, as a JSON array on stdout.
fn statements(path: &str) {
    let sql = read(path);
    let texts: Vec<&str> = scan::split(&sql)
        .filter(|p| p.kind == PieceKind::Statement)
        .map(|p| {
            p.text(&sql)
                .trim_end_matches(|c: char| c == ';' || c.is_whitespace())
        })
        .collect();
    println!("{}", serde_json::to_string(&texts).unwrap());
}
