//! A date or timestamp compared with a quoted literal: `d = '2024-1-31'`,
//! `ts BETWEEN '2024-01-05' AND '2024-01-06'`, `d IN ('2024-1-5')`.
//!
//! PostgreSQL reads the literal as the other side's type, so `'2024-1-31'` is
//! the date 2024-01-31 and `'2024-01-05'` the timestamp 2024-01-05 00:00:00. A
//! target that keeps dates as text (SQLite) compares the text as written, and
//! finds nothing. The literal is read here as PostgreSQL reads it
//! (`pgtext::coerce`, as `assignment_cast` does for stored values) and written
//! in the form the target stores.
//!
//! ```sql
//! -- input (d a date column, ts a timestamp column)
//! SELECT * FROM t WHERE d = '2024-1-31' AND ts >= '2024-01-05'
//! -- output (SQLite)
//! SELECT * FROM t WHERE d = '2024-01-31' AND ts >= '2024-01-05 00:00:00'
//! ```
//!
//! The other side is a date or timestamp by its type: a column the catalog
//! declares, a cast, or a call of them (`column_types`). A literal pgshift cannot
//! read as one is an error (PGS0128); MySQL, whose DATE and DATETIME compare as
//! values, keeps the literal.
//!
//! Fidelity: exact. <https://www.postgresql.org/docs/current/typeconv-oper.html>

use super::column_types::ColumnTypes;
use super::RuleCx;
use crate::diagnostics::Code;
use crate::ir::{DataType, Expr, ExprKind, Literal, Stmt};
use crate::pgtext;
use crate::span::Span;

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    if cx.target.caps.datetime_type {
        return;
    }
    let types = ColumnTypes::of(stmt, cx.catalog);
    let moment = |e: &Expr| match types.type_of(e) {
        Some(t @ (DataType::Date | DataType::Timestamp { .. })) => Some(t),
        _ => None,
    };
    let mut unreadable: Vec<(Span, String)> = Vec::new();
    super::each_expr(stmt, |e| match &mut e.kind {
        // d = '2024-1-31' → d = '2024-01-31'.
        ExprKind::Binary { op, left, right } if op.is_comparison() => {
            if let Some(ty) = moment(left) {
                read(right, &ty, &mut unreadable);
            } else if let Some(ty) = moment(right) {
                read(left, &ty, &mut unreadable);
            }
        }
        // ts BETWEEN '2024-01-05' AND '2024-01-06' → both bounds as timestamps.
        ExprKind::Between {
            expr, low, high, ..
        } => {
            if let Some(ty) = moment(expr) {
                read(low, &ty, &mut unreadable);
                read(high, &ty, &mut unreadable);
            }
        }
        // d IN ('2024-1-5', …) → each item as a date.
        ExprKind::InList { expr, list, .. } => {
            if let Some(ty) = moment(expr) {
                for item in list {
                    read(item, &ty, &mut unreadable);
                }
            }
        }
        _ => {}
    });
    for (span, message) in unreadable {
        cx.report(Code::ColumnValue, span, message);
    }
}

/// A quoted literal `e`, read as a value of `ty` and written as the target stores it.
fn read(e: &mut Expr, ty: &DataType, unreadable: &mut Vec<(Span, String)>) {
    let ExprKind::Literal(Literal::String(s)) = &e.kind else {
        return;
    };
    match pgtext::coerce(s, ty) {
        Ok(Some(literal)) => e.kind = ExprKind::Literal(literal),
        Ok(None) => {}
        Err(message) => unreadable.push((e.span, message)),
    }
}
