//! The fast path of one COPY field: the forms pg_dump writes, read from the
//! raw field and printed straight into the INSERT being built.
//!
//! ```text
//! raw field (text format)           column          printed
//! \N                                any             NULL
//! 42, -7                            integer         42, -7
//! 19570.47                          numeric         19570.47
//! t, f                              boolean         TRUE, FALSE
//! 2017-08-04 21:44:47.69+05:30      timestamptz     '2017-08-04 16:14:47.69'
//! \\x01ab                           bytea           X'01ab'
//! it's a\tb \\ c                    text            'it''s a<TAB>b \ c' (SQLite)
//!                                                   'it''s a<TAB>b \\ c' (MySQL)
//! ```
//!
//! The general path decodes the field's escapes (`text_format::field_in`),
//! reads the text as the column's type (`pgtext::coerce`) and prints the
//! literal (`Printer::literal`); for text columns that is three passes and,
//! for a timestamp, a string per value. This reads the common forms in one
//! pass with no allocation and gives up (`None`) on anything else: a `+`
//! sign, an exponent, `yes`, an offset with seconds, an octal escape, upper
//! case hex… The caller then takes the general path, which prints the same
//! text for every field this accepts (the tests below compare the two), so
//! the fast path changes speed, never output or diagnostics.
//!
//! Fidelity: exact, by construction.
//! <https://www.postgresql.org/docs/current/sql-copy.html#id-1.9.3.55.9.2>

use super::dump_timestamp;
use crate::pgtext::Kind;

/// How the fast path reads the fields of one column, decided once per part
/// of a block from the column's kind, so that the row loop dispatches on a
/// plain tag.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Integer,
    Number,
    Boolean,
    Timestamp,
    TimestampTz,
    Bytea,
    /// Text, read here only when the block holds no NUL byte (which MySQL's
    /// literals escape, and the text scan does not look for).
    Text,
    /// Only `\N` is read here; anything else takes the general path.
    General,
}

impl Step {
    /// The step for a column of kind `kind` in a block that holds a NUL
    /// byte or not (`nul_free`).
    pub fn of(kind: Kind, nul_free: bool) -> Step {
        match kind {
            Kind::Integer => Step::Integer,
            Kind::Number => Step::Number,
            Kind::Boolean => Step::Boolean,
            Kind::Timestamp { tz: false } => Step::Timestamp,
            Kind::Timestamp { tz: true } => Step::TimestampTz,
            Kind::Bytea => Step::Bytea,
            // pg_dump writes dates as ISO text (YYYY-MM-DD), which the targets store as it is.
            Kind::Unchanged | Kind::Date if nul_free => Step::Text,
            Kind::Unchanged | Kind::Date | Kind::Uuid | Kind::Array => Step::General,
        }
    }
}

/// Appends the literal for the field that starts at byte `pos` of the data
/// line `line` (still escaped; it ends at the next tab or the line's end), of
/// a column read as `step` says; `backslashes` is the target's
/// `Caps::backslash_escapes`. Returns where the field ends, or `None` when
/// it is not in a form this reads; `out` may then hold part of it, which the
/// caller truncates.
pub fn field(
    line: &str,
    pos: usize,
    step: Step,
    backslashes: bool,
    out: &mut String,
) -> Option<usize> {
    let b = line.as_bytes();
    let ends = |at: usize| matches!(b.get(at), None | Some(b'\t'));
    // `\N` → `NULL` in any column.
    if b.get(pos) == Some(&b'\\') && b.get(pos + 1) == Some(&b'N') && ends(pos + 2) {
        out.push_str("NULL");
        return Some(pos + 2);
    }
    match step {
        Step::Text => text(line, pos, backslashes, out),
        // `-12` → `-12`: the general path trims and drops a `+`, which these never have.
        Step::Integer => {
            let sign = usize::from(b.get(pos) == Some(&b'-'));
            let n = digits(b, pos + sign);
            let end = pos + sign + n;
            if n == 0 || !ends(end) {
                return None;
            }
            out.push_str(line.get(pos..end)?);
            Some(end)
        }
        // `-4206.86` → `-4206.86`: digits on both sides of an optional point.
        Step::Number => {
            let sign = usize::from(b.get(pos) == Some(&b'-'));
            let whole = digits(b, pos + sign);
            let mut end = pos + sign + whole;
            if whole == 0 {
                return None;
            }
            if b.get(end) == Some(&b'.') {
                let frac = digits(b, end + 1);
                if frac == 0 {
                    return None;
                }
                end += 1 + frac;
            }
            if !ends(end) {
                return None;
            }
            out.push_str(line.get(pos..end)?);
            Some(end)
        }
        // `t` → `TRUE`: pg_dump writes booleans as `t` and `f`.
        Step::Boolean => {
            out.push_str(match b.get(pos) {
                Some(b't') if ends(pos + 1) => "TRUE",
                Some(b'f') if ends(pos + 1) => "FALSE",
                _ => return None,
            });
            Some(pos + 1)
        }
        // `2024-01-05 10:00:00+02` → `'2024-01-05 08:00:00'` in a timestamptz.
        Step::Timestamp | Step::TimestampTz => {
            out.push('\'');
            let tz = step == Step::TimestampTz;
            let end = pos + dump_timestamp::write(line.get(pos..)?, tz, out)?;
            if !ends(end) {
                return None;
            }
            out.push('\'');
            Some(end)
        }
        // `\\x01ab` → `X'01ab'`: COPY's `\\` is the bytea's own backslash.
        Step::Bytea => {
            if b.get(pos..pos + 3) != Some(b"\\\\x") {
                return None;
            }
            let start = pos + 3;
            let lower_hex = |c: &u8| c.is_ascii_digit() || (b'a'..=b'f').contains(c);
            let n = b[start..].iter().take_while(|c| lower_hex(c)).count();
            let end = start + n;
            if n % 2 != 0 || !ends(end) {
                return None;
            }
            out.push_str("X'");
            out.push_str(line.get(start..end)?);
            out.push('\'');
            Some(end)
        }
        Step::General => None,
    }
}

/// How many ASCII digits start at byte `from` of `b`: eight bytes at a time
/// while eight are left, then one at a time.
fn digits(b: &[u8], from: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let mut n = 0;
    while let Some(word) = b
        .get(from + n..from + n + 8)
        .and_then(|w| <[u8; 8]>::try_from(w).ok())
    {
        // A byte is a digit when, with `0` subtracted by an exclusive or, its
        // high nibble is clear and adding 6 to its low nibble does not carry
        // out of it. No step carries from one byte into the next.
        let t = u64::from_le_bytes(word) ^ (0x30 * ONES);
        let high = t & (0xf0 * ONES);
        let carry = ((t & (0x0f * ONES)) + 0x06 * ONES) & (0xf0 * ONES);
        let bad = high | carry;
        // The top bit of each byte of `bad` that is not zero.
        let flags = (((bad & (0x7f * ONES)) + 0x7f * ONES) | bad) & (0x80 * ONES);
        if flags != 0 {
            // Little-endian: the first byte is the lowest.
            return n + (flags.trailing_zeros() / 8) as usize;
        }
        n += 8;
    }
    n + b
        .get(from + n..)
        .map_or(0, |r| r.iter().take_while(|c| c.is_ascii_digit()).count())
}

/// A text field as a string literal: COPY's escapes decoded and the target's
/// escaped in the same pass, the runs between them copied whole.
fn text(line: &str, pos: usize, backslashes: bool, out: &mut String) -> Option<usize> {
    let b = line.as_bytes();
    out.push('\'');
    let mut run = pos;
    let mut i = pos;
    loop {
        // The scan stops at the field's end, COPY's escape and the quote; a
        // NUL byte (which MySQL's literals escape) is not looked for: the
        // caller sends blocks that hold one to the general path.
        i = memchr::memchr3(b'\t', b'\\', b'\'', &b[i..]).map_or(b.len(), |n| i + n);
        // Every stop is an ASCII byte, so at a char boundary.
        out.push_str(&line[run..i]);
        let decoded = match b.get(i) {
            None | Some(b'\t') => break,
            Some(b'\\') => {
                // `\t` → TAB…; octal and hex escapes may build any byte, so
                // they (and a lone backslash, an error) take the general path.
                let decoded = match *b.get(i + 1)? {
                    b't' => '\t',
                    b'n' => '\n',
                    b'r' => '\r',
                    b'b' => '\u{8}',
                    b'f' => '\u{c}',
                    b'v' => '\u{b}',
                    // A backslash before the tab ends the field with a lone backslash.
                    b'0'..=b'7' | b'x' | b'\t' => return None,
                    other if other.is_ascii() => char::from(other),
                    _ => return None,
                };
                i += 2;
                decoded
            }
            Some(&c) => {
                i += 1;
                char::from(c)
            }
        };
        run = i;
        // The decoded character, escaped as `Printer::string` escapes it.
        match decoded {
            '\'' => out.push_str("''"),
            '\\' if backslashes => out.push_str("\\\\"),
            c => out.push(c),
        }
    }
    out.push('\'');
    Some(i)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    use super::*;
    use crate::emit::ValuesInsert;
    use crate::ir::{DataType, Ident, Literal, ObjectName};
    use crate::pgtext;
    use crate::span::Span;
    use crate::target::Dialect;

    /// The general path's text for one raw field: decode, coerce, print.
    fn general(raw: &str, ty: &DataType, dialect: Dialect) -> Result<String, String> {
        let name = |n: &str| Ident {
            name: n.into(),
            quoted: false,
            span: Span::EMPTY,
        };
        let table = ObjectName {
            parts: vec![name("t")],
            span: Span::EMPTY,
        };
        let mut insert = ValuesInsert::new(&table, &[name("c")], dialect.default_target());
        insert.begin_row();
        insert.separator();
        let mut scratch = Vec::new();
        match super::super::text_format::field_in(raw, &mut scratch)? {
            None => insert.print_literal(&Literal::Null),
            Some(s) => match pgtext::coerce(s, ty)? {
                Some(lit) => insert.print_literal(&lit),
                None => insert.print_string(s),
            },
        }
        insert.end_row();
        let sql = insert.take().unwrap().sql;
        // Without the head and the row's parentheses.
        let values = sql.find(" VALUES (").unwrap() + " VALUES (".len();
        Ok(sql[values..sql.len() - 1].to_string())
    }

    /// The fast path's text, or `None` where it gives up.
    fn fast(raw: &str, ty: &DataType, dialect: Dialect) -> Option<String> {
        let backslashes = dialect.default_target().caps.backslash_escapes;
        let mut out = String::new();
        let nul_free = !raw.contains('\0');
        let step = Step::of(Kind::of(ty), nul_free);
        let end = field(raw, 0, step, backslashes, &mut out)?;
        assert_eq!(end, raw.len(), "{raw:?}: the whole field");
        // The same field followed by another ends at the tab.
        let mut again = String::new();
        let line = format!("{raw}\tnext");
        assert_eq!(field(&line, 0, step, backslashes, &mut again), Some(end));
        assert_eq!(again, out);
        Some(out)
    }

    /// Every field the fast path reads, it prints as the general path does;
    /// `taken` says which ones it must read (the forms pg_dump writes).
    fn check(ty: DataType, cases: &[(&str, bool)]) {
        for dialect in [Dialect::Sqlite, Dialect::Mysql] {
            for &(raw, taken) in cases {
                let fast = fast(raw, &ty, dialect);
                assert_eq!(fast.is_some(), taken, "{raw:?} as {ty:?}: taken");
                if let Some(fast) = fast {
                    assert_eq!(
                        Ok(fast),
                        general(raw, &ty, dialect),
                        "{raw:?} as {ty:?} on {dialect:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn null_in_every_kind() {
        for ty in [
            DataType::Integer,
            DataType::Text,
            DataType::Boolean,
            DataType::Bytea,
            DataType::Timestamp { tz: true },
            DataType::Uuid,
        ] {
            check(ty, &[("\\N", true)]);
        }
        // `\\N` is the text `\N`, not NULL.
        check(DataType::Text, &[("\\\\N", true)]);
        assert_eq!(
            fast("\\\\N", &DataType::Text, Dialect::Mysql).unwrap(),
            "'\\\\N'"
        );
    }

    #[test]
    fn integers_and_numerics() {
        let ints = [
            ("0", true),
            ("-12", true),
            ("9223372036854775807", true),
            ("007", true),
            ("+5", false),
            (" 5", false),
            ("", false),
            ("-", false),
            ("1.5", false),
            ("1e3", false),
            ("\\061", false),
        ];
        check(DataType::BigInt, &ints);
        check(DataType::SmallInt, &ints);
        check(
            DataType::Numeric(Some(12), Some(2)),
            &[
                ("19570.47", true),
                ("-4206.86", true),
                ("0.00", true),
                ("12", true),
                (".5", false),
                ("5.", false),
                ("1.5e3", false),
                ("NaN", false),
                ("1.2.3", false),
                ("-", false),
            ],
        );
        check(DataType::Double, &[("3.25", true), ("1.5e+20", false)]);
    }

    #[test]
    fn digit_runs_of_every_length_and_stop() {
        for len in 0..20 {
            for stop in ["", "\t", "/", ":", "\0", "\u{80}", "0"] {
                let text = format!("x{}{stop}{}", "7".repeat(len), "1".repeat(9));
                let expected = text[1..].bytes().take_while(u8::is_ascii_digit).count();
                assert_eq!(digits(text.as_bytes(), 1), expected, "{text:?}");
            }
        }
        // Every byte value, at every place of a word.
        for byte in 0..=255u8 {
            for at in 0..9 {
                let mut text = vec![b'5'; 12];
                text[at] = byte;
                let expected = text.iter().take_while(|c| c.is_ascii_digit()).count();
                assert_eq!(digits(&text, 0), expected, "{byte} at {at}");
            }
        }
    }

    #[test]
    fn booleans() {
        check(
            DataType::Boolean,
            &[("t", true), ("f", true), ("true", false), ("x", false)],
        );
    }

    #[test]
    fn timestamps_with_offsets() {
        let cases = [
            ("2017-08-04 21:44:47.697446+05:30", true),
            ("2009-12-02 02:49:28.842093+09", true),
            ("2006-04-21 21:32:32.696278-05", true),
            ("2023-04-18 12:36:41+02", true),
            ("2017-12-28 22:50:09+00", true),
            ("2024-03-01 00:30:00+01", true),
            ("2024-12-31 23:30:00-01", true),
            ("2024-01-05 10:00:00.500000", true),
            ("2024-01-05 10:00:00", true),
            ("2024-02-30 00:00:00", false),
            ("2024-01-05 24:00:00", false),
            ("2024-01-05T10:00:00", false),
            ("2024-01-05 10:00:00.", false),
            ("2024-01-05 10:00:00.1234567", false),
            ("2024-01-05 10:00:00+0530", false),
            ("2024-01-05 10:00:00+05:30:10", false),
            ("2024-01-05 10:00:00 UTC", false),
            ("2024-01-05", false),
            ("infinity", false),
            ("+204-01-05 10:00:00", false),
            // Fractions of one to six digits, with trailing zeros dropped.
            ("2024-01-05 10:00:00.1+01", true),
            ("2024-01-05 10:00:00.12-01", true),
            ("2024-01-05 10:00:00.120", true),
            ("2024-01-05 10:00:00.0000", true),
            ("2024-01-05 10:00:00.00001+05:30", true),
            ("2024-01-05 10:00:00.000000", true),
            // Leap days and year ends crossed both ways.
            ("2024-02-29 23:30:00-01", true),
            ("2023-02-28 23:30:00-01", true),
            ("2023-03-01 00:30:00+01", true),
            ("2100-03-01 00:30:00+01", true),
            ("2000-03-01 00:30:00+01", true),
            ("2025-01-01 00:30:00+01", true),
            ("2024-12-31 20:00:00-05:30", true),
            ("2023-02-29 00:00:00", false),
            // BC dates and years past 9999 are not stored by the targets.
            ("0044-03-15 12:00:00 BC", false),
            ("0044-03-15 12:00:00+01 BC", false),
            ("10000-01-01 00:00:00", false),
        ];
        check(DataType::Timestamp { tz: true }, &cases);
        check(DataType::Timestamp { tz: false }, &cases);
        assert_eq!(
            fast(
                "2024-03-01 00:30:00+01",
                &DataType::Timestamp { tz: true },
                Dialect::Sqlite
            )
            .unwrap(),
            "'2024-02-29 23:30:00'"
        );
        // Year 1 shifted back a day is not a year the targets store: the
        // general path says so. Without a time zone the offset is ignored.
        for past in ["0001-01-01 00:30:00+01", "9999-12-31 23:30:00-01"] {
            check(DataType::Timestamp { tz: false }, &[(past, true)]);
            check(DataType::Timestamp { tz: true }, &[(past, false)]);
        }
    }

    #[test]
    fn bytea_hex() {
        check(
            DataType::Bytea,
            &[
                ("\\\\x", true),
                ("\\\\x01ab", true),
                ("\\\\x01AB", false),
                ("\\\\x012", false),
                ("a\\\\\\\\b", false),
                ("\\\\001", false),
            ],
        );
    }

    #[test]
    fn text_escapes_quotes_and_non_ascii() {
        check(
            DataType::Text,
            &[
                ("", true),
                ("plain", true),
                ("it's", true),
                ("''", true),
                ("a\\tb\\nc\\rd", true),
                ("back \\\\ slash", true),
                ("\\b\\f\\v", true),
                ("café über\\tñ", true),
                ("a\\Nb", true),
                ("\\'", true),
                ("\\.", true),
                ("nul\0byte", false),
                ("\\101", false),
                ("\\x41", false),
                ("\\é", false),
                ("trailing\\", false),
                ("tab\\\tx", false),
            ],
        );
        check(
            DataType::Varchar(None),
            &[("x", true), ("{\"a\": \"b\\\\c\"}", true)],
        );
        assert_eq!(
            fast("it's a\\tb \\\\ c", &DataType::Text, Dialect::Sqlite).unwrap(),
            "'it''s a\tb \\ c'"
        );
        assert_eq!(
            fast("it's a\\tb \\\\ c", &DataType::Text, Dialect::Mysql).unwrap(),
            "'it''s a\tb \\\\ c'"
        );
    }

    #[test]
    fn uuids_and_arrays_take_the_general_path() {
        check(
            DataType::Uuid,
            &[("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11", false)],
        );
        check(
            DataType::Array(Box::new(DataType::Integer)),
            &[("{1,2}", false)],
        );
    }
}
