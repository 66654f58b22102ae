//! The `||` string concatenation operator.
//!
//! In MySQL's default SQL mode `||` is logical OR (`'a' || 'b'` is 0), so a chain
//! of `||` becomes one `CONCAT`, which like PostgreSQL's `||` yields NULL when any
//! operand is NULL.
//!
//! ```sql
//! -- input
//! SELECT first || ' ' || last
//! -- output (MySQL)
//! SELECT CONCAT(first, ' ', last)
//! ```
//!
//! SQLite keeps `||`; a decimal literal operand becomes the text PostgreSQL makes
//! of it (`'x' || 1.50` → `'x' || '1.50'`), since SQLite would print the number
//! as `1.5`.
//!
//! A timestamp or time operand, known by its type, is printed as PostgreSQL
//! prints it (`datetime_build::mysql_time_text`): MySQL's text of a
//! DATETIME(6) always has six decimals.
//!
//! Fidelity: exact for text. <https://dev.mysql.com/doc/refman/8.0/en/string-functions.html#function_concat>

use super::build::decimal_as_text;
use super::column_types::ColumnTypes;
use super::datetime_build::mysql_time_text;
use super::RuleCx;
use crate::ir::{BinOp, DataType, Expr, ExprKind, FuncCall, Literal, Stmt};

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    if cx.target.caps.pipes_concat {
        // 'x' || 1.50 → 'x' || '1.50': SQLite would print the number as 1.5.
        super::each_expr(stmt, |e| {
            if let ExprKind::Binary {
                op: BinOp::Concat,
                left,
                right,
            } = &mut e.kind
            {
                for side in [left, right] {
                    let operand = std::mem::replace(
                        &mut **side,
                        Expr::new(ExprKind::Literal(Literal::Null), e.span),
                    );
                    **side = decimal_as_text(operand);
                }
            }
        });
        return;
    }
    let types = ColumnTypes::of(stmt, cx.catalog);
    // A timestamp or time prints with six decimals in MySQL: CONCAT('t=', ts) →
    // CONCAT('t=', CASE WHEN MICROSECOND(ts) = 0 THEN DATE_FORMAT(ts, …) ELSE … END).
    let as_text = |x: Expr| match types.type_of(&x) {
        Some(DataType::Timestamp { tz: false }) => mysql_time_text(x, false),
        Some(DataType::Time { tz: false }) => mysql_time_text(x, true),
        _ => x,
    };
    super::each_expr(stmt, |e| {
        if !matches!(
            e.kind,
            ExprKind::Binary {
                op: BinOp::Concat,
                ..
            }
        ) {
            return;
        }
        let kind = std::mem::replace(&mut e.kind, ExprKind::Literal(crate::ir::Literal::Null));
        let ExprKind::Binary { left, right, .. } = kind else {
            return;
        };
        // The walk is post-order, so a left operand that was a `||` chain is already a CONCAT: extend it.
        let mut args = match left.kind {
            ExprKind::Func(f)
                if f.plain_name() == Some("concat") && f.over.is_none() && is_chain(&f) =>
            {
                f.args
            }
            other => vec![as_text(Expr::new(other, left.span))],
        };
        args.push(as_text(*right));
        let mut call = FuncCall::simple("concat", args, e.span);
        call.distinct = false;
        e.kind = ExprKind::Func(Box::new(call));
    });
}

/// A CONCAT this rule built (it has no modifiers).
fn is_chain(f: &FuncCall) -> bool {
    !f.distinct && !f.star && f.filter.is_none() && f.order_by.is_empty()
}
