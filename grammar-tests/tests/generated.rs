//! Generated statements on the real engines: a few hundred PostgreSQL statements
//! drawn deterministically from the fuzz generator (`fuzz/src/generate.rs`) are
//! translated, and every successful translation must be accepted by the engine's
//! own parser and planner: prepared on SQLite and on MariaDB (when
//! PGSHIFT_TEST_MYSQL_URL is set) against the generator's schema. An output the
//! engine rejects is a translation bug.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[allow(dead_code)]
#[path = "../../fuzz/src/generate.rs"]
mod generate;
mod support;

use arbitrary::{Arbitrary, Unstructured};
use generate::SCHEMA;
use mysql::prelude::Queryable;
use pgshift::{Dialect, Options};
use support::MariaDb;

/// How many statements are drawn.
const STATEMENTS: usize = 400;

/// A small deterministic generator of input bytes (xorshift64*).
struct Bytes(u64);

impl Bytes {
    fn fill(&mut self, buf: &mut [u8]) {
        for b in buf {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            *b = (self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 56) as u8;
        }
    }
}

/// The drawn statements, as PostgreSQL text.
fn statements() -> Vec<String> {
    draw(0x5eed_1234_abcd_0001, STATEMENTS)
}

/// `count` statements drawn from `seed`.
fn draw(seed: u64, count: usize) -> Vec<String> {
    let mut bytes = Bytes(seed);
    let mut out = Vec::new();
    let mut buf = vec![0u8; 256];
    while out.len() < count {
        bytes.fill(&mut buf);
        if let Ok(s) = generate::Statement::arbitrary(&mut Unstructured::new(&buf)) {
            out.push(s.to_string());
        }
    }
    out
}

/// Translates every statement for `dialect` and hands each success to `prepare`,
/// collecting the engine's rejections. Returns (translated, rejections).
fn check(
    dialect: Dialect,
    mut prepare: impl FnMut(&str) -> Result<(), String>,
) -> (usize, Vec<String>) {
    let options = Options::new(dialect).with_schema(SCHEMA).unwrap();
    let mut translated = 0;
    let mut rejected = Vec::new();
    for pg in statements() {
        let Ok(t) = pgshift::translate_with(&pg, &options) else {
            continue;
        };
        translated += 1;
        for s in &t.statements {
            let Err(e) = prepare(&s.sql) else { continue };
            rejected.push(format!("{e}\n  PostgreSQL: {pg}\n  {dialect:?}: {}", s.sql));
        }
    }
    (translated, rejected)
}

fn assert_accepted(engine: &str, translated: usize, rejected: &[String]) {
    eprintln!("{engine}: {translated} of {STATEMENTS} generated statements translated");
    assert!(
        rejected.is_empty(),
        "{engine} rejects {} translations:\n{}",
        rejected.len(),
        rejected.join("\n")
    );
    // The generator is meant to produce valid PostgreSQL; if most of it stops
    // translating, this test no longer tests anything.
    assert!(
        translated >= STATEMENTS / 3,
        "only {translated} statements translated"
    );
}

#[test]
fn generated_statements_prepare_on_sqlite() {
    let conn = rusqlite::Connection::open_in_memory().unwrap();
    for s in support::translate(SCHEMA, &Options::new(Dialect::Sqlite)) {
        conn.execute_batch(&s.sql).unwrap();
    }
    let (translated, rejected) = check(Dialect::Sqlite, |sql| {
        conn.prepare(sql)
            .map(drop)
            .map_err(|e| format!("SQLite: {e}"))
    });
    assert_accepted("SQLite", translated, &rejected);
}

#[test]
fn generated_statements_prepare_on_mariadb() {
    let Some(mut db) = MariaDb::from_env("generated") else {
        return;
    };
    for s in support::translate(SCHEMA, &Options::new(Dialect::Mysql)) {
        db.conn.query_drop(&s.sql).unwrap();
    }
    let (translated, rejected) = check(Dialect::Mysql, |sql| {
        let stmt = db.conn.prep(sql).map_err(|e| format!("MariaDB: {e}"))?;
        db.conn.close(stmt).map_err(|e| format!("MariaDB: {e}"))
    });
    assert_accepted("MariaDB", translated, &rejected);
}

/// The rules' census gates (`rules::apply`) on many more generated statements:
/// in a debug build every rule a gate skips runs on a copy, and a skip that
/// would have lost a rewrite or a diagnostic panics. No engine is needed.
/// `PGSHIFT_GATE_STATEMENTS` draws more (the default keeps CI quick).
#[test]
fn rule_gates_hold_on_generated_statements() {
    if !cfg!(debug_assertions) {
        eprintln!("rule_gates_hold_on_generated_statements: skipped, the gates are checked only in debug builds");
        return;
    }
    let count = std::env::var("PGSHIFT_GATE_STATEMENTS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(3_000);
    let mut translated = 0;
    for dialect in [Dialect::Sqlite, Dialect::Mysql] {
        let options = Options::new(dialect).with_schema(SCHEMA).unwrap();
        for pg in draw(0x9a7e_5eed_0000_0002, count) {
            translated += usize::from(pgshift::translate_with(&pg, &options).is_ok());
        }
    }
    assert!(
        translated >= count / 2,
        "only {translated} statements translated"
    );
}

/// `Translator::piece_lowered` with statements read and lowered on another
/// thread (`Lowered::new`, what `pgshift convert --jobs` does) gives the
/// same outputs and diagnostics as `Translator::piece`, on one script of
/// generated statements: schema, queries, failures and all.
#[test]
fn lowering_on_another_thread_translates_the_same() {
    use pgshift::{Lowered, Translator};
    let mut script = SCHEMA.to_string();
    for pg in draw(0x1043_5eed_0000_0003, 600) {
        script.push_str(&pg);
        script.push_str(";\n");
    }
    let pieces: Vec<pgshift::scan::Piece> = pgshift::scan::split(&script).collect();
    for dialect in [Dialect::Sqlite, Dialect::Mysql] {
        let options = Options::new(dialect);
        let lowered: Vec<Option<Lowered>> = std::thread::scope(|s| {
            s.spawn(|| {
                pieces
                    .iter()
                    .map(|p| Lowered::new(&options, p, p.text(&script)))
                    .collect()
            })
            .join()
            .unwrap()
        });
        assert!(lowered.iter().flatten().count() > 600);
        let mut here = Translator::new(&options);
        let mut there = Translator::new(&options);
        let (mut a, mut b) = (Vec::new(), Vec::new());
        for (piece, lowered) in pieces.iter().zip(lowered) {
            here.piece(piece, piece.text(&script), &mut a);
            there.piece_lowered(piece, piece.text(&script), lowered, &mut b);
            assert_eq!(here.take_diagnostics(), there.take_diagnostics());
        }
        assert!(a.len() > 300, "{} outputs", a.len());
        assert_eq!(a, b);
        assert_eq!(
            here.finish(&mut a).diagnostics,
            there.finish(&mut b).diagnostics
        );
    }
}
