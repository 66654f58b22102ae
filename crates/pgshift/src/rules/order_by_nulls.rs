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
//! `ORDER BY 2` tests the second output column; a set operation's ORDER BY can
//! only name output columns, so there it tests the column by name. A bare name
//! that is an output alias is tested through the alias's expression, because
//! inside an expression MySQL reads a FROM column of that name before the alias:
//!
//! ```sql
//! -- input
//! SELECT coalesce(y, 0) AS y FROM t ORDER BY y DESC
//! -- output (MySQL)
//! SELECT coalesce(y, 0) AS y FROM t ORDER BY coalesce(y, 0) IS NULL DESC, y DESC
//! ```
//!
//! A volatile expression tested that way would be drawn twice: the `volatile`
//! check reports it (PGS0127). A key that is never NULL (`random()`) gets no test.
//!
//! Fidelity: exact, except on MySQL where no key can be added: a window with a
//! RANGE frame with an offset takes a single ORDER BY key, and an ordinal can
//! name a `*` column or, in a set operation, an unnamed expression. Those keep
//! MySQL's placement, with a warning (PGS0214).
//! <https://www.postgresql.org/docs/current/queries-order.html>

use super::build::is_null;
use super::RuleCx;
use crate::diagnostics::Code;
use crate::ir::visit::{walk_stmt, VisitMut};
use crate::ir::{
    Expr, ExprKind, FrameBound, FrameUnits, FuncCall, OrderItem, Query, Select, SelectItem,
    SetExpr, Stmt, Window, WindowSpec,
};
use crate::span::Span;

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    let mut v = Nulls {
        native: cx.target.caps.nulls_first_last,
        missed: Vec::new(),
    };
    walk_stmt(&mut v, stmt);
    for span in v.missed {
        cx.report(
            Code::NullsPlacement,
            span,
            format!(
                "{} puts NULLs on the other side of this sort key",
                cx.target.name
            ),
        );
    }
}

struct Nulls {
    native: bool,
    /// Keys whose NULL placement could not be emulated.
    missed: Vec<Span>,
}

/// Where an ORDER BY's keys may be added to.
#[derive(Clone, Copy)]
enum Keys<'a> {
    /// A SELECT's ORDER BY, which may name its output columns by position.
    Select(&'a [SelectItem]),
    /// A set operation's ORDER BY, which names the first operand's output columns.
    SetOp(&'a [SelectItem]),
    /// Any expression may be added (windows, aggregates).
    Free,
    /// A RANGE frame with an offset: exactly one key.
    Single,
}

impl Nulls {
    fn items(&mut self, items: &mut Vec<OrderItem>, keys: Keys) {
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
                let key = match keys {
                    Keys::Single => None,
                    Keys::Select(p) | Keys::SetOp(p) if is_ordinal(&item.expr) => {
                        resolve_ordinal(&item.expr, p, matches!(keys, Keys::SetOp(_)))
                    }
                    // ORDER BY y, y an output alias → ORDER BY <its expression> IS NULL, y:
                    // inside `y IS NULL` MySQL reads a FROM column named y before the alias
                    // (and rejects an alias of an aggregate there).
                    Keys::Select(p) => {
                        Some(aliased(&item.expr, p).unwrap_or_else(|| item.expr.clone()))
                    }
                    _ => Some(item.expr.clone()),
                };
                let Some(key) = key else {
                    self.missed.push(item.expr.span);
                    item.nulls_first = None;
                    out.push(item);
                    continue;
                };
                // ORDER BY random() → unchanged: a key that is never NULL sorts the same
                // on both sides, and its NULL test would draw it a second time.
                if never_null(&key) {
                    item.nulls_first = None;
                    out.push(item);
                    continue;
                }
                out.push(OrderItem {
                    expr: is_null(key),
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

fn is_ordinal(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Literal(crate::ir::Literal::Integer(_)))
}

/// `ORDER BY 2` refers to the second output column: the expression to test for
/// NULL, or its name where only names may be used (`by_name`).
fn resolve_ordinal(e: &Expr, projection: &[SelectItem], by_name: bool) -> Option<Expr> {
    let ExprKind::Literal(crate::ir::Literal::Integer(n)) = &e.kind else {
        return None;
    };
    let index = n.parse::<usize>().ok()?.checked_sub(1)?;
    let named = match projection.get(index)? {
        // ORDER BY 1 over `coalesce(y, 0) AS y` tests the expression: the alias would
        // read a FROM column named y inside `y IS NULL`, as in `aliased`.
        SelectItem::Expr { expr, .. } if !by_name => return Some(expr.clone()),
        SelectItem::Expr {
            alias: Some(alias), ..
        } => Expr::new(ExprKind::Column(vec![alias.clone()]), e.span),
        SelectItem::Expr { expr, alias: None } => match &expr.kind {
            ExprKind::Column(parts) => {
                Expr::new(ExprKind::Column(vec![parts.last()?.clone()]), e.span)
            }
            _ => return None,
        },
        _ => return None,
    };
    // A name two output columns share (`a.id, b.id`) would name the first of them:
    // give up, and the caller warns.
    let ExprKind::Column(parts) = &named.kind else {
        return None;
    };
    let name = &parts.last()?.name;
    let sharing = projection
        .iter()
        .filter(|item| match item {
            SelectItem::Expr {
                alias: Some(alias), ..
            } => &alias.name == name,
            SelectItem::Expr { expr, alias: None } => matches!(&expr.kind,
                ExprKind::Column(p) if p.last().is_some_and(|c| &c.name == name)),
            _ => false,
        })
        .count();
    (sharing == 1).then_some(named)
}

/// The expression of the output column that a bare name in ORDER BY names
/// (PostgreSQL looks at output names first, then at the FROM columns).
///
/// The NULL test must read that expression, not the name: MySQL and MariaDB read
/// a bare name as an output alias only when it is the whole ORDER BY key, and
/// inside `y IS NULL` they read a FROM column named `y` first, so that
/// `SELECT coalesce(y, 0) AS y FROM t ORDER BY y` would test the column. The
/// expression is a function of the output row (any volatile call in it is
/// reported by the `volatile` check, PGS0127, rather than drawn twice), which
/// MySQL accepts beside DISTINCT and GROUP BY.
fn aliased(e: &Expr, projection: &[SelectItem]) -> Option<Expr> {
    let ExprKind::Column(parts) = &e.kind else {
        return None;
    };
    let [name] = parts.as_slice() else {
        return None;
    };
    projection.iter().find_map(|item| match item {
        SelectItem::Expr {
            expr,
            alias: Some(alias),
        } if alias.name == name.name => Some(expr.clone()),
        _ => None,
    })
}

/// A call that never returns NULL and must not be repeated: `random()`,
/// `gen_random_uuid()` (or what the `functions` rule renamed them to).
fn never_null(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Func(f) if f.over.is_none() && f.args.is_empty() => matches!(
            f.plain_name(),
            Some("random" | "rand" | "gen_random_uuid" | "uuid")
        ),
        ExprKind::Nested(inner) => never_null(inner),
        _ => false,
    }
}

/// The select list of a set operation's first operand, which names its columns.
fn first_projection(body: &SetExpr) -> Option<&[SelectItem]> {
    match body {
        SetExpr::Select(s) => Some(&s.projection),
        SetExpr::SetOp { left, .. } => first_projection(left),
        SetExpr::Query(q) => first_projection(&q.body),
        SetExpr::Values(_) => None,
    }
}

/// A RANGE frame with an offset (`RANGE BETWEEN 1 PRECEDING AND CURRENT ROW`),
/// which MySQL allows only over a single ORDER BY key.
fn range_offset(spec: &WindowSpec) -> bool {
    spec.frame.as_ref().is_some_and(|f| {
        f.units == FrameUnits::Range
            && std::iter::once(&f.start).chain(f.end.as_ref()).any(|b| {
                matches!(
                    b,
                    FrameBound::Preceding(Some(_)) | FrameBound::Following(Some(_))
                )
            })
    })
}

fn window_keys(spec: &WindowSpec) -> Keys<'static> {
    if range_offset(spec) {
        Keys::Single
    } else {
        Keys::Free
    }
}

impl VisitMut for Nulls {
    fn query(&mut self, q: &mut Query) {
        let body = std::mem::replace(&mut q.body, SetExpr::Values(Vec::new()));
        let keys = match &body {
            SetExpr::Select(s) => Keys::Select(&s.projection),
            other => first_projection(other).map_or(Keys::Free, Keys::SetOp),
        };
        self.items(&mut q.order_by, keys);
        q.body = body;
    }

    fn select(&mut self, s: &mut Select) {
        for (_, spec) in &mut s.windows {
            let keys = window_keys(spec);
            self.items(&mut spec.order_by, keys);
        }
    }

    fn expr(&mut self, e: &mut Expr) {
        if let ExprKind::Func(f) = &mut e.kind {
            let f: &mut FuncCall = f;
            self.items(&mut f.order_by, Keys::Free);
            if let Some(Window::Spec(spec)) = &mut f.over {
                let keys = window_keys(spec);
                self.items(&mut spec.order_by, keys);
            }
        }
    }
}
