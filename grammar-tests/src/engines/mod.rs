//! Running statements on the engines and collecting their rows as text cells.
//!
//! Each adapter returns, for every statement it ran, `Some(rows)` when the
//! statement returns rows and `None` otherwise. Cells are text as PostgreSQL would
//! print them; binary data is `\x` followed by lowercase hex.

pub mod drive;
pub mod mysql;
pub mod postgres;
pub mod sqlite;

use std::sync::atomic::{AtomicU32, Ordering};

/// A name for a per-case database or schema that no concurrent run shares.
pub fn unique_name(case: &str, target: &str) -> String {
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    format!("pgshift_{case}_{target}_{}_{n}", std::process::id())
}

/// Binary data as PostgreSQL prints a `bytea`: `\x` and lowercase hex.
pub fn hex(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(2 + bytes.len() * 2);
    out.push_str("\\x");
    for b in bytes {
        out.push_str(&format!("{b:02x}"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_matches_bytea_output() {
        assert_eq!(hex(&[0xde, 0xad, 0x00, 0x0f]), "\\xdead000f");
        assert_eq!(hex(&[]), "\\x");
    }

    #[test]
    fn unique_names_differ() {
        assert_ne!(unique_name("a", "b"), unique_name("a", "b"));
    }
}
