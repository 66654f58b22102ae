//! `LIMIT`, `OFFSET` and `FETCH FIRST n ROWS ONLY`.
//!
//! Lowering already reads `FETCH FIRST n ROWS ONLY` as `LIMIT n`, `LIMIT ALL`
//! and `LIMIT NULL` as no limit, and `OFFSET NULL` as none; the emitter writes
//! each target's "no limit" when there is only an OFFSET. SQLite takes any
//! expression in LIMIT and OFFSET. MySQL takes only an integer literal or a
//! placeholder: a cast of either to an integer type is dropped (the engine reads
//! the bound value as a number), and any other expression is an error (PGS0212).
//!
//! ```sql
//! -- input
//! SELECT v FROM t LIMIT $1::int OFFSET (2)
//! -- output (MySQL)
//! SELECT v FROM t LIMIT ? OFFSET 2
//! -- input
//! SELECT v FROM t LIMIT 2 * 3
//! -- output (MySQL): error PGS0212
//! ```
//!
//! MySQL also rejects a LIMIT in the subquery of `IN`, which then selects from
//! it as a derived table, where LIMIT is allowed:
//!
//! ```sql
//! -- input
//! SELECT v FROM t WHERE id IN (SELECT id FROM s ORDER BY id LIMIT 2)
//! -- output (MySQL)
//! SELECT v FROM t WHERE id IN (SELECT * FROM (SELECT id FROM s ORDER BY id LIMIT 2) AS __pgshift_l)
//! ```
//!
//! Fidelity: exact. <https://dev.mysql.com/doc/refman/8.0/en/select.html>,
//! <https://dev.mysql.com/doc/refman/8.0/en/subquery-restrictions.html>

use super::RuleCx;
use crate::diagnostics::Code;
use crate::ir::visit::{walk_stmt, VisitMut};
use crate::ir::{
    Expr, ExprKind, FromItem, Ident, Literal, Query, Select, SelectItem, SetExpr, Stmt,
};
use crate::span::Span;

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    if !cx.target.caps.limit_in_subquery {
        super::each_expr(stmt, in_subquery);
    }
    if cx.target.caps.limit_expressions {
        return;
    }
    let mut v = Limits(Vec::new());
    walk_stmt(&mut v, stmt);
    for span in v.0 {
        cx.report(
            Code::LimitExpression,
            span,
            format!("{} takes only a number or a parameter here", cx.target.name),
        );
    }
}

/// The spans of the LIMIT and OFFSET values the target cannot take.
struct Limits(Vec<Span>);

impl VisitMut for Limits {
    fn query(&mut self, q: &mut Query) {
        for value in [&mut q.limit, &mut q.offset].into_iter().flatten() {
            if !simplify(value) {
                self.0.push(value.span);
            }
        }
    }
}

/// `($1::int)` → `$1`; true when `e` ends as an integer literal or a parameter.
fn simplify(e: &mut Expr) -> bool {
    loop {
        match &mut e.kind {
            ExprKind::Param(_) | ExprKind::Literal(Literal::Integer(_)) => return true,
            ExprKind::Nested(inner) => *e = std::mem::replace(inner.as_mut(), placeholder()),
            ExprKind::PgCast { expr, ty } if ty.is_integer() => {
                *e = std::mem::replace(expr.as_mut(), placeholder());
            }
            _ => return false,
        }
    }
}

fn placeholder() -> Expr {
    Expr::new(ExprKind::Literal(Literal::Null), Span::EMPTY)
}

/// `x IN (SELECT ... LIMIT n)` → `x IN (SELECT * FROM (SELECT ... LIMIT n) AS __pgshift_l)`.
fn in_subquery(e: &mut Expr) {
    let ExprKind::InSubquery { query, .. } = &mut e.kind else {
        return;
    };
    if query.limit.is_none() && query.offset.is_none() {
        return;
    }
    let span = query.span;
    let inner = std::mem::replace(query.as_mut(), Query::of(SetExpr::Values(Vec::new()), span));
    let from = FromItem::derived(inner, Ident::new("__pgshift_l", span));
    **query = Query::of(
        SetExpr::Select(Box::new(Select::new(
            vec![SelectItem::Wildcard],
            vec![from],
        ))),
        span,
    );
}
