//! The engine adapters against live servers, with hand-written translations.
//!
//! Each test returns early (and says so) when its server variable is unset.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use grammar_tests::check::compare_outcomes;
use grammar_tests::engines::{mysql, postgres, sqlite};
use grammar_tests::env::Engines;
use grammar_tests::expect::ExpectedErrors;
use grammar_tests::params::parse_list;
use grammar_tests::schema::diff;
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

/// A PostgreSQL schema with every part of the schema model, and hand-written
/// equivalents for SQLite and MySQL.
const PG_SCHEMA: &str = "CREATE TABLE owners (id SERIAL PRIMARY KEY, email VARCHAR(50) NOT NULL UNIQUE, \
    name TEXT DEFAULT 'anon'::text, score NUMERIC(5,2) DEFAULT 1.50, active BOOLEAN NOT NULL DEFAULT true, \
    created TIMESTAMP DEFAULT now());\n\
CREATE TABLE pets (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, \
    owner_id INT NOT NULL REFERENCES owners (id) ON DELETE CASCADE, kind VARCHAR(10) DEFAULT 'cat', \
    age INT CHECK (age >= 0), UNIQUE (owner_id, kind));\n\
CREATE INDEX pets_kind_age ON pets (kind DESC, age);\n\
CREATE VIEW adult_pets AS SELECT id FROM pets WHERE age >= 2;\n";

const SQLITE_SCHEMA: &str = "CREATE TABLE owners (id INTEGER PRIMARY KEY AUTOINCREMENT, email VARCHAR(50) NOT NULL UNIQUE, \
    name TEXT DEFAULT 'anon', score NUMERIC DEFAULT 1.5, active INTEGER NOT NULL DEFAULT 1, \
    created TEXT DEFAULT CURRENT_TIMESTAMP);
CREATE TABLE pets (id INTEGER PRIMARY KEY, owner_id INT NOT NULL REFERENCES owners (id) ON DELETE CASCADE, \
    kind VARCHAR(10) DEFAULT 'cat', age INT CHECK (age >= 0), UNIQUE (owner_id, kind));
CREATE INDEX pets_kind_age ON pets (kind DESC, age);
CREATE VIEW adult_pets AS SELECT id FROM pets WHERE age >= 2;";

const MYSQL_SCHEMA: [&str; 4] = [
    "CREATE TABLE owners (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, email VARCHAR(50) NOT NULL UNIQUE, \
     name VARCHAR(100) DEFAULT 'anon', score DECIMAL(5,2) DEFAULT 1.50, active BOOLEAN NOT NULL DEFAULT TRUE, \
     created DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6))",
    "CREATE TABLE pets (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, owner_id INT NOT NULL, \
     kind VARCHAR(10) DEFAULT 'cat', age INT CHECK (age >= 0), UNIQUE (owner_id, kind), \
     FOREIGN KEY (owner_id) REFERENCES owners (id) ON DELETE CASCADE)",
    "CREATE INDEX pets_kind_age ON pets (kind DESC, age)",
    "CREATE VIEW adult_pets AS SELECT id FROM pets WHERE age >= 2",
];

fn pg_schema(url: &str, script: &str) -> grammar_tests::schema::Schema {
    let mut session = postgres::Session::begin(url, "engines_schema").unwrap();
    session.run(script, &[]).unwrap();
    session.schema().unwrap()
}

#[test]
fn sqlite_schema_matches_postgres() {
    let Some(url) = Engines::from_env().pg_url else {
        return;
    };
    let pg = pg_schema(&url, PG_SCHEMA);
    assert_eq!(pg.tables.len(), 2, "{pg:#?}");
    let mut session = sqlite::Session::open().unwrap();
    let statements: Vec<Statement> = SQLITE_SCHEMA
        .split(";\n")
        .map(|sql| stmt(sql, vec![], (0, 0), false))
        .collect();
    session
        .run(&statements, &[], &ExpectedErrors::none())
        .unwrap();
    diff::compare(&pg, &session.schema().unwrap(), "sqlite").unwrap();

    // A missing default and a missing index are found.
    let mut session = sqlite::Session::open().unwrap();
    let mut changed = statements.clone();
    changed[0].sql = changed[0].sql.replace(" DEFAULT 'anon'", "");
    changed.remove(2);
    session.run(&changed, &[], &ExpectedErrors::none()).unwrap();
    let err = diff::compare(&pg, &session.schema().unwrap(), "sqlite").unwrap_err();
    assert!(
        err.contains("table owners, column name: default: PostgreSQL 'anon', sqlite no default"),
        "{err}"
    );
    assert!(
        err.contains("table pets: index (kind, age): PostgreSQL has it, sqlite not"),
        "{err}"
    );
}

#[test]
fn mysql_schema_matches_postgres() {
    let engines = Engines::from_env();
    let (Some(pg_url), Some(my_url)) = (engines.pg_url, engines.mysql_url) else {
        return;
    };
    let pg = pg_schema(&pg_url, PG_SCHEMA);
    let statements: Vec<Statement> = MYSQL_SCHEMA
        .iter()
        .map(|sql| stmt(sql, vec![], (0, 0), false))
        .collect();
    let mut db = mysql::Database::create(&my_url, "engines_schema").unwrap();
    db.run(&statements, &[], &ExpectedErrors::none()).unwrap();
    diff::compare(&pg, &db.schema().unwrap(), "mysql").unwrap();

    // An ON DELETE action that differs is found.
    let mut changed = statements.clone();
    changed[1].sql = changed[1].sql.replace(" ON DELETE CASCADE", "");
    let mut db = mysql::Database::create(&my_url, "engines_schema").unwrap();
    db.run(&changed, &[], &ExpectedErrors::none()).unwrap();
    let err = diff::compare(&pg, &db.schema().unwrap(), "mysql").unwrap_err();
    assert!(
        err.contains("foreign key (owner_id) references owners(id) on delete cascade on update no action: PostgreSQL has it, mysql not"),
        "{err}"
    );
}

#[test]
fn postgres_statements_marked_error_must_fail() {
    let Some(url) = Engines::from_env().pg_url else {
        return;
    };
    let params = parse_list("-1").unwrap();
    let script = "CREATE TABLE t (n int CHECK (n >= 0));\n\
        -- error: check violated\n\
        INSERT INTO t VALUES ($1);\n\
        -- error\n\
        INSERT INTO t VALUES (NULL::text::int / 0 + 'x');\n\
        INSERT INTO t VALUES (-$1);\n\
        SELECT n FROM t;\n";
    let out = postgres::run(&url, "engines_expect", script, &params).unwrap();
    assert_eq!(
        out[4].rows.as_ref().unwrap(),
        &vec![vec![Some("1".to_string())]]
    );

    let accepted = "CREATE TABLE t (n int);\n-- error: wrongly marked\nINSERT INTO t VALUES (1);\n";
    let err = postgres::run(&url, "engines_expect", accepted, &[]).unwrap_err();
    assert!(
        err.starts_with("PostgreSQL accepted a statement marked -- error"),
        "{err}"
    );
}

#[test]
fn targets_statements_marked_error_must_fail() {
    let script = "CREATE TABLE t (n int NOT NULL);\n-- error\nINSERT INTO t VALUES (NULL);\nINSERT INTO t VALUES (1);\n";
    let s = spans_of(script);
    let expected = ExpectedErrors::from_source(script);
    let statements = [
        stmt("CREATE TABLE t (n INT NOT NULL)", vec![], s[0], false),
        stmt("INSERT INTO t VALUES (NULL)", vec![], s[1], false),
        stmt("INSERT INTO t VALUES (1)", vec![], s[2], false),
    ];
    let mut session = sqlite::Session::open().unwrap();
    session.run(&statements, &[], &expected).unwrap();
    let mut wrong = statements.clone();
    wrong[1].sql = "INSERT INTO t VALUES (2)".into();
    let err = sqlite::Session::open()
        .unwrap()
        .run(&wrong, &[], &expected)
        .unwrap_err();
    assert!(
        err.starts_with("SQLite accepted a statement marked -- error"),
        "{err}"
    );

    let Some(url) = Engines::from_env().mysql_url else {
        return;
    };
    let mut db = mysql::Database::create(&url, "engines_expect").unwrap();
    db.run(&statements, &[], &expected).unwrap();
    let mut db = mysql::Database::create(&url, "engines_expect").unwrap();
    let err = db.run(&wrong, &[], &expected).unwrap_err();
    assert!(
        err.starts_with("MySQL accepted a statement marked -- error"),
        "{err}"
    );
}

#[test]
fn postgres_commits_and_drops_its_schema() {
    let Some(url) = Engines::from_env().pg_url else {
        return;
    };
    let schema = {
        let mut session = postgres::Session::begin(&url, "engines_commit").unwrap();
        session
            .run("CREATE TYPE mood AS ENUM ('ok');\n", &[])
            .unwrap();
        session.commit().unwrap();
        session
            .run("ALTER TYPE mood ADD VALUE 'good';\n", &[])
            .unwrap();
        session.commit().unwrap();
        let out = session
            .run("CREATE TABLE t (m mood DEFAULT 'good');\nINSERT INTO t DEFAULT VALUES;\nSELECT m, current_schema() FROM t;\n", &[])
            .unwrap();
        let rows = out[2].rows.clone().unwrap();
        assert_eq!(rows[0][0].as_deref(), Some("good"));
        rows[0][1].clone().unwrap()
    };
    let mut client = postgres::connect(&url).unwrap();
    let left = client
        .query("SELECT 1 FROM pg_namespace WHERE nspname = $1", &[&schema])
        .unwrap();
    assert!(left.is_empty(), "{schema} was not dropped");
}

/// The span of each line of `script`.
fn spans_of(script: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in script.split_inclusive('\n') {
        if !line.trim_start().starts_with("--") {
            out.push((start, start + line.len()));
        }
        start += line.len();
    }
    out
}
