//! The load tests of issue 5: each real script or pg_dump in `corpora/` is
//! converted by the `pgshift` binary, loaded into SQLite (with
//! `PRAGMA foreign_keys = ON`) and into MariaDB, and every table's row count and
//! a checksum of its rows, normalized by column type, must match what
//! PostgreSQL holds after running the original.
//!
//! PostgreSQL and MariaDB are found through `PGSHIFT_TEST_PG_URL` and
//! `PGSHIFT_TEST_MYSQL_URL`. Without them those parts are skipped, aloud, and
//! SQLite's row counts are checked against the counts `corpora/README.md` gives.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// A value read back from an engine.
enum Raw {
    Null,
    Int(i64),
    Float(f64),
    Text(String),
    Bytes(Vec<u8>),
}

/// Per table: its normalized rows, sorted.
type Summary = BTreeMap<String, Vec<String>>;

/// The columns of each table, with PostgreSQL's type name.
type Schema = BTreeMap<String, Vec<(String, String)>>;

fn corpus(file: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../corpora")
        .join(file)
}

/// Runs the CLI: `pgshift convert --to <to> <file> -o <out>`.
fn convert(file: &Path, to: &str, out: &Path) {
    let output = Command::new(env!("CARGO_BIN_EXE_pgshift"))
        .args(["convert", "--to", to])
        .arg(file)
        .arg("-o")
        .arg(out)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert_eq!(
        output.status.code(),
        Some(0),
        "pgshift convert --to {to} {}:\n{}",
        file.display(),
        String::from_utf8_lossy(&output.stderr)
    );
}

/// One value as text that compares across engines for a PostgreSQL type.
fn normalize(pg_type: &str, raw: Raw) -> String {
    let text = match raw {
        Raw::Null => return "∅".to_string(),
        Raw::Int(i) => i.to_string(),
        Raw::Float(f) => f.to_string(),
        Raw::Text(s) => s,
        Raw::Bytes(b) if pg_type == "bytea" => {
            return b.iter().map(|x| format!("{x:02x}")).collect();
        }
        Raw::Bytes(b) => String::from_utf8_lossy(&b).into_owned(),
    };
    match pg_type {
        "smallint" | "integer" | "bigint" => text.parse::<i64>().map_or(text, |i| i.to_string()),
        "numeric" | "real" | "double precision" => {
            text.parse::<f64>().map_or(text, |f| format!("{f:.5e}"))
        }
        "boolean" => match text.as_str() {
            "t" | "true" | "1" => "t".to_string(),
            "f" | "false" | "0" => "f".to_string(),
            _ => text,
        },
        "date" => text.chars().take(10).collect(),
        "timestamp without time zone" | "timestamp with time zone" => {
            let t = text.replace('T', " ");
            match t.split_once('.') {
                Some((whole, frac)) if frac.trim_end_matches('0').is_empty() => whole.to_string(),
                _ => t,
            }
        }
        // PostgreSQL's text form of bytea is `\x` and hex.
        "bytea" => text.trim_start_matches("\\x").to_ascii_lowercase(),
        "character" => text.trim_end().to_string(),
        _ => text,
    }
}

/// The rows sorted, so that row order does not matter.
fn checksum(mut rows: Vec<String>) -> Vec<String> {
    rows.sort();
    rows
}

/// FNV-1a over a table's sorted rows: the checksum the test reports.
fn fnv(rows: &[String]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for row in rows {
        for b in row.bytes().chain([b'\n']) {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    hash
}

/// Asserts that every table has the same rows, showing the first that differs.
fn assert_same(got: &Summary, want: &Summary, what: &str) {
    for (table, rows) in want {
        let Some(got_rows) = got.get(table) else {
            panic!("{what}: table {table} is missing");
        };
        if got_rows != rows {
            let at = got_rows
                .iter()
                .zip(rows)
                .position(|(a, b)| a != b)
                .unwrap_or(0);
            panic!(
                "{what}: table {table}: {} rows (checksum {:016x}), PostgreSQL {} rows (checksum {:016x}); first difference:\n  got:  {:?}\n  want: {:?}",
                got_rows.len(), fnv(got_rows), rows.len(), fnv(rows),
                got_rows.get(at), rows.get(at)
            );
        }
        eprintln!(
            "{what}: {table}: {} rows, checksum {:016x}: same as PostgreSQL",
            rows.len(),
            fnv(rows)
        );
    }
    assert_eq!(got.len(), want.len(), "{what}: tables");
}

fn row(values: impl Iterator<Item = String>) -> String {
    values.collect::<Vec<_>>().join("\u{1f}")
}

fn quote(name: &str, q: char) -> String {
    format!("{q}{name}{q}")
}

// PostgreSQL: the reference.

fn pg_url() -> Option<String> {
    std::env::var("PGSHIFT_TEST_PG_URL")
        .ok()
        .filter(|s| !s.is_empty())
}

fn mysql_url() -> Option<String> {
    std::env::var("PGSHIFT_TEST_MYSQL_URL")
        .ok()
        .filter(|s| !s.is_empty())
}

/// Runs the original with psql in a fresh database (or, for a script that makes
/// its own, in the one it makes) and reads it back.
fn postgres(file: &Path, db: &str, own_db: bool) -> Option<(Schema, Summary)> {
    let Some(url) = pg_url() else {
        eprintln!("SKIPPED: PGSHIFT_TEST_PG_URL is not set: no PostgreSQL reference for {db}");
        return None;
    };
    let mut admin = postgres::Client::connect(&url, postgres::NoTls).unwrap();
    if !own_db {
        admin
            .batch_execute(&format!("DROP DATABASE IF EXISTS {db}"))
            .unwrap();
        admin
            .batch_execute(&format!("CREATE DATABASE {db}"))
            .unwrap();
    }
    let run_in = if own_db {
        url.clone()
    } else {
        format!("{url} dbname={db}")
    };
    let status = Command::new("psql")
        .args(["-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", &run_in, "-f"])
        .arg(file)
        .stdout(Stdio::null())
        .status()
        .unwrap();
    assert!(status.success(), "psql -f {} failed", file.display());
    let mut client =
        postgres::Client::connect(&format!("{url} dbname={db}"), postgres::NoTls).unwrap();
    let mut schema = Schema::new();
    for r in client
        .query(
            "SELECT c.table_name::text, c.column_name::text, c.data_type::text
             FROM information_schema.columns c JOIN information_schema.tables t
               ON t.table_schema = c.table_schema AND t.table_name = c.table_name
             WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
             ORDER BY c.table_name, c.ordinal_position",
            &[],
        )
        .unwrap()
    {
        schema
            .entry(r.get(0))
            .or_default()
            .push((r.get(1), r.get(2)));
    }
    let mut summary = Summary::new();
    for (table, columns) in &schema {
        let list: Vec<String> = columns
            .iter()
            .map(|(c, _)| format!("{}::text", quote(c, '"')))
            .collect();
        let sql = format!("SELECT {} FROM {}", list.join(", "), quote(table, '"'));
        let rows = client.query(&sql, &[]).unwrap();
        let rows = rows
            .iter()
            .map(|r| {
                row(columns.iter().enumerate().map(|(i, (_, ty))| {
                    let v: Option<String> = r.get(i);
                    normalize(ty, v.map_or(Raw::Null, Raw::Text))
                }))
            })
            .collect();
        summary.insert(table.clone(), checksum(rows));
    }
    Some((schema, summary))
}

// SQLite.

fn sqlite(sql: &str, schema: &Schema) -> Summary {
    let db = rusqlite::Connection::open_in_memory().unwrap();
    db.execute_batch("PRAGMA foreign_keys = ON").unwrap();
    db.execute_batch(sql)
        .unwrap_or_else(|e| panic!("SQLite rejected the output: {e}"));
    let violations: i64 = db
        .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(violations, 0, "foreign key violations after the load");
    let mut summary = Summary::new();
    for (table, columns) in schema {
        let list: Vec<String> = columns.iter().map(|(c, _)| quote(c, '"')).collect();
        let sql = format!("SELECT {} FROM {}", list.join(", "), quote(table, '"'));
        let mut stmt = db.prepare(&sql).unwrap();
        let rows = stmt
            .query_map([], |r| {
                let mut values = Vec::new();
                for (i, (_, ty)) in columns.iter().enumerate() {
                    let raw = match r.get_ref(i)? {
                        rusqlite::types::ValueRef::Null => Raw::Null,
                        rusqlite::types::ValueRef::Integer(i) => Raw::Int(i),
                        rusqlite::types::ValueRef::Real(f) => Raw::Float(f),
                        rusqlite::types::ValueRef::Text(t) => {
                            Raw::Text(String::from_utf8_lossy(t).into_owned())
                        }
                        rusqlite::types::ValueRef::Blob(b) => Raw::Bytes(b.to_vec()),
                    };
                    values.push(normalize(ty, raw));
                }
                Ok(row(values.into_iter()))
            })
            .unwrap()
            .collect::<Result<Vec<_>, _>>()
            .unwrap();
        summary.insert(table.clone(), checksum(rows));
    }
    summary
}

/// The tables and row counts, for when PostgreSQL is not there.
fn sqlite_counts(sql: &str) -> BTreeMap<String, usize> {
    let db = rusqlite::Connection::open_in_memory().unwrap();
    db.execute_batch("PRAGMA foreign_keys = ON").unwrap();
    db.execute_batch(sql)
        .unwrap_or_else(|e| panic!("SQLite rejected the output: {e}"));
    let tables: Vec<String> = db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    tables
        .into_iter()
        .map(|t| {
            let n: i64 = db
                .query_row(
                    &format!("SELECT count(*) FROM {}", quote(&t, '"')),
                    [],
                    |r| r.get(0),
                )
                .unwrap();
            (t, n as usize)
        })
        .collect()
}

// MariaDB.

/// `mysql://user[:password]@host:port/db` → (user, password, host, port).
fn mysql_parts(url: &str) -> (String, String, String, String) {
    let rest = url.strip_prefix("mysql://").unwrap_or(url);
    let (auth, host) = rest.split_once('@').unwrap_or(("root", rest));
    let (user, password) = auth.split_once(':').unwrap_or((auth, ""));
    let host = host.split('/').next().unwrap_or("127.0.0.1");
    let (host, port) = host.split_once(':').unwrap_or((host, "3306"));
    (user.into(), password.into(), host.into(), port.into())
}

/// Loads the output with the `mariadb` (or `mysql`) client into a fresh database.
fn mariadb(out: &Path, db: &str, schema: &Schema) -> Option<Summary> {
    let Some(url) = mysql_url() else {
        eprintln!("SKIPPED: PGSHIFT_TEST_MYSQL_URL is not set: {db} is not loaded into MariaDB");
        return None;
    };
    use mysql::prelude::Queryable;
    let mut conn = mysql::Conn::new(mysql::Opts::from_url(&url).unwrap()).unwrap();
    conn.query_drop(format!("DROP DATABASE IF EXISTS {db}"))
        .unwrap();
    conn.query_drop(format!("CREATE DATABASE {db}")).unwrap();
    let (user, password, host, port) = mysql_parts(&url);
    let client = ["mariadb", "mysql"]
        .into_iter()
        .find(|c| Command::new(c).arg("--version").output().is_ok())
        .expect("the mariadb or mysql client");
    let mut cmd = Command::new(client);
    cmd.args(["-h", &host, "-P", &port, "-u", &user, db]);
    if !password.is_empty() {
        cmd.arg(format!("-p{password}"));
    }
    let output = cmd
        .stdin(std::fs::File::open(out).unwrap())
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "MariaDB rejected the output:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    conn.query_drop(format!("USE {db}")).unwrap();
    let mut summary = Summary::new();
    for (table, columns) in schema {
        let list: Vec<String> = columns.iter().map(|(c, _)| quote(c, '`')).collect();
        let sql = format!("SELECT {} FROM {}", list.join(", "), quote(table, '`'));
        let rows: Vec<mysql::Row> = conn.query(sql).unwrap();
        let rows = rows
            .into_iter()
            .map(|r| {
                let values = r.unwrap();
                row(values.into_iter().zip(columns).map(|(v, (_, ty))| {
                    let raw = match v {
                        mysql::Value::NULL => Raw::Null,
                        mysql::Value::Bytes(b) => Raw::Bytes(b),
                        mysql::Value::Int(i) => Raw::Int(i),
                        mysql::Value::UInt(u) => Raw::Int(u as i64),
                        mysql::Value::Float(f) => Raw::Float(f64::from(f)),
                        mysql::Value::Double(d) => Raw::Float(d),
                        other => Raw::Text(other.as_sql(true).trim_matches('\'').to_string()),
                    };
                    normalize(ty, raw)
                }))
            })
            .collect();
        summary.insert(table.clone(), checksum(rows));
    }
    conn.query_drop(format!("DROP DATABASE {db}")).unwrap();
    Some(summary)
}

/// Converts `file` to both targets, loads each, and compares with PostgreSQL.
fn check(file: &str, db: &str, own_db: bool, counts: &[(&str, usize)]) {
    let path = corpus(file);
    let dir = std::env::temp_dir().join(format!("pgshift-corpus-{db}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (sqlite_out, mysql_out) = (dir.join("sqlite.sql"), dir.join("mysql.sql"));
    convert(&path, "sqlite", &sqlite_out);
    convert(&path, "mysql", &mysql_out);
    let sqlite_sql = std::fs::read_to_string(&sqlite_out).unwrap();
    // The counts corpora/README.md gives hold whatever engines are there.
    let loaded = sqlite_counts(&sqlite_sql);
    let expected: BTreeMap<String, usize> =
        counts.iter().map(|(t, n)| (t.to_string(), *n)).collect();
    assert_eq!(loaded, expected, "SQLite row counts of {file}");
    if let Some((schema, reference)) = postgres(&path, db, own_db) {
        let counts: BTreeMap<String, usize> = reference
            .iter()
            .map(|(t, rows)| (t.clone(), rows.len()))
            .collect();
        assert_eq!(counts, expected, "PostgreSQL row counts of {file}");
        assert_same(
            &sqlite(&sqlite_sql, &schema),
            &reference,
            &format!("SQLite, {file}"),
        );
        if let Some(mariadb) = mariadb(&mysql_out, &format!("pgshift_{db}"), &schema) {
            assert_same(&mariadb, &reference, &format!("MariaDB, {file}"));
        }
    } else if mysql_url().is_some() {
        eprintln!("SKIPPED: the MariaDB checksums of {file} need the PostgreSQL reference");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

const CHINOOK: &[(&str, usize)] = &[
    ("album", 347),
    ("artist", 275),
    ("customer", 59),
    ("employee", 8),
    ("genre", 25),
    ("invoice", 412),
    ("invoice_line", 2240),
    ("media_type", 5),
    ("playlist", 18),
    ("playlist_track", 8715),
    ("track", 3503),
];

const NORTHWIND: &[(&str, usize)] = &[
    ("categories", 8),
    ("customer_customer_demo", 0),
    ("customer_demographics", 0),
    ("customers", 91),
    ("employee_territories", 49),
    ("employees", 9),
    ("order_details", 2155),
    ("orders", 830),
    ("products", 77),
    ("region", 4),
    ("shippers", 6),
    ("suppliers", 29),
    ("territories", 53),
    ("us_states", 51),
];

#[test]
fn chinook_pg_dump() {
    check(
        "chinook/chinook.pg_dump.sql",
        "pgshift_chinook_dump",
        false,
        CHINOOK,
    );
}

#[test]
fn northwind_pg_dump() {
    check(
        "northwind/northwind.pg_dump.sql",
        "pgshift_northwind_dump",
        false,
        NORTHWIND,
    );
}

#[test]
fn chinook_hand_written() {
    // The script drops and creates the database chinook_serial itself, then `\c`s to it.
    check(
        "chinook/Chinook_PostgreSql_SerialPKs.sql",
        "chinook_serial",
        true,
        CHINOOK,
    );
}

#[test]
fn northwind_hand_written() {
    check(
        "northwind/northwind.sql",
        "pgshift_northwind",
        false,
        NORTHWIND,
    );
}
