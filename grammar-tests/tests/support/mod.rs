//! Engine sessions shared by the property tests (`literals.rs`, `generated.rs`):
//! one in-memory SQLite database, and one MariaDB database dropped at the end.
#![allow(dead_code)]

use grammar_tests::engines::mysql as mysql_engine;
use grammar_tests::env::{Engines, MYSQL_VAR};
use mysql::prelude::Queryable;
use pgshift::{Dialect, Options};

/// A MariaDB database made for one test binary, dropped with the value.
pub struct MariaDb {
    pub conn: mysql::Conn,
    name: String,
}

impl MariaDb {
    /// Connects when PGSHIFT_TEST_MYSQL_URL is set; says aloud that MariaDB is
    /// skipped when it is not.
    pub fn from_env(what: &str) -> Option<MariaDb> {
        let Some(url) = Engines::from_env().mysql_url else {
            eprintln!("{what}: {MYSQL_VAR} is not set: the MariaDB round trips are SKIPPED");
            return None;
        };
        let mut conn = mysql_engine::connect(&url).unwrap_or_else(|e| panic!("{e}"));
        let name = format!("pgshift_{what}_{}", std::process::id());
        conn.query_drop(format!(
            "CREATE DATABASE `{name}` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"
        ))
        .unwrap_or_else(|e| panic!("MariaDB: cannot create {name}: {e}"));
        conn.query_drop(format!("USE `{name}`"))
            .unwrap_or_else(|e| panic!("MariaDB: cannot use {name}: {e}"));
        Some(MariaDb { conn, name })
    }
}

impl Drop for MariaDb {
    fn drop(&mut self) {
        let _ = self
            .conn
            .query_drop(format!("DROP DATABASE `{}`", self.name));
    }
}

/// Translates `sql` for `dialect`, panicking with the diagnostics on failure.
pub fn translate(sql: &str, options: &Options) -> Vec<pgshift::Statement> {
    match pgshift::translate_with(sql, options) {
        Ok(t) => t.statements,
        Err(e) => panic!(
            "{sql:?} does not translate for {:?}: {e}",
            options.target.dialect
        ),
    }
}

/// Both targets' default options.
pub fn targets() -> [Options; 2] {
    [Options::new(Dialect::Sqlite), Options::new(Dialect::Mysql)]
}
