//! Criterion benchmarks of translation throughput and latency.
//!
//! - `mixed_1mb/{sqlite,mysql,ceiling}`: the generated mixed script (seed 1,
//!   1 MB) translated to each target, and the ceiling on the same statements
//!   (`pgshift::scan::split`, sqlparser's parse and `to_string`);
//! - `dump/{chinook,northwind}_{sqlite,mysql}`: the real dumps in
//!   `corpora/` (skipped, and said so, when the folder is absent);
//! - `copy_4mb/{sqlite,mysql}`: one table and a 4 MB COPY block, the COPY path;
//! - `latency/{sqlite,mysql}`: one ~200-byte application query.
//!
//! `bench/run.sh` gives the same figures (and p50/p99, sqlglot, memory and the
//! CLI) in one table; these are for `cargo bench` comparisons while working.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use pgshift::scan::{self, PieceKind};
use pgshift::{translate_with, Dialect, Options};
use sqlparser::dialect::PostgreSqlDialect;
use sqlparser::parser::Parser;
use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

const APP_QUERY: &str = "SELECT o.id, o.total, c.email FROM orders AS o JOIN customers AS c \
ON c.id = o.customer_id WHERE c.id = $1 AND o.created_at > now() - INTERVAL '30 days' \
ORDER BY o.created_at DESC LIMIT $2 OFFSET $3";

const TARGETS: [Dialect; 2] = [Dialect::Sqlite, Dialect::Mysql];

fn generated(f: fn(u64, u64, &mut Vec<u8>) -> std::io::Result<()>, bytes: u64) -> String {
    let mut out = Vec::new();
    f(1, bytes, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

/// sqlparser alone on the statements pgshift's scanner finds.
fn ceiling(sql: &str) -> usize {
    let mut printed = 0;
    for piece in scan::split(sql) {
        if piece.kind != PieceKind::Statement {
            continue;
        }
        let body = piece
            .text(sql)
            .trim_end_matches(|c: char| c == ';' || c.is_whitespace());
        if let Ok(stmts) = Parser::new(&PostgreSqlDialect {})
            .with_recursion_limit(200)
            .try_with_sql(body)
            .and_then(|mut p| p.parse_statements())
        {
            printed += stmts.iter().map(|s| s.to_string().len()).sum::<usize>();
        }
    }
    printed
}

fn mixed(c: &mut Criterion) {
    let sql = generated(pgshift_gen::mixed, 1 << 20);
    let mut g = c.benchmark_group("mixed_1mb");
    g.sample_size(10).measurement_time(Duration::from_secs(8));
    g.throughput(Throughput::Bytes(sql.len() as u64));
    for dialect in TARGETS {
        let options = Options::new(dialect);
        assert!(translate_with(&sql, &options).is_ok());
        g.bench_function(dialect.name(), |b| {
            b.iter(|| translate_with(black_box(&sql), &options))
        });
    }
    g.bench_function("ceiling", |b| b.iter(|| ceiling(black_box(&sql))));
    g.finish();
}

fn dumps(c: &mut Criterion) {
    let corpora = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpora");
    let mut g = c.benchmark_group("dump");
    g.sample_size(20);
    for name in ["chinook", "northwind"] {
        let path = corpora.join(name).join(format!("{name}.pg_dump.sql"));
        let Ok(sql) = std::fs::read_to_string(&path) else {
            eprintln!("SKIPPED: {} is absent", path.display());
            continue;
        };
        g.throughput(Throughput::Bytes(sql.len() as u64));
        for dialect in TARGETS {
            let options = Options::new(dialect);
            g.bench_with_input(BenchmarkId::new(name, dialect.name()), &sql, |b, sql| {
                b.iter(|| translate_with(black_box(sql), &options))
            });
        }
    }
    g.finish();
}

fn copy(c: &mut Criterion) {
    let sql = generated(pgshift_gen::copy_only, 4 << 20);
    let mut g = c.benchmark_group("copy_4mb");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(sql.len() as u64));
    for dialect in TARGETS {
        let options = Options::new(dialect);
        assert!(translate_with(&sql, &options).is_ok());
        g.bench_function(dialect.name(), |b| {
            b.iter(|| translate_with(black_box(&sql), &options))
        });
    }
    g.finish();
}

fn latency(c: &mut Criterion) {
    let mut g = c.benchmark_group("latency");
    for dialect in TARGETS {
        let options = Options::new(dialect);
        assert!(translate_with(APP_QUERY, &options).is_ok());
        g.bench_function(dialect.name(), |b| {
            b.iter(|| translate_with(black_box(APP_QUERY), &options))
        });
    }
    g.finish();
}

criterion_group!(benches, mixed, dumps, copy, latency);
criterion_main!(benches);
