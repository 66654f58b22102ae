//! Code and security objects: functions, procedures, triggers, `DO` blocks,
//! row-level policies, `GRANT`/`REVOKE` and `OWNER TO`.
//!
//! SQLite cannot run stored code at all, and MySQL's stored programs are a
//! different language, so PL/pgSQL has no translation.
//!
//! ```sql
//! -- input
//! CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 1; END $$;
//! GRANT SELECT ON t TO reader;
//! -- output (both targets, default): an error for the function (PGS0567), and
//! -- for the grant a note (PGS0569) and the comment
//! -- skipped GRANT: roles and privileges are PostgreSQL's
//! -- output (both targets, lenient mode): a warning (PGS0568) and the comments
//! -- skipped CREATE FUNCTION f: PL/pgSQL cannot run on SQLite
//! -- skipped GRANT: roles and privileges are PostgreSQL's
//! ```
//!
//! Fidelity: code objects are unsupported (an error, or a skip with a warning
//! in lenient mode: the output never silently lacks them). Privileges and
//! ownership name PostgreSQL roles, which the target does not share; they are
//! always skipped with a note (shown by the CLI's `-v`), lenient or not,
//! because the data and queries translate faithfully without them.
//!
//! <https://www.sqlite.org/lang.html>, <https://dev.mysql.com/doc/refman/8.0/en/stored-objects.html>

use super::RuleCx;
use crate::diagnostics::Code;
use crate::ir::Stmt;
use crate::target::Dialect;

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    let Stmt::CodeObject(c) = stmt else { return };
    let target = match cx.target.dialect {
        Dialect::Sqlite => "SQLite",
        Dialect::Mysql => "MySQL",
    };
    let what = match &c.name {
        Some(name) => format!("{} {name}", c.what),
        None => c.what.clone(),
    };
    let privileges = matches!(
        c.what.as_str(),
        "GRANT" | "REVOKE" | "OWNER TO" | "ALTER DEFAULT PRIVILEGES"
    );
    if privileges {
        // GRANT SELECT ON t TO r → `-- skipped GRANT: …`, with a warning.
        cx.report(
            Code::PrivilegesDropped,
            c.span,
            format!("{what} is dropped: {target} does not share PostgreSQL's roles"),
        );
        *stmt = Stmt::Skipped(format!(
            "skipped {what}: roles and privileges are PostgreSQL's"
        ));
        return;
    }
    let why = match c.what.as_str() {
        "CREATE POLICY" | "ALTER POLICY" | "DROP POLICY" => {
            format!("{target} has no row-level security")
        }
        _ => format!("PL/pgSQL cannot run on {target}"),
    };
    if cx.lenient {
        // Lenient: CREATE FUNCTION f … → `-- skipped CREATE FUNCTION f: …`, with a warning.
        cx.report(
            Code::CodeObjectSkipped,
            c.span,
            format!("{what} is skipped: {why}"),
        );
        *stmt = Stmt::Skipped(format!("skipped {what}: {why}"));
    } else {
        // Default: an error that names the object.
        cx.report(Code::CodeObject, c.span, format!("{what}: {why}"));
    }
}
