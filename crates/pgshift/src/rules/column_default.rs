//! Column defaults that need a rewrite of their value: array literals.
//!
//! Arrays are stored as JSON (see `types`), so an array column's default
//! written in PostgreSQL's array syntax becomes the JSON array text.
//!
//! ```sql
//! -- input
//! CREATE TABLE t (tags text[] DEFAULT '{}', ns int[] DEFAULT '{1,2}')
//! -- output (SQLite)
//! CREATE TABLE t (tags TEXT DEFAULT '[]', ns TEXT DEFAULT '[1,2]')
//! -- output (MySQL): a JSON column takes a default only as an expression
//! CREATE TABLE t (tags JSON DEFAULT ('[]'), ns JSON DEFAULT ('[1,2]'))
//! ```
//!
//! Other defaults (`now()`, `gen_random_uuid()`, casts such as `'{}'::jsonb`,
//! any expression) are translated by the expression rules; the emitter puts the
//! parentheses each target needs around a non-literal default.
//!
//! Fidelity: exact for one-dimensional literals of numbers, booleans and
//! strings; a nested or otherwise unreadable literal is an error.
//! <https://www.postgresql.org/docs/current/arrays.html#ARRAYS-INPUT>

use super::RuleCx;
use crate::diagnostics::Code;
use crate::ir::{DataType, ExprKind, Literal, Stmt};

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    let Stmt::CreateTable(t) = stmt else { return };
    for col in &mut t.columns {
        let DataType::Array(elem) = &col.ty else {
            continue;
        };
        let Some(default) = &mut col.default else {
            continue;
        };
        // '{1,2}' or '{1,2}'::int[] → '[1,2]'.
        let literal = match &default.kind {
            ExprKind::PgCast { expr, ty } if ty == &col.ty => expr.as_str_literal(),
            _ => default.as_str_literal(),
        };
        let Some(literal) = literal else { continue };
        match to_json(literal, elem) {
            Some(json) => default.kind = ExprKind::Literal(Literal::String(json)),
            None => cx.report(
                Code::ArrayDefault,
                default.span,
                format!("the array default '{literal}' cannot be written as JSON"),
            ),
        }
    }
}

/// A one-dimensional PostgreSQL array literal as JSON text.
fn to_json(literal: &str, elem: &DataType) -> Option<String> {
    let inner = literal.trim().strip_prefix('{')?.strip_suffix('}')?;
    let mut out = String::from("[");
    for (i, item) in elements(inner)?.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        match item {
            None => out.push_str("null"),
            Some(s) => out.push_str(&element(&s, elem)?),
        }
    }
    out.push(']');
    Some(out)
}

/// One element as JSON: a number, a boolean or a string, by the element type.
fn element(s: &str, elem: &DataType) -> Option<String> {
    match elem {
        t if t.is_integer() => s.trim().parse::<i64>().ok().map(|n| n.to_string()),
        DataType::Numeric(..) | DataType::Real | DataType::Double => {
            let t = s.trim();
            t.parse::<f64>().ok().filter(|f| f.is_finite())?;
            Some(t.to_string())
        }
        DataType::Boolean => match s.trim().to_ascii_lowercase().as_str() {
            "t" | "true" => Some("true".into()),
            "f" | "false" => Some("false".into()),
            _ => None,
        },
        t if t.is_text() || matches!(t, DataType::Named(_) | DataType::Uuid) => {
            Some(serde_json::Value::String(s.to_string()).to_string())
        }
        _ => None,
    }
}

/// The elements of `a,"b c",NULL`: `None` for an unquoted NULL. A nested array is refused.
fn elements(inner: &str) -> Option<Vec<Option<String>>> {
    let mut out = Vec::new();
    if inner.trim().is_empty() {
        return Some(out);
    }
    let mut chars = inner.chars().peekable();
    loop {
        while chars.peek().is_some_and(|c| c.is_whitespace()) {
            chars.next();
        }
        let mut item = String::new();
        let quoted = chars.peek() == Some(&'"');
        if quoted {
            chars.next();
            loop {
                match chars.next()? {
                    '\\' => item.push(chars.next()?),
                    '"' => break,
                    c => item.push(c),
                }
            }
            while chars.peek().is_some_and(|c| c.is_whitespace()) {
                chars.next();
            }
        } else {
            while let Some(&c) = chars.peek() {
                if c == ',' {
                    break;
                }
                if matches!(c, '{' | '}' | '"' | '\\') {
                    return None;
                }
                item.push(c);
                chars.next();
            }
            item = item.trim().to_string();
        }
        if !quoted && item.eq_ignore_ascii_case("null") {
            out.push(None);
        } else {
            out.push(Some(item));
        }
        match chars.next() {
            None => return Some(out),
            Some(',') => {}
            Some(_) => return None,
        }
    }
}
