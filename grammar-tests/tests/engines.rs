//! The engine adapters against live servers, with hand-written translations.
//!
//! Each test returns early (and says so) when its server variable is unset.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use grammar_tests::check::compare_outcomes;
use grammar_tests::engines::{mysql, postgres, sqlite};
use grammar_tests::env::Engines;
use grammar_tests::expect::ExpectedErrors;
use grammar_tests::params::parse_list;
use pgshift::{Dialect, Span, Statement};

fn stmt(sql: &str, params: Vec<u32>, span: (usize, usize), returns_rows: bool) -> Statement {
    Statement {
        sql: sql.into(),
        params,
        span: Span::new(span.0, span.1),
        returns_rows,
    }
}

const SCRIPT: &str = "CREATE TABLE t (id int PRIMARY KEY, b boolean, d numeric(6,2), at timestamp, data bytea);\n\
INSERT INTO t VALUES (1, true, 3.50, '2024-01-05 10:00:00', '\\xdead'), (2, false, NULL, '2024-01-05 10:00:00.5', NULL);\n\
SELECT id, b, d, at, data FROM t WHERE id + $2 - $1 >= 2 ORDER BY id;\n";

fn spans() -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in SCRIPT.split_inclusive('\n') {
        out.push((start, start + line.len()));
        start += line.len();
    }
    out
}

#[test]
fn postgres_runs_the_script_with_params() {
    let Some(url) = Engines::from_env().pg_url else {
        eprintln!("PGSHIFT_TEST_PG_URL is not set: test SKIPPED");
        return;
    };
    let params = parse_list("1, 2").unwrap();
    let out = postgres::run(&url, "engines_test", SCRIPT, &params).unwrap();
    assert_eq!(out.len(), 3);
    assert!(out[0].rows.is_none());
    let rows = out[2].rows.as_ref().unwrap();
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0][1].as_deref(), Some("t"));
    assert_eq!(rows[0][4].as_deref(), Some("\\xdead"));
    assert_eq!(rows[1][2], None);
}

#[test]
fn postgres_rejections_are_reported() {
    let Some(url) = Engines::from_env().pg_url else {
        return;
    };
    let err = postgres::run(&url, "engines_test", "SELEC 1;", &[]).unwrap_err();
    assert!(err.contains("SELEC 1"), "{err}");
}

#[test]
fn mysql_matches_postgres() {
    let engines = Engines::from_env();
    let (Some(pg_url), Some(my_url)) = (engines.pg_url, engines.mysql_url) else {
        eprintln!("PGSHIFT_TEST_PG_URL or PGSHIFT_TEST_MYSQL_URL is not set: test SKIPPED");
        return;
    };
    let params = parse_list("1, 2").unwrap();
    let s = spans();
    let statements = [
        stmt(
            "CREATE TABLE t (id INT PRIMARY KEY, b BOOLEAN, d DECIMAL(6,2), at DATETIME(6), data LONGBLOB)",
            vec![],
            s[0],
            false,
        ),
        stmt(
            "INSERT INTO t VALUES (1, TRUE, 3.50, '2024-01-05 10:00:00', x'dead'), (2, FALSE, NULL, '2024-01-05 10:00:00.5', NULL)",
            vec![],
            s[1],
            false,
        ),
        stmt("SELECT id, b, d, at, data FROM t WHERE id + ? - ? >= 2 ORDER BY id", vec![2, 1], s[2], true),
    ];
    let reference = postgres::run(&pg_url, "engines_test", SCRIPT, &params).unwrap();
    let mut db = mysql::Database::create(&my_url, "engines_test").unwrap();
    let rows = db
        .run(&statements, &params, &ExpectedErrors::none())
        .unwrap();
    compare_outcomes(&reference, &statements, &rows, Dialect::Mysql).unwrap();

    // Binding in source order instead of the map's order changes the result.
    let mut wrong = statements.clone();
    wrong[2].params = vec![1, 2];
    let mut db = mysql::Database::create(&my_url, "engines_test").unwrap();
    let rows = db.run(&wrong, &params, &ExpectedErrors::none()).unwrap();
    let err = compare_outcomes(&reference, &wrong, &rows, Dialect::Mysql).unwrap_err();
    assert!(err.contains("PostgreSQL rows:"), "{err}");
}

#[test]
fn sqlite_matches_postgres() {
    let Some(pg_url) = Engines::from_env().pg_url else {
        return;
    };
    let params = parse_list("1, 2").unwrap();
    let s = spans();
    let statements = [
        stmt("CREATE TABLE t (id INTEGER PRIMARY KEY, b INTEGER, d NUMERIC, at TEXT, data BLOB)", vec![], s[0], false),
        stmt(
            "INSERT INTO t VALUES (1, 1, 3.5, '2024-01-05 10:00:00', x'dead'), (2, 0, NULL, '2024-01-05 10:00:00.500', NULL)",
            vec![],
            s[1],
            false,
        ),
        stmt("SELECT id, b, d, at, data FROM t WHERE id + ?2 - ?1 >= 2 ORDER BY id", vec![1, 2], s[2], true),
    ];
    let reference = postgres::run(&pg_url, "engines_test", SCRIPT, &params).unwrap();
    let rows = sqlite::run(&statements, &params).unwrap();
    compare_outcomes(&reference, &statements, &rows, Dialect::Sqlite).unwrap();
}

#[test]
fn mysql_drops_its_database() {
    let Some(url) = Engines::from_env().mysql_url else {
        return;
    };
    use ::mysql::prelude::Queryable;
    let name = {
        let mut db = mysql::Database::create(&url, "drop_test").unwrap();
        let rows = db
            .run(
                &[stmt("SELECT DATABASE()", vec![], (0, 0), true)],
                &[],
                &ExpectedErrors::none(),
            )
            .unwrap();
        rows[0].as_ref().unwrap()[0][0].clone().unwrap()
    };
    let mut conn = mysql::connect(&url).unwrap();
    let left: Vec<String> = conn.query(format!("SHOW DATABASES LIKE '{name}'")).unwrap();
    assert!(left.is_empty(), "{name} was not dropped");
}
