//! Statements sqlparser cannot parse in PostgreSQL's form (`CREATE SEQUENCE …
//! INCREMENT BY`, `ALTER SEQUENCE … OWNED BY`, `CREATE DOMAIN … NOT NULL`, `DO`,
//! `CREATE PROCEDURE`, `REFRESH MATERIALIZED VIEW`…), recognized by their leading
//! keywords and read with sqlparser's own token-level parser methods before the
//! statement parser is tried.

use super::{Cx, Lower};
use crate::ir::Stmt;

/// The statement lowered when its head is one this module reads, else `None`.
pub fn statement(cx: &mut Cx) -> Option<Lower<Stmt>> {
    // REFRESH MATERIALIZED VIEW, DROP INDEX CONCURRENTLY, ALTER VIEW/INDEX … RENAME TO.
    if let Some(stmt) = super::objects::fallback(cx) {
        return Some(stmt);
    }
    None
}
