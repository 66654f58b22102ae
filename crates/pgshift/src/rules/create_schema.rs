//! `CREATE SCHEMA [IF NOT EXISTS] name`.
//!
//! ```sql
//! -- input
//! CREATE SCHEMA IF NOT EXISTS sales;
//! -- output (MySQL): a schema is a database, and MySQL takes the same words
//! CREATE SCHEMA IF NOT EXISTS sales;
//! -- output (SQLite): an error; `CREATE SCHEMA public` is skipped on both
//! ```
//!
//! Names qualified by a schema are handled by `public_schema`: `public.` is
//! dropped, and another schema names a MySQL database (an error in SQLite).
//!
//! Fidelity: exact, or an error.
//! <https://dev.mysql.com/doc/refman/8.0/en/create-database.html>

use super::{one_line, RuleCx};
use crate::diagnostics::Code;
use crate::ir::Stmt;

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    let Stmt::CreateSchema(s) = stmt else { return };
    if s.name.name == "public" {
        // CREATE SCHEMA public → -- pgshift: skipped CREATE SCHEMA public.
        cx.report(
            Code::ObjectSkipped,
            s.span,
            "the public schema is the target's current database",
        );
        *stmt = Stmt::Skipped(one_line("pgshift: skipped CREATE SCHEMA public"));
        return;
    }
    if !cx.target.caps.schemas {
        cx.report(
            Code::SchemaUnsupported,
            s.span,
            format!(
                "the schema `{}` cannot be created: SQLite has no schemas",
                s.name.name
            ),
        );
    }
}
