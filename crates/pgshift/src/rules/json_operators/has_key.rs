//! `?`, `?|` and `?&`: does a key (or a string element) exist?

use super::build::{call, column, lit_str, select_from_function};
use super::{binary, path_text, Step};
use crate::diagnostics::Code;
use crate::ir::{BinOp, Expr, ExprKind, Literal};
use crate::rules::build::is_null;
use crate::rules::RuleCx;
use crate::span::Span;
use crate::target::Dialect;

/// `x ? 'k'`, `x ?| ARRAY['a','b']`, `x ?& '{a,b}'` → one test per key, joined with OR / AND.
pub fn run(cx: &mut RuleCx, op: BinOp, x: Expr, keys: &Expr, span: Span) -> Option<ExprKind> {
    let list = if op == BinOp::JsonHasKey {
        match keys.as_str_literal() {
            Some(k) => vec![k.to_string()],
            None => {
                cx.report(
                    Code::JsonKey,
                    keys.span,
                    "the key after ? must be a literal string",
                );
                return None;
            }
        }
    } else {
        match key_list(keys) {
            Some(list) if !list.is_empty() => list,
            _ => {
                cx.report(
                    Code::JsonKey,
                    keys.span,
                    "the keys after ?| or ?& must be a literal array such as ARRAY['a','b'] or '{a,b}'",
                );
                return None;
            }
        }
    };
    if let Some(bad) = list.iter().find(|k| k.contains(['"', '\\'])) {
        cx.report(
            Code::JsonKey,
            keys.span,
            format!("the JSON key {bad:?} contains a double quote or backslash"),
        );
        return None;
    }
    if cx.target.dialect == Dialect::Mysql {
        cx.report(
            Code::JsonKeyArray,
            span,
            "JSON_CONTAINS also matches strings inside arrays nested in a top-level array",
        );
    }
    let join = if op == BinOp::JsonHasAllKeys {
        BinOp::And
    } else {
        BinOp::Or
    };
    let mut acc: Option<Expr> = None;
    for k in &list {
        let test = Expr::new(one(cx, x.clone(), k, span), span);
        acc = Some(match acc {
            None => test,
            Some(prev) => binary(join, prev, test, span),
        });
    }
    acc.map(|e| match e.kind {
        ExprKind::Binary { .. } => ExprKind::Nested(e.boxed()),
        other => other,
    })
}

/// The keys of `ARRAY['a','b']` or `'{a,b}'`.
fn key_list(keys: &Expr) -> Option<Vec<String>> {
    match &keys.kind {
        ExprKind::Array(items) => items
            .iter()
            .map(|i| i.as_str_literal().map(str::to_string))
            .collect(),
        ExprKind::Literal(Literal::String(s)) => {
            let inner = s.trim().strip_prefix('{')?.strip_suffix('}')?;
            if inner.contains(['"', '{']) {
                return None;
            }
            Some(inner.split(',').map(|k| k.trim().to_string()).collect())
        }
        ExprKind::Nested(inner) => key_list(inner),
        _ => None,
    }
}

/// One key test.
fn one(cx: &mut RuleCx, x: Expr, key: &str, span: Span) -> ExprKind {
    let path = lit_str(&path_text(&[Step::Key(key.to_string())]), span);
    match cx.target.dialect {
        // CASE WHEN x IS NULL THEN NULL ELSE EXISTS (SELECT 1 FROM json_each(x) AS j
        //   WHERE json_type(x) = 'object' AND j.key = 'k'
        //      OR json_type(x) <> 'object' AND j.type = 'text' AND j.value = 'k') END.
        Dialect::Sqlite => {
            let ty = || Expr::new(call("json_type", vec![x.clone()], span), span);
            let object = lit_str("object", span);
            let member = binary(
                BinOp::And,
                binary(BinOp::Eq, ty(), object.clone(), span),
                binary(
                    BinOp::Eq,
                    column(&["j", "key"], span),
                    lit_str(key, span),
                    span,
                ),
                span,
            );
            let element = binary(
                BinOp::And,
                binary(
                    BinOp::And,
                    binary(BinOp::NotEq, ty(), object, span),
                    binary(
                        BinOp::Eq,
                        column(&["j", "type"], span),
                        lit_str("text", span),
                        span,
                    ),
                    span,
                ),
                binary(
                    BinOp::Eq,
                    column(&["j", "value"], span),
                    lit_str(key, span),
                    span,
                ),
                span,
            );
            let one = Expr::new(ExprKind::Literal(Literal::Integer("1".into())), span);
            let query = select_from_function(
                one,
                "json_each",
                vec![x.clone()],
                "j",
                Some(binary(BinOp::Or, member, element, span)),
                span,
            );
            let exists = Expr::new(
                ExprKind::Exists {
                    query: Box::new(query),
                    negated: false,
                },
                span,
            );
            let is_null = is_null(x);
            ExprKind::Case {
                operand: None,
                whens: vec![(is_null, Expr::new(ExprKind::Literal(Literal::Null), span))],
                else_: Some(exists.boxed()),
            }
        }
        // CASE JSON_TYPE(x) WHEN 'OBJECT' THEN JSON_CONTAINS_PATH(x, 'one', '$.k')
        //   ELSE JSON_CONTAINS(x, JSON_QUOTE('k')) END.
        Dialect::Mysql => {
            let ty = Expr::new(call("json_type", vec![x.clone()], span), span);
            let member = Expr::new(
                call(
                    "json_contains_path",
                    vec![x.clone(), lit_str("one", span), path],
                    span,
                ),
                span,
            );
            let quoted = Expr::new(call("json_quote", vec![lit_str(key, span)], span), span);
            let element = Expr::new(call("json_contains", vec![x, quoted], span), span);
            ExprKind::Case {
                operand: Some(ty.boxed()),
                whens: vec![(lit_str("OBJECT", span), member)],
                else_: Some(element.boxed()),
            }
        }
    }
}
