//! `to_char(ts, 'pattern')` for dates and timestamps.
//!
//! | pattern | meaning                     | SQLite              | MySQL          |
//! |---------|-----------------------------|---------------------|----------------|
//! | YYYY, YY | year, last two digits      | `%Y`, substr        | `%Y`, `%y`     |
//! | MM, DD, DDD | month, day, day of year | `%m`, `%d`, `%j`    | `%m`, `%d`, `%j` |
//! | HH24, HH12/HH, MI, SS | time of day   | `%H`, `%I`, `%M`, `%S` | `%H`, `%h`, `%i`, `%s` |
//! | AM, PM  | meridiem                    | `%p`                | `%p`           |
//! | IW, IYYY | ISO week and year          | `%V`, `%G`          | `%v`, `%x`     |
//! | Q, D    | quarter, day of week (1 = Sunday) | arithmetic    | `QUARTER`, `DAYOFWEEK` |
//! | Mon, Month, Dy, Day (and MON, mon...) | English names | a lookup string | a lookup string |
//!
//! Month and day names come from a fixed English table on both targets (so
//! MySQL's `lc_time_names` does not matter); `Month` and `Day` are blank-padded
//! to 9 characters as in PostgreSQL. Punctuation, spaces and `"quoted text"` are
//! copied.
//!
//! ```sql
//! -- input
//! SELECT to_char(ts, 'YYYY-MM-DD HH24:MI') FROM t
//! -- output (SQLite)
//! SELECT strftime('%Y-%m-%d %H:%M', ts) FROM t
//! -- output (MySQL)
//! SELECT DATE_FORMAT(ts, '%Y-%m-%d %H:%i') FROM t
//! ```
//!
//! Fidelity: exact for these patterns. Any other pattern element (FM, TH, MS,
//! US, TZ, digits as in numeric formats...) or a pattern that is not a string
//! literal is an error (PGS0251); `%I`, `%p`, `%V` and `%G` need SQLite 3.46+.
//!
//! <https://www.postgresql.org/docs/current/functions-formatting.html>,
//! <https://www.sqlite.org/lang_datefunc.html>,
//! <https://dev.mysql.com/doc/refman/8.0/en/date-and-time-functions.html#function_date-format>

use super::datetime_build::{binary, call, int, nested, strftime_int, string, take};
use super::RuleCx;
use crate::diagnostics::Code;
use crate::ir::{BinOp, DataType, Expr, ExprKind, Stmt};
use crate::span::Span;
use crate::target::Dialect;

/// A piece of the output.
#[derive(Clone, Copy)]
enum Piece<'a> {
    /// strftime and DATE_FORMAT conversions.
    Format(&'static str, &'static str),
    /// Copied text.
    Text(&'a str),
    /// A name looked up in a table of fixed-width entries.
    Name(Table, Case),
    /// The last two digits of the year.
    ShortYear,
    Quarter,
    /// Day of week, 1 = Sunday.
    WeekDay,
}

#[derive(Clone, Copy)]
enum Table {
    MonthShort,
    MonthLong,
    DayShort,
    DayLong,
}

#[derive(Clone, Copy)]
enum Case {
    Upper,
    Capital,
    Lower,
}

/// Pattern elements, longest first where one is a prefix of another.
static PATTERNS: &[(&str, Piece<'static>)] = &[
    ("YYYY", Piece::Format("%Y", "%Y")),
    ("IYYY", Piece::Format("%G", "%x")),
    ("YY", Piece::ShortYear),
    ("MONTH", Piece::Name(Table::MonthLong, Case::Upper)),
    ("Month", Piece::Name(Table::MonthLong, Case::Capital)),
    ("month", Piece::Name(Table::MonthLong, Case::Lower)),
    ("MON", Piece::Name(Table::MonthShort, Case::Upper)),
    ("Mon", Piece::Name(Table::MonthShort, Case::Capital)),
    ("mon", Piece::Name(Table::MonthShort, Case::Lower)),
    ("MM", Piece::Format("%m", "%m")),
    ("MI", Piece::Format("%M", "%i")),
    ("DAY", Piece::Name(Table::DayLong, Case::Upper)),
    ("Day", Piece::Name(Table::DayLong, Case::Capital)),
    ("day", Piece::Name(Table::DayLong, Case::Lower)),
    ("DY", Piece::Name(Table::DayShort, Case::Upper)),
    ("Dy", Piece::Name(Table::DayShort, Case::Capital)),
    ("dy", Piece::Name(Table::DayShort, Case::Lower)),
    ("DDD", Piece::Format("%j", "%j")),
    ("DD", Piece::Format("%d", "%d")),
    ("D", Piece::WeekDay),
    ("HH24", Piece::Format("%H", "%H")),
    ("HH12", Piece::Format("%I", "%h")),
    ("HH", Piece::Format("%I", "%h")),
    ("SS", Piece::Format("%S", "%s")),
    ("AM", Piece::Format("%p", "%p")),
    ("PM", Piece::Format("%p", "%p")),
    ("IW", Piece::Format("%V", "%v")),
    ("Q", Piece::Quarter),
];

fn table(t: Table, case: Case) -> String {
    let (names, width): (&[&str], usize) = match t {
        Table::MonthShort | Table::MonthLong => (
            &[
                "January",
                "February",
                "March",
                "April",
                "May",
                "June",
                "July",
                "August",
                "September",
                "October",
                "November",
                "December",
            ],
            if matches!(t, Table::MonthShort) { 3 } else { 9 },
        ),
        Table::DayShort | Table::DayLong => (
            &[
                "Sunday",
                "Monday",
                "Tuesday",
                "Wednesday",
                "Thursday",
                "Friday",
                "Saturday",
            ],
            if matches!(t, Table::DayShort) { 3 } else { 9 },
        ),
    };
    let text: String = names
        .iter()
        .map(|n| format!("{:width$}", &n[..width.min(n.len())]))
        .collect();
    match case {
        Case::Upper => text.to_ascii_uppercase(),
        Case::Capital => text,
        Case::Lower => text.to_ascii_lowercase(),
    }
}

fn pieces(pattern: &str) -> Result<Vec<Piece<'_>>, String> {
    let mut out = Vec::new();
    let mut rest = pattern;
    while let Some(c) = rest.chars().next() {
        if let Some((p, piece)) = PATTERNS.iter().find(|(p, _)| rest.starts_with(p)) {
            out.push(*piece);
            rest = &rest[p.len()..];
        } else if c == '"' {
            let body = &rest[1..];
            let end = body.find('"').ok_or("an unterminated quoted text")?;
            out.push(Piece::Text(&body[..end]));
            rest = &body[end + 1..];
        } else if c.is_alphanumeric() || c == '\\' {
            return Err(format!("the pattern element at `{rest}` is not supported"));
        } else {
            out.push(Piece::Text(&rest[..c.len_utf8()]));
            rest = &rest[c.len_utf8()..];
        }
    }
    Ok(out)
}

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    super::each_expr(stmt, |e| {
        let ExprKind::Func(f) = &mut e.kind else {
            return;
        };
        if f.plain_name() != Some("to_char") || f.over.is_some() {
            return;
        }
        let span = e.span;
        let [x, pattern] = f.args.as_mut_slice() else {
            cx.report(
                Code::DateFieldUnsupported,
                span,
                "to_char takes a value and a pattern",
            );
            return;
        };
        let numeric = |t: DataType| {
            t.is_integer() || matches!(t, DataType::Numeric(..) | DataType::Real | DataType::Double)
        };
        if x.static_type().is_some_and(numeric) {
            cx.report(
                Code::DateFieldUnsupported,
                span,
                "to_char of a number is not supported",
            );
            return;
        }
        let Some(text) = pattern.as_str_literal().map(str::to_string) else {
            cx.report(
                Code::DateFieldUnsupported,
                pattern.span,
                "the pattern must be a string literal",
            );
            return;
        };
        let parts = match pieces(&text) {
            Ok(p) => p,
            Err(why) => {
                cx.report(
                    Code::DateFieldUnsupported,
                    pattern.span,
                    format!("to_char: {why}"),
                );
                return;
            }
        };
        let x = take(x);
        e.kind = build(&parts, x, span, cx.target.dialect).kind;
    });
}

/// Joins the pieces: runs of conversions and text become one strftime/DATE_FORMAT call.
fn build(parts: &[Piece], x: Expr, span: Span, d: Dialect) -> Expr {
    let mut exprs: Vec<Expr> = Vec::new();
    let mut format = String::new();
    let mut only_text = true;
    let flush = |format: &mut String, only_text: &mut bool, exprs: &mut Vec<Expr>| {
        if format.is_empty() {
            return;
        }
        let f = std::mem::take(format);
        exprs.push(if *only_text {
            string(&f.replace("%%", "%"), span)
        } else {
            match d {
                Dialect::Sqlite => call("strftime", vec![string(&f, span), x.clone()], span),
                Dialect::Mysql => call("DATE_FORMAT", vec![x.clone(), string(&f, span)], span),
            }
        });
        *only_text = true;
    };
    for piece in parts {
        match piece {
            Piece::Format(s, m) => {
                format.push_str(if d == Dialect::Sqlite { s } else { m });
                only_text = false;
            }
            Piece::Text(t) => format.push_str(&t.replace('%', "%%")),
            other => {
                flush(&mut format, &mut only_text, &mut exprs);
                exprs.push(computed(*other, x.clone(), span, d));
            }
        }
    }
    flush(&mut format, &mut only_text, &mut exprs);
    match d {
        Dialect::Sqlite => {
            let mut iter = exprs.into_iter();
            let first = iter.next().unwrap_or_else(|| string("", span));
            iter.fold(first, |acc, e| binary(BinOp::Concat, acc, e))
        }
        Dialect::Mysql if exprs.len() == 1 => exprs.remove(0),
        Dialect::Mysql if exprs.is_empty() => string("", span),
        Dialect::Mysql => call("CONCAT", exprs, span),
    }
}

fn computed(piece: Piece, x: Expr, span: Span, d: Dialect) -> Expr {
    let sqlite = d == Dialect::Sqlite;
    match piece {
        Piece::Name(t, case) => {
            let width = match t {
                Table::MonthShort | Table::DayShort => 3,
                Table::MonthLong | Table::DayLong => 9,
            };
            // 1-based index into the table.
            let index = match (t, sqlite) {
                (Table::MonthShort | Table::MonthLong, true) => strftime_int("%m", x),
                (Table::MonthShort | Table::MonthLong, false) => call("MONTH", vec![x], span),
                (Table::DayShort | Table::DayLong, true) => {
                    binary(BinOp::Plus, strftime_int("%w", x), int(1, span))
                }
                (Table::DayShort | Table::DayLong, false) => call("DAYOFWEEK", vec![x], span),
            };
            // substr(table, index * width - (width - 1), width).
            let start = binary(
                BinOp::Minus,
                binary(BinOp::Multiply, nested(index), int(width, span)),
                int(width - 1, span),
            );
            call(
                "substr",
                vec![string(&table(t, case), span), start, int(width, span)],
                span,
            )
        }
        Piece::ShortYear if sqlite => call(
            "substr",
            vec![
                call("strftime", vec![string("%Y", span), x], span),
                int(3, span),
                int(2, span),
            ],
            span,
        ),
        Piece::ShortYear => call("DATE_FORMAT", vec![x, string("%y", span)], span),
        Piece::Quarter if sqlite => nested(binary(
            BinOp::Divide,
            nested(binary(BinOp::Plus, strftime_int("%m", x), int(2, span))),
            int(3, span),
        )),
        Piece::Quarter => call("QUARTER", vec![x], span),
        Piece::WeekDay if sqlite => {
            nested(binary(BinOp::Plus, strftime_int("%w", x), int(1, span)))
        }
        Piece::WeekDay => call("DAYOFWEEK", vec![x], span),
        Piece::Format(..) | Piece::Text(_) => string("", span),
    }
}
