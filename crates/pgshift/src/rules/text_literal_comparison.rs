//! Comparisons of text values that come from no column: `'x' = 'X'`,
//! `$1 IN ('a', 'b')`, `lower($1) BETWEEN 'a' AND 'm'`.
//!
//! PostgreSQL compares text case-sensitively (and, under the C collation, by
//! code point) wherever it comes from. MySQL compares a column's text by the
//! column's collation, which `text_comparison` makes binary; but when neither
//! side is a column, both are "coercible" and MySQL uses the connection's
//! collation, case-insensitive by default: `'x' IN ('X', 'y')` holds and
//! `'Z' < 'a'` does not (checked on MariaDB 10.11). The rule gives one side an
//! explicit binary collation, which outranks the connection's: the profile's
//! NO PAD one where it has one (so that `'a' = 'a '` stays false), else
//! `utf8mb4_bin`. The operand is converted to utf8mb4 first, as for LIKE.
//!
//! ```sql
//! -- input
//! SELECT 'x' IN ('X', 'y'), $1 = 'admin'
//! -- output (MySQL)
//! SELECT CONVERT('x' USING utf8mb4) COLLATE utf8mb4_bin IN ('X', 'y'),
//!        ? = CONVERT('admin' USING utf8mb4) COLLATE utf8mb4_bin
//! ```
//!
//! Only comparisons with a string literal on one side are touched, so that a
//! number compared with a parameter stays a numeric comparison.
//!
//! Fidelity: exact, as `text_comparison` for columns (the mysql profile keeps
//! PAD SPACE, which its PGS0136 warning on tables describes).
//! <https://dev.mysql.com/doc/refman/8.0/en/charset-collation-coercibility.html>

use super::datetime_build::take;
use super::RuleCx;
use crate::diagnostics::Code;
use crate::ir::{BinOp, Collation, DataType, Expr, ExprKind, Literal, Stmt};
use crate::span::Span;

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    if !cx.target.caps.like_binary {
        return;
    }
    let no_pad = cx.target.caps.no_pad_collation;
    let collation = no_pad.unwrap_or(Collation::Utf8mb4Bin);
    // Where the binary collation is PAD SPACE, a literal with trailing spaces
    // compares as if it had none: PGS0136, as for the tables' text columns.
    let mut padded: Vec<Span> = Vec::new();
    let mut pad = |e: &Expr| {
        if no_pad.is_none() {
            trailing_spaces(e, &mut padded);
        }
    };
    super::each_expr(stmt, |e| match &mut e.kind {
        // 'x' = 'X' → CONVERT('x' USING utf8mb4) COLLATE utf8mb4_bin = 'X'.
        ExprKind::Binary { op, left, right } if op.is_comparison() => {
            if !coercible(left) || !coercible(right) {
                return;
            }
            if is_text_literal(right) && !is_text_literal(left) {
                collate(right, collation);
            } else if is_text_literal(left) {
                collate(left, collation);
            } else {
                return;
            }
            pad(left);
            pad(right);
        }
        // 'x' IN ('X', 'y') → CONVERT('x' USING utf8mb4) COLLATE utf8mb4_bin IN ('X', 'y').
        ExprKind::InList { expr, list, .. }
            if coercible(expr)
                && list.iter().all(coercible)
                && (is_text_literal(expr) || list.iter().any(is_text_literal)) =>
        {
            collate(expr, collation);
            pad(expr);
            list.iter().for_each(&mut pad);
        }
        // 'b' BETWEEN 'a' AND 'c' → CONVERT('b' USING utf8mb4) COLLATE utf8mb4_bin BETWEEN 'a' AND 'c'.
        ExprKind::Between {
            expr, low, high, ..
        } if coercible(expr)
            && coercible(low)
            && coercible(high)
            && [&**expr, &**low, &**high].into_iter().any(is_text_literal) =>
        {
            collate(expr, collation);
            pad(expr);
            pad(low);
            pad(high);
        }
        _ => {}
    });
    for span in padded {
        cx.report(
            Code::TrailingSpaces,
            span,
            "MySQL's utf8mb4_bin ignores this literal's trailing spaces when it compares",
        );
    }
}

/// The spans of the string literals in `e` that end with a space.
fn trailing_spaces(e: &Expr, out: &mut Vec<Span>) {
    match &e.kind {
        ExprKind::Literal(Literal::String(s)) if s.ends_with(' ') => out.push(e.span),
        ExprKind::Nested(inner)
        | ExprKind::Collate { expr: inner, .. }
        | ExprKind::PgCast { expr: inner, .. }
        | ExprKind::Cast { expr: inner, .. } => trailing_spaces(inner, out),
        ExprKind::Binary { left, right, .. } => {
            trailing_spaces(left, out);
            trailing_spaces(right, out);
        }
        ExprKind::Func(f) => f.args.iter().for_each(|a| trailing_spaces(a, out)),
        _ => {}
    }
}

/// `e COLLATE collation`, in place.
fn collate(e: &mut Box<Expr>, collation: Collation) {
    let span = e.span;
    let inner = take(e);
    **e = Expr::new(
        ExprKind::Collate {
            expr: inner.boxed(),
            collation,
        },
        span,
    );
}

/// A string literal, or one cast to a text type (`'x'::text`), or `a || b` of them
/// (also as MySQL's concat(), which `string_concat` makes of `||`).
fn is_text_literal(e: &Expr) -> bool {
    text_value(e, false, &["concat"])
}

/// A value MySQL gives the connection's collation: built from literals and
/// parameters only, with no column, subquery or collation of its own.
fn coercible(e: &Expr) -> bool {
    text_value(
        e,
        true,
        &["lower", "upper", "trim", "ltrim", "rtrim", "concat"],
    )
}

/// A text value made of string literals (and parameters, if `params`), through
/// parentheses, casts to text, `||` and calls of `functions`.
fn text_value(e: &Expr, params: bool, functions: &[&str]) -> bool {
    let inner = |e: &Expr| text_value(e, params, functions);
    match &e.kind {
        ExprKind::Literal(Literal::String(_)) => true,
        ExprKind::Param(_) => params,
        ExprKind::Nested(x) => inner(x),
        ExprKind::PgCast { expr, ty } | ExprKind::Cast { expr, ty } => text_type(ty) && inner(expr),
        ExprKind::Binary {
            op: BinOp::Concat,
            left,
            right,
        } => inner(left) && inner(right),
        ExprKind::Func(f) => {
            f.plain_name().is_some_and(|name| functions.contains(&name))
                && f.over.is_none()
                && f.args.iter().all(inner)
        }
        _ => false,
    }
}

fn text_type(ty: &DataType) -> bool {
    matches!(
        ty,
        DataType::Text | DataType::Varchar(_) | DataType::Char(_) | DataType::LongText
    )
}
