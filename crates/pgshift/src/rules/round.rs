//! `round(x, n)`.
//!
//! PostgreSQL rounds to `n` places, and a negative `n` rounds to tens, hundreds…
//! (`round(1250, -2)` is 1300). SQLite's `round()` ignores a negative `n`, so a
//! negative literal becomes a division and a multiplication around `round(x)`,
//! which rounds halves away from zero as PostgreSQL does for numeric values. A
//! non-literal `n` might be negative: an error. MySQL's ROUND already agrees.
//!
//! ```sql
//! -- input
//! SELECT round(1250, -2)
//! -- output (SQLite)
//! SELECT round(1250 / 100.0) * 100
//! ```
//!
//! Fidelity: exact for a literal `n`. <https://www.sqlite.org/lang_corefunc.html#round>

use super::build::{bin, call};
use super::RuleCx;
use crate::diagnostics::Code;
use crate::ir::{BinOp, Expr, ExprKind, Literal, Stmt, UnOp};

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    if !cx.target.caps.round_ignores_negative_places {
        return;
    }
    super::each_expr(stmt, |e| {
        let span = e.span;
        let ExprKind::Func(f) = &mut e.kind else {
            return;
        };
        if f.plain_name() != Some("round") || f.args.len() != 2 {
            return;
        }
        let places = match &f.args[1].kind {
            ExprKind::Literal(Literal::Integer(_)) => return,
            ExprKind::Unary {
                op: UnOp::Minus,
                expr,
            } => match &expr.kind {
                ExprKind::Literal(Literal::Integer(n)) => {
                    n.parse::<u32>().ok().filter(|n| *n <= 18)
                }
                _ => None,
            },
            _ => None,
        };
        let Some(places) = places else {
            cx.report(
                Code::FunctionArgs,
                f.args[1].span,
                "SQLite's round() ignores negative places; pgshift needs a literal place count",
            );
            return;
        };
        // round(x, -2) → round(x / 100.0) * 100.
        let scale = 10u64.pow(places);
        let x = f.args[0].clone();
        let divided = bin(
            BinOp::Divide,
            x,
            Expr::new(
                ExprKind::Literal(Literal::Decimal(format!("{scale}.0"))),
                span,
            ),
        );
        let rounded = call("round", vec![divided], span);
        let int = Expr::new(ExprKind::Literal(Literal::Integer(scale.to_string())), span);
        e.kind = ExprKind::Nested(bin(BinOp::Multiply, rounded, int).boxed());
    });
}
