//! `agg(...) FILTER (WHERE cond)`.
//!
//! SQLite (3.30+) has FILTER. MySQL has none, so the condition moves into the
//! argument: rows that fail it contribute NULL, which every aggregate here skips.
//!
//! ```sql
//! -- input
//! SELECT count(*) FILTER (WHERE v > 1), sum(v) FILTER (WHERE v > 1) FROM t
//! -- output (MySQL)
//! SELECT count(CASE WHEN v > 1 THEN 1 END), sum(CASE WHEN v > 1 THEN v END) FROM t
//! ```
//!
//! Fidelity: exact for count, sum, avg, min and max (and so bool_and, bool_or
//! and every, which become min/max) and string_agg; other aggregates with FILTER
//! are errors for MySQL (array_agg's JSON_ARRAYAGG keeps NULLs).
//! <https://www.postgresql.org/docs/current/sql-expressions.html#SYNTAX-AGGREGATES>

use super::RuleCx;
use crate::diagnostics::Code;
use crate::ir::{Expr, ExprKind, Literal, Stmt};
use crate::target::Dialect;

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    if cx.target.dialect != Dialect::Mysql {
        return;
    }
    super::each_expr(stmt, |e| {
        let span = e.span;
        let ExprKind::Func(f) = &mut e.kind else {
            return;
        };
        let Some(filter) = f.filter.take() else {
            return;
        };
        // string_agg(x, sep) keeps its separator; the filter goes into x only.
        let arity = match f.plain_name() {
            Some("count" | "sum" | "avg" | "min" | "max") => 1,
            Some("string_agg") => 2,
            _ => 0,
        };
        if arity == 0 || f.args.len() > arity || f.over.is_some() {
            cx.report(
                Code::Unsupported,
                span,
                "FILTER on this aggregate is not supported for MySQL",
            );
            return;
        }
        // count(*) FILTER (WHERE c) → count(CASE WHEN c THEN 1 END); agg(x) FILTER (WHERE c) → agg(CASE WHEN c THEN x END).
        // string_agg(x, sep) FILTER (WHERE c) → string_agg(CASE WHEN c THEN x END, sep).
        let rest = if f.args.len() > 1 {
            f.args.split_off(1)
        } else {
            Vec::new()
        };
        let value = match f.args.pop() {
            Some(x) => x,
            None => Expr::new(ExprKind::Literal(Literal::Integer("1".into())), span),
        };
        f.star = false;
        let case = ExprKind::Case {
            operand: None,
            whens: vec![(*filter, value)],
            else_: None,
        };
        f.args = vec![Expr::new(case, span)];
        f.args.extend(rest);
    });
}
