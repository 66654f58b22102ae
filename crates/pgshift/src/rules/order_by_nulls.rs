//! Where NULLs sort in `ORDER BY` (queries, windows and aggregates).
//!
//! PostgreSQL sorts NULL as larger than every value: last when ascending, first
//! when descending, unless `NULLS FIRST|LAST` says otherwise. SQLite and MySQL
//! sort NULL as smaller than every value. Where the two disagree, SQLite gets an
//! explicit `NULLS FIRST|LAST`, and MySQL, which has no such clause, sorts on
//! `x IS NULL` first.
//!
//! ```sql
//! -- input
//! SELECT name FROM t ORDER BY score, name DESC NULLS LAST
//! -- output (SQLite)
//! SELECT name FROM t ORDER BY score NULLS LAST, name DESC
//! -- output (MySQL)
//! SELECT name FROM t ORDER BY score IS NULL, score, name DESC
//! ```
//!
//! Fidelity: exact. <https://www.postgresql.org/docs/current/queries-order.html>

use super::RuleCx;
use crate::ir::visit::{walk_stmt, VisitMut};
use crate::ir::{
    Expr, ExprKind, FuncCall, OrderItem, Query, Select, SelectItem, SetExpr, Stmt, Window,
};

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    let mut v = Nulls {
        native: cx.target.caps.nulls_first_last,
    };
    walk_stmt(&mut v, stmt);
}

struct Nulls {
    native: bool,
}

impl Nulls {
    fn items(&self, items: &mut Vec<OrderItem>, projection: Option<&[SelectItem]>) {
        let mut out = Vec::with_capacity(items.len());
        for mut item in items.drain(..) {
            let desc = item.desc.unwrap_or(false);
            let wanted_first = item.nulls_first.unwrap_or(desc);
            // Both targets put NULLs first exactly when the order is ascending.
            let target_first = !desc;
            if wanted_first == target_first {
                // The target's default already agrees: ORDER BY x DESC NULLS LAST → ORDER BY x DESC.
                item.nulls_first = None;
            } else if self.native {
                // ORDER BY x → ORDER BY x NULLS LAST.
                item.nulls_first = Some(wanted_first);
            } else {
                // ORDER BY x → ORDER BY x IS NULL, x.
                let key =
                    resolve_ordinal(&item.expr, projection).unwrap_or_else(|| item.expr.clone());
                let span = key.span;
                let is_null = Expr::new(
                    ExprKind::IsNull {
                        expr: key.boxed(),
                        negated: false,
                    },
                    span,
                );
                out.push(OrderItem {
                    expr: is_null,
                    desc: if wanted_first { Some(true) } else { None },
                    nulls_first: None,
                });
                item.nulls_first = None;
            }
            out.push(item);
        }
        *items = out;
    }
}

/// `ORDER BY 2` refers to the second output column: the expression to test for NULL.
fn resolve_ordinal(e: &Expr, projection: Option<&[SelectItem]>) -> Option<Expr> {
    let ExprKind::Literal(crate::ir::Literal::Integer(n)) = &e.kind else {
        return None;
    };
    let index = n.parse::<usize>().ok()?.checked_sub(1)?;
    match projection?.get(index)? {
        SelectItem::Expr { expr, alias: None } => Some(expr.clone()),
        SelectItem::Expr {
            alias: Some(alias), ..
        } => Some(Expr::new(ExprKind::Column(vec![alias.clone()]), e.span)),
        _ => None,
    }
}

impl VisitMut for Nulls {
    fn query(&mut self, q: &mut Query) {
        let projection = match &q.body {
            SetExpr::Select(s) => Some(s.projection.clone()),
            _ => None,
        };
        self.items(&mut q.order_by, projection.as_deref());
    }

    fn select(&mut self, s: &mut Select) {
        for (_, spec) in &mut s.windows {
            self.items(&mut spec.order_by, None);
        }
    }

    fn expr(&mut self, e: &mut Expr) {
        if let ExprKind::Func(f) = &mut e.kind {
            let f: &mut FuncCall = f;
            self.items(&mut f.order_by, None);
            if let Some(Window::Spec(spec)) = &mut f.over {
                self.items(&mut spec.order_by, None);
            }
        }
    }
}
