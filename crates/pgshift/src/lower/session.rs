//! Session settings: `SET name = value`, `SET TIME ZONE`, `RESET`. They change
//! PostgreSQL's session, not the schema or the data, and become a code object
//! that the `set_statement` rule turns into a skip note. The one setting that
//! changes how the script itself reads is refused here.

use super::{Cx, Lower};
use crate::ir::{CodeObject, Stmt};
use sqlparser::ast;

pub fn set(cx: &mut Cx, stmt: &ast::Statement) -> Lower<Stmt> {
    let span = cx.whole();
    let (what, name) = match stmt {
        // SET TIME ZONE 'x' → a code object named by the zone, which the rule checks.
        ast::Statement::Set(ast::Set::SetTimeZone { value, .. }) => {
            let zone = match value {
                ast::Expr::Value(v) => match &v.value {
                    ast::Value::SingleQuotedString(s) => s.clone(),
                    other => other.to_string(),
                },
                ast::Expr::Identifier(id) => id.value.clone(),
                other => other.to_string(),
            };
            ("SET TIME ZONE", zone)
        }
        ast::Statement::Set(ast::Set::SingleAssignment {
            variable, values, ..
        }) => {
            let variable = variable.to_string().to_ascii_lowercase();
            let value = values
                .iter()
                .map(|v| match v {
                    ast::Expr::Value(v) => match &v.value {
                        ast::Value::SingleQuotedString(s) if s.is_empty() => "''".to_string(),
                        ast::Value::SingleQuotedString(s) => s.clone(),
                        other => other.to_string(),
                    },
                    other => other.to_string(),
                })
                .collect::<Vec<_>>()
                .join(", ");
            // standard_conforming_strings = off makes `\` an escape in '' strings,
            // which pgshift reads as PostgreSQL's default (on) does.
            let off = matches!(value.to_ascii_lowercase().as_str(), "off" | "false" | "0");
            if variable == "standard_conforming_strings" && off {
                return cx.unsupported(
                    span,
                    "SET standard_conforming_strings = off (pgshift reads '' strings as PostgreSQL does with it on)",
                );
            }
            if variable == "timezone" || variable == "time zone" {
                ("SET TIME ZONE", value)
            } else {
                ("SET", format!("{variable} = {value}"))
            }
        }
        // RESET x, RESET ALL → a note.
        ast::Statement::Reset(_) => ("RESET", cx.text().trim().to_string()),
        _ => return cx.unsupported(span, "this SET form"),
    };
    Ok(Stmt::CodeObject(CodeObject {
        what: what.to_string(),
        name: Some(name),
        span,
    }))
}
