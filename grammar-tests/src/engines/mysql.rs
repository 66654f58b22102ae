//! MariaDB/MySQL through the `mysql` crate, in a database created per case.

use super::drive::{self, Executor, Failure};
use super::{hex, unique_name};
use crate::expect::ExpectedErrors;
use crate::params::{bind_order, Param};
use crate::schema::{self, Schema};
use crate::Rows;
use mysql::consts::ColumnType;
use mysql::prelude::Queryable;
use mysql::{Column, Conn, Opts, Params, Value};

/// The character set number of binary strings.
const BINARY_CHARSET: u16 = 63;

/// A database created for one case; it is dropped with the value.
pub struct Database {
    conn: Conn,
    name: String,
}

/// Connects to the server at `url`, failing loudly when it cannot be reached.
pub fn connect(url: &str) -> Result<Conn, String> {
    let opts = Opts::from_url(url)
        .map_err(|e| format!("PGSHIFT_TEST_MYSQL_URL `{url}` is invalid: {e}"))?;
    Conn::new(opts)
        .map_err(|e| format!("cannot connect to MySQL at PGSHIFT_TEST_MYSQL_URL `{url}`: {e}"))
}

impl Database {
    /// Creates a fresh database for the case and makes it the current one.
    pub fn create(url: &str, case: &str) -> Result<Database, String> {
        let mut conn = connect(url)?;
        let name = unique_name(case, "mysql");
        conn.query_drop(format!("CREATE DATABASE `{name}` CHARACTER SET utf8mb4"))
            .map_err(|e| format!("MySQL: cannot create database {name}: {e}"))?;
        let mut db = Database { conn, name };
        let use_db = format!("USE `{}`", db.name);
        db.conn
            .query_drop(use_db)
            .map_err(|e| format!("MySQL: cannot use database {}: {e}", db.name))?;
        Ok(db)
    }

    /// Runs the statements in order (see [`drive::run_all`]). The `?` slots of
    /// each statement get the case's parameters in the order its `params` map gives.
    pub fn run(
        &mut self,
        statements: &[pgshift::Statement],
        params: &[Param],
        expected: &ExpectedErrors,
    ) -> Result<Vec<Option<Rows>>, String> {
        drive::run_all(self, statements, params, expected)
    }

    /// Reads the database's schema through its catalog.
    pub fn schema(&mut self) -> Result<Schema, String> {
        schema::mysql::read(&mut self.conn)
    }
}

impl Executor for Database {
    fn name(&self) -> &'static str {
        "MySQL"
    }

    fn execute(
        &mut self,
        index: usize,
        statement: &pgshift::Statement,
        params: &[Param],
    ) -> Result<Rows, Failure> {
        let rejected = |e: mysql::Error| match &e {
            // Integrity (23xxx) and data (22xxx) errors, and the value errors
            // strict mode raises with a generic state: bad or truncated values,
            // a missing value for a NOT NULL column, a violated CHECK.
            mysql::Error::MySqlError(m)
                if m.state.starts_with("22")
                    || m.state.starts_with("23")
                    || matches!(m.code, 1265 | 1292 | 1364 | 1366 | 1406 | 3819 | 4025) =>
            {
                Failure::Rejected(e.to_string())
            }
            _ => Failure::Invalid(e.to_string()),
        };
        if statement.params.is_empty() {
            let mut result = self.conn.query_iter(&statement.sql).map_err(rejected)?;
            return collect(&mut result).map_err(rejected);
        }
        let values: Vec<Value> = bind_order(&statement.params, params)
            .map_err(|e| Failure::Harness(format!("MySQL statement {}: {e}", index + 1)))?
            .into_iter()
            .map(value)
            .collect();
        let mut result = self
            .conn
            .exec_iter(&statement.sql, Params::Positional(values))
            .map_err(rejected)?;
        collect(&mut result).map_err(rejected)
    }
}

impl Drop for Database {
    fn drop(&mut self) {
        let _ = self
            .conn
            .query_drop(format!("DROP DATABASE IF EXISTS `{}`", self.name));
    }
}

/// The MySQL value bound for a case parameter.
pub fn value(param: &Param) -> Value {
    match param {
        Param::Null => Value::NULL,
        Param::Int(i) => Value::Int(*i),
        Param::Decimal(d) => Value::Bytes(d.clone().into_bytes()),
        Param::Text(s) => Value::Bytes(s.clone().into_bytes()),
        Param::Bool(b) => Value::Int(i64::from(*b)),
    }
}

/// The rows of the first result set of `result`, as text cells; later result
/// sets are read and dropped.
pub(crate) fn collect<P: mysql::prelude::Protocol>(
    result: &mut mysql::QueryResult<'_, '_, '_, P>,
) -> Result<Rows, mysql::Error> {
    let mut rows = Rows::new();
    let mut first = true;
    while let Some(set) = result.iter() {
        for row in set {
            let row = row?;
            if first {
                let cells = row
                    .columns_ref()
                    .iter()
                    .zip(row.clone().unwrap())
                    .map(|(column, v)| cell(column, v))
                    .collect();
                rows.push(cells);
            }
        }
        first = false;
    }
    Ok(rows)
}

fn is_string_type(t: ColumnType) -> bool {
    matches!(
        t,
        ColumnType::MYSQL_TYPE_BLOB
            | ColumnType::MYSQL_TYPE_TINY_BLOB
            | ColumnType::MYSQL_TYPE_MEDIUM_BLOB
            | ColumnType::MYSQL_TYPE_LONG_BLOB
            | ColumnType::MYSQL_TYPE_VARCHAR
            | ColumnType::MYSQL_TYPE_VAR_STRING
            | ColumnType::MYSQL_TYPE_STRING
    )
}

/// One cell as text; binary strings become `\x` hex as in PostgreSQL.
fn cell(column: &Column, value: Value) -> Option<String> {
    Some(match value {
        Value::NULL => return None,
        Value::Bytes(b) => {
            if column.character_set() == BINARY_CHARSET && is_string_type(column.column_type()) {
                hex(&b)
            } else {
                String::from_utf8_lossy(&b).into_owned()
            }
        }
        Value::Int(i) => i.to_string(),
        Value::UInt(u) => u.to_string(),
        Value::Float(f) => f.to_string(),
        Value::Double(d) => d.to_string(),
        Value::Date(y, mo, d, h, mi, s, us) => {
            let date = format!("{y:04}-{mo:02}-{d:02}");
            if column.column_type() == ColumnType::MYSQL_TYPE_DATE {
                date
            } else {
                format!("{date} {h:02}:{mi:02}:{s:02}{}", fraction(us))
            }
        }
        Value::Time(negative, days, h, mi, s, us) => {
            let sign = if negative { "-" } else { "" };
            let hours = days * 24 + u32::from(h);
            format!("{sign}{hours:02}:{mi:02}:{s:02}{}", fraction(us))
        }
    })
}

fn fraction(micros: u32) -> String {
    if micros == 0 {
        String::new()
    } else {
        format!(".{micros:06}")
    }
}
