//! Small constructors for the expressions rules build.

use crate::ir::{BinOp, Expr, ExprKind, FuncCall, Literal};
use crate::span::Span;

/// A string literal.
pub fn text(s: &str, span: Span) -> Expr {
    Expr::new(ExprKind::Literal(Literal::String(s.to_string())), span)
}

/// An integer literal.
pub fn int(n: i64, span: Span) -> Expr {
    Expr::new(ExprKind::Literal(Literal::Integer(n.to_string())), span)
}

/// A plain function call.
pub fn call(name: &str, args: Vec<Expr>, span: Span) -> Expr {
    Expr::new(
        ExprKind::Func(Box::new(FuncCall::simple(name, args, span))),
        span,
    )
}

/// `left op right`.
pub fn bin(op: BinOp, left: Expr, right: Expr) -> Expr {
    let span = left.span.cover(right.span);
    Expr::new(
        ExprKind::Binary {
            op,
            left: left.boxed(),
            right: right.boxed(),
        },
        span,
    )
}

/// `CASE WHEN cond THEN then ELSE else_ END`.
pub fn if_else(cond: Expr, then: Expr, else_: Expr) -> Expr {
    let span = cond.span;
    Expr::new(
        ExprKind::Case {
            operand: None,
            whens: vec![(cond, then)],
            else_: Some(else_.boxed()),
        },
        span,
    )
}

/// A positive integer literal's value.
pub fn int_value(e: &Expr) -> Option<i64> {
    match &e.kind {
        ExprKind::Literal(Literal::Integer(s)) => s.parse().ok(),
        ExprKind::Nested(inner) => int_value(inner),
        _ => None,
    }
}
