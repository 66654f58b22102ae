//! Casts: `x::type` and `CAST(x AS type)`.
//!
//! Each target reads a cast its own way, so every PostgreSQL cast is rewritten
//! into what gives PostgreSQL's value there:
//!
//! | PostgreSQL      | SQLite                           | MySQL                      |
//! |-----------------|----------------------------------|----------------------------|
//! | `::date`        | `date(x)` (CAST gives the year!) | `CAST(x AS DATE)`          |
//! | `::timestamp`   | `strftime('%Y-%m-%d %H:%M:%f', x)`, trimmed | `CAST(x AS DATETIME(6))` |
//! | `::time`        | `strftime('%H:%M:%f', x)`, trimmed | `CAST(x AS TIME(6))`     |
//! | `::int` etc.    | `CAST(x AS INTEGER)`             | `CAST(x AS SIGNED)`        |
//! | `::numeric(p,s)`| `round(x, s)` / `CAST(x AS NUMERIC)` | `CAST(x AS DECIMAL(p,s))` |
//! | `::real`/`::float8` | `CAST(x AS REAL)`            | `CAST(x AS DOUBLE)`        |
//! | `::text`        | `CAST(x AS TEXT)`                | `CAST(x AS CHAR)`          |
//! | `::varchar(n)`  | `substr(CAST(x AS TEXT), 1, n)`  | `CAST(x AS CHAR(n))`       |
//! | `::json(b)`     | `json(x)`                        | `JSON_EXTRACT(x, '$')`     |
//! | `::uuid`        | `lower(x)`                       | `lower(x)`                 |
//!
//! SQLite's `datetime()` and `time()` drop the fraction of a second, so the
//! SQLite forms print it with `%f` and trim its trailing zeros
//! (`datetime_build::sqlite_datetime`): `'10:00:00.50'::time` is `10:00:00.5`
//! in both engines. SQLite counts milliseconds: a literal with a finer
//! fraction warns (PGS0255), and so does a column declared `timestamp` or
//! `time`, which PostgreSQL keeps to the microsecond.
//!
//! The operand's type decides three more forms, from its static type or its
//! column's declared one (`column_types`): a numeric rounds half away from zero
//! on its way to an integer (`CAST(round(x) AS INTEGER)` in SQLite, whose CAST
//! truncates); a float rounds half to even, as PostgreSQL's `rint`
//! (`2.5::float8::int` is 2; SQLite: `round`'s `half_to_even`); and a
//! boolean prints as `true`/`false` (`CASE b WHEN TRUE THEN 'true' ...`) where
//! both targets would print 1 and 0. In MySQL a `text` or `varchar` column cast
//! to text stays the column (`left(v, n)` for `varchar(n)`): `CAST(v AS CHAR)`
//! would compare by the connection's collation, case-insensitive by default,
//! instead of the column's binary one.
//!
//! Literals are folded where the result is certain: `'42'::int` is 42 and
//! `'abc'::text` is 'abc'; `1.50::text` keeps its digits ('1.50'), which a
//! target's CAST would not. A boolean cast to text gives 'true'/'false'.
//!
//! ```sql
//! -- input
//! SELECT '2024-01-05'::date
//! -- output (SQLite)
//! SELECT date('2024-01-05')
//! ```
//!
//! <https://www.sqlite.org/lang_datefunc.html>, <https://dev.mysql.com/doc/refman/8.0/en/cast-functions.html>

use super::build::sqlite_once;
use super::column_types::ColumnTypes;
use super::datetime_build::{
    mysql_time_text, sqlite_column_fraction, sqlite_datetime, sqlite_fraction_lost,
};
use super::round::half_to_even;
use super::RuleCx;
use crate::diagnostics::Code;
use crate::ir::visit::{walk_stmt, VisitMut};
use crate::ir::{DataType, Expr, ExprKind, FuncCall, Literal, Query, Stmt};
use crate::span::Span;
use crate::target::Dialect;

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    keep_order_by_casts(stmt, cx);
    let types = ColumnTypes::of(stmt, cx.catalog);
    super::each_expr(stmt, |e| {
        let span = e.span;
        let ExprKind::PgCast { expr, ty } = &mut e.kind else {
            return;
        };
        let ty = ty.clone();
        let x = std::mem::replace(
            &mut **expr,
            Expr::new(ExprKind::Literal(Literal::Null), span),
        );
        if let Some(kind) = fold(&x, &ty, cx) {
            e.kind = kind;
            return;
        }
        if let DataType::Timestamp { .. } | DataType::Time { .. } = ty {
            sqlite_column_fraction(&x, &types, cx);
        }
        // The operand's PostgreSQL type: its static type or its column's.
        let known = types.type_of(&x);
        e.kind = match cx.target.dialect {
            Dialect::Sqlite => sqlite(x, known, &ty, span, cx),
            Dialect::Mysql => mysql(x, known, &ty, span, cx),
        };
    });
}

/// `ORDER BY '0'::int` sorts by a constant in PostgreSQL, but folded to a bare
/// `0` both targets would read a column position (and `'1'::int` would sort by
/// the first column). An integer cast of a literal that is a whole ORDER BY item
/// is therefore kept as the target's cast instead of being folded.
fn keep_order_by_casts(stmt: &mut Stmt, cx: &mut RuleCx) {
    struct Keep<'c, 'a>(&'c mut RuleCx<'a>);
    impl VisitMut for Keep<'_, '_> {
        fn query(&mut self, q: &mut Query) {
            for item in &mut q.order_by {
                keep_cast(&mut item.expr, self.0);
            }
        }
    }
    walk_stmt(&mut Keep(cx), stmt);
}

/// Turns an integer cast of a literal, under signs and parentheses too (`-'0'::int`
/// would print `(-0)`), into the target's cast.
fn keep_cast(e: &mut Expr, cx: &mut RuleCx) {
    let span = e.span;
    match &mut e.kind {
        ExprKind::Nested(inner) | ExprKind::Unary { expr: inner, .. } => keep_cast(inner, cx),
        ExprKind::PgCast { expr, ty } => {
            let literal = matches!(
                expr.kind,
                ExprKind::Literal(Literal::String(_) | Literal::Integer(_))
            );
            if !literal || !ty.is_integer() {
                return;
            }
            let (x, ty) = ((**expr).clone(), ty.clone());
            // A string or integer literal: its type is its own.
            let known = x.static_type();
            e.kind = match cx.target.dialect {
                Dialect::Sqlite => sqlite(x, known, &ty, span, cx),
                Dialect::Mysql => mysql(x, known, &ty, span, cx),
            };
        }
        _ => {}
    }
}

fn call(name: &str, args: Vec<Expr>, span: Span) -> ExprKind {
    ExprKind::Func(Box::new(FuncCall::simple(name, args, span)))
}

fn cast(x: Expr, ty: DataType) -> ExprKind {
    ExprKind::Cast {
        expr: x.boxed(),
        ty,
    }
}

fn lit(l: Literal, span: Span) -> Expr {
    Expr::new(ExprKind::Literal(l), span)
}

/// Casts whose result is known now.
fn fold(x: &Expr, ty: &DataType, cx: &mut RuleCx) -> Option<ExprKind> {
    match (&x.kind, ty) {
        (ExprKind::Literal(Literal::Null), _) => Some(ExprKind::Literal(Literal::Null)),
        // 'abc'::text → 'abc'.
        (ExprKind::Literal(Literal::String(_)), DataType::Text | DataType::Varchar(None)) => {
            Some(x.kind.clone())
        }
        // 1.50::text → '1.50'.
        (
            ExprKind::Literal(Literal::Integer(n) | Literal::Decimal(n)),
            DataType::Text | DataType::Varchar(None),
        ) => Some(ExprKind::Literal(Literal::String(n.clone()))),
        // '42'::int → 42; '4.2'::int is an error in PostgreSQL.
        (ExprKind::Literal(Literal::String(s)), t) if t.is_integer() => {
            let trimmed = s.trim();
            let digits = trimmed.strip_prefix(['-', '+']).unwrap_or(trimmed);
            if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
                let number = ExprKind::Literal(Literal::Integer(digits.to_string()));
                if trimmed.starts_with('-') {
                    // '-7'::int → (-7) as a unary minus: an integer literal never carries a
                    // sign, so that `-'-7'::int` cannot print as the comment `--7`.
                    let minus = ExprKind::Unary {
                        op: crate::ir::UnOp::Minus,
                        expr: Expr::new(number, x.span).boxed(),
                    };
                    Some(ExprKind::Nested(Expr::new(minus, x.span).boxed()))
                } else {
                    Some(number)
                }
            } else {
                cx.report(
                    Code::InvalidLiteral,
                    x.span,
                    format!("'{s}' is not an integer"),
                );
                Some(x.kind.clone())
            }
        }
        // 42::int → 42.
        (ExprKind::Literal(Literal::Integer(_)), t) if t.is_integer() => Some(x.kind.clone()),
        _ => None,
    }
}

/// Whether `x` is a boolean: by its form (`a = b`, TRUE) or its known type (a
/// column declared `boolean`).
fn is_boolean(x: &Expr, known: Option<&DataType>) -> bool {
    x.is_boolean() || known == Some(&DataType::Boolean)
}

/// A `text` or `varchar` value (not `char(n)`, whose cast to text drops its padding).
fn varying_text(known: Option<&DataType>) -> bool {
    matches!(
        known,
        Some(DataType::Text | DataType::Varchar(_) | DataType::LongText)
    )
}

/// A boolean as PostgreSQL prints it: CASE x WHEN TRUE THEN 'true' WHEN FALSE THEN 'false' END.
fn bool_text(x: Expr, span: Span) -> ExprKind {
    ExprKind::Case {
        operand: Some(x.boxed()),
        whens: vec![
            (
                lit(Literal::Boolean(true), span),
                lit(Literal::String("true".into()), span),
            ),
            (
                lit(Literal::Boolean(false), span),
                lit(Literal::String("false".into()), span),
            ),
        ],
        else_: None,
    }
}

/// Warns of a literal time or timestamp with digits past the millisecond.
fn fraction_lost(x: &Expr, span: Span, cx: &mut RuleCx) {
    if sqlite_fraction_lost(x) {
        cx.report(
            Code::FractionalSecondsDropped,
            span,
            "SQLite keeps fractions of a second to the millisecond",
        );
    }
}

fn sqlite(
    x: Expr,
    known: Option<DataType>,
    ty: &DataType,
    span: Span,
    cx: &mut RuleCx,
) -> ExprKind {
    match ty {
        // '2024-01-05'::date → date('2024-01-05'); CAST(... AS DATE) would give 2024.
        DataType::Date => call("date", vec![x], span),
        DataType::Timestamp { tz } => {
            if *tz {
                cx.report(
                    Code::TimeZoneDropped,
                    span,
                    "SQLite keeps timestamps as UTC text without a zone",
                );
            }
            fraction_lost(&x, span, cx);
            // x::timestamp → rtrim(rtrim(strftime('%Y-%m-%d %H:%M:%f', x), '0'), '.'):
            // datetime(x) would drop the fraction of a second.
            sqlite_datetime(vec![x], false, span).kind
        }
        // x::time → rtrim(rtrim(strftime('%H:%M:%f', x), '0'), '.'), for the same reason.
        DataType::Time { .. } => {
            fraction_lost(&x, span, cx);
            sqlite_datetime(vec![x], true, span).kind
        }
        t if t.is_integer() => match known {
            // A float rounds half to even (2.5 → 2, 3.5 → 4), which SQLite's round()
            // does not: f::int → CAST(<round's half_to_even(f)> AS INTEGER).
            Some(DataType::Real | DataType::Double) if cx.target.caps.round_floats_half_away => {
                let even = |v: Expr| {
                    let rounded = half_to_even(v, span);
                    Expr::new(cast(rounded, DataType::SqliteInteger), span)
                };
                sqlite_once(x, even).kind
            }
            // A numeric rounds half away from zero in PostgreSQL, as round() does;
            // CAST truncates: 2.5::int → CAST(round(2.5) AS INTEGER).
            Some(DataType::Numeric(..) | DataType::Real | DataType::Double) => {
                let rounded = Expr::new(call("round", vec![x], span), span);
                cast(rounded, DataType::SqliteInteger)
            }
            _ => cast(x, DataType::SqliteInteger),
        },
        DataType::Numeric(_, Some(s)) => call(
            "round",
            vec![x, lit(Literal::Integer(s.to_string()), span)],
            span,
        ),
        DataType::Numeric(..) => cast(x, DataType::Numeric(None, None)),
        DataType::Real | DataType::Double => cast(x, DataType::Real),
        DataType::Text | DataType::Varchar(None) if is_boolean(&x, known.as_ref()) => {
            bool_text(x, span)
        }
        DataType::Text | DataType::Varchar(None) | DataType::Char(None) => cast(x, DataType::Text),
        DataType::Varchar(Some(n)) | DataType::Char(Some(n)) => {
            let text = Expr::new(cast(x, DataType::Text), span);
            call(
                "substr",
                vec![
                    text,
                    lit(Literal::Integer("1".into()), span),
                    lit(Literal::Integer(n.to_string()), span),
                ],
                span,
            )
        }
        DataType::Json => call("json", vec![x], span),
        DataType::Jsonb => {
            cx.report(
                Code::LossyType,
                span,
                "jsonb text is compacted by SQLite's json(); PostgreSQL prints it with spaces",
            );
            call("json", vec![x], span)
        }
        DataType::Uuid => call("lower", vec![x], span),
        other => {
            cx.report(
                Code::Unsupported,
                span,
                format!("a cast to {} is not supported for SQLite", other.pg_name()),
            );
            cast(x, DataType::Text)
        }
    }
}

fn mysql(x: Expr, known: Option<DataType>, ty: &DataType, span: Span, cx: &mut RuleCx) -> ExprKind {
    match ty {
        DataType::Date => cast(x, DataType::Date),
        DataType::Timestamp { tz } => {
            if *tz {
                cx.report(Code::TimeZoneDropped, span, "DATETIME has no time zone");
            }
            cast(x, DataType::Datetime(6))
        }
        DataType::Time { .. } => cast(x, DataType::Time { tz: false }),
        t if t.is_integer() => cast(x, DataType::Signed),
        DataType::Numeric(None, _) => {
            cx.report(
                Code::LossyType,
                span,
                "unbounded numeric becomes DECIMAL(65,30)",
            );
            cast(x, DataType::Numeric(None, None))
        }
        DataType::Numeric(p, s) => cast(x, DataType::Numeric(*p, Some(s.unwrap_or(0)))),
        DataType::Real | DataType::Double => cast(x, DataType::Double),
        DataType::Text | DataType::Varchar(None) if is_boolean(&x, known.as_ref()) => {
            bool_text(x, span)
        }
        // A text or varchar column to text → the column itself. CAST(v AS CHAR) would take
        // the connection's collation, case-insensitive by default, in place of the
        // column's binary one: v::text = 'ABC' would hold for 'abc'.
        DataType::Text | DataType::Varchar(None) if varying_text(known.as_ref()) => x.kind,
        // ts::text → the timestamp as PostgreSQL prints it, without MySQL's six decimals.
        DataType::Text | DataType::Varchar(None)
            if known == Some(DataType::Timestamp { tz: false }) =>
        {
            mysql_time_text(x, false).kind
        }
        DataType::Text | DataType::Varchar(None) if known == Some(DataType::Time { tz: false }) => {
            mysql_time_text(x, true).kind
        }
        // v::varchar(n) of a text column → left(v, n), which keeps the column's collation.
        DataType::Varchar(Some(n)) if varying_text(known.as_ref()) => call(
            "left",
            vec![x, lit(Literal::Integer(n.to_string()), span)],
            span,
        ),
        DataType::Text | DataType::Varchar(None) | DataType::Char(None) => {
            cast(x, DataType::Char(None))
        }
        DataType::Varchar(Some(n)) | DataType::Char(Some(n)) => cast(x, DataType::Char(Some(*n))),
        DataType::Json | DataType::Jsonb => call(
            "json_extract",
            vec![x, lit(Literal::String("$".into()), span)],
            span,
        ),
        DataType::Uuid => call("lower", vec![x], span),
        other => {
            cx.report(
                Code::Unsupported,
                span,
                format!("a cast to {} is not supported for MySQL", other.pg_name()),
            );
            cast(x, DataType::Char(None))
        }
    }
}
