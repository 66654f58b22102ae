//! Date and timestamp arithmetic with intervals: `ts + INTERVAL '1 day 2 hours'`,
//! `ts - INTERVAL '1 month'`, `ts + INTERVAL '1 day' * n`.
//!
//! PostgreSQL adds an interval's months first, then its days, then its time, and
//! clamps a day past the end of a month (`'2024-01-31'::date + INTERVAL '1 month'`
//! is 2024-02-29). `date + interval` is a timestamp in PostgreSQL, so the result
//! is a timestamp on every target:
//!
//! ```sql
//! -- input
//! SELECT d + INTERVAL '1 month 2 days', d - INTERVAL '1 day' * n FROM t
//! -- output (SQLite): modifiers in PostgreSQL's order; 'floor' clamps the month end
//! SELECT rtrim(rtrim(strftime('%Y-%m-%d %H:%M:%f', d, '+1 months', 'floor', '+2 days'), '0'), '.'),
//!        rtrim(rtrim(strftime('%Y-%m-%d %H:%M:%f', d, (-(n)) || ' days'), '0'), '.') FROM t
//! -- output (MySQL): DATE_ADD clamps the month end like PostgreSQL
//! SELECT DATE_ADD(DATE_ADD(CAST(d AS DATETIME(6)), INTERVAL 1 MONTH), INTERVAL 2 DAY),
//!        DATE_SUB(CAST(d AS DATETIME(6)), INTERVAL n DAY) FROM t
//! ```
//!
//! The result prints as PostgreSQL prints a timestamp: `YYYY-MM-DD HH:MM:SS` text
//! in SQLite, with the fraction of a second when there is one (`datetime()`
//! would drop it: `datetime_build::sqlite_datetime`), and as a DATETIME(6),
//! `YYYY-MM-DD HH:MM:SS.ffffff`, in MySQL.
//!
//! A `time` (a `::time` cast, or a column the catalog declares `time`) plus an
//! interval stays a time of day and wraps around midnight: SQLite's
//! `strftime('%H:%M:%f', …)` does the same ('23:45' + 30 minutes is 00:15:00), MySQL has no such
//! arithmetic (DATE_ADD makes a DATETIME of a TIME): an error there (PGS0250).
//!
//! Fidelity: exact, with these limits. SQLite needs 3.46+ for the `floor`
//! modifier, and counts time in milliseconds (warning PGS0255 when the interval
//! has a finer fraction, or the value is a column declared `timestamp` or
//! `time`, which PostgreSQL keeps to the microsecond; any other value's finer
//! fraction is rounded to the millisecond without one). A multiplier not known to be an integer is assumed whole (warning
//! PGS0252). An interval anywhere else, for example as a SELECT output, has no
//! target representation and is an error (PGS0250), as is an `age()` result that
//! no EXTRACT consumes (PGS0254).
//!
//! <https://www.postgresql.org/docs/current/functions-datetime.html>,
//! <https://www.sqlite.org/lang_datefunc.html#modifiers>,
//! <https://dev.mysql.com/doc/refman/8.0/en/date-and-time-functions.html#function_date-add>

use super::column_types::ColumnTypes;
use super::datetime_build::{
    as_timestamp, binary, call, int, interval_amount, nested, sqlite_column_fraction,
    sqlite_datetime, sqlite_modifier, string, take, unnest,
};
use super::RuleCx;
use crate::diagnostics::Code;
use crate::ir::{BinOp, DataType, Expr, ExprKind, Interval, IntervalUnit, Stmt};
use crate::span::Span;
use crate::target::Dialect;

const MICROS: i64 = 1_000_000;

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    let types = ColumnTypes::of(stmt, cx.catalog);
    super::each_expr(stmt, |e| {
        let ExprKind::Binary { op, left, right } = &mut e.kind else {
            return;
        };
        let sign = match op {
            BinOp::Plus => 1,
            BinOp::Minus => -1,
            _ => return,
        };
        let span = e.span;
        // interval + ts → ts + interval.
        let (base, delta) = if sign == 1 && interval_operand(left).is_some() {
            (take(right), take(left))
        } else if interval_operand(right).is_some() {
            (take(left), take(right))
        } else {
            return;
        };
        let Some(delta) = interval_operand(&delta) else {
            return;
        };
        // A `time` plus an interval wraps around midnight in PostgreSQL
        // ('23:45' + 30 minutes is 00:15:00); MySQL's DATE_ADD makes a DATETIME
        // of a TIME, and its TIME arithmetic runs past 24 hours.
        let time = is_time(&base, &types);
        if cx.target.dialect == Dialect::Mysql && time {
            cx.report(
                Code::IntervalUnsupported,
                span,
                "MySQL has no `time` arithmetic that wraps around midnight as PostgreSQL's `time + interval` does",
            );
            e.kind = base.kind;
            return;
        }
        sqlite_column_fraction(&base, &types, cx);
        e.kind = match delta {
            // ts ± INTERVAL '…' → strftime('…%f', ts, '+…'), trimmed / DATE_ADD(ts, INTERVAL … UNIT).
            Delta::Fixed(iv) => add_fixed(base, scale(iv, sign), time, span, cx),
            // ts ± INTERVAL '1 day' * n → strftime('…%f', ts, (n) || ' days'), trimmed / DATE_ADD(ts, INTERVAL n DAY).
            Delta::Scaled(iv, n) => add_scaled(base, iv, n.clone(), sign, time, span, cx),
        }
        .kind;
    });
    report_leftovers(stmt, cx);
}

/// A `time` by its static type (`'10:00'::time`) or a column declared `time`.
fn is_time(e: &Expr, types: &ColumnTypes) -> bool {
    matches!(types.type_of(e), Some(DataType::Time { .. }))
}

enum Delta<'a> {
    Fixed(Interval),
    Scaled(Interval, &'a Expr),
}

/// `INTERVAL '…'` or `INTERVAL '…' * n` / `n * INTERVAL '…'`.
fn interval_operand(e: &Expr) -> Option<Delta<'_>> {
    match &unnest(e).kind {
        ExprKind::Interval(iv) => Some(Delta::Fixed(*iv)),
        ExprKind::Binary {
            op: BinOp::Multiply,
            left,
            right,
        } => match (&unnest(left).kind, &unnest(right).kind) {
            (ExprKind::Interval(iv), _) => Some(Delta::Scaled(*iv, right)),
            (_, ExprKind::Interval(iv)) => Some(Delta::Scaled(*iv, left)),
            _ => None,
        },
        _ => None,
    }
}

fn scale(iv: Interval, sign: i64) -> Interval {
    Interval {
        months: iv.months * sign,
        days: iv.days * sign,
        micros: iv.micros * sign,
    }
}

/// The SQLite modifier for whole or fractional seconds.
fn seconds_modifier(micros: i64) -> String {
    let sign = if micros < 0 { '-' } else { '+' };
    let abs = micros.unsigned_abs();
    let whole = abs / MICROS as u64;
    let frac = abs % MICROS as u64;
    if frac == 0 {
        format!("{sign}{whole} seconds")
    } else {
        format!("{sign}{whole}.{frac:06} seconds")
    }
}

/// `time` is true for a `time` base, which SQLite's time() keeps a time of
/// day, wrapping around midnight as PostgreSQL does ('23:45' + 30 minutes is
/// 00:15:00); datetime() would give 2000-01-02 00:15:00.
fn add_fixed(base: Expr, iv: Interval, time: bool, span: Span, cx: &mut RuleCx) -> Expr {
    if iv.micros % 1000 != 0 && cx.target.dialect == Dialect::Sqlite {
        cx.report(
            Code::FractionalSecondsDropped,
            span,
            "the interval has a fraction of a millisecond, which SQLite rounds away",
        );
    }
    match cx.target.dialect {
        Dialect::Sqlite => {
            let mut args = vec![base];
            if iv.months != 0 {
                args.push(string(&format!("{:+} months", iv.months), span));
                args.push(string("floor", span));
            }
            if iv.days != 0 {
                args.push(string(&format!("{:+} days", iv.days), span));
            }
            if iv.micros != 0 {
                args.push(string(&seconds_modifier(iv.micros), span));
            }
            sqlite_datetime(args, time, span)
        }
        Dialect::Mysql => {
            let mut acc = as_timestamp(base);
            let parts = [
                (iv.months, IntervalUnit::Month),
                (iv.days, IntervalUnit::Day),
                if iv.micros % MICROS == 0 {
                    (iv.micros / MICROS, IntervalUnit::Second)
                } else {
                    (iv.micros, IntervalUnit::Microsecond)
                },
            ];
            for (amount, unit) in parts {
                if amount != 0 {
                    let name = if amount < 0 { "DATE_SUB" } else { "DATE_ADD" };
                    let step = interval_amount(int(amount.abs(), span), unit);
                    acc = call(name, vec![acc, step], span);
                }
            }
            acc
        }
    }
}

fn add_scaled(
    base: Expr,
    iv: Interval,
    n: Expr,
    sign: i64,
    time: bool,
    span: Span,
    cx: &mut RuleCx,
) -> Expr {
    let (per, unit, sqlite_unit) = match (iv.months, iv.days, iv.micros) {
        (m, 0, 0) if m != 0 => (m, IntervalUnit::Month, "months"),
        (0, d, 0) if d != 0 => (d, IntervalUnit::Day, "days"),
        (0, 0, us) if us != 0 && us % MICROS == 0 => (us / MICROS, IntervalUnit::Second, "seconds"),
        _ => {
            cx.report(
                Code::IntervalUnsupported,
                span,
                "only an interval of one unit (months, days or whole seconds) can be multiplied",
            );
            return base;
        }
    };
    if !n.is_integer() {
        cx.report(
            Code::IntervalMultiplier,
            n.span,
            "the interval multiplier is assumed to be a whole number",
        );
    }
    let amount = if per == 1 {
        nested(n)
    } else {
        nested(binary(BinOp::Multiply, nested(n), int(per, span)))
    };
    match cx.target.dialect {
        Dialect::Sqlite => {
            let mut args = vec![base, sqlite_modifier(amount, sign < 0, sqlite_unit)];
            if unit == IntervalUnit::Month {
                args.push(string("floor", span));
            }
            sqlite_datetime(args, time, span)
        }
        Dialect::Mysql => {
            let name = if sign < 0 { "DATE_SUB" } else { "DATE_ADD" };
            call(
                name,
                vec![as_timestamp(base), interval_amount(amount, unit)],
                span,
            )
        }
    }
}

/// Intervals and `age()` results left after the rewrite have no target form.
fn report_leftovers(stmt: &mut Stmt, cx: &mut RuleCx) {
    super::each_expr(stmt, |e| match &e.kind {
        ExprKind::Interval(_) => cx.report(
            Code::IntervalUnsupported,
            e.span,
            "an interval value on its own cannot be represented in the target",
        ),
        ExprKind::Func(f) if f.plain_name() == Some("age") => cx.report(
            Code::AgeUnsupported,
            e.span,
            "age() returns an interval; only EXTRACT(YEAR|MONTH FROM age(…)) can be translated",
        ),
        _ => {}
    });
}
