//! `ALTER TABLE`: each action lowered to an `AlterOp`.

use super::{Cx, Lower};
use crate::ir::Stmt;
use sqlparser::ast;

pub fn alter_table(cx: &mut Cx, t: &ast::AlterTable) -> Lower<Stmt> {
    let _ = t;
    cx.unsupported(cx.whole(), "ALTER TABLE")
}
