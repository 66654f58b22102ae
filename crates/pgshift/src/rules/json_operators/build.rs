//! Small builders for the IR that JSON and array rules produce.

use crate::ir::{
    Expr, ExprKind, FromItem, Ident, ObjectName, Query, Select, SelectItem, SetExpr, TableAlias,
    TableRef,
};
use crate::span::Span;

pub use crate::rules::build::text as lit_str;

pub fn call(name: &str, args: Vec<Expr>, span: Span) -> ExprKind {
    crate::rules::build::call(name, args, span).kind
}

pub fn ident(name: &str, span: Span) -> Ident {
    Ident {
        name: name.to_string(),
        quoted: false,
        span,
    }
}

pub fn column(parts: &[&str], span: Span) -> Expr {
    Expr::new(
        ExprKind::Column(parts.iter().map(|p| ident(p, span)).collect()),
        span,
    )
}

/// `SELECT projection FROM name(args) AS alias WHERE selection`.
pub fn select_from_function(
    projection: Expr,
    name: &str,
    args: Vec<Expr>,
    alias: &str,
    selection: Option<Expr>,
    span: Span,
) -> Query {
    let relation = TableRef::Function {
        name: ObjectName {
            parts: vec![ident(name, span)],
            span,
        },
        args,
        alias: Some(TableAlias {
            name: ident(alias, span),
            columns: Vec::new(),
        }),
    };
    Query {
        with: None,
        body: SetExpr::Select(Box::new(Select {
            distinct: false,
            distinct_on: Vec::new(),
            projection: vec![SelectItem::Expr {
                expr: projection,
                alias: None,
            }],
            from: vec![FromItem {
                relation,
                joins: Vec::new(),
            }],
            selection,
            group_by: Vec::new(),
            having: None,
            windows: Vec::new(),
        })),
        order_by: Vec::new(),
        limit: None,
        offset: None,
        locks: Vec::new(),
        span,
    }
}
