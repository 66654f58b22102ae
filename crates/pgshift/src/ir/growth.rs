//! A bound on how far the rules may grow one statement's IR.
//!
//! Several translations mention an operand more than once (SQLite's `lpad` tests
//! the length of its text, then cuts or pads it; MySQL's `split_part` counts the
//! delimiters, then cuts). Nested inside each other, the copies multiply: ten
//! nested `lpad`s would print their innermost text 4¹⁰ times, and a 4 KB input
//! once asked for more than 4 GB. Every `Expr::clone` counts the nodes it copies
//! here; `rules::apply` gives each statement a budget in proportion to its source
//! length, stops rewriting once the budget is spent, and reports error `PGS0010`
//! instead of printing the statement.
//!
//! The count is per thread, so translations on different threads don't share it.

use std::cell::Cell;

thread_local! {
    static CLONED: Cell<u64> = const { Cell::new(0) };
    static BUDGET: Cell<u64> = const { Cell::new(u64::MAX) };
}

/// Nodes any statement may copy, whatever its length.
const BASE: u64 = 250_000;
/// Nodes a statement may copy per byte of its source.
const PER_BYTE: u64 = 32;

/// Starts counting for a statement of `source_len` bytes.
pub fn start(source_len: usize) {
    CLONED.with(|c| c.set(0));
    BUDGET.with(|b| b.set(BASE.saturating_add(PER_BYTE.saturating_mul(source_len as u64))));
}

/// Stops counting: copies made outside the rules are not bounded.
pub fn stop() {
    BUDGET.with(|b| b.set(u64::MAX));
}

/// Whether the statement has copied more nodes than its budget allows.
pub fn exhausted() -> bool {
    CLONED.with(Cell::get) > BUDGET.with(Cell::get)
}

/// The nodes copied so far, for a copy that must not count (`set_counted`).
pub fn counted() -> u64 {
    CLONED.with(Cell::get)
}

/// Sets the count back to what `counted` returned.
pub fn set_counted(n: u64) {
    CLONED.with(|c| c.set(n));
}

/// Counts one copied node.
#[inline]
pub(super) fn count() {
    CLONED.with(|c| c.set(c.get().wrapping_add(1)));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::{Expr, ExprKind, Literal};
    use crate::span::Span;

    #[test]
    fn clones_are_counted_against_the_budget() {
        start(0);
        let e = Expr::new(ExprKind::Literal(Literal::Null), Span::default());
        for _ in 0..BASE {
            let _ = e.clone();
        }
        assert!(!exhausted(), "exactly the base budget is allowed");
        let _ = e.clone();
        assert!(exhausted(), "one node past the budget is too many");
        start(1);
        assert!(!exhausted(), "a new statement starts from zero");
        stop();
    }
}
