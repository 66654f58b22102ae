//! `CURRENT_TIMESTAMP`, `LOCALTIMESTAMP`, `CURRENT_TIME` and `LOCALTIME` in
//! SQLite, and with them `now()`, which the `now` rule turns into
//! `CURRENT_TIMESTAMP`.
//!
//! SQLite's own `CURRENT_TIMESTAMP` is the time in whole seconds. Text that
//! PostgreSQL wrote, or a `COPY` of it, keeps its fraction of a second, so a
//! whole-second clock compares wrongly with it: a row stamped `10:00:00.25`
//! would be later than the `now()` that follows it in the same second. SQLite's
//! `'now'` has milliseconds, so the clock is read through `strftime`, and
//! printed as PostgreSQL prints a timestamp, without trailing zeros
//! (`datetime_build::sqlite_datetime`). Where the value is itself the time value
//! of a SQLite date function (`date_trunc`, `extract`, interval arithmetic and
//! casts build those), `'now'` is passed to that function directly.
//!
//! ```sql
//! -- input
//! SELECT now(), CURRENT_TIME, now() - interval '1 day'
//! -- output (SQLite)
//! SELECT rtrim(rtrim(strftime('%Y-%m-%d %H:%M:%f', 'now'), '0'), '.'),
//!        rtrim(rtrim(strftime('%H:%M:%f', 'now'), '0'), '.'),
//!        rtrim(rtrim(strftime('%Y-%m-%d %H:%M:%f', 'now', '-1 days'), '0'), '.')
//! -- output (MySQL): unchanged, CURRENT_TIMESTAMP(6) and CURRENT_TIME(6) print
//! -- the microseconds
//! ```
//!
//! As a column default the emitter puts the expression in parentheses.
//!
//! Fidelity: exact up to the clock. SQLite's clock counts milliseconds where
//! PostgreSQL's counts microseconds, and reads UTC, where PostgreSQL prints
//! `timestamptz` in the session's time zone (a `timestamptz` column warns with
//! PGS0112). SQLite keeps `'now'` fixed within one call of `sqlite3_step` (a
//! whole INSERT or UPDATE, one row of a SELECT), as it did its own
//! `CURRENT_TIMESTAMP`; PostgreSQL keeps `now()` fixed for the whole transaction.
//! <https://www.sqlite.org/lang_datefunc.html>

use super::datetime_build::{sqlite_datetime, string};
use super::RuleCx;
use crate::ir::{ExprKind, Stmt, ValueFunction};
use crate::target::Dialect;

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    if cx.target.dialect != Dialect::Sqlite {
        return;
    }
    // strftime('%H', CURRENT_TIMESTAMP) → strftime('%H', 'now'): the time value of a
    // SQLite date function.
    super::each_expr(stmt, |e| {
        let ExprKind::Func(f) = &mut e.kind else {
            return;
        };
        let at = match f.plain_name() {
            Some("strftime") => 1,
            Some("date" | "time" | "datetime" | "julianday" | "unixepoch") => 0,
            _ => return,
        };
        if let Some(arg) = f.args.get_mut(at) {
            if let ExprKind::ValueFunction(
                ValueFunction::CurrentTimestamp | ValueFunction::LocalTimestamp,
            ) = arg.kind
            {
                *arg = string("now", arg.span);
            }
        }
    });
    // CURRENT_TIMESTAMP → the clock to the millisecond, as PostgreSQL prints it.
    super::each_expr(stmt, |e| {
        let time = match e.kind {
            ExprKind::ValueFunction(
                ValueFunction::CurrentTimestamp | ValueFunction::LocalTimestamp,
            ) => false,
            ExprKind::ValueFunction(ValueFunction::CurrentTime | ValueFunction::LocalTime) => true,
            _ => return,
        };
        *e = sqlite_datetime(vec![string("now", e.span)], time, e.span);
    });
}

#[cfg(test)]
mod tests {
    use crate::{translate, Dialect};

    #[test]
    fn translates() {
        let cases = [
            // The clock to the millisecond.
            (
                Dialect::Sqlite,
                "SELECT now(), LOCALTIME",
                "SELECT rtrim(rtrim(strftime('%Y-%m-%d %H:%M:%f', 'now'), '0'), '.'), \
                 rtrim(rtrim(strftime('%H:%M:%f', 'now'), '0'), '.');\n",
            ),
            // A date function reads 'now' itself.
            (
                Dialect::Sqlite,
                "SELECT date_trunc('day', now()), extract(hour from CURRENT_TIMESTAMP)",
                "SELECT datetime('now', 'start of day'), CAST(strftime('%H', 'now') AS INTEGER);\n",
            ),
            // MySQL's own functions print the microseconds.
            (
                Dialect::Mysql,
                "SELECT now(), CURRENT_TIME",
                "SELECT CURRENT_TIMESTAMP(6), CURRENT_TIME(6);\n",
            ),
        ];
        for (dialect, sql, expected) in cases {
            let out = translate(sql, dialect).map(|t| t.sql);
            assert_eq!(out.ok().as_deref(), Some(expected), "{sql}");
        }
    }
}
