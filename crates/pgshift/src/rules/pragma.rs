//! `PRAGMA`: the SQLite statements pgshift writes itself (`foreign_keys` before
//! the first foreign key, `defer_foreign_keys` and `foreign_key_check` around a
//! table rebuild), checked against the PRAGMAs the target accepts.
//!
//! PostgreSQL has no PRAGMA; every one in the output comes from a rule. Cloudflare
//! D1 accepts only the PRAGMAs it documents, and cannot turn foreign keys off, so
//! its profile writes `defer_foreign_keys` (which it documents for migrations)
//! and never `foreign_keys`. Should a rule write a PRAGMA the target does not
//! list, the translation stops here instead of failing on the engine:
//!
//! ```sql
//! -- a PRAGMA not in Caps::pragmas (d1): error PGS0582 at the source statement
//! ```
//!
//! Fidelity: a check, nothing is rewritten.
//! <https://developers.cloudflare.com/d1/sql-api/sql-statements/#compatible-pragma-statements>

use super::{RuleCx, Translated};
use crate::diagnostics::Code;
use crate::ir::{Pragma, Stmt};
use crate::span::Span;

/// Reports each PRAGMA among the target statements of one source statement (at
/// `span`) that the target does not accept.
pub fn check(stmts: &[Translated], span: Span, cx: &mut RuleCx) {
    let Some(allowed) = cx.target.caps.pragmas else {
        return;
    };
    for t in stmts {
        let Stmt::Pragma(p) = &t.stmt else { continue };
        let name = name(p);
        if !allowed.contains(&name) {
            cx.report(
                Code::PragmaUnsupported,
                span,
                format!(
                    "the translation needs `PRAGMA {name}`, which {} does not accept",
                    cx.target.name
                ),
            );
        }
    }
}

/// The pragma's name, as the target's documentation lists it.
pub(crate) fn name(p: &Pragma) -> &'static str {
    match p {
        Pragma::ForeignKeys(_) => "foreign_keys",
        Pragma::DeferForeignKeys(_) => "defer_foreign_keys",
        Pragma::ForeignKeyCheck => "foreign_key_check",
    }
}
