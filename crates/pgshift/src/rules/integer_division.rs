//! `/` between integers, and between decimals.
//!
//! PostgreSQL (and SQLite) truncate toward zero when both operands are integers:
//! `7 / 2` is 3 and `-7 / 2` is -3. MySQL returns a decimal (3.5000), so the rule
//! uses `DIV`, which truncates toward zero too.
//!
//! PostgreSQL's `numeric` quotient keeps at least 16 significant digits (`1 / 3.0`
//! is 0.33333333333333333333); MySQL's DECIMAL quotient keeps the dividend's
//! scale plus `div_precision_increment` (4) places (0.3333), so a division with
//! a `numeric` operand gets warning PGS0137 there. PostgreSQL's scale depends on
//! the values, so no cast reproduces it.
//!
//! ```sql
//! -- input
//! SELECT 7 / 2, 7.0 / 2, price / qty  -- price numeric(10,2), qty int
//! -- output (MySQL)
//! SELECT 7 DIV 2, 7.0 / 2, price / qty  -- warnings PGS0137 (twice)
//! ```
//!
//! SQLite truncates too, but it can hold a `numeric` value as an integer (NUMERIC
//! affinity stores 2.00 as 2, and `CAST(2.0 AS NUMERIC)` is 2), so that
//! `n / 4` would give 0 where PostgreSQL gives 0.5: a division with a
//! `numeric` operand divides `CAST(dividend AS REAL)` there. So does one with a
//! float operand that SQLite may hold as an integer: `coalesce(f, 3) / 2` is 1.5
//! in PostgreSQL when the float `f` is NULL.
//!
//! Operand types come from literals, casts and arithmetic on them, from the
//! columns the catalog declares, and from calls whose type follows their
//! arguments' (`coalesce`, `greatest`, `ceil`, `sum`…; `column_types`).
//!
//! Fidelity: exact where both operand types are known; elsewhere a warning,
//! since a column's type is unknown here. Approximate, with a warning, for a
//! decimal quotient in MySQL.
//! <https://dev.mysql.com/doc/refman/8.0/en/arithmetic-functions.html#operator_div>,
//! <https://dev.mysql.com/doc/refman/8.0/en/server-system-variables.html#sysvar_div_precision_increment>

use super::column_types::ColumnTypes;
use super::datetime_build::{take, unnest};
use super::RuleCx;
use crate::diagnostics::Code;
use crate::ir::{BinOp, DataType, Expr, ExprKind, Literal, Stmt};

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    let caps = &cx.target.caps;
    let (truncates, div, short, numeric_as_integer) = (
        caps.int_division_truncates,
        caps.div_operator,
        caps.short_decimal_division,
        caps.numeric_held_as_integer,
    );
    let types = ColumnTypes::of(stmt, cx.catalog);
    super::each_expr(stmt, |e| {
        let ExprKind::Binary { op, left, right } = &mut e.kind else {
            return;
        };
        if *op != BinOp::Divide {
            return;
        }
        let (l, r) = (types.type_of(left), types.type_of(right));
        let numeric = |t: &Option<DataType>| matches!(t, Some(DataType::Numeric(..)));
        let float = |t: &Option<DataType>| matches!(t, Some(DataType::Real | DataType::Double));
        if numeric_as_integer {
            // n / 4 → CAST(n AS REAL) / 4, for a numeric or float n or divisor:
            // coalesce(f, 3) / 2 is 1.5 in PostgreSQL for a float f that is NULL,
            // where SQLite would divide the integer 3. A decimal literal and a
            // column declared real or double are REALs already, and make the
            // division a REAL one; so does a cast to a float.
            let real = |e: &Expr, t: &Option<DataType>| match &unnest(e).kind {
                ExprKind::Literal(Literal::Decimal(_)) => true,
                ExprKind::Column(_) | ExprKind::PgCast { .. } | ExprKind::Cast { .. } => float(t),
                _ => false,
            };
            if (numeric(&l) || numeric(&r) || float(&l) || float(&r))
                && !real(left, &l)
                && !real(right, &r)
            {
                let span = left.span;
                let dividend = take(left);
                **left = Expr::new(
                    ExprKind::Cast {
                        expr: dividend.boxed(),
                        ty: DataType::Double,
                    },
                    span,
                );
            }
            return;
        }
        let integer = |t: &Option<DataType>| t.as_ref().map(DataType::is_integer);
        if !truncates {
            match (integer(&l), integer(&r)) {
                // int / int → int DIV int.
                (Some(true), Some(true)) if div => {
                    *op = BinOp::IntDivide;
                    return;
                }
                // A known non-integer operand: `/` divides without truncating, as in PostgreSQL.
                (Some(false), _) | (_, Some(false)) => {}
                _ => cx.report(Code::IntDivision, e.span, "`/` truncates in PostgreSQL when both operands are integers; here their types are unknown"),
            }
        }
        // numeric / x (x not a float) keeps 4 more places: a warning, unless
        // the dividend is an unbounded numeric, whose DECIMAL(65,30) gives the
        // quotient MySQL's most places (30, more than PostgreSQL's usual 20).
        if short
            && (numeric(&l) || numeric(&r))
            && !float(&l)
            && !float(&r)
            && !unbounded(left, &types)
        {
            cx.report(
                Code::DecimalDivision,
                e.span,
                "MySQL keeps only 4 more decimal places in this quotient; PostgreSQL keeps at least 16 significant digits",
            );
        }
    });
}

/// A column declared, or a value cast to, `numeric` without a precision.
fn unbounded(e: &Expr, types: &ColumnTypes) -> bool {
    let is_unbounded = |t: &DataType| *t == DataType::Numeric(None, None);
    match &e.kind {
        ExprKind::Column(path) => types.get(path).is_some_and(|t| is_unbounded(&t)),
        ExprKind::Nested(inner) => unbounded(inner, types),
        ExprKind::PgCast { ty, .. } | ExprKind::Cast { ty, .. } => is_unbounded(ty),
        _ => false,
    }
}
