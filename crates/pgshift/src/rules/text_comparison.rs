//! Text comparison in tables (`=`, `LIKE`, `ORDER BY` on text columns).
//!
//! PostgreSQL compares text case-sensitively. MySQL's default collations are
//! case- and accent-insensitive, so `name = 'penelope'` would match 'PENELOPE'.
//! Tables created for MySQL therefore get the binary UTF-8 collation.
//!
//! ```sql
//! -- input
//! CREATE TABLE t (name TEXT)
//! -- output (MySQL)
//! CREATE TABLE t (name LONGTEXT) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
//! ```
//!
//! Fidelity: exact for equality and LIKE. ORDER BY on text sorts by code point,
//! as PostgreSQL does under the C collation.
//! <https://dev.mysql.com/doc/refman/8.0/en/charset-binary-collations.html>

use super::RuleCx;
use crate::ir::Stmt;

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    if let Stmt::CreateTable(t) = stmt {
        if cx.target.caps.like_binary {
            t.binary_collation = true;
        }
    }
}
