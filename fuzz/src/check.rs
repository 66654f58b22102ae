//! The invariants every translation keeps, whatever the input.

use pgshift::{Code, Dialect, Options};
use sqlparser::dialect::{Dialect as ParserDialect, MySqlDialect, SQLiteDialect};
use sqlparser::parser::Parser;
use std::sync::OnceLock;

/// The profiles a fuzz input is translated for: both default targets, and one
/// more profile picked from the input so that all of them get exercised.
fn option_sets(seed: usize) -> [Options; 3] {
    const PROFILES: [&str; 5] = ["d1", "turso", "mariadb", "mysql8", "planetscale"];
    let profile = PROFILES[seed % PROFILES.len()];
    let extra = Options::profile(profile)
        .unwrap_or_else(|| Options::new(Dialect::Sqlite))
        .strict(seed.is_multiple_of(2))
        .lenient(seed.is_multiple_of(3));
    [
        Options::new(Dialect::Sqlite),
        Options::new(Dialect::Mysql),
        extra,
    ]
}

/// Checks one result: an error carries at least one error diagnostic, a success
/// none, and every span lies inside the input.
fn result(input_len: usize, out: &Result<pgshift::Translation, pgshift::Error>) {
    let diagnostics = match out {
        Ok(t) => {
            assert!(
                t.diagnostics.iter().all(|d| !d.is_error()),
                "a successful translation carries an error: {:?}",
                t.diagnostics
            );
            for s in &t.statements {
                assert!(s.span.start <= s.span.end && s.span.end as usize <= input_len);
            }
            &t.diagnostics
        }
        Err(e) => {
            assert!(
                e.diagnostics.iter().any(|d| d.is_error()),
                "a failed translation without an error diagnostic: {:?}",
                e.diagnostics
            );
            &e.diagnostics
        }
    };
    for d in diagnostics {
        assert!(
            d.span.start <= d.span.end && d.span.end as usize <= input_len,
            "span {:?} outside an input of {input_len} bytes: {d}",
            d.span
        );
    }
}

/// Arbitrary bytes: text that is not UTF-8 is `PGS0009` at the first bad byte.
pub fn bytes(data: &[u8]) {
    for options in option_sets(data.len()) {
        let out = pgshift::translate_bytes(data, &options);
        result(data.len(), &out);
        if let Err(e) = std::str::from_utf8(data) {
            let err = out.expect_err("invalid UTF-8 translated");
            let d = &err.diagnostics[0];
            assert_eq!(d.code, Code::InvalidUtf8);
            assert_eq!(d.span.start as usize, e.valid_up_to());
        }
    }
}

/// Arbitrary UTF-8 text.
pub fn text(text: &str) {
    for options in option_sets(text.len()) {
        result(text.len(), &pgshift::translate_with(text, &options));
    }
}

/// Translates generated PostgreSQL to both targets. Each successful MySQL
/// translation must parse again with sqlparser's MySQL dialect, and each SQLite
/// translation must be accepted by SQLite's own `prepare`.
pub fn reparses(sql: &str) {
    let targets: [(Dialect, &dyn ParserDialect); 2] = [
        (Dialect::Sqlite, &SQLiteDialect {}),
        (Dialect::Mysql, &MySqlDialect {}),
    ];
    for (dialect, parser) in targets {
        let out = pgshift::translate_with(sql, with_schema(dialect));
        result(sql.len(), &out);
        let Ok(t) = out else { continue };
        for s in &t.statements {
            let parsed = Parser::parse_sql(parser, &s.sql);
            let failure = match dialect {
                // SQLite itself is at hand: it decides, and a statement it accepts
                // that sqlparser does not parse is a gap of sqlparser's dialect.
                Dialect::Sqlite => sqlite_prepare(&s.sql).err(),
                Dialect::Mysql => match parsed {
                    Err(e) if !mysql_parser_gap(&s.sql) => Some(e.to_string()),
                    _ => None,
                },
            };
            if let Some(e) = failure {
                panic!(
                    "{dialect:?} output rejected: {e}\ninput: {sql}\noutput: {}",
                    s.sql
                );
            }
        }
    }
}

/// Prepares `sql` on an in-memory SQLite database holding the generator's schema.
fn sqlite_prepare(sql: &str) -> Result<(), String> {
    thread_local! {
        static CONN: rusqlite::Connection = {
            let conn = rusqlite::Connection::open_in_memory()
                .unwrap_or_else(|e| panic!("SQLite: {e}"));
            let schema = pgshift::translate(crate::generate::SCHEMA, Dialect::Sqlite)
                .unwrap_or_else(|e| panic!("the generator's schema does not translate: {e}"));
            conn.execute_batch(&schema.sql)
                .unwrap_or_else(|e| panic!("SQLite rejects the schema: {e}"));
            conn
        };
    }
    CONN.with(|conn| conn.prepare(sql).map(drop).map_err(|e| e.to_string()))
}

/// MySQL output that MariaDB accepts (checked by grammar-tests' `generated.rs`)
/// but sqlparser's MySQL dialect does not parse: about twenty nested `NOT (…)`
/// fail there with "Expected: ), found: WHEN", and a `JSON_TABLE` column with a
/// collation (`v LONGTEXT COLLATE utf8mb4_bin PATH '$'`, which `initcap` and
/// `= ANY($n)` print) with "Expected: PATH, found: COLLATE".
fn mysql_parser_gap(sql: &str) -> bool {
    sql.matches("NOT (").count() >= 10 || sql.contains(" COLLATE utf8mb4_bin PATH ")
}

/// Options for `dialect` that know the tables of the generator's schema.
pub fn with_schema(dialect: Dialect) -> &'static Options {
    static SQLITE: OnceLock<Options> = OnceLock::new();
    static MYSQL: OnceLock<Options> = OnceLock::new();
    let cell = match dialect {
        Dialect::Sqlite => &SQLITE,
        Dialect::Mysql => &MYSQL,
    };
    cell.get_or_init(|| {
        Options::new(dialect)
            .with_schema(crate::generate::SCHEMA)
            .unwrap_or_else(|e| panic!("the generator's schema does not translate: {e}"))
    })
}
