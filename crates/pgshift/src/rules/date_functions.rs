//! `to_timestamp(epoch)`, `make_date(y, m, d)` and `ts AT TIME ZONE 'UTC'`
//! (lowered to PostgreSQL's own `timezone('UTC', ts)`).
//!
//! ```sql
//! -- input
//! SELECT to_timestamp(1700000000), make_date(2024, 2, 29), ts AT TIME ZONE 'UTC' FROM t
//! -- output (SQLite): 'YYYY-MM-DD HH:MM:SS[.fff]' and 'YYYY-MM-DD' text
//! SELECT rtrim(rtrim(strftime('%Y-%m-%d %H:%M:%f', 1700000000, 'unixepoch'), '0'), '.'), date(printf('%04d-%02d-%02d', 2024, 2, 29)),
//!        rtrim(rtrim(strftime('%Y-%m-%d %H:%M:%f', ts), '0'), '.') FROM t
//! -- output (MySQL): DATETIME(6) and DATE values
//! SELECT DATE_ADD(CAST('1970-01-01 00:00:00' AS DATETIME(6)), INTERVAL 1700000000 SECOND),
//!        STR_TO_DATE(CONCAT_WS('-', 2024, 2, 29), '%Y-%m-%d'), CAST(ts AS DATETIME(6)) FROM t
//! ```
//!
//! `to_timestamp` gives a timestamptz in the session zone, which is UTC for
//! pgshift: the targets give the UTC wall time, without MySQL's FROM_UNIXTIME
//! (which depends on the session time zone). With the session zone UTC, a
//! timestamp AT TIME ZONE 'UTC' keeps its wall time.
//!
//! Fidelity: exact for valid input. SQLite keeps a fraction of a second of
//! to_timestamp to the millisecond (warning PGS0255 for a literal with a finer one). make_date of an
//! invalid date, which PostgreSQL rejects, gives NULL in MySQL and a normalized
//! date in SQLite. A zone other than UTC is an error (PGS0253), as is the
//! two-argument `to_timestamp(text, format)` (PGS0251).
//!
//! <https://www.postgresql.org/docs/current/functions-datetime.html>,
//! <https://www.sqlite.org/lang_datefunc.html>,
//! <https://dev.mysql.com/doc/refman/8.0/en/date-and-time-functions.html>

use super::datetime_build::{
    as_timestamp, call, interval_amount, sqlite_datetime, sqlite_fraction_lost, string, take,
};
use super::RuleCx;
use crate::diagnostics::Code;
use crate::ir::{DataType, Expr, ExprKind, IntervalUnit, Stmt};
use crate::target::Dialect;

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    super::each_expr(stmt, |e| {
        let ExprKind::Func(f) = &mut e.kind else {
            return;
        };
        let span = e.span;
        let sqlite = cx.target.dialect == Dialect::Sqlite;
        let name = f.plain_name().map(str::to_string);
        let new = match (name.as_deref(), f.args.as_mut_slice()) {
            // to_timestamp(n) → strftime('…%f', n, 'unixepoch'), trimmed / DATE_ADD('1970-01-01', INTERVAL n SECOND).
            (Some("to_timestamp"), [n]) => {
                let n = take(n);
                if sqlite {
                    if sqlite_fraction_lost(&n) {
                        cx.report(
                            Code::FractionalSecondsDropped,
                            span,
                            "SQLite keeps fractions of a second to the millisecond",
                        );
                    }
                    // to_timestamp(n) → the fraction kept, as for a cast.
                    sqlite_datetime(vec![n, string("unixepoch", span)], false, span)
                } else {
                    let epoch = Expr::new(
                        ExprKind::PgCast {
                            expr: string("1970-01-01 00:00:00", span).boxed(),
                            ty: DataType::Timestamp { tz: false },
                        },
                        span,
                    );
                    call(
                        "DATE_ADD",
                        vec![epoch, interval_amount(n, IntervalUnit::Second)],
                        span,
                    )
                }
            }
            (Some("to_timestamp"), _) => {
                cx.report(
                    Code::DateFieldUnsupported,
                    span,
                    "only to_timestamp(epoch seconds) is supported",
                );
                return;
            }
            // make_date(y, m, d) → date(printf('%04d-%02d-%02d', y, m, d)) / STR_TO_DATE(CONCAT_WS('-', y, m, d), '%Y-%m-%d').
            (Some("make_date"), [y, m, d]) => {
                let (y, m, d) = (take(y), take(m), take(d));
                if sqlite {
                    let text = call(
                        "printf",
                        vec![string("%04d-%02d-%02d", span), y, m, d],
                        span,
                    );
                    call("date", vec![text], span)
                } else {
                    let text = call("CONCAT_WS", vec![string("-", span), y, m, d], span);
                    call("STR_TO_DATE", vec![text, string("%Y-%m-%d", span)], span)
                }
            }
            // timezone('UTC', ts) (ts AT TIME ZONE 'UTC') → ts as a timestamp.
            (Some("timezone"), [zone, x]) => {
                let utc = zone.as_str_literal().is_some_and(|z| {
                    matches!(
                        z.to_ascii_lowercase().as_str(),
                        "utc" | "etc/utc" | "gmt" | "etc/gmt" | "zulu" | "z"
                    )
                });
                if !utc {
                    cx.report(
                        Code::TimeZoneUnsupported,
                        zone.span,
                        "only the UTC time zone can be translated",
                    );
                    return;
                }
                as_timestamp(take(x))
            }
            (Some(name @ ("make_date" | "timezone")), _) => {
                cx.report(
                    Code::DateFieldUnsupported,
                    span,
                    format!("{name}() with these arguments is not supported"),
                );
                return;
            }
            _ => return,
        };
        e.kind = new.kind;
    });
}
