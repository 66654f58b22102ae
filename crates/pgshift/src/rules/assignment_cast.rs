//! Quoted values stored in typed columns: PostgreSQL's assignment cast.
//!
//! ```sql
//! -- input (t has flag boolean, at timestamptz, data bytea, tags text[])
//! INSERT INTO t (flag, at, data, tags) VALUES ('t', '2024-01-05 10:00:00+02', '\x0102', '{a,b}')
//! -- output (both targets)
//! INSERT INTO t (flag, at, data, tags) VALUES (TRUE, '2024-01-05 08:00:00', X'0102', '["a","b"]')
//! ```
//!
//! PostgreSQL reads an untyped literal as the type of the column it is assigned
//! to, in `INSERT … VALUES` and `UPDATE … SET`. The targets store the text as
//! given: SQLite would keep `'t'` in a boolean column (which then fails its
//! CHECK) and the offset in a timestamp's text; MariaDB drops the offset. With
//! the column's type from the catalog, the text is read here as PostgreSQL
//! reads it (`pgtext::coerce`), and the literal the target column should hold
//! replaces it. Text PostgreSQL would reject, or that the target cannot store,
//! is an error (`PGS0128`).
//!
//! Fidelity: exact for the types `pgtext` reads; other types keep their text.
//! <https://www.postgresql.org/docs/current/typeconv-query.html>

use super::RuleCx;
use crate::catalog::Table;
use crate::diagnostics::Code;
use crate::ir::{DataType, Expr, ExprKind, InsertSource, Literal, SetExpr, Stmt};
use crate::pgtext;

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    match stmt {
        // INSERT INTO t (cols) VALUES (...), (...): each value against its column.
        Stmt::Insert(insert) => {
            let Some(table) = cx.catalog.table(&insert.table) else {
                return;
            };
            let InsertSource::Query(q) = &mut insert.source else {
                return;
            };
            let SetExpr::Values(rows) = &mut q.body else {
                return;
            };
            let types: Vec<Option<&DataType>> = if insert.columns.is_empty() {
                table.def.columns.iter().map(|c| Some(&c.ty)).collect()
            } else {
                insert
                    .columns
                    .iter()
                    .map(|c| column_type(table, &c.name))
                    .collect()
            };
            for row in rows {
                for (value, ty) in row.iter_mut().zip(&types) {
                    if let Some(ty) = ty {
                        coerce(value, ty, cx.diagnostics);
                    }
                }
            }
        }
        // UPDATE t SET col = '...': the value against the column.
        Stmt::Update(update) => {
            let Some(table) = cx.catalog.table(&update.table) else {
                return;
            };
            for a in &mut update.assignments {
                if let Some(ty) = column_type(table, &a.column.name) {
                    coerce(&mut a.value, ty, cx.diagnostics);
                }
            }
        }
        _ => {}
    }
}

fn column_type<'t>(table: &'t Table, name: &str) -> Option<&'t DataType> {
    table.column(name).map(|c| &c.ty)
}

fn coerce(value: &mut Expr, ty: &DataType, diagnostics: &mut Vec<crate::Diagnostic>) {
    let ExprKind::Literal(Literal::String(text)) = &value.kind else {
        return;
    };
    match pgtext::coerce(text, ty) {
        Ok(Some(lit)) => value.kind = ExprKind::Literal(lit),
        Ok(None) => {}
        Err(why) => diagnostics.push(crate::Diagnostic::new(
            Code::ColumnValue,
            value.span,
            format!("{why} (the column is {})", ty.pg_name()),
        )),
    }
}
