//! `round(x)` and `round(x, n)`.
//!
//! PostgreSQL rounds a `numeric` half away from zero and a `double precision`
//! or `real` half to even (`round(2.5::float8)` is 2, as C's `rint`). SQLite's
//! `round()` rounds every value half away from zero, so `round(x)` of a value
//! known to be floating-point (a cast to `float8`/`real`, arithmetic on one, a
//! column the catalog declares so, or `avg`, `sum`, `min`, `max` and `random()`
//! over them) picks the even neighbour of a tie itself. The value is computed
//! once (`build::sqlite_once`). MariaDB and MySQL already round doubles half to
//! even (checked on MariaDB 10.11). A value of unknown type is left alone: it is
//! most often an integer or a numeric, which SQLite rounds as PostgreSQL does.
//!
//! PostgreSQL rounds to `n` places, and a negative `n` rounds to tens, hundreds…
//! (`round(1250, -2)` is 1300). SQLite's `round()` ignores a negative `n`, so a
//! negative literal becomes a division and a multiplication around `round(x)`,
//! which rounds halves away from zero as PostgreSQL does for numeric values
//! (`round(x, n)` exists for `numeric` only). A non-literal `n` might be
//! negative: an error. MySQL's ROUND already agrees.
//!
//! ```sql
//! -- input
//! SELECT round(1250, -2), round(f) FROM m  -- f double precision
//! -- output (SQLite)
//! SELECT round(1250 / 100.0) * 100,
//!        CASE WHEN abs(f - round(f)) = 0.5 THEN 2 * round(f / 2) ELSE round(f) END FROM m
//! ```
//!
//! Fidelity: exact for a literal `n`, and for a floating-point `x` whose type
//! pgshift can see. <https://www.sqlite.org/lang_corefunc.html#round>,
//! <https://www.postgresql.org/docs/current/functions-math.html>

use super::build::{bin, call, if_else, int, sqlite_once};
use super::column_types::ColumnTypes;
use super::RuleCx;
use crate::diagnostics::Code;
use crate::ir::{BinOp, DataType, Expr, ExprKind, Literal, Stmt, UnOp};

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    let caps = &cx.target.caps;
    if !caps.round_ignores_negative_places && !caps.round_floats_half_away {
        return;
    }
    let halves_to_even = caps.round_floats_half_away;
    let negative_places = caps.round_ignores_negative_places;
    let types = ColumnTypes::of(stmt, cx.catalog);
    super::each_expr(stmt, |e| {
        let span = e.span;
        let ExprKind::Func(f) = &mut e.kind else {
            return;
        };
        if f.plain_name() != Some("round") {
            return;
        }
        if f.args.len() == 1 && halves_to_even && is_float(&f.args[0], &types) {
            // round(f) → CASE WHEN abs(f - round(f)) = 0.5 THEN 2 * round(f / 2) ELSE round(f) END.
            let x = f.args.remove(0);
            e.kind = ExprKind::Nested(sqlite_once(x, |v| half_to_even(v, span)).boxed());
            return;
        }
        if f.args.len() != 2 || !negative_places {
            return;
        }
        let places = match &f.args[1].kind {
            ExprKind::Literal(Literal::Integer(_)) => return,
            ExprKind::Unary {
                op: UnOp::Minus,
                expr,
            } => match &expr.kind {
                ExprKind::Literal(Literal::Integer(n)) => {
                    n.parse::<u32>().ok().filter(|n| *n <= 18)
                }
                _ => None,
            },
            _ => None,
        };
        let Some(places) = places else {
            cx.report(
                Code::FunctionArgs,
                f.args[1].span,
                "SQLite's round() ignores negative places; pgshift needs a literal place count",
            );
            return;
        };
        // round(x, -2) → round(x / 100.0) * 100.
        let scale = 10u64.pow(places);
        let x = f.args[0].clone();
        let divided = bin(
            BinOp::Divide,
            x,
            Expr::new(
                ExprKind::Literal(Literal::Decimal(format!("{scale}.0"))),
                span,
            ),
        );
        let rounded = call("round", vec![divided], span);
        let int = Expr::new(ExprKind::Literal(Literal::Integer(scale.to_string())), span);
        e.kind = ExprKind::Nested(bin(BinOp::Multiply, rounded, int).boxed());
    });
}

/// `round(v)` with ties to even, for a floating-point `v` that may be repeated.
///
/// SQLite's `round(v)` is away from zero, so a tie shows as `abs(v - round(v))`
/// being exactly 0.5 (the difference of two close doubles is exact). The even
/// neighbour of a tie is then `2 * round(v / 2)`: for `k + 0.5`, `v / 2` is
/// `k/2 + 0.25` or `+ 0.75`, which rounds to half the even one of `k`, `k + 1`.
pub fn half_to_even(v: Expr, span: crate::span::Span) -> Expr {
    let tie = bin(
        BinOp::Eq,
        call(
            "abs",
            vec![bin(
                BinOp::Minus,
                v.clone(),
                call("round", vec![v.clone()], span),
            )],
            span,
        ),
        Expr::new(ExprKind::Literal(Literal::Decimal("0.5".into())), span),
    );
    let even = bin(
        BinOp::Multiply,
        int(2, span),
        call(
            "round",
            vec![bin(BinOp::Divide, v.clone(), int(2, span))],
            span,
        ),
    );
    if_else(tie, even, call("round", vec![v], span))
}

/// Whether `e` is a `double precision` or `real` value in PostgreSQL, as far
/// as its static type, the catalog's column types and a few functions tell.
fn is_float(e: &Expr, types: &ColumnTypes) -> bool {
    match &e.kind {
        ExprKind::Nested(inner)
        | ExprKind::Unary {
            op: UnOp::Minus | UnOp::Plus,
            expr: inner,
        } => is_float(inner, types),
        // Arithmetic with a floating-point operand is floating-point (`f * 2`,
        // also when the other operand's type is unknown).
        ExprKind::Binary {
            op: BinOp::Plus | BinOp::Minus | BinOp::Multiply | BinOp::Divide,
            left,
            right,
        } => is_float(left, types) || is_float(right, types),
        // random() is a double; avg, sum, min and max keep a double a double.
        ExprKind::Func(f) => match (f.plain_name(), f.args.as_slice()) {
            (Some("random"), []) => true,
            (Some("avg" | "sum" | "min" | "max"), [arg]) => is_float(arg, types),
            _ => float(types.type_of(e)),
        },
        // A column the catalog declares `double precision` or `real`, or a cast.
        _ => float(types.type_of(e)),
    }
}

fn float(t: Option<DataType>) -> bool {
    matches!(t, Some(DataType::Double | DataType::Real))
}
