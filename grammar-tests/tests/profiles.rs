//! Translations for the platform profiles (d1, planetscale, mariadb), run on the
//! engine each one stands on here: D1's on SQLite, with foreign keys on and the
//! whole script in one transaction as D1 runs it; PlanetScale's and MariaDB's on
//! MariaDB. The grammar cases run the family defaults (sqlite, mysql) only.
//!
//! The MariaDB tests return early (and say so) when PGSHIFT_TEST_MYSQL_URL is unset.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use grammar_tests::engines::mysql;
use grammar_tests::env::Engines;
use grammar_tests::expect::ExpectedErrors;
use pgshift::{translate_with, Options, Translation};
use rusqlite::Connection;

fn translate(profile: &str, script: &str) -> Translation {
    let options = Options::profile(profile).expect("a known profile");
    translate_with(script, &options).unwrap_or_else(|e| panic!("{profile}: {e}"))
}

/// Runs a D1 translation on SQLite as D1 does: foreign keys always on, and the
/// script in one implicit transaction (so a deferred foreign key is checked at its end).
fn run_like_d1(t: &Translation) -> Result<Connection, String> {
    let conn = Connection::open_in_memory().unwrap();
    conn.execute_batch("PRAGMA foreign_keys = ON; BEGIN;")
        .unwrap();
    for s in &t.statements {
        if s.sql.trim_start().to_ascii_uppercase().starts_with("BEGIN")
            || s.sql.to_ascii_uppercase().starts_with("SAVEPOINT")
            || s.sql.to_ascii_uppercase().starts_with("COMMIT")
        {
            // D1 would refuse it; the d1 profile must never write one.
            return Err(format!("D1 refuses `{}`", s.sql));
        }
        conn.execute_batch(&s.sql)
            .map_err(|e| format!("`{}`: {e}", s.sql))?;
    }
    conn.execute_batch("COMMIT")
        .map_err(|e| format!("COMMIT: {e}"))?;
    Ok(conn)
}

fn count(conn: &Connection, sql: &str) -> i64 {
    conn.query_row(sql, [], |r| r.get(0)).unwrap()
}

#[test]
fn d1_script_with_transactions_and_a_rebuild_runs_on_sqlite() {
    let script = "BEGIN;\n\
        CREATE TABLE p (id int PRIMARY KEY, name text);\n\
        CREATE TABLE c (id int PRIMARY KEY, p int NOT NULL REFERENCES p (id));\n\
        INSERT INTO p VALUES (1, 'a'), (2, 'b');\n\
        INSERT INTO c VALUES (10, 1), (20, 2);\n\
        COMMIT;\n\
        BEGIN;\n\
        ALTER TABLE p ALTER COLUMN name SET NOT NULL;\n\
        COMMIT;\n";
    let t = translate("d1", script);
    let conn = run_like_d1(&t).unwrap();
    assert_eq!(count(&conn, "SELECT count(*) FROM c"), 2);
    assert_eq!(
        count(&conn, "SELECT count(*) FROM p WHERE name IS NOT NULL"),
        2
    );
    // Foreign keys still hold after the rebuild.
    let orphan = conn.execute_batch("INSERT INTO c VALUES (30, 3)");
    assert!(orphan.is_err(), "an orphan row was accepted");
}

#[test]
fn d1_copy_batches_load_on_sqlite_under_the_limits() {
    let mut script =
        String::from("CREATE TABLE t (id int PRIMARY KEY, v text);\nCOPY t (id, v) FROM stdin;\n");
    for i in 0..750 {
        script.push_str(&format!("{i}\t{}\n", "z".repeat(300)));
    }
    script.push_str("\\.\n");
    let t = translate("d1", &script);
    assert!(t.statements.iter().all(|s| s.sql.len() < 100_000));
    let conn = run_like_d1(&t).unwrap();
    assert_eq!(count(&conn, "SELECT count(*) FROM t"), 750);
}

fn mariadb(case: &str) -> Option<mysql::Database> {
    let Some(url) = Engines::from_env().mysql_url else {
        eprintln!("PGSHIFT_TEST_MYSQL_URL is not set: MariaDB profile test SKIPPED");
        return None;
    };
    Some(mysql::Database::create(&url, case).unwrap())
}

const FK_SCRIPT: &str = "CREATE TABLE p (id int PRIMARY KEY);\n\
    CREATE TABLE c (id int PRIMARY KEY, p int REFERENCES p (id));\n\
    ALTER TABLE c ADD CONSTRAINT c_p_again FOREIGN KEY (p) REFERENCES p (id);\n\
    INSERT INTO p VALUES (1);\n\
    INSERT INTO c VALUES (10, 1);\n";

#[test]
fn planetscale_schema_without_foreign_keys_runs_on_mariadb() {
    let Some(mut db) = mariadb("profiles_planetscale") else {
        return;
    };
    let t = translate(
        "planetscale",
        &format!("{FK_SCRIPT}INSERT INTO c VALUES (20, 99);\n"),
    );
    assert!(!t.sql.contains("FOREIGN KEY"), "{}", t.sql);
    // The orphan row is accepted: the references are the application's to keep.
    db.run(&t.statements, &[], &ExpectedErrors::default())
        .unwrap();
}

#[test]
fn planetscale_with_foreign_keys_kept_runs_on_mariadb() {
    let Some(mut db) = mariadb("profiles_planetscale_fk") else {
        return;
    };
    let options = Options::profile("planetscale")
        .unwrap()
        .keep_foreign_keys(true);
    let t = translate_with(FK_SCRIPT, &options).unwrap();
    assert!(t.sql.contains("FOREIGN KEY"), "{}", t.sql);
    db.run(&t.statements, &[], &ExpectedErrors::default())
        .unwrap();
    let orphan = translate_with("INSERT INTO c VALUES (20, 99)", &options).unwrap();
    assert!(db
        .run(&orphan.statements, &[], &ExpectedErrors::default())
        .is_err());
}

#[test]
fn d1_rebuild_of_a_parent_with_cascading_children_is_refused() {
    let script = "CREATE TABLE p (id int PRIMARY KEY, name text);\n\
        CREATE TABLE c (id int PRIMARY KEY, p int NOT NULL REFERENCES p (id) ON DELETE CASCADE);\n\
        INSERT INTO p VALUES (1, 'a');\n\
        INSERT INTO c VALUES (10, 1);\n\
        ALTER TABLE p ALTER COLUMN name SET NOT NULL;\n";
    // Run as D1 would, the deferred rebuild deletes c's rows through the cascade.
    let mut without_check = translate("d1", &script.replace(" ON DELETE CASCADE", ""));
    let cascading = script.split_inclusive('\n').take(4).collect::<String>();
    let head = translate("d1", &cascading);
    without_check.statements.splice(0..4, head.statements);
    let conn = run_like_d1(&without_check).unwrap();
    assert_eq!(
        count(&conn, "SELECT count(*) FROM c"),
        0,
        "the cascade no longer fires"
    );
    // So pgshift stops instead, and plain SQLite (foreign keys off) keeps the rows.
    let options = Options::profile("d1").unwrap();
    let err = translate_with(script, &options).unwrap_err();
    assert!(
        err.diagnostics.iter().any(|d| d.code.as_str() == "PGS0589"),
        "{err}"
    );
    let sqlite = Connection::open_in_memory().unwrap();
    for s in translate("sqlite", script).statements {
        sqlite.execute_batch(&s.sql).unwrap();
    }
    assert_eq!(count(&sqlite, "SELECT count(*) FROM c"), 1);
}

/// PostgreSQL counts trailing spaces in text: 'a' and 'a ' are two keys, and
/// `= 'a'` finds one row. The mariadb profile gives text columns MariaDB's NO
/// PAD binary collation, so MariaDB agrees. The mysql profile (the common
/// ground of MySQL 8 and MariaDB, which name that collation differently) keeps
/// utf8mb4_bin, which ignores them: the unique key refuses the second row,
/// and the translation says so with PGS0136.
const PADDED_SCRIPT: &str =
    "CREATE TABLE pads (id int PRIMARY KEY, name text UNIQUE, code varchar(5));\n\
    INSERT INTO pads VALUES (1, 'a', 'x'), (2, 'a ', 'x ');\n\
    SELECT count(*) FROM pads WHERE name = 'a' AND code = 'x';\n\
    ALTER TABLE pads ADD COLUMN note text;\n\
    UPDATE pads SET note = name WHERE id = 2;\n\
    SELECT count(*) FROM pads WHERE note = 'a';\n";

#[test]
fn mariadb_text_counts_trailing_spaces_as_postgresql_does() {
    let Some(mut db) = mariadb("profiles_mariadb_padding") else {
        return;
    };
    let t = translate("mariadb", PADDED_SCRIPT);
    assert!(t.sql.contains("COLLATE utf8mb4_nopad_bin"), "{}", t.sql);
    assert!(
        t.diagnostics.iter().all(|d| d.code.as_str() != "PGS0136"),
        "{:?}",
        t.diagnostics
    );
    let rows = db
        .run(&t.statements, &[], &ExpectedErrors::default())
        .unwrap();
    let counts: Vec<_> = rows.into_iter().flatten().collect();
    let one = vec![vec![Some("1".to_string())]];
    let none = vec![vec![Some("0".to_string())]];
    // The row with 'a' matches; the one with 'a ' (and note 'a ') does not.
    assert_eq!(counts, vec![one, none]);

    let common = translate("mysql", PADDED_SCRIPT);
    assert!(!common.sql.contains("nopad"), "{}", common.sql);
    assert!(
        common
            .diagnostics
            .iter()
            .any(|d| d.code.as_str() == "PGS0136"),
        "{:?}",
        common.diagnostics
    );
    let Some(mut db) = mariadb("profiles_mysql_padding") else {
        return;
    };
    let refused = db.run(&common.statements, &[], &ExpectedErrors::default());
    assert!(refused.is_err(), "utf8mb4_bin took both 'a' and 'a '");
}

/// The mysql8 and planetscale profiles name MySQL 8's NO PAD binary collation
/// (MariaDB, the engine here, does not have it, so these are not run).
#[test]
fn mysql8_and_planetscale_text_columns_are_no_pad() {
    for profile in ["mysql8", "planetscale"] {
        let t = translate(profile, PADDED_SCRIPT);
        assert_eq!(
            t.sql.matches("COLLATE utf8mb4_0900_bin").count(),
            3,
            "{profile}: {}",
            t.sql
        );
    }
}
