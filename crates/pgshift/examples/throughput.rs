//! The measurements `bench/run.sh` tabulates, taken in one process so that
//! their ratios compare like with like on a busy machine.
//!
//! ```text
//! throughput translate FILE...   pgshift to each target, and the sqlparser ceiling
//! throughput copy FILE...        pgshift to each target only (the COPY path),
//!                                streamed as the CLI does, and through
//!                                `translate_with`
//! throughput once TARGET FILE    one translation, nothing else (for a profiler);
//!                                `once ceiling FILE` runs the ceiling once,
//!                                `once stream-TARGET FILE` the streamed one
//! throughput latency [N]         one ~200-byte application query, N times per target
//! throughput statements FILE     the file's statements as a JSON array (for sqlglot)
//! ```
//!
//! Each measurement prints one JSON object per line. A throughput figure is
//! the best of several runs (at least three, and at least `PGSHIFT_BENCH_SECS`
//! seconds in all, default 2): on a shared machine the fastest run is the one
//! least disturbed by other work. The ceiling is what sqlparser alone costs on
//! the same statements: `pgshift::scan::split`, then for each statement piece
//! a parse with PostgreSQL's dialect and `to_string` of the AST. COPY data
//! pieces are scanned by both but parsed by neither.
//!
//! `translate_with` returns the whole output twice (each statement, and the
//! statements joined into one `String`), so on a 64 MB COPY block it writes
//! some 150 MB of fresh memory that the CLI never touches: the CLI streams,
//! writing each piece's output from one reused buffer. The COPY figure
//! (`sqlite`, `mysql`) is therefore taken the CLI's way (`streamed`), from
//! the text in memory to each piece's SQL text, without the file reads and
//! writes; the `translate_with` figure is reported beside it
//! (`sqlite-translate_with`, `mysql-translate_with`).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use pgshift::fold::Planner;
use pgshift::scan::{self, PieceKind, COPY_CHUNK};
use pgshift::{translate_with, Dialect, Options, Translator};
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
        "copy" => args[1..].iter().for_each(|f| copy_throughput(f)),
        "latency" => latency(args.get(1).map_or(20_000, |n| n.parse().unwrap())),
        "statements" => statements(&args[1]),
        "once" if args[1] == "ceiling" => {
            println!("{} statements sqlparser refused", ceiling(&read(&args[2])));
        }
        "once" if args[1].starts_with("stream-") => {
            let dialect = if args[1] == "stream-mysql" {
                Dialect::Mysql
            } else {
                Dialect::Sqlite
            };
            let (bytes, errors) =
                streamed(&read(&args[2]), &Options::new(dialect), &mut String::new());
            println!("{bytes} bytes of output, {errors} errors");
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

/// The COPY path's figures: streamed as the CLI does, then through
/// `translate_with` (see the module docs).
fn copy_throughput(path: &str) {
    let sql = read(path);
    let (statements, rows) = counts(&sql);
    for dialect in [Dialect::Sqlite, Dialect::Mysql] {
        let options = Options::new(dialect);
        let mut text = String::new();
        let (_, errors) = streamed(&sql, &options, &mut text);
        let secs = best(|| {
            black_box(streamed(black_box(&sql), &options, &mut text));
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
        let secs = best(|| {
            let _ = black_box(translate_with(black_box(&sql), &options));
        });
        let what = format!("{}-translate_with", dialect.name());
        report(path, &what, sql.len(), statements, rows, secs, errors);
    }
}

/// What `pgshift convert --jobs 1` does with a file, from its text in
/// memory: the planner's pass and the translation's over the scanned pieces,
/// COPY data in chunks of whole lines of about `scan::COPY_CHUNK` bytes (as
/// `scan::Reader` hands them out), and each piece's output written into one
/// reused buffer, as the CLI's writer does before it writes the buffer out.
/// Reading the file (the reader's UTF-8 check and window) is left out, as
/// `translate_with` leaves it out. Returns the bytes of output and the
/// errors.
fn streamed(sql: &str, options: &Options, text: &mut String) -> (usize, usize) {
    let mut planner = Planner::new(options);
    for piece in scan::split(sql) {
        planner.piece(&piece, piece.text(sql));
    }
    let mut translator = Translator::new(options).with_plan(planner.finish());
    let mut outputs = Vec::new();
    let mut written = 0;
    let mut errors = 0;
    let mut write = |outputs: &mut Vec<pgshift::Output>, text: &mut String| {
        text.clear();
        for o in outputs.drain(..) {
            o.write_to(text);
        }
        written += black_box(&*text).len();
    };
    for piece in scan::split(sql) {
        let source = piece.text(sql);
        if piece.kind == PieceKind::CopyData {
            let mut offset = piece.span.start as usize;
            let mut rest = source;
            while !rest.is_empty() {
                let cut = rest
                    .as_bytes()
                    .get(COPY_CHUNK..)
                    .and_then(|tail| memchr::memchr(b'\n', tail))
                    .map_or(rest.len(), |i| COPY_CHUNK + i + 1);
                let (chunk, after) = rest.split_at(cut);
                translator.copy_data(chunk, offset, after.is_empty(), &mut outputs);
                offset += chunk.len();
                rest = after;
                errors += count_errors(&translator.take_diagnostics());
                write(&mut outputs, text);
            }
        } else {
            translator.piece(&piece, source, &mut outputs);
            errors += count_errors(&translator.take_diagnostics());
            write(&mut outputs, text);
        }
    }
    let finished = translator.finish(&mut outputs);
    errors += count_errors(&finished.diagnostics);
    write(&mut outputs, text);
    (written, errors)
}

fn count_errors(diagnostics: &[pgshift::Diagnostic]) -> usize {
    diagnostics.iter().filter(|d| d.is_error()).count()
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
