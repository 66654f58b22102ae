//! Identifiers: quoted names with unusual characters, and names over 63 bytes.
//!
//! PostgreSQL truncates a name longer than 63 bytes (NAMEDATALEN − 1) at a
//! character boundary and says so in a NOTICE; lowering does the same, so that
//! the long name and its 63-byte prefix stay one name on every target, and this
//! rule reports it as note PGS0134. MySQL refuses a table or column name that
//! ends with white space, and any name with a character outside the Basic
//! Multilingual Plane (emoji), which SQLite and PostgreSQL accept: error PGS0135.
//!
//! ```sql
//! -- input
//! CREATE TABLE "orders " ("📦" int)
//! -- output (SQLite)
//! CREATE TABLE "orders " ("📦" INTEGER)
//! -- output (MySQL): error PGS0135 at each name
//! ```
//!
//! Fidelity: exact (the truncation is PostgreSQL's own); names MySQL refuses
//! are errors. <https://www.postgresql.org/docs/current/sql-syntax-lexical.html#SQL-SYNTAX-IDENTIFIERS>,
//! <https://dev.mysql.com/doc/refman/8.0/en/identifiers.html>

use crate::diagnostics::{Code, Diagnostic};
use crate::ir::Ident;
use crate::target::Target;

/// The longest name PostgreSQL keeps, in bytes.
pub const MAX_BYTES: usize = 63;

/// Whether some target may refuse `name`: it ends with white space (MySQL's
/// test), or holds a character outside the Basic Multilingual Plane or a NUL.
pub fn unusual(name: &str) -> bool {
    name.ends_with([' ', '\t', '\n', '\x0b', '\x0c', '\r'])
        || name.chars().any(|c| c == '\0' || u32::from(c) > 0xFFFF)
}

/// Reports the identifiers lowering set aside for one statement: `(name, truncated)`.
pub fn check(idents: &[(Ident, bool)], target: &Target, diagnostics: &mut Vec<Diagnostic>) {
    for (ident, truncated) in idents {
        // "a…70 bytes" → its first 63 bytes, as PostgreSQL names it.
        if *truncated {
            diagnostics.push(Diagnostic::new(
                Code::IdentifierTruncated,
                ident.span,
                format!("PostgreSQL truncates this name to \"{}\"", ident.name),
            ));
        }
        // "orders " or "📦" → an error on MySQL.
        if !target.caps.any_identifier && unusual(&ident.name) {
            diagnostics.push(Diagnostic::new(
                Code::IdentifierRefused,
                ident.span,
                "MySQL refuses a name that ends with white space or holds a character outside the Basic Multilingual Plane",
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::unusual;

    #[test]
    fn unusual_names() {
        assert!(unusual("orders "));
        assert!(unusual("x\t"));
        assert!(unusual("box📦"));
        assert!(!unusual(" leading space"));
        assert!(!unusual("été"));
        assert!(!unusual("名前"));
    }
}
