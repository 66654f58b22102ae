//! Small builders shared by the date and time rules (`interval`, `extract`,
//! `date_trunc`, `to_char`, `date_functions`): they make the target expressions
//! those rules emit.

use crate::ir::{DataType, Expr, ExprKind, FuncCall, IntervalUnit, Literal};
use crate::span::Span;

/// A call of a target function, printed as named.
pub fn call(name: &str, args: Vec<Expr>, span: Span) -> Expr {
    Expr::new(
        ExprKind::Func(Box::new(FuncCall::simple(name, args, span))),
        span,
    )
}

pub fn string(s: &str, span: Span) -> Expr {
    Expr::new(ExprKind::Literal(Literal::String(s.to_string())), span)
}

pub fn int(n: i64, span: Span) -> Expr {
    let digits = Expr::new(
        ExprKind::Literal(Literal::Integer(n.unsigned_abs().to_string())),
        span,
    );
    if n < 0 {
        // A literal never carries a sign: -5 is a unary minus, in parentheses.
        let minus = Expr::new(
            ExprKind::Unary {
                op: crate::ir::UnOp::Minus,
                expr: digits.boxed(),
            },
            span,
        );
        nested(minus)
    } else {
        digits
    }
}

pub fn nested(e: Expr) -> Expr {
    let span = e.span;
    match e.kind {
        ExprKind::Nested(_) | ExprKind::Column(_) | ExprKind::Literal(_) | ExprKind::Func(_) => e,
        kind => Expr::new(ExprKind::Nested(Expr::new(kind, span).boxed()), span),
    }
}

pub fn binary(op: crate::ir::BinOp, left: Expr, right: Expr) -> Expr {
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

/// `CAST(x AS INTEGER)` as SQLite reads it.
pub fn sqlite_int(x: Expr) -> Expr {
    let span = x.span;
    Expr::new(
        ExprKind::Cast {
            expr: x.boxed(),
            ty: DataType::SqliteInteger,
        },
        span,
    )
}

/// `CAST(strftime('<fmt>', x) AS INTEGER)` (SQLite).
pub fn strftime_int(fmt: &str, x: Expr) -> Expr {
    let span = x.span;
    sqlite_int(call("strftime", vec![string(fmt, span), x], span))
}

/// A PostgreSQL cast to `timestamp`, which the `cast` rule makes target-aware;
/// an expression already of that type is returned as it is.
pub fn as_timestamp(x: Expr) -> Expr {
    if matches!(x.static_type(), Some(DataType::Timestamp { .. })) {
        return x;
    }
    let span = x.span;
    Expr::new(
        ExprKind::PgCast {
            expr: x.boxed(),
            ty: DataType::Timestamp { tz: false },
        },
        span,
    )
}

/// MySQL `INTERVAL amount UNIT`.
pub fn interval_amount(amount: Expr, unit: IntervalUnit) -> Expr {
    let span = amount.span;
    Expr::new(
        ExprKind::IntervalAmount {
            amount: nested(amount).boxed(),
            unit,
        },
        span,
    )
}

/// Strips parentheses.
pub fn unnest(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::Nested(inner) => unnest(inner),
        _ => e,
    }
}

/// Takes the expression out of `slot`, leaving a NULL literal in its place.
pub fn take(slot: &mut Expr) -> Expr {
    let span = slot.span;
    std::mem::replace(slot, Expr::new(ExprKind::Literal(Literal::Null), span))
}
