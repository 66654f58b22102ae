//! `/` between integers.
//!
//! PostgreSQL (and SQLite) truncate toward zero when both operands are integers:
//! `7 / 2` is 3 and `-7 / 2` is -3. MySQL returns a decimal (3.5000), so the rule
//! uses `DIV`, which truncates toward zero too.
//!
//! ```sql
//! -- input
//! SELECT 7 / 2, 7.0 / 2
//! -- output (MySQL)
//! SELECT 7 DIV 2, 7.0 / 2
//! ```
//!
//! Fidelity: exact where both operand types are known (literals, casts and
//! arithmetic on them); elsewhere a warning, since a column's type is unknown here.
//! <https://dev.mysql.com/doc/refman/8.0/en/arithmetic-functions.html#operator_div>

use super::RuleCx;
use crate::diagnostics::Code;
use crate::ir::{BinOp, ExprKind, Stmt};

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    if cx.target.caps.int_division_truncates {
        return;
    }
    super::each_expr(stmt, |e| {
        let ExprKind::Binary { op, left, right } = &mut e.kind else {
            return;
        };
        if *op != BinOp::Divide {
            return;
        }
        match (left.static_type(), right.static_type()) {
            // int / int → int DIV int.
            (Some(l), Some(r)) if l.is_integer() && r.is_integer() && cx.target.caps.div_operator => *op = BinOp::IntDivide,
            // A known non-integer operand: `/` already means what PostgreSQL means.
            (Some(l), _) if !l.is_integer() => {}
            (_, Some(r)) if !r.is_integer() => {}
            _ => cx.report(Code::IntDivision, e.span, "`/` truncates in PostgreSQL when both operands are integers; here their types are unknown"),
        }
    });
}
