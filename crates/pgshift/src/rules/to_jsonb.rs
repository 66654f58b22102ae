//! `to_jsonb(x)` and `to_json(x)` for a value whose type the expression shows.
//!
//! ```sql
//! -- input
//! SELECT to_jsonb(name::text), to_jsonb(2.50), to_jsonb(done::boolean)
//! -- output (SQLite)
//! SELECT json(nullif(json_quote(CAST(name AS TEXT)), 'null')), json('2.50'),
//!        json(CASE WHEN done THEN 'true' WHEN NOT (done) THEN 'false' END)
//! -- output (MySQL)
//! SELECT json_extract(json_quote(CAST(name AS CHAR)), '$'), json_extract('2.50', '$'),
//!        CASE WHEN done THEN json_extract('true', '$') WHEN NOT (done) THEN json_extract('false', '$') END
//! ```
//!
//! Text becomes a JSON string, a number the JSON number, a boolean `true`/`false`,
//! JSON stays as it is, and a SQL NULL stays NULL. pgshift has no catalog yet, so
//! an argument of unknown type (a bare column, a parameter, an untyped literal,
//! which PostgreSQL itself rejects) is an error (PGS0401) that asks for a cast.
//! Other types (dates, UUIDs...) are an error (PGS0356).
//!
//! Fidelity: exact values; a decimal literal keeps its digits, but a computed
//! non-integer number prints as the target prints it (2.5 for 2.50 on SQLite).
//! <https://www.postgresql.org/docs/current/functions-json.html>,
//! <https://www.sqlite.org/json1.html#jquote>, <https://mariadb.com/kb/en/json_quote/>

use super::build::{call, text};
use super::json_functions::json_bool;
use super::RuleCx;
use crate::diagnostics::Code;
use crate::ir::{DataType, ExprKind, Literal, Stmt};
use crate::target::Dialect;

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    super::each_expr(stmt, |e| {
        let span = e.span;
        let ExprKind::Func(f) = &e.kind else { return };
        if !matches!(f.plain_name(), Some("to_jsonb" | "to_json")) {
            return;
        }
        let [x] = f.args.as_slice() else {
            cx.report(Code::JsonFunction, span, "to_jsonb takes one argument");
            return;
        };
        let x = x.clone();
        let sqlite = cx.target.dialect == Dialect::Sqlite;
        let Some(ty) = x.static_type() else {
            cx.report(
                Code::ToJsonbType,
                x.span,
                "the argument's type is unknown to pgshift; cast it",
            );
            return;
        };
        let decimal = match &x.kind {
            ExprKind::Literal(Literal::Decimal(d)) => Some(d.clone()),
            _ => None,
        };
        *e = match ty {
            // to_jsonb(x::text) → json(nullif(json_quote(x), 'null')) / JSON_EXTRACT(JSON_QUOTE(x), '$').
            t if t.is_text() => {
                if sqlite {
                    let quoted = call("json_quote", vec![x], span);
                    call(
                        "json",
                        vec![call("nullif", vec![quoted, text("null", span)], span)],
                        span,
                    )
                } else {
                    let quoted = call("json_quote", vec![x], span);
                    call("json_extract", vec![quoted, text("$", span)], span)
                }
            }
            // to_jsonb(2.50) → json('2.50') / JSON_EXTRACT('2.50', '$'): the digits as written.
            DataType::Numeric(..) if decimal.is_some() => {
                let digits = text(decimal.as_deref().unwrap_or_default(), span);
                if sqlite {
                    call("json", vec![digits], span)
                } else {
                    call("json_extract", vec![digits, text("$", span)], span)
                }
            }
            // to_jsonb(n) → json(n) / JSON_EXTRACT(CONCAT(n), '$').
            t if t.is_integer()
                || matches!(t, DataType::Numeric(..) | DataType::Real | DataType::Double) =>
            {
                if sqlite {
                    call("json", vec![x], span)
                } else {
                    let digits = call("concat", vec![x], span);
                    call("json_extract", vec![digits, text("$", span)], span)
                }
            }
            // to_jsonb(b) → a JSON true/false, NULL for NULL.
            DataType::Boolean => json_bool(x, sqlite, span),
            // to_jsonb(j) → j.
            DataType::Json | DataType::Jsonb => x,
            other => {
                cx.report(
                    Code::JsonFunction,
                    span,
                    format!("to_jsonb of a {} value is not supported", other.pg_name()),
                );
                return;
            }
        };
    });
}
