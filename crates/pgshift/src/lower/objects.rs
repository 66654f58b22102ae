//! Views, `DROP` of objects other than tables, `TRUNCATE`, `COMMENT ON`,
//! `CREATE SCHEMA` and `CREATE EXTENSION`.

use super::{Cx, Lower};
use crate::ir::Stmt;
use sqlparser::ast;

pub fn create_view(cx: &mut Cx, v: &ast::CreateView) -> Lower<Stmt> {
    let _ = v;
    cx.unsupported(cx.whole(), "CREATE VIEW")
}

/// `DROP VIEW|INDEX|TYPE|SEQUENCE|SCHEMA … [IF EXISTS] names [CASCADE]`.
pub fn drop(cx: &mut Cx, stmt: &ast::Statement) -> Lower<Stmt> {
    let _ = stmt;
    cx.unsupported(cx.whole(), "this DROP")
}

pub fn truncate(cx: &mut Cx, t: &ast::Truncate) -> Lower<Stmt> {
    let _ = t;
    cx.unsupported(cx.whole(), "TRUNCATE")
}

pub fn comment(cx: &mut Cx, stmt: &ast::Statement) -> Lower<Stmt> {
    let _ = stmt;
    cx.unsupported(cx.whole(), "COMMENT ON")
}

pub fn create_schema(cx: &mut Cx, stmt: &ast::Statement) -> Lower<Stmt> {
    let _ = stmt;
    cx.unsupported(cx.whole(), "CREATE SCHEMA")
}

pub fn create_extension(cx: &mut Cx, e: &ast::CreateExtension) -> Lower<Stmt> {
    let _ = e;
    cx.unsupported(cx.whole(), "CREATE EXTENSION")
}
