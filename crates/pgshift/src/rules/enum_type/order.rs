//! Enum order in queries.
//!
//! ```sql
//! -- input (t.m is of type mood = ('sad', 'ok', 'happy'))
//! SELECT m FROM t ORDER BY m DESC
//! -- output (SQLite)
//! SELECT m FROM t ORDER BY CASE m WHEN 'sad' THEN 0 WHEN 'ok' THEN 1 WHEN 'happy' THEN 2 END DESC
//! -- output (MySQL): unchanged, ENUM sorts by declaration
//! ```
//!
//! The ORDER BY key is found as a column of a table named in the query's FROM
//! (qualified or not), as an output alias of such a column, or as an output
//! position. A range comparison (`m < 'ok'`) with an enum column warns on both
//! targets, which compare text there.

use super::RuleCx;
use crate::catalog::Catalog;
use crate::diagnostics::Code;
use crate::ir::visit::VisitMut;
use crate::ir::{
    BinOp, Expr, ExprKind, FromItem, Literal, Query, SelectItem, SetExpr, Stmt, TableRef,
};
use crate::span::Span;
use crate::target::Dialect;

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    if cx.catalog.enums.is_empty() {
        return;
    }
    let mut v = Orders {
        catalog: cx.catalog,
        rewrite: cx.target.dialect == Dialect::Sqlite,
        found: Vec::new(),
    };
    crate::ir::visit::walk_stmt(&mut v, stmt);
    for (code, span, msg) in v.found {
        cx.report(code, span, msg);
    }
}

struct Orders<'c> {
    catalog: &'c Catalog,
    rewrite: bool,
    found: Vec<(Code, Span, String)>,
}

impl VisitMut for Orders<'_> {
    fn query(&mut self, q: &mut Query) {
        let SetExpr::Select(s) = &mut q.body else {
            return;
        };
        let tables = tables(&s.from);
        // m < 'ok' with m an enum column: text comparison on both targets.
        if let Some(sel) = &s.selection {
            let mut e = sel.clone();
            let mut found = Vec::new();
            crate::rules::each_expr_in(&mut e, |x| {
                if let ExprKind::Binary { op, left, right } = &x.kind {
                    let range = matches!(op, BinOp::Lt | BinOp::LtEq | BinOp::Gt | BinOp::GtEq);
                    if range
                        && (self.labels(&tables, left).is_some()
                            || self.labels(&tables, right).is_some())
                    {
                        found.push((
                            Code::EnumComparison,
                            x.span,
                            "this comparison of an enum column compares text on the target"
                                .to_string(),
                        ));
                    }
                }
            });
            self.found.extend(found);
        }
        if !self.rewrite {
            return;
        }
        for item in &mut q.order_by {
            // ORDER BY 2 or ORDER BY alias → the select item's expression.
            let key = match &item.expr.kind {
                ExprKind::Literal(Literal::Integer(n)) => n
                    .parse::<usize>()
                    .ok()
                    .and_then(|i| i.checked_sub(1))
                    .and_then(|i| s.projection.get(i))
                    .and_then(|p| match p {
                        SelectItem::Expr { expr, .. } => Some(expr.clone()),
                        _ => None,
                    }),
                ExprKind::Column(parts) if parts.len() == 1 => s
                    .projection
                    .iter()
                    .find_map(|p| match p {
                        SelectItem::Expr {
                            expr,
                            alias: Some(a),
                        } if a.name == parts[0].name => Some(expr.clone()),
                        _ => None,
                    })
                    .or_else(|| Some(item.expr.clone())),
                _ => Some(item.expr.clone()),
            };
            let Some(key) = key else { continue };
            let Some(labels) = self.labels(&tables, &key) else {
                continue;
            };
            // ORDER BY m → ORDER BY CASE m WHEN 'sad' THEN 0 … END.
            let span = item.expr.span;
            let whens = labels
                .iter()
                .enumerate()
                .map(|(i, l)| {
                    (
                        Expr::new(ExprKind::Literal(Literal::String(l.clone())), span),
                        crate::rules::build::int(i as i64, span),
                    )
                })
                .collect();
            item.expr = Expr::new(
                ExprKind::Case {
                    operand: Some(key.boxed()),
                    whens,
                    else_: None,
                },
                span,
            );
            self.found.push((
                Code::EnumOrder,
                span,
                "ORDER BY on an enum column sorts by the labels' declaration order".to_string(),
            ));
        }
    }
}

impl Orders<'_> {
    /// The labels of an enum column of one of `tables` that `e` names.
    fn labels(&self, tables: &[(String, String)], e: &Expr) -> Option<Vec<String>> {
        let ExprKind::Column(parts) = &e.kind else {
            return None;
        };
        let (qualifier, column) = match parts.as_slice() {
            [c] => (None, &c.name),
            [.., q, c] => (Some(&q.name), &c.name),
            [] => return None,
        };
        let mut hits = tables
            .iter()
            .filter(|(alias, _)| qualifier.is_none_or(|q| q == alias))
            .filter_map(|(_, key)| self.catalog.tables.get(key))
            .filter_map(|t| t.column(column));
        let col = hits.next()?;
        if hits.next().is_some() {
            return None;
        }
        match &col.ty {
            crate::ir::DataType::Named(n) => self.catalog.enum_labels(n).map(<[String]>::to_vec),
            _ => None,
        }
    }
}

/// (name the query uses, catalog key) of every table in FROM and its joins.
fn tables(from: &[FromItem]) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut add = |r: &TableRef| {
        if let TableRef::Table { name, alias } = r {
            let key = crate::catalog::key(name);
            let used = alias
                .as_ref()
                .map(|a| a.name.name.clone())
                .or_else(|| name.base().map(|b| b.name.clone()))
                .unwrap_or_default();
            out.push((used, key));
        }
    };
    for f in from {
        add(&f.relation);
        for j in &f.joins {
            add(&j.relation);
        }
    }
    out
}
