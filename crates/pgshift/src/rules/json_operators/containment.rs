//! `@>` and `<@`: JSON containment.

use super::build::{call, lit_str};
use super::{binary, path_text, Step};
use crate::diagnostics::Code;
use crate::ir::{BinOp, Expr, ExprKind, Literal};
use crate::rules::RuleCx;
use crate::span::Span;
use crate::target::Dialect;

/// `target @> candidate`.
pub fn contains(cx: &mut RuleCx, target: Expr, candidate: Expr, span: Span) -> Option<ExprKind> {
    match cx.target.dialect {
        // x @> y → JSON_CONTAINS(x, y).
        Dialect::Mysql => Some(call("json_contains", vec![target, candidate], span)),
        Dialect::Sqlite => match literal_text(&candidate).map(serde_json::from_str) {
            Some(Ok(serde_json::Value::Object(members))) if !members.is_empty() => {
                members_test(cx, target, &members, span)
            }
            _ => {
                cx.report(
                    Code::JsonContainment,
                    span,
                    "SQLite has no JSON containment; only a literal object of scalar values can be tested",
                );
                None
            }
        },
    }
}

/// The text of a string literal, possibly already cast to JSON (`json('...')`).
fn literal_text(e: &Expr) -> Option<&str> {
    match &e.kind {
        ExprKind::Literal(Literal::String(s)) => Some(s),
        ExprKind::Nested(inner) => literal_text(inner),
        ExprKind::Func(f) if f.plain_name() == Some("json") && f.args.len() == 1 => {
            literal_text(&f.args[0])
        }
        _ => None,
    }
}

/// x @> '{"a":1,"b":"s"}' → (json_type(x,'$.a') IN ('integer','real') AND json_extract(x,'$.a') = 1
///                          AND json_type(x,'$.b') = 'text' AND json_extract(x,'$.b') = 's').
fn members_test(
    cx: &mut RuleCx,
    x: Expr,
    members: &serde_json::Map<String, serde_json::Value>,
    span: Span,
) -> Option<ExprKind> {
    let mut acc: Option<Expr> = None;
    for (k, v) in members {
        if k.contains(['"', '\\']) {
            cx.report(
                Code::JsonKey,
                span,
                format!("the JSON key {k:?} contains a double quote or backslash"),
            );
            return None;
        }
        let path = lit_str(&path_text(&[Step::Key(k.clone())]), span);
        let ty = Expr::new(call("json_type", vec![x.clone(), path.clone()], span), span);
        let value = || {
            Expr::new(
                call("json_extract", vec![x.clone(), path.clone()], span),
                span,
            )
        };
        let eq_type = |t: &str| binary(BinOp::Eq, ty.clone(), lit_str(t, span), span);
        let test = match v {
            serde_json::Value::Null => eq_type("null"),
            serde_json::Value::Bool(true) => eq_type("true"),
            serde_json::Value::Bool(false) => eq_type("false"),
            serde_json::Value::String(s) => binary(
                BinOp::And,
                eq_type("text"),
                binary(BinOp::Eq, value(), lit_str(s, span), span),
                span,
            ),
            serde_json::Value::Number(n) => {
                let text = n.to_string();
                let literal = if text.bytes().all(|b| b.is_ascii_digit() || b == b'-') {
                    Literal::Integer(text.trim_start_matches('-').to_string())
                } else {
                    Literal::Decimal(text.trim_start_matches('-').to_string())
                };
                let mut number = Expr::new(ExprKind::Literal(literal), span);
                if text.starts_with('-') {
                    number = Expr::new(
                        ExprKind::Unary {
                            op: crate::ir::UnOp::Minus,
                            expr: number.boxed(),
                        },
                        span,
                    );
                }
                let numeric = Expr::new(
                    ExprKind::InList {
                        expr: ty.clone().boxed(),
                        list: vec![lit_str("integer", span), lit_str("real", span)],
                        negated: false,
                    },
                    span,
                );
                binary(
                    BinOp::And,
                    numeric,
                    binary(BinOp::Eq, value(), number, span),
                    span,
                )
            }
            serde_json::Value::Array(_) | serde_json::Value::Object(_) => {
                cx.report(
                    Code::JsonContainment,
                    span,
                    "SQLite has no JSON containment; nested objects and arrays cannot be tested",
                );
                return None;
            }
        };
        acc = Some(match acc {
            None => test,
            Some(prev) => binary(BinOp::And, prev, test, span),
        });
    }
    acc.map(|e| ExprKind::Nested(e.boxed()))
}
