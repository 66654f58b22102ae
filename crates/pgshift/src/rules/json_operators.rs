//! The JSON operators `->`, `->>`, `#>`, `#>>`, `@>`, `<@`, `?`, `?|` and `?&`.
//!
//! Keys, indexes and paths must be literals: pgshift builds the target's JSON
//! path (`$.a`, `$."a b"`, `$[0]`) at translation time, as a string value the
//! emitter escapes, so a key can never break the path. A non-literal key, a
//! negative index or a key with `"` or `\` is an error (PGS0350).
//!
//! ```sql
//! -- input
//! SELECT data->'a', data->>'a', data#>>'{a,0}' FROM t WHERE data ? 'k'
//! -- output (SQLite): `->` gives JSON text; `->>` gives PostgreSQL's text
//! SELECT data -> '$.a',
//!        CASE json_type(data, '$.a') WHEN 'null' THEN NULL WHEN 'text' THEN data ->> '$.a' ELSE data -> '$.a' END,
//!        ... FROM t
//! WHERE CASE WHEN data IS NULL THEN NULL ELSE EXISTS (SELECT 1 FROM json_each(data) AS j
//!       WHERE json_type(data) = 'object' AND j.key = 'k' OR json_type(data) <> 'object' AND j.type = 'text' AND j.value = 'k') END
//! -- output (MySQL)
//! SELECT JSON_EXTRACT(data, '$.a'),
//!        CASE COALESCE(JSON_TYPE(JSON_EXTRACT(data, '$.a')), 'NULL') WHEN 'NULL' THEN NULL ELSE JSON_UNQUOTE(JSON_EXTRACT(data, '$.a')) END, ...
//! WHERE CASE JSON_TYPE(data) WHEN 'OBJECT' THEN JSON_CONTAINS_PATH(data, 'one', '$.k') ELSE JSON_CONTAINS(data, '"k"') END
//! ```
//!
//! Fidelity: `->`, `->>`, `#>`, `#>>` are exact for scalar values (a JSON null
//! gives SQL NULL from `->>`, strings are unquoted, numbers keep their digits and
//! booleans print as `true`/`false`); objects and arrays come back as JSON text
//! whose spacing differs from PostgreSQL's jsonb. An integer index on an object
//! gives NULL, as in PostgreSQL (MySQL's auto-wrapping of `$[0]` is guarded).
//! A path element of digits (`'{a,0}'`) is taken as an array index.
//! `@>`/`<@` are MySQL's JSON_CONTAINS (argument order swapped for `<@`); SQLite
//! has no containment, so only a literal object of scalars on the contained side
//! is translated, member by member with JSON type checks. `?` is exact on SQLite
//! (object keys, string elements of arrays, a string scalar); on MySQL an array
//! nested in a top-level array also matches (warning PGS0351).
//!
//! <https://www.postgresql.org/docs/current/functions-json.html>,
//! <https://www.sqlite.org/json1.html#jptr>,
//! <https://dev.mysql.com/doc/refman/8.0/en/json-search-functions.html>,
//! <https://mariadb.com/kb/en/json-functions/>

use super::RuleCx;
use crate::diagnostics::Code;
use crate::ir::{BinOp, Expr, ExprKind, Literal, Stmt, UnOp};
use crate::span::Span;
use crate::target::Dialect;

pub(crate) mod build;
mod containment;
mod has_key;

use build::{call, lit_str};

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    super::each_expr(stmt, |e| {
        let span = e.span;
        let ExprKind::Binary { op, left, right } = &mut e.kind else {
            return;
        };
        let op = *op;
        if !op.is_pg_json() {
            return;
        }
        let x = (**left).clone();
        let key = (**right).clone();
        let rewritten = match op {
            // x -> 'a' → SQLite x -> '$.a'; MySQL JSON_EXTRACT(x, '$.a').
            // x ->> 'a' → the value as PostgreSQL's text (see `get_text`).
            BinOp::JsonGet | BinOp::JsonGetText => match step(&key) {
                Ok(step) => Some(get(cx, x, vec![step], op == BinOp::JsonGetText, span)),
                Err(why) => {
                    cx.report(Code::JsonKey, key.span, why);
                    None
                }
            },
            // x #> '{a,0}' → the same with the path '$.a[0]'.
            BinOp::JsonPathGet | BinOp::JsonPathGetText => match path_steps(&key) {
                Ok(steps) => Some(get(cx, x, steps, op == BinOp::JsonPathGetText, span)),
                Err(why) => {
                    cx.report(Code::JsonKey, key.span, why);
                    None
                }
            },
            // x @> y → JSON_CONTAINS(x, y); y <@ x → JSON_CONTAINS(x, y).
            BinOp::JsonContains => containment::contains(cx, x, key, span),
            BinOp::JsonContainedBy => containment::contains(cx, key, x, span),
            BinOp::JsonHasKey | BinOp::JsonHasAnyKey | BinOp::JsonHasAllKeys => {
                has_key::run(cx, op, x, &key, span)
            }
            _ => None,
        };
        if let Some(kind) = rewritten {
            e.kind = kind;
        }
    });
}

/// One step of a JSON path.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Step {
    Key(String),
    Index(u64),
}

/// The step a `->` operand names: a string literal is a key, an integer literal an index.
fn step(key: &Expr) -> Result<Step, String> {
    match &key.kind {
        ExprKind::Literal(Literal::String(s)) => checked_key(s).map(Step::Key),
        ExprKind::Literal(Literal::Integer(n)) => n
            .parse::<u64>()
            .map(Step::Index)
            .map_err(|_| format!("the index {n} is too large")),
        ExprKind::Nested(inner) => step(inner),
        ExprKind::Unary {
            op: UnOp::Minus, ..
        } => Err("a negative JSON array index is not supported".into()),
        _ => Err("the JSON key must be a literal string or integer".into()),
    }
}

fn checked_key(s: &str) -> Result<String, String> {
    if s.contains(['"', '\\']) {
        Err(format!(
            "the JSON key {s:?} contains a double quote or backslash"
        ))
    } else {
        Ok(s.to_string())
    }
}

/// The steps of a `#>` path literal such as `'{a,b,0}'` (a PostgreSQL text array).
pub(super) fn path_steps(path: &Expr) -> Result<Vec<Step>, String> {
    let text = match &path.kind {
        ExprKind::Literal(Literal::String(s)) => s.trim(),
        ExprKind::Nested(inner) => return path_steps(inner),
        ExprKind::Array(items) => {
            return items
                .iter()
                .map(|i| match i.as_str_literal() {
                    Some(s) => path_element(s),
                    None => Err("the JSON path must be a literal".into()),
                })
                .collect();
        }
        _ => return Err("the JSON path must be a literal such as '{a,b}'".into()),
    };
    let inner = text
        .strip_prefix('{')
        .and_then(|t| t.strip_suffix('}'))
        .ok_or_else(|| format!("{text:?} is not a PostgreSQL array literal"))?;
    if inner.trim().is_empty() {
        return Ok(Vec::new());
    }
    inner
        .split(',')
        .map(|part| {
            let part = part.trim();
            if part.contains(['"', '{', '}']) {
                Err(format!("the path element {part:?} is quoted or nested"))
            } else {
                path_element(part)
            }
        })
        .collect()
}

fn path_element(s: &str) -> Result<Step, String> {
    if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) {
        s.parse::<u64>()
            .map(Step::Index)
            .map_err(|_| format!("the index {s} is too large"))
    } else {
        checked_key(s).map(Step::Key)
    }
}

/// The JSON path text of the steps: `$.a."b c"[0]`.
pub(crate) fn path_text(steps: &[Step]) -> String {
    let mut p = String::from("$");
    for s in steps {
        match s {
            Step::Key(k) => {
                let plain = k
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
                    && k.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
                if plain {
                    p.push('.');
                    p.push_str(k);
                } else {
                    p.push_str(".\"");
                    p.push_str(k);
                    p.push('"');
                }
            }
            Step::Index(i) => p.push_str(&format!("[{i}]")),
        }
    }
    p
}

/// `x -> steps` (as JSON) or `x ->> steps` (as text) on the target.
fn get(cx: &mut RuleCx, x: Expr, steps: Vec<Step>, text: bool, span: Span) -> ExprKind {
    let path = lit_str(&path_text(&steps), span);
    match cx.target.dialect {
        Dialect::Sqlite => {
            let json = binary(BinOp::TargetJsonGet, x.clone(), path.clone(), span);
            if !text {
                return json.kind;
            }
            // CASE json_type(x, p) WHEN 'null' THEN NULL WHEN 'text' THEN x ->> p ELSE x -> p END.
            let ty = Expr::new(call("json_type", vec![x.clone(), path.clone()], span), span);
            ExprKind::Case {
                operand: Some(ty.boxed()),
                whens: vec![
                    (
                        lit_str("null", span),
                        Expr::new(ExprKind::Literal(Literal::Null), span),
                    ),
                    (
                        lit_str("text", span),
                        binary(BinOp::TargetJsonGetText, x, path, span),
                    ),
                ],
                else_: Some(json.boxed()),
            }
        }
        // mysql8, on a column: x -> '$.a' is JSON_EXTRACT(x, '$.a'), x ->> '$.a' its
        // JSON_UNQUOTE, under the same JSON-null guard.
        Dialect::Mysql
            if cx.target.caps.json_column_arrows && matches!(x.kind, ExprKind::Column(_)) =>
        {
            let json = binary(BinOp::TargetJsonGet, x.clone(), path.clone(), span);
            if !text {
                return json.kind;
            }
            unless_json_null(json, binary(BinOp::TargetJsonGetText, x, path, span), span)
        }
        Dialect::Mysql => {
            let mut json = Expr::new(call("json_extract", vec![x.clone(), path], span), span);
            // MySQL reads `$[0]` on a non-array as the value itself; PostgreSQL gives NULL.
            if steps.iter().any(|s| matches!(s, Step::Index(_))) && steps.len() == 1 {
                let is_array = binary(
                    BinOp::Eq,
                    Expr::new(call("json_type", vec![x], span), span),
                    lit_str("ARRAY", span),
                    span,
                );
                json = Expr::new(
                    ExprKind::Case {
                        operand: None,
                        whens: vec![(is_array, json)],
                        else_: None,
                    },
                    span,
                );
            }
            if !text {
                return json.kind;
            }
            let unquoted = Expr::new(call("json_unquote", vec![json.clone()], span), span);
            unless_json_null(json, unquoted, span)
        }
    }
}

/// MySQL: `CASE COALESCE(JSON_TYPE(json), 'NULL') WHEN 'NULL' THEN NULL ELSE text END`,
/// so that a JSON null gives SQL NULL, as PostgreSQL's `->>` does. MariaDB's
/// JSON_TYPE gives NULL for a JSON null, MySQL's gives 'NULL'.
fn unless_json_null(json: Expr, text: Expr, span: Span) -> ExprKind {
    let ty = Expr::new(call("json_type", vec![json], span), span);
    let ty = Expr::new(
        call("coalesce", vec![ty, lit_str("NULL", span)], span),
        span,
    );
    ExprKind::Case {
        operand: Some(ty.boxed()),
        whens: vec![(
            lit_str("NULL", span),
            Expr::new(ExprKind::Literal(Literal::Null), span),
        )],
        else_: Some(text.boxed()),
    }
}

pub(crate) fn binary(op: BinOp, left: Expr, right: Expr, span: Span) -> Expr {
    Expr {
        span,
        ..super::build::bin(op, left, right)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_quote_keys_that_are_not_plain() {
        let steps = vec![
            Step::Key("a".into()),
            Step::Key("b c".into()),
            Step::Key("d.e".into()),
            Step::Index(0),
        ];
        assert_eq!(path_text(&steps), r#"$.a."b c"."d.e"[0]"#);
    }

    #[test]
    fn keys_with_quotes_are_refused() {
        assert!(checked_key("a\"b").is_err());
        assert!(checked_key("a\\b").is_err());
    }

    #[test]
    fn text_array_paths_split_into_steps() {
        let path = Expr::new(
            ExprKind::Literal(Literal::String("{a, 0 ,b}".into())),
            Span::new(0, 0),
        );
        assert_eq!(
            path_steps(&path),
            Ok(vec![
                Step::Key("a".into()),
                Step::Index(0),
                Step::Key("b".into())
            ])
        );
    }
}
