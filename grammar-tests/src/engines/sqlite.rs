//! SQLite through rusqlite, in a fresh in-memory database per case.

use super::drive::{self, Executor, Failure};
use super::hex;
use crate::expect::ExpectedErrors;
use crate::params::Param;
use crate::schema::{self, Schema};
use crate::Rows;
use rusqlite::types::{Value, ValueRef};
use rusqlite::Connection;

/// The SQLite value bound for a case parameter.
pub fn value(param: &Param) -> Value {
    match param {
        Param::Null => Value::Null,
        Param::Int(i) => Value::Integer(*i),
        Param::Decimal(d) => d
            .parse()
            .map_or_else(|_| Value::Text(d.clone()), Value::Real),
        Param::Text(s) => Value::Text(s.clone()),
        Param::Bool(b) => Value::Integer(i64::from(*b)),
    }
}

fn cell(value: ValueRef<'_>) -> Option<String> {
    match value {
        ValueRef::Null => None,
        ValueRef::Integer(i) => Some(i.to_string()),
        ValueRef::Real(r) => Some(r.to_string()),
        ValueRef::Text(t) => Some(String::from_utf8_lossy(t).into_owned()),
        ValueRef::Blob(b) => Some(hex(b)),
    }
}

/// A fresh in-memory database that keeps its contents between runs, so that its
/// schema can be read after the statements ran.
pub struct Session {
    conn: Connection,
}

impl Session {
    /// Opens a fresh in-memory database.
    pub fn open() -> Result<Session, String> {
        let conn = Connection::open_in_memory().map_err(|e| format!("SQLite: cannot open: {e}"))?;
        Ok(Session { conn })
    }

    /// Runs the statements in order (see [`drive::run_all`]). Slot `?i` of each
    /// statement gets the case's parameter i.
    pub fn run(
        &mut self,
        statements: &[pgshift::Statement],
        params: &[Param],
        expected: &ExpectedErrors,
    ) -> Result<Vec<Option<Rows>>, String> {
        drive::run_all(self, statements, params, expected)
    }

    /// Reads the database's schema through its catalog.
    pub fn schema(&self) -> Result<Schema, String> {
        schema::sqlite::read(&self.conn)
    }
}

/// Runs the statements in order on a fresh in-memory database, expecting each
/// to succeed.
pub fn run(
    statements: &[pgshift::Statement],
    params: &[Param],
) -> Result<Vec<Option<Rows>>, String> {
    Session::open()?.run(statements, params, &ExpectedErrors::none())
}

impl Executor for Session {
    fn name(&self) -> &'static str {
        "SQLite"
    }

    fn execute(
        &mut self,
        index: usize,
        statement: &pgshift::Statement,
        params: &[Param],
    ) -> Result<Rows, Failure> {
        let rejected = |e: rusqlite::Error| {
            use rusqlite::ErrorCode as C;
            match &e {
                rusqlite::Error::SqliteFailure(f, _)
                    if matches!(f.code, C::ConstraintViolation | C::TypeMismatch | C::TooBig) =>
                {
                    Failure::Rejected(e.to_string())
                }
                _ => Failure::Invalid(e.to_string()),
            }
        };
        let mut stmt = self.conn.prepare(&statement.sql).map_err(rejected)?;
        for slot in 1..=stmt.parameter_count() {
            let param = params.get(slot - 1).ok_or_else(|| {
                Failure::Harness(format!(
                    "SQLite statement {} uses ?{slot}, but the case gives {} parameter(s):\n    {}",
                    index + 1,
                    params.len(),
                    statement.sql
                ))
            })?;
            stmt.raw_bind_parameter(slot, value(param))
                .map_err(rejected)?;
        }
        let width = stmt.column_count();
        let mut rows = Rows::new();
        let mut cursor = stmt.raw_query();
        while let Some(row) = cursor.next().map_err(rejected)? {
            let mut cells = Vec::with_capacity(width);
            for c in 0..width {
                cells.push(cell(row.get_ref(c).map_err(rejected)?));
            }
            rows.push(cells);
        }
        Ok(rows)
    }

    /// A failure inside a multi-statement translation may leave a transaction
    /// open; it is rolled back, quietly.
    fn recover(&mut self) {
        if !self.conn.is_autocommit() {
            let _ = self.conn.execute_batch("ROLLBACK");
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    use super::*;
    use pgshift::Span;

    fn stmt(sql: &str, params: Vec<u32>, returns_rows: bool) -> pgshift::Statement {
        pgshift::Statement {
            sql: sql.into(),
            params,
            span: Span::EMPTY,
            returns_rows,
        }
    }

    #[test]
    fn binds_by_number_and_collects_rows() {
        let statements = [
            stmt(
                "CREATE TABLE t (a INTEGER, b TEXT, c BLOB, d REAL)",
                vec![],
                false,
            ),
            stmt(
                "INSERT INTO t VALUES (?2, ?1, x'00ff', 2.5)",
                vec![1, 2],
                false,
            ),
            stmt("SELECT a, b, c, d, NULL FROM t", vec![], true),
        ];
        let params = [Param::Text("x".into()), Param::Int(7)];
        let out = run(&statements, &params).unwrap();
        assert_eq!(out[0], None);
        let rows = out[2].as_ref().unwrap();
        assert_eq!(
            rows,
            &vec![vec![
                Some("7".to_string()),
                Some("x".to_string()),
                Some("\\x00ff".to_string()),
                Some("2.5".to_string()),
                None
            ]]
        );
    }

    #[test]
    fn missing_params_and_bad_sql_fail() {
        assert!(run(&[stmt("SELECT ?2", vec![2], true)], &[Param::Int(1)]).is_err());
        assert!(run(&[stmt("SELEC 1", vec![], true)], &[]).is_err());
    }
}
