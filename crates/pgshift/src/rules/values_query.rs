//! `VALUES (...), (...)` used as a query.
//!
//! PostgreSQL and SQLite name the columns column1, column2... MariaDB names
//! them after the first row's values, and MySQL 8 wants `VALUES ROW(...)`, so
//! for MySQL each row becomes a SELECT, the first one naming the columns:
//!
//! ```sql
//! -- input
//! SELECT * FROM (VALUES (1, 'a'), (2, 'b')) AS v
//! -- output (MySQL)
//! SELECT * FROM (SELECT 1 AS column1, 'a' AS column2 UNION ALL SELECT 2, 'b') AS v
//! ```
//!
//! A VALUES list of several rows that is an operand of a set operation becomes a
//! parenthesized operand, whose UNION ALLs must not mix with the operation.
//!
//! An INSERT's own VALUES list is not a query and stays as it is. SQLite keeps
//! VALUES, but takes no ORDER BY or LIMIT after it (nor after a set operation
//! with a VALUES operand): the query selects from it, `SELECT * FROM (VALUES ...)`.
//!
//! Fidelity: exact; both combine the rows' types as a UNION does.
//! <https://www.postgresql.org/docs/current/sql-values.html>

use super::RuleCx;
use crate::ir::visit::{walk_expr, walk_stmt, VisitMut};
use crate::ir::{Ident, InsertSource, Query, Select, SelectItem, SetExpr, SetOp, Stmt};
use crate::span::Span;

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    if cx.target.caps.values_query {
        // SQLite's VALUES takes no ORDER BY or LIMIT, and none may follow a set
        // operation with a VALUES operand: select from it instead.
        walk_stmt(&mut Clauses, stmt);
        return;
    }
    // The INSERT's VALUES list is set aside (an empty list is left alone), so
    // that only the queries nested in its rows are converted.
    let mut insert_rows = match stmt {
        Stmt::Insert(i) => match &mut i.source {
            InsertSource::Query(q) => match &mut q.body {
                SetExpr::Values(rows) => Some(std::mem::take(rows)),
                _ => None,
            },
            InsertSource::DefaultValues => None,
        },
        _ => None,
    };
    walk_stmt(&mut Rows, stmt);
    if let Some(rows) = &mut insert_rows {
        for e in rows.iter_mut().flatten() {
            walk_expr(&mut Rows, e);
        }
    }
    if let (Some(rows), Stmt::Insert(i)) = (insert_rows, stmt) {
        if let InsertSource::Query(q) = &mut i.source {
            q.body = SetExpr::Values(rows);
        }
    }
}

struct Rows;

struct Clauses;

impl VisitMut for Clauses {
    fn query(&mut self, q: &mut Query) {
        let span = q.span;
        let clauses = !q.order_by.is_empty() || q.limit.is_some() || q.offset.is_some();
        match &mut q.body {
            body @ SetExpr::Values(_) if clauses => select_from(body, span),
            SetExpr::SetOp { .. } => operands(&mut q.body, span),
            _ => {}
        }
    }
}

/// VALUES as an operand of a set operation → SELECT * FROM (VALUES ...).
fn operands(body: &mut SetExpr, span: Span) {
    match body {
        SetExpr::Values(_) => select_from(body, span),
        SetExpr::SetOp { left, right, .. } => {
            operands(left, span);
            operands(right, span);
        }
        _ => {}
    }
}

fn select_from(body: &mut SetExpr, span: Span) {
    let values = std::mem::replace(body, SetExpr::Values(Vec::new()));
    *body = SetExpr::select_star_from(Query::of(values, span));
}

impl VisitMut for Rows {
    fn query(&mut self, q: &mut Query) {
        convert(&mut q.body, q.span);
    }
}

/// VALUES (a, b), (c, d) → SELECT a AS column1, b AS column2 UNION ALL SELECT c, d.
fn convert(body: &mut SetExpr, span: Span) {
    match body {
        SetExpr::Values(rows) if !rows.is_empty() => {
            let mut selects = std::mem::take(rows)
                .into_iter()
                .enumerate()
                .map(|(r, row)| {
                    let items = row
                        .into_iter()
                        .enumerate()
                        .map(|(c, expr)| SelectItem::Expr {
                            expr,
                            alias: (r == 0).then(|| Ident::new(&format!("column{}", c + 1), span)),
                        })
                        .collect();
                    SetExpr::Select(Box::new(Select::new(items, Vec::new())))
                });
            let Some(first) = selects.next() else {
                return;
            };
            *body = selects.fold(first, |left, right| SetExpr::SetOp {
                op: SetOp::Union,
                all: true,
                left: Box::new(left),
                right: Box::new(right),
            });
        }
        // An operand of several rows becomes a chain of UNION ALLs, which must stay
        // one operand: `VALUES (1), (2) EXCEPT VALUES (1)` →
        // `(SELECT 1 AS column1 UNION ALL SELECT 2) EXCEPT SELECT 1 AS column1`.
        SetExpr::SetOp { left, right, .. } => {
            for operand in [left, right] {
                let rows = matches!(operand.as_ref(), SetExpr::Values(rows) if rows.len() > 1);
                convert(operand, span);
                if rows {
                    let chain = std::mem::replace(operand.as_mut(), SetExpr::Values(Vec::new()));
                    **operand = SetExpr::Query(Box::new(Query::of(chain, span)));
                }
            }
        }
        _ => {}
    }
}
