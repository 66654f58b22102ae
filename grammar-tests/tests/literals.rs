//! Literal fidelity, the injection boundary: generated string values, embedded in
//! PostgreSQL as a standard string, an E'' string and a dollar-quoted string, are
//! translated, run on SQLite and MariaDB (`SELECT` of the literals, and an INSERT
//! into a TEXT column read back) and must come back byte for byte. The same for
//! quoted identifiers: a table and a column named by them are created, written
//! and read back by name. MariaDB is skipped, aloud, when its URL is unset.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

use mysql::prelude::Queryable;
use pgshift::{Code, Dialect, Options};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use std::cell::RefCell;
use support::MariaDb;

/// How many values the literal property draws; each runs three spellings on
/// each engine.
const LITERAL_CASES: u32 = 1500;
/// How many identifiers the identifier property draws.
const IDENTIFIER_CASES: u32 = 300;

/// The pieces values are made of: quotes, backslashes (a trailing one too), dollar
/// quotes, white space, combining marks and 4-byte characters, SQL fragments.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("'".to_string()),
        Just("''".to_string()),
        Just("\\".to_string()),
        Just("\\\\".to_string()),
        Just("\\'".to_string()),
        Just("$$".to_string()),
        Just("$tag$".to_string()),
        Just("$".to_string()),
        Just("\n".to_string()),
        Just("\r\n".to_string()),
        Just("\t".to_string()),
        Just(" ".to_string()),
        Just("e\u{301}".to_string()),
        Just("\u{1F600}".to_string()),
        Just("\u{1D538}".to_string()),
        Just("é".to_string()),
        Just("'; DROP TABLE t; --".to_string()),
        Just("\"".to_string()),
        Just("`".to_string()),
        Just("?".to_string()),
        Just("%_".to_string()),
        Just("/*".to_string()),
        Just("\\0".to_string()),
        Just("\\n".to_string()),
        "[a-zA-Z0-9]{1,4}",
        any::<char>()
            .prop_filter("no NUL", |c| *c != '\0')
            .prop_map(String::from),
    ]
}

fn value() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..10).prop_map(|p| p.concat())
}

/// `value` as a standard string: only the quote is doubled.
fn standard(value: &str) -> String {
    format!("'{}'", value.replace('\'', "''"))
}

/// `value` as an E'' string, using every escape form PostgreSQL decodes.
fn escaped(value: &str) -> String {
    let mut s = String::from("E'");
    for (i, c) in value.chars().enumerate() {
        match c {
            '\\' => s.push_str("\\\\"),
            '\'' if i % 2 == 0 => s.push_str("\\'"),
            '\'' => s.push_str("''"),
            '\n' => s.push_str("\\n"),
            '\t' => s.push_str("\\t"),
            '\r' => s.push_str("\\r"),
            'A' => s.push_str("\\101"),
            'B' => s.push_str("\\x42"),
            c if u32::from(c) > 0xFFFF => s.push_str(&format!("\\U{:08X}", u32::from(c))),
            c if (0x300..0x370).contains(&u32::from(c)) => {
                s.push_str(&format!("\\u{:04x}", u32::from(c)))
            }
            c => s.push(c),
        }
    }
    s.push('\'');
    s
}

/// `value` dollar-quoted, with a tag the value does not contain.
fn dollar(value: &str) -> String {
    if !value.contains('$') {
        return format!("$${value}$$");
    }
    let mut tag = String::from("q");
    while value.contains(&format!("${tag}$")) || value.ends_with(&format!("${tag}")) {
        tag.push('q');
    }
    format!("${tag}${value}${tag}$")
}

fn spellings(value: &str) -> [String; 3] {
    [standard(value), escaped(value), dollar(value)]
}

/// The statements of one literal case, translated for one target: the SELECT of
/// the three spellings, the INSERT of them, the read back and the clean up.
fn literal_statements(value: &str, options: &Options) -> Vec<String> {
    let [a, b, c] = spellings(value);
    let script = format!(
        "SELECT {a} AS a, {b} AS b, {c} AS c;\n\
         INSERT INTO lit (k, v) VALUES (1, {a}), (2, {b}), (3, {c});\n\
         SELECT v FROM lit ORDER BY k;\n\
         DELETE FROM lit;"
    );
    let options = options.clone().with_schema(LIT_TABLE).unwrap();
    support::translate(&script, &options)
        .into_iter()
        .map(|s| s.sql)
        .collect()
}

const LIT_TABLE: &str = "CREATE TABLE lit (k integer PRIMARY KEY, v text)";

fn check(expected: &str, got: Vec<Vec<u8>>, engine: &str, sql: &str) -> Result<(), TestCaseError> {
    for cell in got {
        let text = String::from_utf8_lossy(&cell).into_owned();
        prop_assert_eq!(
            text.as_str(),
            expected,
            "{} changed the value; SQL: {}",
            engine,
            sql
        );
        prop_assert_eq!(cell, expected.as_bytes().to_vec());
    }
    Ok(())
}

fn sqlite_setup() -> rusqlite::Connection {
    let conn = rusqlite::Connection::open_in_memory().unwrap();
    for s in support::translate(LIT_TABLE, &Options::new(Dialect::Sqlite)) {
        conn.execute_batch(&s.sql).unwrap();
    }
    conn
}

fn sqlite_rows(conn: &rusqlite::Connection, sql: &str) -> Vec<Vec<Vec<u8>>> {
    let mut stmt = conn
        .prepare(sql)
        .unwrap_or_else(|e| panic!("SQLite rejects {sql:?}: {e}"));
    let n = stmt.column_count();
    let rows = stmt
        .query_map([], |row| {
            (0..n)
                .map(|i| {
                    row.get::<_, Vec<u8>>(i)
                        .or_else(|_| row.get::<_, String>(i).map(String::into_bytes))
                })
                .collect::<Result<Vec<_>, _>>()
        })
        .unwrap_or_else(|e| panic!("SQLite fails on {sql:?}: {e}"));
    rows.collect::<Result<Vec<_>, _>>().unwrap()
}

fn mariadb_rows(conn: &mut mysql::Conn, sql: &str) -> Vec<Vec<Vec<u8>>> {
    let rows: Vec<mysql::Row> = conn
        .query(sql)
        .unwrap_or_else(|e| panic!("MariaDB fails on {sql:?}: {e}"));
    rows.into_iter()
        .map(|row| {
            row.unwrap()
                .into_iter()
                .map(|v| match v {
                    mysql::Value::Bytes(b) => b,
                    other => panic!("MariaDB returned {other:?} for {sql:?}"),
                })
                .collect()
        })
        .collect()
}

/// Runs one value's statements on an engine and checks every cell that comes back.
fn run_literal(
    value: &str,
    statements: &[String],
    engine: &str,
    mut rows: impl FnMut(&str) -> Vec<Vec<Vec<u8>>>,
) -> Result<(), TestCaseError> {
    let [select, insert, read, delete] = statements else {
        panic!("expected four statements, got {statements:?}");
    };
    let selected = rows(select);
    prop_assert_eq!(selected.len(), 1);
    check(
        value,
        selected.into_iter().flatten().collect(),
        engine,
        select,
    )?;
    rows(insert);
    let read_back = rows(read);
    rows(delete);
    prop_assert_eq!(read_back.len(), 3, "{}: {}", engine, insert);
    check(
        value,
        read_back.into_iter().flatten().collect(),
        engine,
        insert,
    )
}

fn runner(cases: u32) -> TestRunner {
    TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    })
}

#[test]
fn string_literals_come_back_byte_for_byte() {
    let sqlite = sqlite_setup();
    let mariadb = RefCell::new(MariaDb::from_env("literals"));
    if let Some(db) = mariadb.borrow_mut().as_mut() {
        for s in support::translate(LIT_TABLE, &Options::new(Dialect::Mysql)) {
            db.conn.query_drop(&s.sql).unwrap();
        }
    }
    let [to_sqlite, to_mysql] = support::targets();
    runner(LITERAL_CASES)
        .run(&value(), |value| {
            let statements = literal_statements(&value, &to_sqlite);
            run_literal(&value, &statements, "SQLite", |sql| {
                sqlite_rows(&sqlite, sql)
            })?;
            let statements = literal_statements(&value, &to_mysql);
            if let Some(db) = mariadb.borrow_mut().as_mut() {
                run_literal(&value, &statements, "MariaDB", |sql| {
                    mariadb_rows(&mut db.conn, sql)
                })?;
            }
            Ok(())
        })
        .unwrap();
}

#[test]
fn nul_cannot_be_a_postgresql_string() {
    // PostgreSQL's text cannot hold NUL, in any spelling: the translation refuses.
    for literal in [
        "'a\0b'".to_string(),
        "$$\0$$".to_string(),
        "E'\\000'".to_string(),
        "E'x\\x00'".to_string(),
        "E'\\u0000'".to_string(),
        "U&'\\0000'".to_string(),
    ] {
        for options in support::targets() {
            let sql = format!("INSERT INTO lit (k, v) VALUES (1, {literal})");
            let options = options.with_schema(LIT_TABLE).unwrap();
            assert!(pgshift::translate_with(&sql, &options).is_err(), "{sql:?}");
        }
    }
}

/// Identifier text: reserved words, spaces (a trailing one too, which MySQL
/// refuses: PGS0135), quotes, backticks and other punctuation.
fn identifier() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("select".to_string()),
        Just("order".to_string()),
        Just("Group".to_string()),
        Just("KEY".to_string()),
        Just("user".to_string()),
        Just("table".to_string()),
        Just("default".to_string()),
        Just(" ".to_string()),
        Just("\"".to_string()),
        Just("\"\"".to_string()),
        Just("'".to_string()),
        Just("`".to_string()),
        Just("``".to_string()),
        Just("$".to_string()),
        Just("\\".to_string()),
        Just("?".to_string()),
        Just("-".to_string()),
        Just("é".to_string()),
        Just("MiXed".to_string()),
        "[a-z]{1,3}",
    ];
    prop::collection::vec(piece, 1..4)
        .prop_map(|p| p.concat())
        // PostgreSQL truncates longer names (ident/long_name_truncated.sql covers that).
        .prop_filter("a name PostgreSQL keeps whole", |s| s.len() <= 63)
}

fn quote_ident(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

#[test]
fn quoted_identifiers_round_trip() {
    let sqlite = rusqlite::Connection::open_in_memory().unwrap();
    let mariadb = RefCell::new(MariaDb::from_env("identifiers"));
    let [to_sqlite, to_mysql] = support::targets();
    runner(IDENTIFIER_CASES)
        .run(&identifier(), |name| {
            let t = quote_ident(&name);
            let script = format!(
                "DROP TABLE IF EXISTS {t};\n\
                 CREATE TABLE {t} ({t} text, \"n 2\" integer);\n\
                 INSERT INTO {t} ({t}, \"n 2\") VALUES ('x', 1);\n\
                 SELECT {t}, \"n 2\" FROM {t} WHERE {t}.{t} = 'x';\n\
                 DROP TABLE {t};"
            );
            let statements = support::translate(&script, &to_sqlite);
            for s in &statements {
                let mut stmt = sqlite
                    .prepare(&s.sql)
                    .map_err(|e| TestCaseError::fail(format!("SQLite rejects {:?}: {e}", s.sql)))?;
                if s.returns_rows {
                    let names: Vec<String> = stmt.column_names().map(str::to_string).collect();
                    prop_assert_eq!(names, vec![name.clone(), "n 2".to_string()], "{}", s.sql);
                    let row: (String, i64) = stmt
                        .query_row([], |r| Ok((r.get(0)?, r.get(1)?)))
                        .map_err(|e| TestCaseError::fail(format!("SQLite: {e}: {}", s.sql)))?;
                    prop_assert_eq!(row, ("x".to_string(), 1));
                } else {
                    stmt.execute([])
                        .map_err(|e| TestCaseError::fail(format!("SQLite: {e}: {}", s.sql)))?;
                }
            }
            // MySQL refuses names that end with white space: pgshift must say so.
            if name.ends_with([' ', '\t', '\n']) {
                let refused = pgshift::translate_with(&script, &to_mysql)
                    .err()
                    .is_some_and(|e| {
                        e.diagnostics
                            .iter()
                            .any(|d| d.code == Code::IdentifierRefused)
                    });
                prop_assert!(refused, "{name:?} must be PGS0135 on MySQL");
                return Ok(());
            }
            if let Some(db) = mariadb.borrow_mut().as_mut() {
                for s in support::translate(&script, &to_mysql) {
                    if s.returns_rows {
                        let result = db
                            .conn
                            .query_iter(&s.sql)
                            .map_err(|e| TestCaseError::fail(format!("MariaDB: {e}: {}", s.sql)))?;
                        let names: Vec<String> = result
                            .columns()
                            .as_ref()
                            .iter()
                            .map(|c| c.name_str().into_owned())
                            .collect();
                        prop_assert_eq!(names, vec![name.clone(), "n 2".to_string()], "{}", s.sql);
                        let rows: Vec<mysql::Row> = result
                            .collect::<Result<_, _>>()
                            .map_err(|e| TestCaseError::fail(format!("MariaDB: {e}: {}", s.sql)))?;
                        prop_assert_eq!(rows.len(), 1, "{}", s.sql);
                    } else {
                        db.conn
                            .query_drop(&s.sql)
                            .map_err(|e| TestCaseError::fail(format!("MariaDB: {e}: {}", s.sql)))?;
                    }
                }
            }
            Ok(())
        })
        .unwrap();
}
