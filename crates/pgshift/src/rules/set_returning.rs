//! Set-returning functions in FROM: `generate_series`.
//!
//! `generate_series(a, b[, step])` over integers becomes a recursive CTE inside
//! a derived table, whose one column is named as PostgreSQL names it (the column
//! alias, else the table alias, else `generate_series`). Every other function in
//! FROM is an error (PGS0355).
//!
//! ```sql
//! -- input
//! SELECT g FROM generate_series(1, 10, 3) AS g
//! -- output (both targets)
//! SELECT g FROM (WITH RECURSIVE series(n) AS (SELECT 1 WHERE 1 <= 10
//!   UNION ALL SELECT n + 3 FROM series WHERE n + 3 <= 10) SELECT n AS g FROM series) AS g
//! ```
//!
//! Fidelity: exact for integer bounds; the step must be a non-zero integer
//! literal, and the bounds must not refer to other FROM items (no LATERAL).
//! MySQL 8 stops a recursive CTE after `cte_max_recursion_depth` (1000) rows.
//!
//! <https://www.postgresql.org/docs/current/functions-srf.html>,
//! <https://www.sqlite.org/lang_with.html>, <https://mariadb.com/kb/en/recursive-common-table-expressions-overview/>

use super::json_operators::binary;
use super::json_operators::build::{column, ident};
use super::RuleCx;
use crate::diagnostics::Code;
use crate::ir::visit::{walk_stmt, VisitMut};
use crate::ir::{
    BinOp, Cte, Expr, ExprKind, FromItem, Literal, Query, Select, SelectItem, SetExpr, SetOp, Stmt,
    TableAlias, TableRef, UnOp, With,
};
use crate::span::Span;

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    struct V<'a, 'b>(&'a mut RuleCx<'b>);
    impl VisitMut for V<'_, '_> {
        fn select(&mut self, s: &mut Select) {
            from_items(&mut s.from, self.0);
        }
    }
    walk_stmt(&mut V(cx), stmt);
    match stmt {
        Stmt::Update(u) => from_items(&mut u.from, cx),
        Stmt::Delete(d) => from_items(&mut d.using, cx),
        _ => {}
    }
}

fn from_items(items: &mut [FromItem], cx: &mut RuleCx) {
    for item in items {
        table_ref(&mut item.relation, cx);
        for j in &mut item.joins {
            table_ref(&mut j.relation, cx);
        }
    }
}

fn table_ref(t: &mut TableRef, cx: &mut RuleCx) {
    match t {
        TableRef::Nested(inner) => from_items(std::slice::from_mut(&mut **inner), cx),
        TableRef::Function { name, args, alias } => {
            let span = name.span;
            let plain = match name.parts.as_slice() {
                [only] if !only.quoted => Some(only.name.as_str()),
                [schema, only] if !only.quoted && schema.name == "pg_catalog" => {
                    Some(only.name.as_str())
                }
                _ => None,
            };
            if plain.is_some_and(super::json_each::is_json_srf) {
                // Left to the `json_each` rule, which also rewrites the references to its columns.
            } else if plain == Some("generate_series") {
                match series(args, alias.as_ref(), span) {
                    Ok(derived) => *t = derived,
                    Err(why) => cx.report(Code::SetReturning, span, why),
                }
            } else {
                cx.report(
                    Code::SetReturning,
                    span,
                    "this function in FROM has no known translation",
                );
            }
        }
        TableRef::Table { .. } | TableRef::Derived { .. } => {}
        TableRef::JsonTable { .. } => {}
    }
}

/// The step's value, if it is an integer literal (possibly negative).
fn literal_step(e: &Expr) -> Option<i128> {
    match &e.kind {
        ExprKind::Literal(Literal::Integer(n)) => n.parse().ok(),
        ExprKind::Unary {
            op: UnOp::Minus,
            expr,
        } => literal_step(expr).map(|n| -n),
        ExprKind::Nested(inner) => literal_step(inner),
        _ => None,
    }
}

/// An argument that does not depend on other FROM items.
fn constant(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Literal(Literal::Integer(_)) | ExprKind::Param(_) => true,
        ExprKind::Unary { expr, .. } | ExprKind::Nested(expr) => constant(expr),
        ExprKind::Binary {
            op: BinOp::Plus | BinOp::Minus | BinOp::Multiply,
            left,
            right,
        } => constant(left) && constant(right),
        _ => false,
    }
}

fn series(args: &[Expr], alias: Option<&TableAlias>, span: Span) -> Result<TableRef, String> {
    let (start, stop, step) = match args {
        [a, b] => (a, b, 1),
        [a, b, s] => match literal_step(s) {
            Some(0) => return Err("generate_series's step must not be zero".into()),
            Some(n) => (a, b, n),
            None => return Err("generate_series's step must be an integer literal".into()),
        },
        _ => return Err("generate_series takes two or three arguments".into()),
    };
    if !constant(start) || !constant(stop) {
        return Err(
            "generate_series's bounds must be integer literals or parameters (no columns, no timestamps)"
                .into(),
        );
    }
    let int = |n: i128| {
        let lit = Expr::new(
            ExprKind::Literal(Literal::Integer(n.abs().to_string())),
            span,
        );
        if n < 0 {
            Expr::new(
                ExprKind::Nested(
                    Expr::new(
                        ExprKind::Unary {
                            op: UnOp::Minus,
                            expr: lit.boxed(),
                        },
                        span,
                    )
                    .boxed(),
                ),
                span,
            )
        } else {
            lit
        }
    };
    let cmp = if step > 0 { BinOp::LtEq } else { BinOp::GtEq };
    let n = || column(&["n"], span);
    let next = || binary(BinOp::Plus, n(), int(step), span);
    let select = |projection: Expr, from: Option<&str>, selection: Expr, alias: Option<&str>| {
        SetExpr::Select(Box::new(Select {
            distinct: false,
            distinct_on: Vec::new(),
            projection: vec![SelectItem::Expr {
                expr: projection,
                alias: alias.map(|a| ident(a, span)),
            }],
            from: from
                .map(|f| {
                    vec![FromItem {
                        relation: TableRef::Table {
                            name: crate::ir::ObjectName {
                                parts: vec![ident(f, span)],
                                span,
                            },
                            alias: None,
                        },
                        joins: Vec::new(),
                    }]
                })
                .unwrap_or_default(),
            selection: Some(selection),
            group_by: Vec::new(),
            having: None,
            windows: Vec::new(),
        }))
    };
    let query = |body: SetExpr, with: Option<With>| Query {
        with,
        body,
        order_by: Vec::new(),
        limit: None,
        offset: None,
        locks: Vec::new(),
        span,
    };
    // SELECT a WHERE a <= b UNION ALL SELECT n + step FROM series WHERE n + step <= b.
    let anchor = select(
        start.clone(),
        None,
        binary(cmp, start.clone(), stop.clone(), span),
        None,
    );
    let recursive = select(
        next(),
        Some("series"),
        binary(cmp, next(), stop.clone(), span),
        None,
    );
    let cte = Cte {
        name: ident("series", span),
        columns: vec![ident("n", span)],
        query: query(
            SetExpr::SetOp {
                op: SetOp::Union,
                all: true,
                left: Box::new(anchor),
                right: Box::new(recursive),
            },
            None,
        ),
    };
    let table = alias.map_or("generate_series", |a| a.name.name.as_str());
    let col = alias
        .and_then(|a| a.columns.first())
        .map_or(table, |c| c.name.as_str());
    let always = Expr::new(ExprKind::Literal(Literal::Boolean(true)), span);
    let mut outer = select(n(), Some("series"), always, Some(col));
    if let SetExpr::Select(s) = &mut outer {
        s.selection = None;
    }
    Ok(TableRef::Derived {
        lateral: false,
        query: Box::new(query(
            outer,
            Some(With {
                recursive: true,
                ctes: vec![cte],
            }),
        )),
        alias: Some(TableAlias {
            name: alias.map_or_else(|| ident(table, span), |a| a.name.clone()),
            columns: Vec::new(),
        }),
    })
}
