//! SQLite through rusqlite, in a fresh in-memory database per case.

use super::hex;
use crate::params::Param;
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

/// Runs the statements in order on a fresh in-memory database. Slot `?i` of each
/// statement gets the case's parameter i.
pub fn run(
    statements: &[pgshift::Statement],
    params: &[Param],
) -> Result<Vec<Option<Rows>>, String> {
    let conn = Connection::open_in_memory().map_err(|e| format!("SQLite: cannot open: {e}"))?;
    let mut out = Vec::new();
    for (i, statement) in statements.iter().enumerate() {
        let fail = |e: rusqlite::Error| {
            format!(
                "SQLite rejected statement {}:\n    {}\n  error: {e}",
                i + 1,
                statement.sql
            )
        };
        let mut stmt = conn.prepare(&statement.sql).map_err(fail)?;
        for slot in 1..=stmt.parameter_count() {
            let param = params.get(slot - 1).ok_or_else(|| {
                format!(
                    "SQLite statement {} uses ?{slot}, but the case gives {} parameter(s):\n    {}",
                    i + 1,
                    params.len(),
                    statement.sql
                )
            })?;
            stmt.raw_bind_parameter(slot, value(param)).map_err(fail)?;
        }
        let width = stmt.column_count();
        let mut rows = Rows::new();
        let mut cursor = stmt.raw_query();
        while let Some(row) = cursor.next().map_err(fail)? {
            let mut cells = Vec::with_capacity(width);
            for c in 0..width {
                cells.push(cell(row.get_ref(c).map_err(fail)?));
            }
            rows.push(cells);
        }
        out.push(statement.returns_rows.then_some(rows));
    }
    Ok(out)
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
