//! `RETURNING` on INSERT, UPDATE and DELETE.
//!
//! SQLite (3.35+) has it natively. MySQL 8.0 has none, and MariaDB has it on
//! INSERT and DELETE but not UPDATE, so each target's capabilities decide; where
//! it is missing the statement is an error, since dropping the clause would drop
//! the rows the caller reads.
//!
//! ```sql
//! -- input
//! INSERT INTO t (v) VALUES ('a') RETURNING id
//! -- output (SQLite): unchanged; (MySQL): error PGS0008
//! ```
//!
//! SQLite refuses a table's wildcard in RETURNING; the statement's own table is
//! the only one RETURNING reads there, so `RETURNING t.*` becomes `RETURNING *`
//! (also after `update_from` and `delete_using`, which move the other tables into
//! subqueries; the entry point `wildcards`, after those rules).
//!
//! <https://www.sqlite.org/lang_returning.html>, <https://mariadb.com/kb/en/insertreturning/>

use super::RuleCx;
use crate::diagnostics::Code;
use crate::ir::{SelectItem, Stmt};

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    let caps = &cx.target.caps;
    let (has, allowed, span, what) = match stmt {
        Stmt::Insert(i) => (
            !i.returning.is_empty(),
            caps.returning_insert,
            i.span,
            "INSERT",
        ),
        Stmt::Update(u) => (
            !u.returning.is_empty(),
            caps.returning_update,
            u.span,
            "UPDATE",
        ),
        Stmt::Delete(d) => (
            !d.returning.is_empty(),
            caps.returning_delete,
            d.span,
            "DELETE",
        ),
        _ => return,
    };
    if has && !allowed {
        let target = cx.target.name;
        cx.report(
            Code::UnsupportedTarget,
            span,
            format!("{target} has no RETURNING on {what}; run a SELECT after it instead"),
        );
    }
}

/// RETURNING t.* → RETURNING *, where t is the statement's table or its alias,
/// on a target that refuses a table's wildcard there. It runs after
/// `update_from` and `delete_using`, which refuse a bare `*` (PostgreSQL's
/// includes the other tables' columns) but not `t.*`.
pub fn wildcards(stmt: &mut Stmt, cx: &mut RuleCx) {
    if cx.target.caps.returning_table_wildcard {
        return;
    }
    let (table, alias, returning) = match stmt {
        Stmt::Insert(i) => (&i.table, i.alias.as_ref(), &mut i.returning),
        Stmt::Update(u) => (
            &u.table,
            u.alias.as_ref().map(|a| &a.name),
            &mut u.returning,
        ),
        Stmt::Delete(d) => (
            &d.table,
            d.alias.as_ref().map(|a| &a.name),
            &mut d.returning,
        ),
        _ => return,
    };
    let own = alias.or(table.base()).map(|i| i.name.as_str());
    for item in returning {
        if let SelectItem::QualifiedWildcard(name) = item {
            if name.parts.len() == 1 && name.base().map(|i| i.name.as_str()) == own {
                *item = SelectItem::Wildcard;
            }
        }
    }
}
