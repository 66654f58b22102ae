//! The `%` operator (and `mod()`, which `math_functions` turns into `%` for SQLite).
//!
//! PostgreSQL's `%` keeps fractions: `5.5 % 2` is 1.5, with the sign of the
//! dividend. SQLite converts both operands to integers first and answers 1. Unless
//! both operands are known integers, SQLite gets `a - b * CAST(a / b AS INTEGER)`,
//! which is exact for integers and decimals alike (the cast truncates toward zero,
//! as PostgreSQL does, and a zero divisor gives NULL through the division). MySQL's
//! `%` already keeps fractions.
//!
//! ```sql
//! -- input
//! SELECT price % 2, 7 % 3
//! -- output (SQLite)
//! SELECT (price - 2 * CAST(price / 2 AS INTEGER)), 7 % 3
//! ```
//!
//! Fidelity: exact. <https://www.sqlite.org/lang_expr.html#operators>

use super::build::bin;
use super::RuleCx;
use crate::ir::{BinOp, DataType, Expr, ExprKind, Stmt};

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    if !cx.target.caps.modulo_truncates_operands {
        return;
    }
    super::each_expr(stmt, |e| {
        let span = e.span;
        let ExprKind::Binary {
            op: BinOp::Modulo,
            left,
            right,
        } = &mut e.kind
        else {
            return;
        };
        if left.is_integer() && right.is_integer() {
            // 7 % 3 → 7 % 3: integers need nothing.
            return;
        }
        // a % b → (a - b * CAST(a / b AS INTEGER)).
        let (a, b) = (left.as_ref().clone(), right.as_ref().clone());
        let quotient = Expr::new(
            ExprKind::Cast {
                expr: bin(BinOp::Divide, a.clone(), b.clone()).boxed(),
                ty: DataType::SqliteInteger,
            },
            span,
        );
        let result = bin(BinOp::Minus, a, bin(BinOp::Multiply, b, quotient));
        e.kind = ExprKind::Nested(result.boxed());
    });
}
