//! `CREATE TYPE … AS ENUM`, `ALTER TYPE … ADD VALUE`, `CREATE DOMAIN`, `DROP DOMAIN`.

use super::{Cx, Lower};
use crate::ir::Stmt;
use sqlparser::ast;

pub fn create_type(cx: &mut Cx, stmt: &ast::Statement) -> Lower<Stmt> {
    let _ = stmt;
    cx.unsupported(cx.whole(), "CREATE TYPE")
}

pub fn alter_type(cx: &mut Cx, t: &ast::AlterType) -> Lower<Stmt> {
    let _ = t;
    cx.unsupported(cx.whole(), "ALTER TYPE")
}

pub fn create_domain(cx: &mut Cx, d: &ast::CreateDomain) -> Lower<Stmt> {
    let _ = d;
    cx.unsupported(cx.whole(), "CREATE DOMAIN")
}

pub fn drop_domain(cx: &mut Cx, d: &ast::DropDomain) -> Lower<Stmt> {
    let _ = d;
    cx.unsupported(cx.whole(), "DROP DOMAIN")
}
