//! `lag(x, n, default)` and `lead(x, n, default)`.
//!
//! SQLite and MySQL 8 take the default value as a third argument; MariaDB takes
//! only two. The default is given when the row at the offset does not exist,
//! which is exactly when `lead(1, n)` over the same window is NULL:
//!
//! ```sql
//! -- input
//! SELECT lead(v, 2, -1) OVER (ORDER BY d) FROM t
//! -- output (MySQL/MariaDB; profile mysql8 keeps the input)
//! SELECT CASE WHEN lead(1, 2) OVER (ORDER BY d) IS NULL THEN -1 ELSE lead(v, 2) OVER (ORDER BY d) END FROM t
//! ```
//!
//! Fidelity: exact; a NULL `x` in an existing row stays NULL, as in PostgreSQL,
//! where `coalesce(lead(x, n), default)` would replace it.
//! <https://www.postgresql.org/docs/current/functions-window.html>

use super::build::is_null;
use super::RuleCx;
use crate::ir::{Expr, ExprKind, Literal, Stmt};

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    if cx.target.caps.lag_lead_default {
        return;
    }
    super::each_expr(stmt, |e| {
        let span = e.span;
        let ExprKind::Func(f) = &mut e.kind else {
            return;
        };
        if !matches!(f.plain_name(), Some("lag" | "lead")) || f.args.len() != 3 || f.over.is_none()
        {
            return;
        }
        let Some(default) = f.args.pop() else {
            return;
        };
        // lead(1, n) OVER w: NULL exactly when there is no row at the offset.
        let mut probe = f.clone();
        probe.args[0] = Expr::new(ExprKind::Literal(Literal::Integer("1".into())), span);
        let missing = is_null(Expr::new(ExprKind::Func(probe), span));
        let value = Expr::new(e.kind.clone(), span);
        e.kind = ExprKind::Case {
            operand: None,
            whens: vec![(missing, default)],
            else_: Some(value.boxed()),
        };
    });
}
