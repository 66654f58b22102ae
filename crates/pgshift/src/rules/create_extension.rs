//! `CREATE EXTENSION [IF NOT EXISTS] name`.
//!
//! ```sql
//! -- input
//! CREATE EXTENSION IF NOT EXISTS "uuid-ossp";
//! CREATE EXTENSION postgis;
//! -- output (both)
//! -- pgshift: skipped CREATE EXTENSION uuid-ossp
//! -- pgshift: skipped CREATE EXTENSION postgis
//! ```
//!
//! The targets have no extensions. pgcrypto's and uuid-ossp's functions that
//! pgshift knows (`gen_random_uuid`, `uuid_generate_v4`) are translated where
//! they are called, citext is a type rule's concern, and plpgsql is installed by
//! default: those are skipped with a note. Any other extension is skipped with a
//! warning, and whatever it provides is an error where it is used.
//!
//! Fidelity: exact for the known extensions.
//! <https://www.postgresql.org/docs/current/contrib.html>

use super::{one_line, RuleCx};
use crate::diagnostics::Code;
use crate::ir::Stmt;

/// Extensions whose use pgshift translates where it appears.
const KNOWN: &[&str] = &["pgcrypto", "uuid-ossp", "citext", "plpgsql"];

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    let Stmt::CreateExtension(e) = stmt else {
        return;
    };
    let name = e.name.name.clone();
    if KNOWN.contains(&name.as_str()) {
        // CREATE EXTENSION pgcrypto → -- pgshift: skipped CREATE EXTENSION pgcrypto.
        cx.report(
            Code::ObjectSkipped,
            e.span,
            format!("the extension `{name}` is not needed: pgshift translates what it provides"),
        );
    } else {
        // CREATE EXTENSION postgis → skipped, with a warning.
        cx.report(
            Code::ExtensionSkipped,
            e.span,
            format!("the extension `{name}` is not available in the target"),
        );
    }
    *stmt = Stmt::Skipped(one_line(&format!(
        "pgshift: skipped CREATE EXTENSION {name}"
    )));
}
