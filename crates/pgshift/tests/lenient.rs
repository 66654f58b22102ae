//! Lenient mode: statements the target cannot run are skipped with a warning
//! and a comment that names them, never dropped silently.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use pgshift::{translate_with, Code, Options};

fn options(target: &str, lenient: bool) -> Options {
    Options::profile(target)
        .expect("a known profile")
        .lenient(lenient)
}

#[test]
fn plpgsql_function_is_an_error_by_default() {
    let sql = "CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 1; END $$;";
    let err = translate_with(sql, &options("sqlite", false)).unwrap_err();
    assert!(err.diagnostics.iter().any(|d| d.code == Code::CodeObject));
}

#[test]
fn plpgsql_function_is_skipped_with_a_warning_when_lenient() {
    let sql = "CREATE TABLE t (id int PRIMARY KEY);\n\
               CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 1; END $$;\n\
               DO $$ BEGIN NULL; END $$;\n\
               CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION f();\n\
               INSERT INTO t VALUES (1);";
    for target in ["sqlite", "mysql"] {
        let out = translate_with(sql, &options(target, true)).unwrap();
        assert!(
            out.sql
                .contains("-- skipped CREATE FUNCTION f: PL/pgSQL cannot run on"),
            "{}",
            out.sql
        );
        assert!(
            out.sql.contains("-- skipped DO: PL/pgSQL cannot run on"),
            "{}",
            out.sql
        );
        assert!(
            out.sql.contains("-- skipped CREATE TRIGGER tr:"),
            "{}",
            out.sql
        );
        assert_eq!(out.statements.len(), 2, "{}", out.sql);
        let skipped = out
            .diagnostics
            .iter()
            .filter(|d| d.code == Code::CodeObjectSkipped)
            .count();
        assert_eq!(skipped, 3);
    }
}

#[test]
fn grants_are_skipped_with_a_warning_even_when_strict_about_code() {
    let out = translate_with("GRANT SELECT ON t TO reader;", &options("sqlite", false)).unwrap();
    assert_eq!(
        out.sql,
        "-- skipped GRANT: roles and privileges are PostgreSQL's\n"
    );
    assert!(out
        .diagnostics
        .iter()
        .any(|d| d.code == Code::PrivilegesDropped));
}

#[test]
fn enum_add_value_modifies_every_column_on_mysql() {
    let opts = options("mysql", false)
        .with_schema(
            "CREATE TYPE mood AS ENUM ('sad', 'happy');\n\
             CREATE TABLE a (id int PRIMARY KEY, m mood NOT NULL DEFAULT 'sad');\n\
             CREATE TABLE b (id int PRIMARY KEY, m mood);",
        )
        .unwrap();
    let out = translate_with("ALTER TYPE mood ADD VALUE 'ok' BEFORE 'happy';", &opts).unwrap();
    assert_eq!(
        out.sql,
        "ALTER TABLE a MODIFY COLUMN m ENUM('sad', 'ok', 'happy') NOT NULL DEFAULT 'sad';\n\
         ALTER TABLE b MODIFY COLUMN m ENUM('sad', 'ok', 'happy');\n"
    );
}

#[test]
fn d1_needs_no_foreign_keys_pragma() {
    let sql = "CREATE TABLE p (id int PRIMARY KEY);\n\
               CREATE TABLE c (id int PRIMARY KEY, p int REFERENCES p (id));";
    let out = translate_with(sql, &options("d1", false)).unwrap();
    assert!(!out.sql.contains("PRAGMA"), "{}", out.sql);
    let out = translate_with(sql, &options("sqlite", false)).unwrap();
    assert!(
        out.sql
            .contains("PRAGMA foreign_keys = ON;\nCREATE TABLE c"),
        "{}",
        out.sql
    );
}
