//! JSON constructors and inspectors: `json(b)_build_object`, `json(b)_build_array`,
//! `json(b)_agg` and `json(b)_typeof`.
//!
//! ```sql
//! -- input
//! SELECT jsonb_build_object('id', id, 'ok', id > 2), jsonb_typeof(doc) FROM t
//! -- output (SQLite)
//! SELECT json_object('id', id, 'ok', json(CASE WHEN id > 2 THEN 'true' WHEN NOT id > 2 THEN 'false' END)),
//!        CASE json_type(doc) WHEN 'integer' THEN 'number' WHEN 'real' THEN 'number' WHEN 'true' THEN 'boolean'
//!        WHEN 'false' THEN 'boolean' WHEN 'text' THEN 'string' ELSE json_type(doc) END FROM t
//! -- output (MySQL)
//! SELECT json_object('id', id, 'ok', CASE WHEN id > 2 THEN json_extract('true', '$') WHEN NOT id > 2 THEN json_extract('false', '$') END),
//!        CASE upper(json_type(doc)) WHEN 'OBJECT' THEN 'object' ... ELSE 'number' END FROM t
//! ```
//!
//! A value known to be a boolean becomes a JSON `true`/`false` (both targets
//! otherwise store 1/0); a NULL stays JSON `null`. The JSON text itself differs:
//! PostgreSQL prints `{"a": 1}` (jsonb) or `{"a" : 1}` (json), SQLite compacts it
//! and MySQL orders keys its own way, so each constructor raises PGS0357. A
//! value is known to be a boolean by its form or by its column's declared type
//! (`column_types`); a column of unknown type that holds a boolean prints as 1/0.
//! `json_agg` with ORDER BY or DISTINCT is an error for MySQL, whose JSON_ARRAYAGG
//! takes neither in MySQL 8.
//!
//! Fidelity: values exact, text approximate (a warning).
//! <https://www.postgresql.org/docs/current/functions-json.html>,
//! <https://www.sqlite.org/json1.html>, <https://dev.mysql.com/doc/refman/8.0/en/json-creation-functions.html>

use super::build::is_null;
use super::build::{call, text};
use super::column_types::ColumnTypes;
use super::RuleCx;
use crate::diagnostics::Code;
use crate::ir::{DataType, Expr, ExprKind, Stmt, UnOp};
use crate::span::Span;
use crate::target::Dialect;

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    let types = ColumnTypes::of(stmt, cx.catalog);
    // A boolean by its form (`a > b`) or its type (a column declared boolean).
    let boolean = |e: &Expr| e.is_boolean() || types.type_of(e) == Some(DataType::Boolean);
    super::each_expr(stmt, |e| {
        let span = e.span;
        let ExprKind::Func(f) = &mut e.kind else {
            return;
        };
        let Some(name) = f.plain_name() else { return };
        let sqlite = cx.target.dialect == Dialect::Sqlite;
        match name {
            // jsonb_build_object(k, v, ...) → json_object(k, v', ...).
            "json_build_object" | "jsonb_build_object" | "json_build_array"
            | "jsonb_build_array" => {
                let object = name.ends_with("object");
                if object && f.args.len() % 2 != 0 {
                    cx.report(
                        Code::JsonFunction,
                        span,
                        "json_build_object needs key/value pairs",
                    );
                    return;
                }
                for (i, arg) in f.args.iter_mut().enumerate() {
                    let is_value = !object || i % 2 == 1;
                    if is_value && boolean(arg) {
                        let value = std::mem::replace(arg, text("", span));
                        *arg = json_bool(value, sqlite, span);
                    }
                }
                rename(f, if object { "json_object" } else { "json_array" });
                cx.report(
                    Code::JsonText,
                    span,
                    "the JSON text's spacing and key order differ from PostgreSQL's",
                );
            }
            // json_agg(x) → json_group_array(x) / JSON_ARRAYAGG(x).
            "json_agg" | "jsonb_agg" => {
                if !sqlite && (f.distinct || !f.order_by.is_empty()) {
                    cx.report(
                        Code::UnsupportedTarget,
                        span,
                        "MySQL's JSON_ARRAYAGG takes no ORDER BY or DISTINCT",
                    );
                    return;
                }
                if f.args.len() != 1 || f.star {
                    cx.report(
                        Code::JsonFunction,
                        span,
                        "json_agg takes one value; aggregate rows with json_build_object",
                    );
                    return;
                }
                if boolean(&f.args[0]) {
                    let value = std::mem::replace(&mut f.args[0], text("", span));
                    f.args[0] = json_bool(value, sqlite, span);
                }
                rename(
                    f,
                    if sqlite {
                        "json_group_array"
                    } else {
                        "json_arrayagg"
                    },
                );
                cx.report(
                    Code::JsonText,
                    span,
                    "the JSON text's spacing differs from PostgreSQL's",
                );
            }
            // jsonb_typeof(x) → a CASE over the target's type names.
            "json_typeof" | "jsonb_typeof" => {
                if f.args.len() != 1 {
                    return;
                }
                let x = f.args[0].clone();
                e.kind = if sqlite {
                    sqlite_typeof(x, span)
                } else {
                    mysql_typeof(x, span)
                };
            }
            _ => {}
        }
    });
}

fn rename(f: &mut crate::ir::FuncCall, to: &str) {
    f.name.parts.drain(..f.name.parts.len().saturating_sub(1));
    if let Some(last) = f.name.parts.last_mut() {
        last.name = to.to_string();
    }
}

/// A boolean as a JSON `true`/`false` (NULL stays NULL, which the constructors print as `null`).
pub(super) fn json_bool(v: Expr, sqlite: bool, span: Span) -> Expr {
    let literal = |word: &str| {
        if sqlite {
            text(word, span)
        } else {
            call(
                "json_extract",
                vec![text(word, span), text("$", span)],
                span,
            )
        }
    };
    let not_v = Expr::new(
        ExprKind::Unary {
            op: UnOp::Not,
            expr: Expr::new(ExprKind::Nested(v.clone().boxed()), span).boxed(),
        },
        span,
    );
    let case = Expr::new(
        ExprKind::Case {
            operand: None,
            whens: vec![(v, literal("true")), (not_v, literal("false"))],
            else_: None,
        },
        span,
    );
    if sqlite {
        call("json", vec![case], span)
    } else {
        case
    }
}

/// SQLite's json_type names → PostgreSQL's jsonb_typeof names.
fn sqlite_typeof(x: Expr, span: Span) -> ExprKind {
    let ty = call("json_type", vec![x], span);
    let pairs = [
        ("integer", "number"),
        ("real", "number"),
        ("true", "boolean"),
        ("false", "boolean"),
        ("text", "string"),
    ];
    ExprKind::Case {
        operand: Some(ty.clone().boxed()),
        whens: pairs
            .iter()
            .map(|(from, to)| (text(from, span), text(to, span)))
            .collect(),
        else_: Some(ty.boxed()),
    }
}

/// MySQL's and MariaDB's JSON_TYPE names → PostgreSQL's (numbers come as INTEGER, DOUBLE, DECIMAL…).
fn mysql_typeof(x: Expr, span: Span) -> ExprKind {
    let ty = call("json_type", vec![x.clone()], span);
    let pairs = [
        ("OBJECT", "object"),
        ("ARRAY", "array"),
        ("BOOLEAN", "boolean"),
        ("NULL", "null"),
        ("STRING", "string"),
    ];
    let known = ExprKind::Case {
        operand: Some(call("upper", vec![ty], span).boxed()),
        whens: pairs
            .iter()
            .map(|(from, to)| (text(from, span), text(to, span)))
            .collect(),
        else_: Some(text("number", span).boxed()),
    };
    // A SQL NULL argument gives NULL, as in PostgreSQL.
    let is_null = is_null(x);
    ExprKind::Case {
        operand: None,
        whens: vec![(
            is_null,
            Expr::new(ExprKind::Literal(crate::ir::Literal::Null), span),
        )],
        else_: Some(Expr::new(known, span).boxed()),
    }
}
