//! Translations that differ between the profiles of one family (mariadb,
//! mysql8), which the grammar cases, run with each family's default profile,
//! do not reach.
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
