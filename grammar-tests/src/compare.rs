//! Comparing the rows PostgreSQL returned with the rows a target returned.

use crate::cell::Cell;
use crate::Rows;
use std::cmp::Ordering;
use std::fmt::Write as _;

/// Normalizes raw rows into cells.
pub fn normalize(rows: &Rows) -> Vec<Vec<Cell>> {
    rows.iter()
        .map(|row| row.iter().map(|c| Cell::new(c.as_deref())).collect())
        .collect()
}

fn row_cmp(a: &[Cell], b: &[Cell]) -> Ordering {
    a.iter()
        .zip(b)
        .map(|(x, y)| x.sort_cmp(y))
        .find(|o| o.is_ne())
        .unwrap_or_else(|| a.len().cmp(&b.len()))
}

fn rows_match(a: &[Cell], b: &[Cell]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.matches(y))
}

/// Compares two row sets, in order when `ordered`, else as sorted multisets.
/// On a difference, returns what differs (without the row sets themselves).
pub fn compare(expected: &Rows, actual: &Rows, ordered: bool) -> Result<(), String> {
    let mut want = normalize(expected);
    let mut got = normalize(actual);
    if !ordered {
        want.sort_by(|a, b| row_cmp(a, b));
        got.sort_by(|a, b| row_cmp(a, b));
    }
    if want.len() != got.len() {
        return Err(format!(
            "PostgreSQL returned {} row(s), the target {}",
            want.len(),
            got.len()
        ));
    }
    for (i, (w, g)) in want.iter().zip(&got).enumerate() {
        if !rows_match(w, g) {
            let how = if ordered { "" } else { " after sorting" };
            return Err(format!(
                "row {}{how} differs: PostgreSQL {}, target {}",
                i + 1,
                show_row(w),
                show_row(g)
            ));
        }
    }
    Ok(())
}

/// Shows one normalized row as `(a, b, ...)`.
pub fn show_row(row: &[Cell]) -> String {
    let cells: Vec<String> = row.iter().map(ToString::to_string).collect();
    format!("({})", cells.join(", "))
}

/// Shows raw rows one per line, indented, for failure messages.
pub fn show_rows(rows: &Rows) -> String {
    let mut out = String::new();
    if rows.is_empty() {
        out.push_str("    (no rows)\n");
    }
    for row in rows {
        let cells: Vec<String> = row
            .iter()
            .map(|c| {
                c.as_deref()
                    .map_or("NULL".to_string(), |t| format!("{t:?}"))
            })
            .collect();
        let _ = writeln!(out, "    ({})", cells.join(", "));
    }
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    use super::*;

    fn rows(data: &[&[Option<&str>]]) -> Rows {
        data.iter()
            .map(|r| r.iter().map(|c| c.map(str::to_string)).collect())
            .collect()
    }

    #[test]
    fn equal_rows_in_order() {
        let pg = rows(&[&[Some("1"), Some("t")], &[Some("2.50"), None]]);
        let target = rows(&[&[Some("1.0"), Some("1")], &[Some("2.5"), None]]);
        assert!(compare(&pg, &target, true).is_ok());
    }

    #[test]
    fn order_matters_only_when_ordered() {
        let pg = rows(&[&[Some("1")], &[Some("2")]]);
        let target = rows(&[&[Some("2")], &[Some("1")]]);
        assert!(compare(&pg, &target, false).is_ok());
        let err = compare(&pg, &target, true).unwrap_err();
        assert!(err.contains("row 1 differs"), "{err}");
    }

    #[test]
    fn unordered_compare_keeps_duplicates() {
        let pg = rows(&[&[Some("1")], &[Some("1")], &[Some("2")]]);
        let target = rows(&[&[Some("1")], &[Some("2")], &[Some("2")]]);
        assert!(compare(&pg, &target, false).is_err());
    }

    #[test]
    fn unordered_compare_sorts_numbers_numerically() {
        let pg = rows(&[&[Some("10")], &[Some("9.0")]]);
        let target = rows(&[&[Some("9")], &[Some("10.00")]]);
        assert!(compare(&pg, &target, false).is_ok());
    }

    #[test]
    fn row_counts_and_widths_must_match() {
        let pg = rows(&[&[Some("1")]]);
        assert!(compare(&pg, &rows(&[]), false).is_err());
        assert!(compare(&pg, &rows(&[&[Some("1"), Some("2")]]), true).is_err());
    }

    #[test]
    fn null_differs_from_empty_text_and_zero() {
        let pg = rows(&[&[None]]);
        assert!(compare(&pg, &rows(&[&[Some("")]]), true).is_err());
        assert!(compare(&pg, &rows(&[&[Some("0")]]), true).is_err());
    }

    #[test]
    fn shows_rows_readably() {
        let shown = show_rows(&rows(&[&[Some("a"), None]]));
        assert_eq!(shown, "    (\"a\", NULL)\n");
        assert_eq!(show_rows(&rows(&[])), "    (no rows)\n");
    }
}
