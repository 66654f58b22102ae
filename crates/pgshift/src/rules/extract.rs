//! `EXTRACT(field FROM ts)` and `date_part('field', ts)` (lowering turns the
//! first into the second), including `EXTRACT(YEAR|MONTH FROM age(a, b))`.
//!
//! | field     | SQLite                                  | MySQL                                   |
//! |-----------|-----------------------------------------|-----------------------------------------|
//! | year      | `CAST(strftime('%Y', x) AS INTEGER)`    | `YEAR(x)`                               |
//! | month, day, hour, minute | `%m`, `%d`, `%H`, `%M`   | `MONTH`, `DAYOFMONTH`, `HOUR`, `MINUTE` |
//! | second    | `CAST(strftime('%f', x) AS REAL)`       | `SECOND(x) + MICROSECOND(x) * 0.000001` |
//! | dow (0 = Sunday) | `%w`                             | `DAYOFWEEK(x) - 1`                      |
//! | isodow (7 = Sunday) | `%u`                          | `WEEKDAY(x) + 1`                        |
//! | doy, week (ISO), isoyear | `%j`, `%V`, `%G`         | `DAYOFYEAR(x)`, `WEEK(x, 3)`, `YEARWEEK(x, 3) DIV 100` |
//! | quarter   | `(CAST(strftime('%m', x) AS INTEGER) + 2) / 3` | `QUARTER(x)`                     |
//! | epoch     | `unixepoch(x, 'subsec')`                | `(TO_SECONDS(x) - 62167219200) + MICROSECOND(x) * 0.000001` |
//!
//! EPOCH of a difference of two timestamps (an interval) is the difference of
//! their epochs.
//!
//! ```sql
//! -- input
//! SELECT EXTRACT(YEAR FROM age(a, b)) FROM t
//! -- output: the years part of PostgreSQL's field-wise age, negated when a < b
//! SELECT CASE WHEN julianday(a) >= julianday(b) THEN ((… - …) * 12 + … - …) / 12 ELSE -(…) END FROM t
//! ```
//!
//! Fidelity: exact. EPOCH avoids MySQL's UNIX_TIMESTAMP and FROM_UNIXTIME, which depends on the
//! session time zone. SQLite's `%f` and `subsec` keep milliseconds (SECOND or
//! EPOCH of a column declared `timestamp` or `time` warns, PGS0255); `%u`, `%V`
//! and `%G` need SQLite 3.46+. Another field, a field that is not a string
//! literal, or EXTRACT from an interval is an error (PGS0251).
//!
//! <https://www.postgresql.org/docs/current/functions-datetime.html#FUNCTIONS-DATETIME-EXTRACT>,
//! <https://www.sqlite.org/lang_datefunc.html>,
//! <https://dev.mysql.com/doc/refman/8.0/en/date-and-time-functions.html>

use super::column_types::ColumnTypes;
use super::date_arithmetic::timestamp_pair;
use super::datetime_build::{
    as_timestamp, binary, call, field_call, int, nested, sqlite_column_fraction, strftime_int,
    string, unnest,
};
use super::RuleCx;
use crate::diagnostics::Code;
use crate::ir::{BinOp, DataType, Expr, ExprKind, Stmt, UnOp, ValueFunction};
use crate::span::Span;
use crate::target::Dialect;

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    let types = ColumnTypes::of(stmt, cx.catalog);
    super::each_expr(stmt, |e| {
        let span = e.span;
        let Some((name, x)) = field_call(e, "date_part", "date_part takes a field and a value", cx)
        else {
            return;
        };
        if matches!(name.as_str(), "second" | "seconds" | "epoch") {
            sqlite_column_fraction(&x, &types, cx);
        }
        let result = if let Some((a, b)) = difference(&name, &x, &types) {
            // EXTRACT(EPOCH FROM a - b) of two timestamps → the difference of their
            // epochs: a - b is an interval, which the targets do not have.
            let (a, b) = (a.clone(), b.clone());
            sqlite_column_fraction(&a, &types, cx);
            sqlite_column_fraction(&b, &types, cx);
            let a = field_of(&name, a, span, cx);
            let b = field_of(&name, b, span, cx);
            a.zip(b)
                .map(|(a, b)| nested(binary(BinOp::Minus, nested(a), nested(b))))
        } else if let ExprKind::Func(inner) = &unnest(&x).kind {
            if inner.plain_name() == Some("age") {
                // EXTRACT(YEAR FROM age(a, b)) → the years of the field-wise difference.
                age(&name, inner.args.clone(), span, cx)
            } else {
                field_of(&name, x, span, cx)
            }
        } else if x.static_type() == Some(DataType::Interval) {
            cx.report(
                Code::DateFieldUnsupported,
                span,
                "EXTRACT from an interval is not supported",
            );
            None
        } else {
            field_of(&name, x, span, cx)
        };
        if let Some(result) = result {
            e.kind = result.kind;
        }
    });
}

/// `a - b` of two timestamps (or a timestamp and a date), for EPOCH.
fn difference<'e>(name: &str, x: &'e Expr, types: &ColumnTypes) -> Option<(&'e Expr, &'e Expr)> {
    match &unnest(x).kind {
        ExprKind::Binary {
            op: BinOp::Minus,
            left,
            right,
        } if name == "epoch" && timestamp_pair(left, right, types) => Some((left, right)),
        _ => None,
    }
}

/// One field of a date or timestamp.
fn field_of(name: &str, x: Expr, span: Span, cx: &mut RuleCx) -> Option<Expr> {
    let sqlite = cx.target.dialect == Dialect::Sqlite;
    let mysql = |f: &str, x: Expr| call(f, vec![x], span);
    let e = match (name, sqlite) {
        // EXTRACT(YEAR FROM x) → CAST(strftime('%Y', x) AS INTEGER) / YEAR(x).
        ("year" | "years", true) => strftime_int("%Y", x),
        ("year" | "years", false) => mysql("YEAR", x),
        ("month" | "months", true) => strftime_int("%m", x),
        ("month" | "months", false) => mysql("MONTH", x),
        ("day" | "days", true) => strftime_int("%d", x),
        ("day" | "days", false) => mysql("DAYOFMONTH", x),
        ("hour" | "hours", true) => strftime_int("%H", x),
        ("hour" | "hours", false) => mysql("HOUR", x),
        ("minute" | "minutes", true) => strftime_int("%M", x),
        ("minute" | "minutes", false) => mysql("MINUTE", x),
        // EXTRACT(SECOND FROM x) keeps the fraction: strftime('%f') is 'SS.SSS'.
        ("second" | "seconds", true) => Expr::new(
            ExprKind::Cast {
                expr: call("strftime", vec![string("%f", span), x], span).boxed(),
                ty: DataType::Real,
            },
            span,
        ),
        ("second" | "seconds", false) => binary(
            BinOp::Plus,
            mysql("SECOND", x.clone()),
            micro_fraction(mysql("MICROSECOND", x), span),
        ),
        // DOW: 0 = Sunday in PostgreSQL and in %w; DAYOFWEEK is 1 = Sunday.
        ("dow", true) => strftime_int("%w", x),
        ("dow", false) => binary(BinOp::Minus, mysql("DAYOFWEEK", x), int(1, span)),
        // ISODOW: 1 = Monday ... 7 = Sunday; WEEKDAY is 0 = Monday.
        ("isodow", true) => strftime_int("%u", x),
        ("isodow", false) => binary(BinOp::Plus, mysql("WEEKDAY", x), int(1, span)),
        ("doy", true) => strftime_int("%j", x),
        ("doy", false) => mysql("DAYOFYEAR", x),
        // WEEK is the ISO week: %V, and WEEK mode 3 (Monday first, 1–53, ISO rule).
        ("week" | "weeks", true) => strftime_int("%V", x),
        ("week" | "weeks", false) => call("WEEK", vec![x, int(3, span)], span),
        ("isoyear", true) => strftime_int("%G", x),
        ("isoyear", false) => binary(
            BinOp::IntDivide,
            call("YEARWEEK", vec![x, int(3, span)], span),
            int(100, span),
        ),
        ("quarter", true) => binary(
            BinOp::Divide,
            nested(binary(BinOp::Plus, strftime_int("%m", x), int(2, span))),
            int(3, span),
        ),
        ("quarter", false) => mysql("QUARTER", x),
        // EPOCH with fractions: unixepoch(x, 'subsec') / exact microseconds since 1970 in MySQL.
        ("epoch", true) => call("unixepoch", vec![x, string("subsec", span)], span),
        // TO_SECONDS counts whole seconds from year 0 without a time zone; 62167219200 is 1970.
        ("epoch", false) => binary(
            BinOp::Plus,
            nested(binary(
                BinOp::Minus,
                mysql("TO_SECONDS", x.clone()),
                int(62_167_219_200, span),
            )),
            micro_fraction(mysql("MICROSECOND", x), span),
        ),
        _ => {
            cx.report(
                Code::DateFieldUnsupported,
                span,
                format!("the field '{name}' is not supported"),
            );
            return None;
        }
    };
    Some(e)
}

/// `n * 0.000001`: an exact decimal in MySQL (a division would keep 4 places).
fn micro_fraction(n: Expr, span: Span) -> Expr {
    binary(
        BinOp::Multiply,
        n,
        Expr::new(
            ExprKind::Literal(crate::ir::Literal::Decimal("0.000001".into())),
            span,
        ),
    )
}

/// `EXTRACT(YEAR|MONTH FROM age(a[, b]))`.
///
/// PostgreSQL subtracts field by field and borrows, so for a ≥ b the whole months
/// are `(year(a) - year(b)) * 12 + month(a) - month(b)`, less one when the rest of
/// a (day, time) is before the rest of b; for a < b the result is negated.
fn age(name: &str, args: Vec<Expr>, span: Span, cx: &mut RuleCx) -> Option<Expr> {
    let (a, b) = match <[Expr; 2]>::try_from(args) {
        Ok([a, b]) => (a, b),
        Err(args) => match <[Expr; 1]>::try_from(args) {
            // age(x) is age(CURRENT_DATE, x).
            Ok([b]) => (
                Expr::new(ExprKind::ValueFunction(ValueFunction::CurrentDate), span),
                b,
            ),
            Err(_) => {
                cx.report(Code::AgeUnsupported, span, "age() takes one or two values");
                return None;
            }
        },
    };
    let months = |a: &Expr, b: &Expr, cx: &RuleCx| total_months(a.clone(), b.clone(), span, cx);
    let forward = months(&a, &b, cx);
    let backward = months(&b, &a, cx);
    let (divide, op) = match name {
        "year" | "years" => (true, BinOp::IntDivide),
        "month" | "months" => (false, BinOp::Modulo),
        _ => {
            cx.report(
                Code::AgeUnsupported,
                span,
                format!("EXTRACT({name} FROM age(…)) is not supported; only YEAR and MONTH are"),
            );
            return None;
        }
    };
    let part = |m: Expr, cx: &RuleCx| {
        let op = if divide && cx.target.dialect == Dialect::Sqlite {
            BinOp::Divide
        } else {
            op
        };
        nested(binary(op, nested(m), int(12, span)))
    };
    let condition = match cx.target.dialect {
        Dialect::Sqlite => binary(
            BinOp::GtEq,
            call("julianday", vec![a], span),
            call("julianday", vec![b], span),
        ),
        Dialect::Mysql => binary(BinOp::GtEq, as_timestamp(a), as_timestamp(b)),
    };
    let negated = Expr::new(
        ExprKind::Unary {
            op: UnOp::Minus,
            expr: part(backward, cx).boxed(),
        },
        span,
    );
    Some(Expr::new(
        ExprKind::Case {
            operand: None,
            whens: vec![(condition, part(forward, cx))],
            else_: Some(negated.boxed()),
        },
        span,
    ))
}

fn total_months(a: Expr, b: Expr, span: Span, cx: &RuleCx) -> Expr {
    let d = cx.target.dialect;
    let years = nested(binary(
        BinOp::Minus,
        year_of(d, a.clone()),
        year_of(d, b.clone()),
    ));
    let whole = binary(
        BinOp::Plus,
        binary(BinOp::Multiply, years, int(12, span)),
        binary(BinOp::Minus, month_of(d, a.clone()), month_of(d, b.clone())),
    );
    let borrow = nested(binary(BinOp::Lt, rest_of(d, a), rest_of(d, b)));
    binary(BinOp::Minus, whole, borrow)
}

fn year_of(d: Dialect, x: Expr) -> Expr {
    let s = x.span;
    match d {
        Dialect::Sqlite => strftime_int("%Y", x),
        Dialect::Mysql => call("YEAR", vec![x], s),
    }
}

fn month_of(d: Dialect, x: Expr) -> Expr {
    let s = x.span;
    match d {
        Dialect::Sqlite => strftime_int("%m", x),
        Dialect::Mysql => call("MONTH", vec![x], s),
    }
}

/// Day and time of day as fixed-width text, which compares in time order.
fn rest_of(d: Dialect, x: Expr) -> Expr {
    let s = x.span;
    match d {
        Dialect::Sqlite => call("strftime", vec![string("%d %H:%M:%f", s), x], s),
        Dialect::Mysql => call(
            "DATE_FORMAT",
            vec![as_timestamp(x), string("%d %H:%i:%s.%f", s)],
            s,
        ),
    }
}
