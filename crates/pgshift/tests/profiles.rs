//! Translations that differ between the profiles of one family (mariadb,
//! mysql8, planetscale; d1, turso), which the grammar cases, run with each
//! family's default profile, do not reach. `grammar-tests/tests/profiles.rs`
//! runs some of them on the engines.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use pgshift::{translate_with, Options};

fn sql(profile: &str, input: &str) -> String {
    let options = Options::profile(profile).expect("a known profile");
    match translate_with(input, &options) {
        Ok(t) => t.sql,
        Err(e) => panic!("{profile}: {e}"),
    }
}

fn codes(profile: &str, input: &str) -> Vec<&'static str> {
    let options = Options::profile(profile).expect("a known profile");
    let diagnostics = match translate_with(input, &options) {
        Ok(t) => t.diagnostics,
        Err(e) => e.diagnostics,
    };
    diagnostics.iter().map(|d| d.code.as_str()).collect()
}

#[test]
fn mariadb_returning_after_an_upsert_that_may_skip_rows_is_an_error() {
    // MariaDB's RETURNING would return the row of a conflict PostgreSQL skips.
    let skip = "INSERT INTO t (k, v) VALUES (1, 'a') ON CONFLICT (k) DO NOTHING RETURNING k";
    assert!(codes("mariadb", skip).contains(&"PGS0204"));
    let guarded = "INSERT INTO t (k, v) VALUES (1, 'a') ON CONFLICT (k) DO UPDATE SET v = EXCLUDED.v WHERE t.v <> EXCLUDED.v RETURNING k";
    assert!(codes("mariadb", guarded).contains(&"PGS0204"));
    // An unconditional update returns the updated row in both.
    let update = "INSERT INTO t AS x (k, v) VALUES (1, 'a') ON CONFLICT (k) DO UPDATE SET v = EXCLUDED.v RETURNING x.k";
    assert_eq!(
        sql("mariadb", update),
        "INSERT INTO t (k, v) VALUES (1, 'a') ON DUPLICATE KEY UPDATE v = VALUES(v) RETURNING t.k;\n"
    );
}

#[test]
fn mariadb_delete_returning_stays_single_table() {
    // The alias becomes the table's name, so RETURNING keeps working.
    assert_eq!(
        sql("mariadb", "DELETE FROM t AS a WHERE a.v > 1 RETURNING a.id"),
        "DELETE FROM t WHERE t.v > 1 RETURNING t.id;\n"
    );
    // A multi-table DELETE has no RETURNING in MariaDB.
    let using = "DELETE FROM t USING s WHERE s.id = t.id RETURNING t.id";
    assert!(codes("mariadb", using).contains(&"PGS0008"));
}

#[test]
fn mysql8_has_lateral_and_the_lead_default() {
    let lateral = "SELECT t.id, l.d FROM t, LATERAL (SELECT t.n * 2 AS d) AS l";
    assert_eq!(
        sql("mysql8", lateral),
        "SELECT t.id, l.d FROM t, LATERAL (SELECT t.n * 2 AS d) AS l;\n"
    );
    assert!(codes("mariadb", lateral).contains(&"PGS0207"));
    let lead = "SELECT lead(v, 2, 0) OVER (ORDER BY v) AS n FROM t";
    assert!(sql("mysql8", lead).contains("lead(v, 2, 0) OVER"));
    assert!(sql("mariadb", lead).contains("CASE WHEN lead(1, 2) OVER"));
}

#[test]
fn d1_and_turso_translate_like_sqlite() {
    let upsert = "INSERT INTO t (k) SELECT k FROM s ON CONFLICT (k) DO NOTHING";
    for profile in ["sqlite", "d1", "turso"] {
        assert_eq!(
            sql(profile, upsert),
            "INSERT INTO t (k) SELECT k FROM s WHERE TRUE ON CONFLICT (k) DO NOTHING;\n"
        );
    }
}

#[test]
fn intersect_all_is_native_on_mariadb_and_numbered_on_sqlite() {
    let q = "SELECT v FROM a INTERSECT ALL SELECT v FROM b";
    assert_eq!(sql("mariadb", q), format!("{q};\n"));
    let numbered = sql("d1", q);
    assert!(
        numbered.contains("row_number() OVER (PARTITION BY __pgshift_c1)"),
        "{numbered}"
    );
    assert!(!numbered.contains(" ALL "), "{numbered}");
    // The volatile call moves into the first side's CTE and runs once per row, as before.
    let random = "SELECT random() < 2 AS r EXCEPT ALL SELECT false";
    assert!(codes("sqlite", random).is_empty());
    assert_eq!(sql("sqlite", random).matches("random()").count(), 1);
    // A `*` whose columns are unknown (no CREATE TABLE for t in the script) cannot be numbered.
    assert_eq!(
        codes("sqlite", "SELECT * FROM t EXCEPT ALL SELECT 1"),
        ["PGS0210"]
    );
}

// CREATE INDEX on the MySQL-family profiles that differ (mysql8, mariadb).

#[test]
fn mysql8_indexes_an_expression_as_a_functional_key_part() {
    let input =
        "CREATE TABLE u (id INT, email VARCHAR(50)); CREATE UNIQUE INDEX ON u (lower(email) DESC);";
    let out = sql("mysql8", input);
    assert!(
        out.contains("CREATE UNIQUE INDEX u_lower_idx ON u ((lower(email)) DESC);"),
        "{out}"
    );
}

#[test]
fn mariadb_makes_a_text_column_unique_by_hash_and_keeps_if_not_exists() {
    let input = "CREATE TABLE u (id INT, email TEXT); CREATE UNIQUE INDEX IF NOT EXISTS u_email ON u (email);";
    let out = sql("mariadb", input);
    assert!(
        out.contains("CREATE UNIQUE INDEX IF NOT EXISTS u_email ON u (email);"),
        "{out}"
    );
}

#[test]
fn mysql8_drops_if_not_exists_from_the_catalog() {
    let input = "CREATE TABLE u (id INT); CREATE INDEX IF NOT EXISTS u_id ON u (id); CREATE INDEX IF NOT EXISTS u_id ON u (id);";
    let out = sql("mysql8", input);
    assert!(out.contains("CREATE INDEX u_id ON u (id);"), "{out}");
    assert!(
        out.contains("-- pgshift: skipped CREATE INDEX u_id"),
        "{out}"
    );
}

// Platform profiles (issue 5): D1's transactions, PRAGMAs and limits, PlanetScale's
// foreign keys and Vitess restrictions, mysql8's upsert row alias.

fn error_codes(profile: &str, input: &str) -> Vec<&'static str> {
    let options = Options::profile(profile).expect("a known profile");
    match translate_with(input, &options) {
        Ok(t) => panic!("{profile}: expected an error, got {}", t.sql),
        Err(e) => e
            .diagnostics
            .iter()
            .filter(|d| d.is_error())
            .map(|d| d.code.as_str())
            .collect(),
    }
}

#[test]
fn d1_strips_begin_commit_and_savepoints_with_a_note() {
    let script = "BEGIN;\nINSERT INTO t VALUES (1);\nSAVEPOINT a;\nRELEASE SAVEPOINT a;\nCOMMIT;\nSTART TRANSACTION;\nEND;\n";
    let out = sql("d1", script);
    assert_eq!(
        out,
        "-- pgshift: skipped BEGIN: the target runs each statement in a transaction of its own\n\
         INSERT INTO t VALUES (1);\n\
         -- pgshift: skipped SAVEPOINT a: the target runs each statement in a transaction of its own\n\
         -- pgshift: skipped RELEASE SAVEPOINT a: the target runs each statement in a transaction of its own\n\
         -- pgshift: skipped COMMIT: the target runs each statement in a transaction of its own\n\
         -- pgshift: skipped BEGIN: the target runs each statement in a transaction of its own\n\
         -- pgshift: skipped COMMIT: the target runs each statement in a transaction of its own\n"
    );
    assert_eq!(codes("d1", script), ["PGS0580"; 6]);
    // The note points at the statement it removed.
    let options = Options::profile("d1").unwrap();
    let t = translate_with(script, &options).unwrap();
    let first = &t.diagnostics[0];
    assert_eq!(
        &script[first.span.start as usize..first.span.end as usize],
        "BEGIN"
    );
    // Plain SQLite and Turso keep them.
    for profile in ["sqlite", "turso"] {
        assert!(sql(profile, script).starts_with("BEGIN;\n"), "{profile}");
    }
}

#[test]
fn d1_refuses_rollback_which_nothing_else_can_undo() {
    assert_eq!(
        error_codes("d1", "BEGIN; DELETE FROM t; ROLLBACK;"),
        ["PGS0581"]
    );
    assert_eq!(
        error_codes("d1", "SAVEPOINT a; DELETE FROM t; ROLLBACK TO SAVEPOINT a;"),
        ["PGS0581"]
    );
    assert!(sql("sqlite", "BEGIN; DELETE FROM t; ROLLBACK;").ends_with("ROLLBACK;\n"));
}

#[test]
fn d1_table_rebuild_defers_foreign_keys_without_a_savepoint() {
    let script = "CREATE TABLE p (id int PRIMARY KEY);\n\
                  CREATE TABLE c (id int PRIMARY KEY, p int REFERENCES p (id));\n\
                  ALTER TABLE p ALTER COLUMN id TYPE bigint;\n";
    let out = sql("d1", script);
    assert!(!out.contains("\nSAVEPOINT"), "{out}");
    assert!(!out.contains("PRAGMA foreign_keys"), "{out}");
    assert!(out.contains("PRAGMA defer_foreign_keys = ON;\n"), "{out}");
    // Every PRAGMA D1 is given is one it documents: no PGS0582.
    assert!(!codes("d1", script).contains(&"PGS0582"));
    // Plain SQLite toggles foreign keys and keeps the savepoint.
    let plain = sql("sqlite", script);
    assert!(
        plain.contains("PRAGMA foreign_keys = OFF;\nSAVEPOINT pgshift_alter;\n"),
        "{plain}"
    );
}

fn placeholders(n: usize) -> String {
    (1..=n)
        .map(|i| format!("${i}"))
        .collect::<Vec<_>>()
        .join(", ")
}

#[test]
fn d1_allows_at_most_100_bound_parameters() {
    let at_limit = format!("SELECT * FROM t WHERE id IN ({})", placeholders(100));
    assert!(sql("d1", &at_limit).ends_with("?100);\n"));
    let over = format!("SELECT * FROM t WHERE id IN ({})", placeholders(101));
    assert_eq!(error_codes("d1", &over), ["PGS0583"]);
    // SQLite binds ?NNN by number: one parameter used as ?101 needs 101 values.
    assert_eq!(error_codes("d1", "SELECT $101"), ["PGS0583"]);
    let options = Options::profile("d1").unwrap();
    let err = translate_with(&over, &options).unwrap_err();
    assert_eq!(err.diagnostics[0].span.start, 0);
    assert!(
        err.diagnostics[0].message.contains("binds 101 values"),
        "{err}"
    );
    // SQLite and MySQL allow far more.
    assert!(codes("sqlite", &over).is_empty());
    assert!(codes("mysql", &over).is_empty());
    // MySQL counts `?` placeholders, one per use: $1 used 101 times binds 101 values.
    let reused = format!(
        "SELECT * FROM t WHERE id IN ({})",
        vec!["$1"; 101].join(", ")
    );
    assert!(codes("mysql", &reused).is_empty());
    // SQLite binds ?1 once however often it appears.
    assert!(codes("d1", &reused).is_empty());
}

#[test]
fn d1_statements_stay_under_100_kb() {
    let long = format!("INSERT INTO t (v) VALUES ('{}')", "x".repeat(100_000));
    assert_eq!(error_codes("d1", &long), ["PGS0584"]);
    assert!(codes("sqlite", &long).is_empty());
    let short = format!("INSERT INTO t (v) VALUES ('{}')", "x".repeat(99_000));
    assert!(codes("d1", &short).is_empty());
}

#[test]
fn d1_copy_data_is_batched_under_the_limits_not_diagnosed() {
    // 1,000 rows of 200 bytes: batches of at most 100 rows and 100 KB, no parameters.
    let mut script =
        String::from("CREATE TABLE t (id int PRIMARY KEY, v text);\nCOPY t (id, v) FROM stdin;\n");
    for i in 0..1000 {
        script.push_str(&format!("{i}\t{}\n", "y".repeat(200)));
    }
    script.push_str("\\.\n");
    let options = Options::profile("d1").unwrap();
    let t = translate_with(&script, &options).unwrap();
    let inserts: Vec<_> = t
        .statements
        .iter()
        .filter(|s| s.sql.starts_with("INSERT"))
        .collect();
    assert!(inserts.len() >= 10, "{}", inserts.len());
    assert!(inserts
        .iter()
        .all(|s| s.sql.len() < 100_000 && s.params.is_empty()));
}

#[test]
fn planetscale_drops_foreign_keys_with_a_warning() {
    let script = "CREATE TABLE p (id int PRIMARY KEY);\n\
                  CREATE TABLE c (id int PRIMARY KEY, p int REFERENCES p (id) ON DELETE CASCADE, CONSTRAINT c_self FOREIGN KEY (id) REFERENCES c (id));\n\
                  ALTER TABLE c ADD CONSTRAINT c_p_fkey2 FOREIGN KEY (p) REFERENCES p (id);\n\
                  ALTER TABLE c DROP CONSTRAINT c_self;\n";
    let out = sql("planetscale", script);
    assert!(!out.contains("FOREIGN KEY"), "{out}");
    assert!(
        out.contains("CREATE TABLE c (id INT NOT NULL PRIMARY KEY, p INT)"),
        "{out}"
    );
    assert!(
        out.contains(
            "-- pgshift: skipped ALTER TABLE c: its foreign keys are dropped on the target\n"
        ),
        "{out}"
    );
    assert_eq!(codes("planetscale", script), ["PGS0585"; 3]);
    // Strict mode makes the loss an error.
    let strict = Options::profile("planetscale").unwrap().strict(true);
    assert!(translate_with(script, &strict).is_err());
    // Kept when the database has foreign keys enabled, as on MySQL.
    let keep = Options::profile("planetscale")
        .unwrap()
        .keep_foreign_keys(true);
    let kept = translate_with(script, &keep).unwrap().sql;
    assert_eq!(kept, sql("mysql", script));
    assert!(
        kept.contains("FOREIGN KEY (p) REFERENCES p (id) ON DELETE CASCADE"),
        "{kept}"
    );
    assert_eq!(keep.target.name, "planetscale");
    let back = keep.keep_foreign_keys(false);
    assert!(!back.target.caps.foreign_key_constraints);
    // Other profiles keep foreign keys either way.
    let mysql = Options::profile("mysql").unwrap().keep_foreign_keys(true);
    assert_eq!(mysql.target.name, "mysql");
}

#[test]
fn planetscale_refuses_what_vitess_does_not_run() {
    assert_eq!(
        error_codes("planetscale", "SELECT * FROM t WHERE id = ANY($1)"),
        ["PGS0586"]
    );
    assert!(sql("mysql", "SELECT * FROM t WHERE id = ANY($1)").contains("JSON_TABLE("));
    assert_eq!(
        error_codes("planetscale", "CREATE SCHEMA billing"),
        ["PGS0587"]
    );
    assert_eq!(
        error_codes("planetscale", "DROP SCHEMA billing"),
        ["PGS0587"]
    );
    assert!(codes("planetscale", "CREATE SCHEMA public")
        .iter()
        .all(|c| *c != "PGS0587"));
    assert_eq!(
        error_codes(
            "planetscale",
            "CREATE TABLE t (a int); ALTER TABLE t RENAME COLUMN a TO b;"
        ),
        ["PGS0588"]
    );
    assert_eq!(
        sql("mysql", "CREATE TABLE t (a int); ALTER TABLE t RENAME COLUMN a TO b;"),
        "CREATE TABLE t (a INT) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;\nALTER TABLE t RENAME COLUMN a TO b;\n"
    );
}

#[test]
fn every_profile_states_its_limits() {
    for target in pgshift::target::PROFILES {
        let caps = &target.caps;
        assert!(caps.max_bound_params >= 100, "{}", target.name);
        assert!(caps.max_statement_bytes >= 100_000, "{}", target.name);
    }
    let d1 = pgshift::target::profile("d1").unwrap();
    assert_eq!(
        (d1.caps.max_bound_params, d1.caps.max_statement_bytes),
        (100, 100_000)
    );
    assert!(!d1.caps.script_transactions);
}

#[test]
fn mysql8_upserts_name_the_proposed_row_with_a_row_alias() {
    // MySQL 8.0.19+: `VALUES (…) AS new … new.c`; the common mysql profile (and
    // MariaDB, which has no row alias) keeps `VALUES(c)`.
    let upsert =
        "INSERT INTO t (k, v) VALUES (1, 'a') ON CONFLICT (k) DO UPDATE SET v = EXCLUDED.v || t.v";
    assert_eq!(
        sql("mysql8", upsert),
        "INSERT INTO t (k, v) VALUES (1, 'a') AS new ON DUPLICATE KEY UPDATE v = concat(new.v, t.v);\n"
    );
    assert_eq!(
        sql("mysql", upsert),
        "INSERT INTO t (k, v) VALUES (1, 'a') ON DUPLICATE KEY UPDATE v = concat(VALUES(v), t.v);\n"
    );
    // A table called `new` keeps the alias free.
    let on_new =
        "INSERT INTO new (k, v) VALUES (1, 'a') ON CONFLICT (k) DO UPDATE SET v = EXCLUDED.v";
    assert_eq!(
        sql("mysql8", on_new),
        "INSERT INTO new (k, v) VALUES (1, 'a') AS __pgshift_new ON DUPLICATE KEY UPDATE v = __pgshift_new.v;\n"
    );
    // A row alias follows VALUES only: INSERT … SELECT keeps VALUES(c).
    let select =
        "INSERT INTO t (k, v) SELECT k, v FROM s ON CONFLICT (k) DO UPDATE SET v = EXCLUDED.v";
    assert!(
        sql("mysql8", select).contains("VALUES(v)"),
        "{}",
        sql("mysql8", select)
    );
}

#[test]
fn mysql8_reads_json_columns_with_arrows() {
    let q = "SELECT data->'a', data->>'a' FROM t";
    assert_eq!(
        sql("mysql8", q),
        "SELECT data -> '$.a', CASE coalesce(json_type(data -> '$.a'), 'NULL') WHEN 'NULL' THEN NULL ELSE data ->> '$.a' END FROM t;\n"
    );
    // MariaDB has no arrows: the common profile keeps the functions.
    assert!(
        sql("mysql", q).contains("json_unquote(json_extract(data, '$.a'))"),
        "{}",
        sql("mysql", q)
    );
    // An `$[0]` on a value that is not an array, and expressions, keep the functions.
    assert!(sql("mysql8", "SELECT (data->'a')->>0 FROM t").contains("json_extract"));
}
