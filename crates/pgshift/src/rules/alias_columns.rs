//! Column aliases on a FROM item: `(subquery) AS x(a, b)`, `t AS x(a, b)`.
//!
//! Neither SQLite nor MariaDB accepts a column list after a FROM alias (a CTE's
//! column list is fine). For a subquery the names move into its select list,
//! where they rename the output columns in order; a VALUES list, whose columns
//! are column1, column2..., is selected from under the new names. A table's
//! columns cannot be listed without its definition: an error (PGS0208).
//!
//! ```sql
//! -- input
//! SELECT * FROM (SELECT id, v * 2 FROM t) AS d(k, doubled)
//! -- output
//! SELECT * FROM (SELECT id AS k, v * 2 AS doubled FROM t) AS d
//! -- input (SQLite)
//! SELECT * FROM (VALUES (1, 'a')) AS v(id, name)
//! -- output (SQLite)
//! SELECT * FROM (SELECT column1 AS id, column2 AS name FROM (VALUES (1, 'a')) AS __pgshift_v) AS v
//! ```
//!
//! Fidelity: exact. <https://www.postgresql.org/docs/current/queries-table-expressions.html#QUERIES-TABLE-ALIASES>

use super::RuleCx;
use crate::diagnostics::Code;
use crate::ir::visit::{walk_stmt, VisitMut};
use crate::ir::{
    Expr, ExprKind, FromItem, Ident, Query, Select, SelectItem, SetExpr, Stmt, TableRef,
};
use crate::span::Span;

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    let mut v = Aliases { cx };
    match stmt {
        // UPDATE ... FROM and DELETE ... USING hold FROM items outside any SELECT.
        Stmt::Update(u) => v.items(&mut u.from),
        Stmt::Delete(d) => v.items(&mut d.using),
        _ => {}
    }
    walk_stmt(&mut v, stmt);
}

struct Aliases<'a, 'b> {
    cx: &'a mut RuleCx<'b>,
}

impl VisitMut for Aliases<'_, '_> {
    fn select(&mut self, s: &mut Select) {
        self.items(&mut s.from);
    }
}

impl Aliases<'_, '_> {
    fn items(&mut self, items: &mut [FromItem]) {
        for item in items {
            self.table_ref(&mut item.relation);
            for join in &mut item.joins {
                self.table_ref(&mut join.relation);
            }
        }
    }

    fn table_ref(&mut self, t: &mut TableRef) {
        match t {
            TableRef::Table {
                name,
                alias: Some(alias),
            } if !alias.columns.is_empty() => {
                self.cx.report(
                    Code::TableColumnAliases,
                    name.span,
                    format!(
                        "{} cannot rename the columns of the table `{}` without its definition",
                        self.cx.target.name,
                        name.base().map_or("", |b| b.name.as_str())
                    ),
                );
            }
            TableRef::Derived {
                query,
                alias: Some(alias),
                ..
            } if !alias.columns.is_empty() => {
                let columns = std::mem::take(&mut alias.columns);
                if !rename(query, &columns) {
                    self.cx.report(
                        Code::TableColumnAliases,
                        query.span,
                        format!(
                            "{} cannot rename the columns of a subquery that selects `*`",
                            self.cx.target.name
                        ),
                    );
                }
            }
            TableRef::Nested(inner) => self.items(std::slice::from_mut(inner.as_mut())),
            _ => {}
        }
    }
}

/// Gives the output columns of `q` the names `columns`, in order. Returns false
/// when the select list has a `*`, whose columns cannot be counted.
fn rename(q: &mut Query, columns: &[Ident]) -> bool {
    let span = q.span;
    let renamed = match &mut q.body {
        SetExpr::Query(inner) => return rename(inner, columns),
        body => rename_body(body, columns, span),
    };
    let Some(renamed) = renamed else {
        return false;
    };
    // ORDER BY may name an output column by its old alias.
    for o in &mut q.order_by {
        if let ExprKind::Column(parts) = &mut o.expr.kind {
            if let [only] = parts.as_mut_slice() {
                if let Some((_, new)) = renamed.iter().find(|(old, _)| *old == only.name) {
                    *only = new.clone();
                }
            }
        }
    }
    true
}

/// Renames the first SELECT of `body`; returns the (old alias, new name) pairs.
fn rename_body(body: &mut SetExpr, columns: &[Ident], span: Span) -> Option<Vec<(String, Ident)>> {
    match body {
        SetExpr::Select(s) => {
            if s.projection
                .iter()
                .any(|i| !matches!(i, SelectItem::Expr { .. }))
            {
                return None;
            }
            let mut renamed = Vec::new();
            for (item, name) in s.projection.iter_mut().zip(columns) {
                if let SelectItem::Expr { alias, .. } = item {
                    if let Some(old) = alias.replace(name.clone()) {
                        renamed.push((old.name, name.clone()));
                    }
                }
            }
            Some(renamed)
        }
        SetExpr::SetOp { left, .. } => rename_body(left, columns, span),
        SetExpr::Query(inner) => rename(inner, columns).then(Vec::new),
        // (VALUES ...) AS v(a, b) → (SELECT column1 AS a, column2 AS b FROM (VALUES ...) AS __pgshift_v).
        SetExpr::Values(rows) => {
            let width = rows.first().map_or(0, Vec::len);
            let items = (0..width)
                .map(|c| {
                    let column = Ident::new(&format!("column{}", c + 1), span);
                    SelectItem::Expr {
                        alias: Some(columns.get(c).cloned().unwrap_or_else(|| column.clone())),
                        expr: Expr::new(ExprKind::Column(vec![column]), span),
                    }
                })
                .collect();
            let values = Query::of(std::mem::replace(body, SetExpr::Values(Vec::new())), span);
            let from = FromItem::derived(values, Ident::new("__pgshift_v", span));
            *body = SetExpr::Select(Box::new(Select::new(items, vec![from])));
            Some(Vec::new())
        }
    }
}
