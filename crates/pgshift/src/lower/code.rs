//! Statements the targets cannot run: functions, procedures, triggers, DO
//! blocks, policies, GRANT/REVOKE. Each becomes a `CodeObject` that the
//! `plpgsql` rule diagnoses (or skips, in lenient mode).

use super::{Cx, Lower};
use crate::ir::Stmt;
use sqlparser::ast;

pub fn code_object(cx: &mut Cx, stmt: &ast::Statement) -> Lower<Stmt> {
    let _ = stmt;
    cx.unsupported(cx.whole(), "this statement")
}
