//! CREATE INDEX on the MySQL-family profiles that differ (mysql8, mariadb),
//! which the grammar cases, run with the common `mysql` profile, do not reach.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use pgshift::{translate_with, Options};

fn sql(profile: &str, input: &str) -> String {
    let options = Options::profile(profile).expect("a known profile");
    match translate_with(input, &options) {
        Ok(t) => t.sql,
        Err(e) => panic!("{profile}: {e}"),
    }
}

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
