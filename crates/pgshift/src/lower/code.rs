//! Statements the targets cannot run: functions, procedures, triggers, DO
//! blocks, policies, GRANT/REVOKE. Each becomes a `CodeObject` that the
//! `plpgsql` rule diagnoses (or skips, in lenient mode). `DO` and
//! `CREATE PROCEDURE`, which sqlparser cannot read, come from `fallback.rs`.

use super::{Cx, Lower};
use crate::ir::{CodeObject, Stmt};
use sqlparser::ast;

/// `CREATE FUNCTION f() … AS $$…$$` → `CodeObject { what: "CREATE FUNCTION", name: "f" }`.
pub fn code_object(cx: &mut Cx, stmt: &ast::Statement) -> Lower<Stmt> {
    use ast::Statement as S;
    let (what, name) = match stmt {
        S::CreateFunction(f) => ("CREATE FUNCTION", Some(f.name.to_string())),
        S::CreateTrigger(t) => ("CREATE TRIGGER", Some(t.name.to_string())),
        S::CreatePolicy(p) => ("CREATE POLICY", Some(p.name.value.clone())),
        S::AlterPolicy(p) => ("ALTER POLICY", Some(p.name.value.clone())),
        S::Grant(_) => ("GRANT", None),
        S::Revoke(_) => ("REVOKE", None),
        S::DropFunction(d) => (
            "DROP FUNCTION",
            d.func_desc.first().map(|f| f.name.to_string()),
        ),
        S::DropProcedure { proc_desc, .. } => (
            "DROP PROCEDURE",
            proc_desc.first().map(|f| f.name.to_string()),
        ),
        S::DropTrigger(d) => ("DROP TRIGGER", Some(d.trigger_name.to_string())),
        S::DropPolicy(d) => ("DROP POLICY", Some(d.name.value.clone())),
        _ => return cx.unsupported(cx.whole(), "this statement"),
    };
    Ok(code(cx, what, name))
}

/// A `CodeObject` spanning the whole statement.
pub fn code(cx: &Cx, what: &str, name: Option<String>) -> Stmt {
    Stmt::CodeObject(CodeObject {
        what: what.to_string(),
        name,
        span: cx.whole(),
    })
}
