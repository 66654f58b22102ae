//! `date + integer`, `date - integer` and `date - date`.
//!
//! PostgreSQL adds whole days to a date and gives a date, and subtracts two
//! dates into the number of days between them. The targets' `+` and `-` are
//! numeric: SQLite keeps a date as `YYYY-MM-DD` text, which `+ 1` reads as the
//! number 2024 (so 2025), and MySQL reads a DATE as the number 20240131 (so
//! 20240132, and `date - date` is 100 across a month).
//!
//! ```sql
//! -- input
//! SELECT current_date + 7, d::date - 1, date '2024-03-01' - d::date FROM t
//! -- output (SQLite)
//! SELECT date(CURRENT_DATE, (7) || ' days'), date(date(d), (-(1)) || ' days'),
//!        (unixepoch(date('2024-03-01')) - unixepoch(date(d))) / 86400 FROM t
//! -- output (MySQL)
//! SELECT DATE_ADD(CURRENT_DATE, INTERVAL 7 DAY), DATE_SUB(CAST(d AS DATE), INTERVAL 1 DAY),
//!        DATEDIFF(CAST('2024-03-01' AS DATE), CAST(d AS DATE)) FROM t
//! ```
//!
//! The rule needs to know that an operand is a date: a cast to `date`, a
//! `date '…'` literal, `current_date`, a column the catalog declares `date`, a
//! CTE's or derived table's column defined by a date, or a call of them such as
//! `max(d)` or `coalesce(d, e)` (`column_types`).
//! The other operand of `+` or `-` is then a whole number of days when it is
//! an integer by its static type, or a column not declared otherwise; an
//! untyped parameter or string is left alone (PostgreSQL refuses `date + $1` as
//! ambiguous), and so is an interval (the `interval` rule's). A date column of
//! a table the script did not create (and no `--schema` gave) is not known to
//! be one: `d + 1` is then left as it is, where `d::date + 1` works.
//!
//! `timestamp - timestamp` (or a date and a timestamp) is an interval, which the
//! targets have no type for: an error (PGS0250).
//!
//! Fidelity: exact where the rule applies. <https://www.postgresql.org/docs/current/functions-datetime.html>,
//! <https://www.sqlite.org/lang_datefunc.html#modifiers>,
//! <https://dev.mysql.com/doc/refman/8.0/en/date-and-time-functions.html#function_datediff>

use super::column_types::ColumnTypes;
use super::datetime_build::{binary, call, int, interval_amount, nested, sqlite_modifier};
use super::RuleCx;
use crate::diagnostics::Code;
use crate::ir::{BinOp, DataType, Expr, ExprKind, IntervalUnit, Stmt};
use crate::target::Dialect;

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    let dialect = cx.target.dialect;
    let types = ColumnTypes::of(stmt, cx.catalog);
    super::each_expr(stmt, |e| {
        let ExprKind::Binary { op, left, right } = &e.kind else {
            return;
        };
        let is_date = |e: &Expr| is_date(e, &types);
        let days = |e: &Expr| days(e, &types);
        let (op, date_left) = match (*op, is_date(left), is_date(right)) {
            (BinOp::Minus, true, true) => {
                let span = e.span;
                let (a, b) = ((**left).clone(), (**right).clone());
                e.kind = nested(days_between(dialect, a, b, span)).kind;
                return;
            }
            // ts - ts is an interval, which neither target has; its `-` would subtract
            // text (SQLite) or numbers like 20240131101530 (MySQL).
            (BinOp::Minus, _, _) if timestamp_pair(left, right, &types) => {
                cx.report(
                    Code::IntervalUnsupported,
                    e.span,
                    "subtracting timestamps gives an interval, which the target has no type for; subtract EXTRACT(EPOCH FROM …) of each for seconds",
                );
                return;
            }
            (BinOp::Plus | BinOp::Minus, true, false) if days(right) => (*op, true),
            (BinOp::Plus, false, true) if days(left) => (BinOp::Plus, false),
            _ => return,
        };
        let span = e.span;
        let (date, n) = if date_left {
            ((**left).clone(), (**right).clone())
        } else {
            ((**right).clone(), (**left).clone())
        };
        e.kind = add_days(dialect, date, n, op == BinOp::Minus, span).kind;
    });
}

/// Two timestamps, or a timestamp and a date: their difference is an interval.
pub fn timestamp_pair(a: &Expr, b: &Expr, types: &ColumnTypes) -> bool {
    let (a, b) = (types.type_of(a), types.type_of(b));
    let moment =
        |t: &Option<DataType>| matches!(t, Some(DataType::Timestamp { .. } | DataType::Date));
    let timestamp = |t: &Option<DataType>| matches!(t, Some(DataType::Timestamp { .. }));
    moment(&a) && moment(&b) && (timestamp(&a) || timestamp(&b))
}

/// A date by its static type (a cast to `date`, `date '…'`, `current_date`),
/// or a column declared `date`.
fn is_date(e: &Expr, types: &ColumnTypes) -> bool {
    types.type_of(e) == Some(DataType::Date)
}

/// A number of days: an integer by its static type, or a column declared as
/// an integer or of unknown type (a column added to a date can only be an
/// integer there). Anything else of unknown type is left alone: an untyped parameter or
/// string (PostgreSQL refuses `date + $1` as ambiguous), or an interval-valued
/// expression such as `2 * INTERVAL '1 month'`, which is the `interval` rule's.
fn days(e: &Expr, types: &ColumnTypes) -> bool {
    match (e.static_type(), &e.kind) {
        (Some(t), _) => t.is_integer(),
        (None, ExprKind::Column(path)) => types.get(path).is_none_or(|t| t.is_integer()),
        (None, ExprKind::Nested(inner)) => days(inner, types),
        (None, _) => false,
    }
}

/// `date ± n` as a date.
fn add_days(dialect: Dialect, date: Expr, n: Expr, minus: bool, span: crate::span::Span) -> Expr {
    match dialect {
        // date + n → date(date, (n) || ' days'); date - n → date(date, (-(n)) || ' days').
        Dialect::Sqlite => call("date", vec![date, sqlite_modifier(n, minus, "days")], span),
        // date + n → DATE_ADD(date, INTERVAL n DAY); date - n → DATE_SUB(…).
        Dialect::Mysql => {
            let name = if minus { "DATE_SUB" } else { "DATE_ADD" };
            call(
                name,
                vec![date, interval_amount(n, IntervalUnit::Day)],
                span,
            )
        }
    }
}

/// `a - b` for two dates: the whole days between them.
fn days_between(dialect: Dialect, a: Expr, b: Expr, span: crate::span::Span) -> Expr {
    match dialect {
        // (unixepoch(a) - unixepoch(b)) / 86400: integers, so the division is exact.
        Dialect::Sqlite => {
            let seconds = binary(
                BinOp::Minus,
                call("unixepoch", vec![a], span),
                call("unixepoch", vec![b], span),
            );
            binary(BinOp::Divide, nested(seconds), int(86_400, span))
        }
        // DATEDIFF(a, b).
        Dialect::Mysql => call("DATEDIFF", vec![a, b], span),
    }
}
