//! `SELECT DISTINCT ON (keys)`: the first row of each group of equal keys.
//!
//! Neither target has it. Both have window functions (SQLite 3.25+, MySQL 8,
//! MariaDB 10.2+), so the rows are numbered within each group in the query's
//! order, and the first of each is kept:
//!
//! ```sql
//! -- input
//! SELECT DISTINCT ON (cat) cat, name FROM t ORDER BY cat, price DESC LIMIT 5
//! -- output (both targets, before the NULL ordering rule)
//! SELECT cat, name FROM (SELECT cat, name, price AS __pgshift_o2,
//!     ROW_NUMBER() OVER (PARTITION BY cat ORDER BY cat, price DESC) AS __pgshift_rn FROM t) AS __pgshift_d
//! WHERE __pgshift_rn = 1 ORDER BY cat, __pgshift_o2 DESC LIMIT 5
//! ```
//!
//! The outer query lists the output columns by name: each keeps the name
//! PostgreSQL gives it (its alias, column or function name, `?column?`), and a
//! name two columns share is made unique inside and restored outside. An ORDER
//! BY key that is not an output column is carried out as a hidden column, and
//! keys that are ordinals or output aliases are resolved first, since a window's
//! ORDER BY cannot use them. The rule runs before the others, so the copies it
//! makes are translated like the originals, NULL ordering included.
//!
//! Fidelity: exact, with ties broken arbitrarily as in PostgreSQL. `*` cannot be
//! listed without the table's definition: an error (PGS0205).
//!
//! <https://www.postgresql.org/docs/current/sql-select.html#SQL-DISTINCT>

use super::names::{derived_column, output_name};
use super::RuleCx;
use crate::diagnostics::Code;
use crate::ir::visit::{walk_stmt, VisitMut};
use crate::ir::{
    BinOp, Expr, ExprKind, FromItem, FuncCall, Ident, Literal, OrderItem, Query, Select,
    SelectItem, SetExpr, Stmt, Window, WindowSpec,
};
use crate::span::Span;

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    walk_stmt(&mut DistinctOn { cx }, stmt);
}

struct DistinctOn<'a, 'b> {
    cx: &'a mut RuleCx<'b>,
}

impl VisitMut for DistinctOn<'_, '_> {
    fn query(&mut self, q: &mut Query) {
        let span = q.span;
        match &mut q.body {
            // The query's ORDER BY orders the groups' rows and the result.
            SetExpr::Select(s) if !s.distinct_on.is_empty() => {
                let mut order = std::mem::take(&mut q.order_by);
                self.rewrite(s, &mut order, span);
                q.order_by = order;
            }
            body @ SetExpr::SetOp { .. } => self.set_op_arms(body, span),
            _ => {}
        }
    }
}

impl DistinctOn<'_, '_> {
    /// The operands of a set operation have no ORDER BY of their own.
    fn set_op_arms(&mut self, body: &mut SetExpr, span: Span) {
        match body {
            SetExpr::Select(s) if !s.distinct_on.is_empty() => {
                self.rewrite(s, &mut Vec::new(), span);
            }
            SetExpr::SetOp { left, right, .. } => {
                self.set_op_arms(left, span);
                self.set_op_arms(right, span);
            }
            _ => {}
        }
    }

    /// Turns `s` into the outer query over the numbered rows; `order` is the
    /// query's ORDER BY, rewritten to name the derived table's columns.
    fn rewrite(&mut self, s: &mut Select, order: &mut Vec<OrderItem>, span: Span) {
        if s.projection
            .iter()
            .any(|i| !matches!(i, SelectItem::Expr { .. }))
        {
            self.cx.report(
                Code::DistinctOnWildcard,
                span,
                "DISTINCT ON with `*` cannot be rewritten without the table's columns",
            );
            return;
        }
        let mut inner = std::mem::replace(s, Select::new(Vec::new(), Vec::new()));
        let original = inner.projection.clone();
        let keys: Vec<Expr> = std::mem::take(&mut inner.distinct_on)
            .iter()
            .map(|k| resolve(k, &original))
            .collect();
        let window_order: Vec<OrderItem> = order
            .iter()
            .map(|o| OrderItem {
                expr: resolve(&o.expr, &original),
                ..o.clone()
            })
            .collect();

        // The output columns: the derived table's names and the names PostgreSQL shows.
        let names: Vec<Ident> = original.iter().map(|i| output_name(i, span)).collect();
        let mut outer_items = Vec::with_capacity(names.len());
        let mut inner_names = Vec::with_capacity(names.len());
        for (i, item) in inner.projection.iter_mut().enumerate().take(names.len()) {
            let (inner_name, outer_item) = derived_column(&names, i, span);
            if let SelectItem::Expr { expr, alias } = item {
                let natural = matches!(&expr.kind, ExprKind::Column(parts)
                    if parts.last().is_some_and(|p| p.name == inner_name.name && p.quoted == inner_name.quoted));
                if alias.is_some() || !natural {
                    *alias = Some(inner_name.clone());
                }
            }
            outer_items.push(outer_item);
            inner_names.push(inner_name);
        }

        // ORDER BY keys: an output column by its name, anything else as a hidden column.
        let mut outer_order = Vec::with_capacity(order.len());
        for (n, (o, resolved)) in order.iter().zip(&window_order).enumerate() {
            let output = output_index(&o.expr, &original).or_else(|| {
                original.iter().position(|item| match item {
                    SelectItem::Expr { expr, .. } => same_column(expr, &resolved.expr),
                    _ => false,
                })
            });
            let column = match output {
                Some(i) => inner_names[i].clone(),
                None => {
                    let hidden = Ident::new(&format!("__pgshift_o{}", n + 1), span);
                    inner.projection.push(SelectItem::Expr {
                        expr: resolved.expr.clone(),
                        alias: Some(hidden.clone()),
                    });
                    hidden
                }
            };
            outer_order.push(OrderItem {
                expr: Expr::new(ExprKind::Column(vec![column]), o.expr.span),
                ..o.clone()
            });
        }

        // ROW_NUMBER() OVER (PARTITION BY keys ORDER BY the query's order) AS __pgshift_rn.
        let mut row_number = FuncCall::simple("row_number", Vec::new(), span);
        row_number.over = Some(Window::Spec(WindowSpec {
            base: None,
            partition_by: keys,
            order_by: window_order,
            frame: None,
        }));
        let rn = Ident::new("__pgshift_rn", span);
        inner.projection.push(SelectItem::Expr {
            expr: Expr::new(ExprKind::Func(Box::new(row_number)), span),
            alias: Some(rn.clone()),
        });

        let derived = Query::of(SetExpr::Select(Box::new(inner)), span);
        let mut outer = Select::new(
            outer_items,
            vec![FromItem::derived(derived, Ident::new("__pgshift_d", span))],
        );
        outer.selection = Some(Expr::new(
            ExprKind::Binary {
                op: BinOp::Eq,
                left: Expr::new(ExprKind::Column(vec![rn]), span).boxed(),
                right: Expr::new(ExprKind::Literal(Literal::Integer("1".into())), span).boxed(),
            },
            span,
        ));
        *s = outer;
        *order = outer_order;
    }
}

/// The output column an ORDER BY or DISTINCT ON key names: `2` is the second,
/// and a bare name is the column whose alias it is (PostgreSQL looks at output
/// names first).
fn output_index(key: &Expr, projection: &[SelectItem]) -> Option<usize> {
    match &key.kind {
        ExprKind::Literal(Literal::Integer(n)) => n
            .parse::<usize>()
            .ok()
            .and_then(|n| n.checked_sub(1))
            .filter(|&i| i < projection.len()),
        ExprKind::Column(parts) if parts.len() == 1 => projection.iter().position(|item| {
            matches!(item, SelectItem::Expr { alias: Some(a), .. } if a.name == parts[0].name)
        }),
        _ => None,
    }
}

/// A key as an expression over the FROM clause, as a window's ORDER BY needs it.
fn resolve(key: &Expr, projection: &[SelectItem]) -> Expr {
    match output_index(key, projection).map(|i| &projection[i]) {
        Some(SelectItem::Expr { expr, .. }) => expr.clone(),
        _ => key.clone(),
    }
}

/// The same column reference, whatever the spans.
fn same_column(a: &Expr, b: &Expr) -> bool {
    match (&a.kind, &b.kind) {
        (ExprKind::Column(x), ExprKind::Column(y)) => {
            x.len() == y.len()
                && x.iter()
                    .zip(y)
                    .all(|(p, q)| p.name == q.name && p.quoted == q.quoted)
        }
        _ => false,
    }
}
