//! Normalizing result cells so that equal values from different engines compare equal.
//!
//! Every engine adapter hands over cells as PostgreSQL would print them (text,
//! `\x`-prefixed hex for binary data, `None` for NULL). Normalization then maps
//! booleans `t`/`f` to 1/0, parses numbers, and trims timestamp fractions that are
//! all zeros and a UTC zone suffix.

use std::cmp::Ordering;
use std::fmt;

/// A normalized cell.
#[derive(Clone, Debug)]
pub enum Cell {
    /// SQL NULL.
    Null,
    /// A value that looks numeric (booleans included, as 1 and 0).
    Num(f64),
    /// Any other value, as text.
    Text(String),
}

impl Cell {
    /// Normalizes one raw cell.
    pub fn new(raw: Option<&str>) -> Cell {
        let Some(text) = raw else {
            return Cell::Null;
        };
        match text {
            "t" => return Cell::Num(1.0),
            "f" => return Cell::Num(0.0),
            _ => {}
        }
        if looks_numeric(text) {
            if let Ok(n) = text.parse::<f64>() {
                return Cell::Num(n);
            }
        }
        let trimmed = trim_timestamp(text).or_else(|| trim_time(text));
        Cell::Text(trimmed.unwrap_or_else(|| text.to_string()))
    }

    /// Cells are equal when both are NULL, both are the same text, or both are
    /// numbers within a relative tolerance of 1e-9.
    pub fn matches(&self, other: &Cell) -> bool {
        match (self, other) {
            (Cell::Null, Cell::Null) => true,
            (Cell::Num(a), Cell::Num(b)) => a == b || (a - b).abs() <= 1e-9 * a.abs().max(1.0),
            (Cell::Text(a), Cell::Text(b)) => a == b,
            _ => false,
        }
    }

    /// A total order used to sort rows of unordered results: NULL, numbers, text.
    pub fn sort_cmp(&self, other: &Cell) -> Ordering {
        match (self, other) {
            (Cell::Num(a), Cell::Num(b)) => a.total_cmp(b),
            (Cell::Text(a), Cell::Text(b)) => a.cmp(b),
            _ => self.rank().cmp(&other.rank()),
        }
    }

    fn rank(&self) -> u8 {
        match self {
            Cell::Null => 0,
            Cell::Num(_) => 1,
            Cell::Text(_) => 2,
        }
    }
}

impl fmt::Display for Cell {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Cell::Null => f.write_str("NULL"),
            Cell::Num(n) => write!(f, "{n}"),
            Cell::Text(t) => write!(f, "{t:?}"),
        }
    }
}

/// True for `[+-]digits[.digits][e[+-]digits]` (either side of the point may be empty, not both).
pub fn looks_numeric(text: &str) -> bool {
    let s = text.strip_prefix(['+', '-']).unwrap_or(text);
    let (mantissa, exponent) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], Some(&s[i + 1..])),
        None => (s, None),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
    if int.is_empty() && frac.is_empty() || !digits(int) || !digits(frac) {
        return false;
    }
    match exponent {
        None => true,
        Some(e) => {
            let e = e.strip_prefix(['+', '-']).unwrap_or(e);
            !e.is_empty() && digits(e)
        }
    }
}

/// For a timestamp `YYYY-MM-DD HH:MM:SS[.ffffff][+00[:00]]`, removes trailing
/// zeros of the fraction (and the point when nothing is left) and a UTC offset.
/// Returns `None` when `text` is not such a timestamp.
pub fn trim_timestamp(text: &str) -> Option<String> {
    let b = text.as_bytes();
    let shape = b"dddd-dd-dd dd:dd:dd";
    if b.len() < shape.len() {
        return None;
    }
    for (c, s) in b.iter().zip(shape.iter()) {
        let ok = match s {
            b'd' => c.is_ascii_digit(),
            b' ' => *c == b' ' || *c == b'T',
            other => c == other,
        };
        if !ok {
            return None;
        }
    }
    let (head, rest) = text.split_at(shape.len());
    let (out, rest) = trim_fraction(head, rest)?;
    match rest {
        "" | "+00" | "+00:00" | "Z" => Some(out),
        _ => None,
    }
}

/// For a time of day or duration `[-]H+:MM:SS[.ffffff]`, removes trailing zeros of
/// the fraction (and the point when nothing is left). Returns `None` for other text.
pub fn trim_time(text: &str) -> Option<String> {
    let unsigned = text.strip_prefix('-').unwrap_or(text);
    let hours = unsigned.bytes().take_while(u8::is_ascii_digit).count();
    let shape = b":dd:dd";
    let rest = unsigned.get(hours..)?.as_bytes();
    if hours == 0 || rest.len() < shape.len() {
        return None;
    }
    for (c, s) in rest.iter().zip(shape.iter()) {
        if !(if *s == b'd' {
            c.is_ascii_digit()
        } else {
            c == s
        }) {
            return None;
        }
    }
    let (head, tail) = text.split_at(text.len() - unsigned.len() + hours + shape.len());
    match trim_fraction(head, tail)? {
        (out, "") => Some(out),
        _ => None,
    }
}

/// Appends to `head` the fraction at the start of `rest` without trailing zeros,
/// and returns it with what follows the fraction.
fn trim_fraction<'a>(head: &str, rest: &'a str) -> Option<(String, &'a str)> {
    let mut out = head.to_string();
    let Some(frac) = rest.strip_prefix('.') else {
        return Some((out, rest));
    };
    let end = frac.bytes().take_while(u8::is_ascii_digit).count();
    if end == 0 {
        return None;
    }
    let digits = frac[..end].trim_end_matches('0');
    if !digits.is_empty() {
        out.push('.');
        out.push_str(digits);
    }
    Some((out, &frac[end..]))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    use super::*;

    fn same(a: Option<&str>, b: Option<&str>) -> bool {
        Cell::new(a).matches(&Cell::new(b))
    }

    #[test]
    fn null_only_matches_null() {
        assert!(same(None, None));
        assert!(!same(None, Some("")));
        assert!(!same(Some("NULL"), None));
    }

    #[test]
    fn booleans_become_numbers() {
        assert!(same(Some("t"), Some("1")));
        assert!(same(Some("f"), Some("0")));
        assert!(!same(Some("t"), Some("0")));
        assert!(!same(Some("true"), Some("1")));
    }

    #[test]
    fn numbers_compare_numerically() {
        assert!(same(Some("3.50"), Some("3.5")));
        assert!(same(Some("1.0"), Some("1")));
        assert!(same(Some("-0.5"), Some("-.5")));
        assert!(same(Some("1e3"), Some("1000")));
        assert!(same(Some("0.30000000000000004"), Some("0.3")));
        assert!(!same(Some("3.5"), Some("3.6")));
        assert!(!same(Some("1000000"), Some("1000001")));
        assert!(!same(Some("1"), Some("x1")));
    }

    #[test]
    fn text_compares_exactly() {
        assert!(same(Some("abc"), Some("abc")));
        assert!(!same(Some("abc"), Some("ABC")));
        assert!(!same(Some("abc "), Some("abc")));
    }

    #[test]
    fn numeric_shapes() {
        for yes in ["1", "-1", "+2.5", "2.", ".5", "1e10", "1.5E-3"] {
            assert!(looks_numeric(yes), "{yes}");
        }
        for no in [
            "", ".", "-", "1e", "e5", "1.2.3", "0x10", "1 ", "NaN", "Infinity",
        ] {
            assert!(!looks_numeric(no), "{no}");
        }
    }

    #[test]
    fn timestamps_lose_zero_fractions_and_utc_offsets() {
        assert!(same(
            Some("2024-01-05 10:00:00.000000"),
            Some("2024-01-05 10:00:00")
        ));
        assert!(same(
            Some("2024-01-05 10:00:00.500"),
            Some("2024-01-05 10:00:00.5")
        ));
        assert!(same(
            Some("2024-01-05 10:00:00+00"),
            Some("2024-01-05 10:00:00")
        ));
        assert!(!same(
            Some("2024-01-05 10:00:00.5"),
            Some("2024-01-05 10:00:00")
        ));
        assert!(!same(
            Some("2024-01-05 10:00:00+01"),
            Some("2024-01-05 10:00:00")
        ));
        assert_eq!(trim_timestamp("2024-01-05"), None);
        assert_eq!(trim_timestamp("2024-01-05 10:00:00."), None);
    }

    #[test]
    fn times_lose_zero_fractions() {
        assert!(same(Some("10:20:30"), Some("10:20:30.000000")));
        assert!(same(Some("-838:59:59.5"), Some("-838:59:59.500")));
        assert!(!same(Some("10:20:30.1"), Some("10:20:30")));
        assert_eq!(trim_time("10:20"), None);
        assert_eq!(trim_time("10:20:30 pm"), None);
        assert_eq!(trim_time("a10:20:30"), None);
    }

    #[test]
    fn sort_order_is_null_numbers_text() {
        let mut cells = [
            Cell::new(Some("b")),
            Cell::new(Some("10")),
            Cell::new(None),
            Cell::new(Some("9")),
        ];
        cells.sort_by(Cell::sort_cmp);
        let shown: Vec<String> = cells.iter().map(ToString::to_string).collect();
        assert_eq!(shown, ["NULL", "9", "10", "\"b\""]);
    }
}
