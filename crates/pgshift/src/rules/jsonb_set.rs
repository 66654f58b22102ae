//! `jsonb_set(target, path, new_value [, create_missing])` with a literal path of object keys.
//!
//! ```sql
//! -- input
//! SELECT jsonb_set(doc, '{a,b}', '5'), jsonb_set(doc, '{a}', to_jsonb(n::int), false) FROM t
//! -- output (SQLite): json_set creates missing parents, so a deeper path checks its parent
//! SELECT CASE WHEN json_type(doc, '$.a') = 'object' THEN json_set(doc, '$.a.b', json(json('5'))) ELSE doc END,
//!        CASE WHEN n IS NULL THEN NULL ELSE json_replace(doc, '$.a', json(json(n))) END FROM t
//! -- output (MySQL)
//! SELECT json_set(doc, '$.a.b', json_extract(json_extract('5', '$'), '$')),
//!        CASE WHEN ... IS NULL THEN NULL ELSE json_replace(doc, '$.a', json_extract(..., '$')) END FROM t
//! ```
//!
//! As in PostgreSQL, only the last key is created, and only when create_missing
//! is true (the default); a missing parent leaves the target unchanged; a SQL
//! NULL new value gives NULL. The path must be a literal of object keys (no
//! array indexes, whose out-of-range and negative forms differ), and
//! create_missing a literal boolean; anything else is an error (PGS0402). The
//! result is JSON text whose spacing differs from PostgreSQL's (PGS0357).
//!
//! <https://www.postgresql.org/docs/current/functions-json.html>,
//! <https://www.sqlite.org/json1.html#jset>, <https://dev.mysql.com/doc/refman/8.0/en/json-modification-functions.html>

use super::build::is_null;
use super::build::{call, if_else, text};
use super::json_operators::{path_steps, path_text, Step};
use super::RuleCx;
use crate::diagnostics::Code;
use crate::ir::{BinOp, Expr, ExprKind, Literal, Stmt};
use crate::span::Span;
use crate::target::Dialect;

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    super::each_expr(stmt, |e| {
        let span = e.span;
        let ExprKind::Func(f) = &e.kind else { return };
        if f.plain_name() != Some("jsonb_set") {
            return;
        }
        match translate(&f.args, cx.target.dialect == Dialect::Sqlite, span) {
            Ok(x) => {
                *e = x;
                cx.report(
                    Code::JsonText,
                    span,
                    "the JSON text's spacing differs from PostgreSQL's",
                );
            }
            Err(why) => cx.report(Code::JsonbSet, span, why),
        }
    });
}

fn translate(args: &[Expr], sqlite: bool, span: Span) -> Result<Expr, String> {
    let (target, path, new, create) = match args {
        [t, p, n] => (t, p, n, true),
        [t, p, n, c] => match literal_bool(c) {
            Some(b) => (t, p, n, b),
            None => return Err("create_missing must be a literal true or false".into()),
        },
        _ => return Err("jsonb_set takes three or four arguments".into()),
    };
    let steps = path_steps(path)?;
    if steps.is_empty() {
        return Err("the path must name at least one key".into());
    }
    if steps.iter().any(|s| matches!(s, Step::Index(_))) {
        return Err("array indexes in the path are not supported".into());
    }
    let p = text(&path_text(&steps), span);
    let set = match (sqlite, create) {
        (true, true) => "json_set",
        (true, false) => "json_replace",
        (false, true) => "json_set",
        (false, false) => "json_replace",
    };
    // json(new) on SQLite, JSON_EXTRACT(new, '$') on MySQL: the new value as JSON, not as a string.
    let value = if sqlite {
        call("json", vec![new.clone()], span)
    } else {
        call("json_extract", vec![new.clone(), text("$", span)], span)
    };
    let mut out = call(set, vec![target.clone(), p, value], span);
    // SQLite's json_set creates missing parents; PostgreSQL leaves the target unchanged.
    if sqlite && create && steps.len() > 1 {
        let parent = text(&path_text(&steps[..steps.len() - 1]), span);
        let is_object = super::build::bin(
            BinOp::Eq,
            call("json_type", vec![target.clone(), parent], span),
            text("object", span),
        );
        out = if_else(is_object, out, target.clone());
    }
    // A SQL NULL new value gives NULL, where the targets would store a JSON null.
    if !non_null_literal(new) {
        let is_null = is_null(new.clone());
        out = if_else(
            is_null,
            Expr::new(ExprKind::Literal(Literal::Null), span),
            out,
        );
    }
    Ok(out)
}

fn literal_bool(e: &Expr) -> Option<bool> {
    match &e.kind {
        ExprKind::Literal(Literal::Boolean(b)) => Some(*b),
        ExprKind::Nested(inner) => literal_bool(inner),
        _ => None,
    }
}

/// A literal other than NULL, possibly cast (`'5'::jsonb`).
fn non_null_literal(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Literal(l) => *l != Literal::Null,
        ExprKind::Nested(inner) | ExprKind::PgCast { expr: inner, .. } => non_null_literal(inner),
        _ => false,
    }
}
