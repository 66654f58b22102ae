//! The order of `SET` assignments in UPDATE.
//!
//! In PostgreSQL every expression of `SET a = ..., b = ...` reads the row as it
//! was before the update. MySQL assigns left to right in a single-table UPDATE
//! (and in `ON DUPLICATE KEY UPDATE`), and a later assignment sees the new value
//! of a column an earlier one set; in a multi-table UPDATE it promises no order.
//!
//! For a single table, pgshift reorders the assignments so that each column is
//! written only after every assignment that reads it: the result is exact. When
//! no such order exists (`SET a = b, b = a`), or in a multi-table UPDATE where
//! an assignment reads another assigned column, the statement is an error.
//!
//! ```sql
//! -- input
//! UPDATE t SET a = a + 1, b = a
//! -- output (MySQL)
//! UPDATE t SET b = a, a = a + 1
//! -- input
//! UPDATE t SET a = b, b = a
//! -- output (MySQL): error PGS0203
//! ```
//!
//! Fidelity: exact, or an error. <https://dev.mysql.com/doc/refman/8.0/en/update.html>

use super::names::target_reads;
use super::RuleCx;
use crate::diagnostics::Code;
use crate::ir::{Assignment, Stmt};
use std::collections::BTreeSet;

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    if cx.target.caps.simultaneous_assignment {
        return;
    }
    let Stmt::Update(u) = stmt else {
        return;
    };
    let own = u
        .alias
        .as_ref()
        .map(|a| a.name.name.as_str())
        .or(u.table.base().map(|b| b.name.as_str()));
    let qualifiers: Vec<&str> = own.into_iter().collect();
    let reads: Vec<BTreeSet<String>> = u
        .assignments
        .iter()
        .map(|a| target_reads(&a.value, &qualifiers))
        .collect();
    let ok = if u.multi_table {
        !reads_another(&u.assignments, &reads)
    } else {
        sequence(&mut u.assignments, &reads)
    };
    if !ok {
        cx.report(
            Code::AssignmentOrder,
            u.span,
            format!(
                "{} assigns its SET columns one after another, and an assignment here reads a column another one changes",
                cx.target.name
            ),
        );
    }
}

/// True when an assignment reads a column that another assignment writes.
pub fn reads_another(assignments: &[Assignment], reads: &[BTreeSet<String>]) -> bool {
    assignments.iter().enumerate().any(|(j, written)| {
        reads
            .iter()
            .enumerate()
            .any(|(i, r)| i != j && r.contains(&written.column.name))
    })
}

/// Reorders `assignments` so that each column is written after every other
/// assignment that reads it (`reads[i]` is what assignment i reads), keeping the
/// original order where it is free. Returns false, leaving the list as it was,
/// when no such order exists.
pub fn sequence(assignments: &mut Vec<Assignment>, reads: &[BTreeSet<String>]) -> bool {
    let n = assignments.len();
    let mut placed = vec![false; n];
    let mut order = Vec::with_capacity(n);
    while order.len() < n {
        // The first pending assignment whose column no other pending one still reads.
        let next = (0..n).find(|&c| {
            !placed[c]
                && (0..n)
                    .all(|k| k == c || placed[k] || !reads[k].contains(&assignments[c].column.name))
        });
        let Some(c) = next else {
            return false;
        };
        placed[c] = true;
        order.push(c);
    }
    let mut slots: Vec<Option<Assignment>> = assignments.drain(..).map(Some).collect();
    assignments.extend(order.into_iter().filter_map(|i| slots[i].take()));
    true
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    use super::*;
    use crate::ir::{Expr, ExprKind, Ident, Literal};
    use crate::span::Span;

    fn assignment(column: &str) -> Assignment {
        Assignment {
            table: None,
            column: Ident {
                name: column.into(),
                quoted: false,
                span: Span::EMPTY,
            },
            value: Expr::new(ExprKind::Literal(Literal::Null), Span::EMPTY),
        }
    }

    fn set(names: &[&str]) -> BTreeSet<String> {
        names.iter().map(|n| n.to_string()).collect()
    }

    fn columns(list: &[Assignment]) -> Vec<&str> {
        list.iter().map(|a| a.column.name.as_str()).collect()
    }

    #[test]
    fn readers_move_before_the_column_they_read() {
        // SET a = a + 1, b = a, c = 1 → SET b = a, a = a + 1, c = 1
        let mut list = vec![assignment("a"), assignment("b"), assignment("c")];
        assert!(sequence(&mut list, &[set(&["a"]), set(&["a"]), set(&[])]));
        assert_eq!(columns(&list), ["b", "a", "c"]);
    }

    #[test]
    fn independent_assignments_keep_their_order() {
        let mut list = vec![assignment("a"), assignment("b")];
        assert!(sequence(&mut list, &[set(&["a"]), set(&["b", "x"])]));
        assert_eq!(columns(&list), ["a", "b"]);
    }

    #[test]
    fn a_swap_has_no_order() {
        let mut list = vec![assignment("a"), assignment("b")];
        assert!(!sequence(&mut list, &[set(&["b"]), set(&["a"])]));
        assert_eq!(columns(&list), ["a", "b"]);
        assert!(reads_another(&list, &[set(&["b"]), set(&["a"])]));
        assert!(!reads_another(&list, &[set(&["a"]), set(&["b"])]));
    }
}
