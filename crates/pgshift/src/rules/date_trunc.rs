//! `date_trunc('field', ts)`: a timestamp truncated to the start of its second,
//! minute, hour, day, week (Monday), month, quarter or year.
//!
//! ```sql
//! -- input
//! SELECT date_trunc('month', ts), date_trunc('hour', ts) FROM t
//! -- output (SQLite): text 'YYYY-MM-DD HH:MM:SS'
//! SELECT datetime(ts, 'start of month'), strftime('%Y-%m-%d %H:00:00', ts) FROM t
//! -- output (MySQL): a DATETIME(6), printed 'YYYY-MM-DD HH:MM:SS.000000'
//! SELECT CAST(DATE_FORMAT(ts, '%Y-%m-01 00:00:00') AS DATETIME(6)),
//!        CAST(DATE_FORMAT(ts, '%Y-%m-%d %H:00:00') AS DATETIME(6)) FROM t
//! ```
//!
//! A week starts on Monday (SQLite `'-6 days', 'weekday 1'`; MySQL
//! `DATE_SUB(DATE(ts), INTERVAL WEEKDAY(ts) DAY)`). A quarter starts on the first
//! month of the quarter. PostgreSQL returns a timestamp, also for a date argument.
//!
//! Fidelity: exact, to the second in SQLite. Another field or a field that is
//! not a string literal is an error (PGS0251).
//!
//! <https://www.postgresql.org/docs/current/functions-datetime.html#FUNCTIONS-DATETIME-TRUNC>,
//! <https://www.sqlite.org/lang_datefunc.html#modifiers>,
//! <https://dev.mysql.com/doc/refman/8.0/en/date-and-time-functions.html#function_date-format>

use super::datetime_build::{
    as_timestamp, binary, call, field_call, int, interval_amount, nested, strftime_int, string,
};
use super::RuleCx;
use crate::diagnostics::Code;
use crate::ir::{BinOp, Expr, IntervalUnit, Stmt};
use crate::span::Span;
use crate::target::Dialect;

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    super::each_expr(stmt, |e| {
        let span = e.span;
        let Some((name, x)) = field_call(
            e,
            "date_trunc",
            "date_trunc takes a field and a timestamp (a time zone argument is not supported)",
            cx,
        ) else {
            return;
        };
        let result = match cx.target.dialect {
            Dialect::Sqlite => sqlite(&name, x, span),
            Dialect::Mysql => mysql(&name, x, span),
        };
        match result {
            Some(r) => e.kind = r.kind,
            None => cx.report(
                Code::DateFieldUnsupported,
                span,
                format!("date_trunc to '{name}' is not supported"),
            ),
        }
    });
}

fn sqlite(name: &str, x: Expr, span: Span) -> Option<Expr> {
    let fmt = |f: &str, x: Expr| call("strftime", vec![string(f, span), x], span);
    let modifiers = |x: Expr, mods: &[&str]| {
        let mut args = vec![x];
        args.extend(mods.iter().map(|m| string(m, span)));
        call("datetime", args, span)
    };
    Some(match name {
        // date_trunc('second', ts) → strftime('%Y-%m-%d %H:%M:%S', ts).
        "second" => fmt("%Y-%m-%d %H:%M:%S", x),
        "minute" => fmt("%Y-%m-%d %H:%M:00", x),
        "hour" => fmt("%Y-%m-%d %H:00:00", x),
        // date_trunc('day', ts) → datetime(ts, 'start of day').
        "day" => modifiers(x, &["start of day"]),
        // Back 6 days, then forward to the next Monday: the Monday of ts's week.
        "week" => modifiers(x, &["start of day", "-6 days", "weekday 1"]),
        "month" => modifiers(x, &["start of month"]),
        // The start of the month, less (month - 1) % 3 months.
        "quarter" => {
            let back = binary(
                BinOp::Modulo,
                nested(binary(
                    BinOp::Minus,
                    strftime_int("%m", x.clone()),
                    int(1, span),
                )),
                int(3, span),
            );
            let modifier = binary(
                BinOp::Concat,
                binary(BinOp::Concat, string("-", span), nested(back)),
                string(" months", span),
            );
            call(
                "datetime",
                vec![x, string("start of month", span), modifier],
                span,
            )
        }
        "year" => modifiers(x, &["start of year"]),
        _ => return None,
    })
}

fn mysql(name: &str, x: Expr, span: Span) -> Option<Expr> {
    let formatted =
        |f: &str, x: Expr| as_timestamp(call("DATE_FORMAT", vec![x, string(f, span)], span));
    Some(match name {
        // date_trunc('second', ts) → CAST(DATE_FORMAT(ts, '%Y-%m-%d %H:%i:%s') AS DATETIME(6)).
        "second" => formatted("%Y-%m-%d %H:%i:%s", x),
        "minute" => formatted("%Y-%m-%d %H:%i:00", x),
        "hour" => formatted("%Y-%m-%d %H:00:00", x),
        "day" => formatted("%Y-%m-%d 00:00:00", x),
        // The Monday of the week: DATE_SUB(DATE(ts), INTERVAL WEEKDAY(ts) DAY).
        "week" => as_timestamp(call(
            "DATE_SUB",
            vec![
                call("DATE", vec![x.clone()], span),
                interval_amount(call("WEEKDAY", vec![x], span), IntervalUnit::Day),
            ],
            span,
        )),
        "month" => formatted("%Y-%m-01 00:00:00", x),
        // The year's first day plus whole quarters: MAKEDATE(YEAR(ts), 1) + (QUARTER(ts) - 1) * 3 months.
        "quarter" => {
            let months = binary(
                BinOp::Multiply,
                nested(binary(
                    BinOp::Minus,
                    call("QUARTER", vec![x.clone()], span),
                    int(1, span),
                )),
                int(3, span),
            );
            as_timestamp(call(
                "DATE_ADD",
                vec![
                    call(
                        "MAKEDATE",
                        vec![call("YEAR", vec![x], span), int(1, span)],
                        span,
                    ),
                    interval_amount(months, IntervalUnit::Month),
                ],
                span,
            ))
        }
        "year" => formatted("%Y-01-01 00:00:00", x),
        _ => return None,
    })
}
