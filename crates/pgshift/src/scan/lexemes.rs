//! Lexeme parsers written with nom over `&str`, working byte by byte.
//!
//! Every special character of the scanner is ASCII, so a byte position found by
//! searching for one of them is always a character boundary and slicing there is
//! safe. Hot loops search bytes with `find` or `position` instead of parsing one
//! character at a time through combinators. A parser for a quoted form never
//! fails once it has seen the opening quote: when the closing quote is missing it
//! consumes the rest of the input and reports the kind of the unterminated form.

use super::ScanErrorKind;
use nom::branch::alt;
use nom::bytes::complete::tag;
use nom::character::complete::{char, line_ending};
use nom::combinator::{eof, recognize};
use nom::multi::many0_count;
use nom::sequence::terminated;
use nom::{IResult, Parser};

/// The result of a lexeme parser: the rest of the input and the parsed value.
pub(super) type Res<'a, T> = IResult<&'a str, T>;

/// What a quoted form or comment found: `None` when it was closed.
pub(super) type Closed = Option<ScanErrorKind>;

/// Splits `i` at byte `at`, which is the position of an ASCII byte or the end.
pub(super) fn split_at(i: &str, at: usize) -> (&str, &str) {
    i.split_at_checked(at).unwrap_or((i, ""))
}

/// Drops the first `n` bytes of `i`, which end at a character boundary.
pub(super) fn skip(i: &str, n: usize) -> &str {
    split_at(i, n).1
}

/// Whether `b` is white space for PostgreSQL.
pub(super) fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0c | 0x0b)
}

/// Whether `b` can start an identifier (non-ASCII bytes are letters).
pub(super) fn is_ident_start(b: u8) -> bool {
    b.is_ascii_alphabetic() || b == b'_' || b >= 0x80
}

/// Whether `b` can continue an identifier; `$` is allowed after the first byte.
pub(super) fn is_ident_char(b: u8) -> bool {
    is_ident_start(b) || b.is_ascii_digit() || b == b'$'
}

/// Whether `b` can be part of an operator.
pub(super) const fn is_op_char(b: u8) -> bool {
    matches!(
        b,
        b'+' | b'-'
            | b'*'
            | b'/'
            | b'<'
            | b'>'
            | b'='
            | b'~'
            | b'!'
            | b'@'
            | b'#'
            | b'%'
            | b'^'
            | b'&'
            | b'|'
            | b'`'
            | b'?'
    )
}

/// White space: one or more bytes.
pub(super) fn space1(i: &str) -> Res<'_, &str> {
    let n = i.bytes().position(|b| !is_space(b)).unwrap_or(i.len());
    if n == 0 {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Space,
        )));
    }
    let (taken, rest) = split_at(i, n);
    Ok((rest, taken))
}

/// A `--` comment up to, not including, the end of its line.
pub(super) fn line_comment(i: &str) -> Res<'_, &str> {
    let (rest, _) = tag("--").parse(i)?;
    let n = rest.find('\n').unwrap_or(rest.len());
    let (_, after) = split_at(rest, n);
    Ok((after, split_at(i, i.len() - after.len()).0))
}

/// A `/* */` comment, which nests. Unterminated comments run to the end.
pub(super) fn block_comment(i: &str) -> Res<'_, Closed> {
    let (mut rest, _) = tag("/*").parse(i)?;
    let mut depth: u32 = 1;
    loop {
        let bytes = rest.as_bytes();
        let Some(p) = bytes.iter().position(|&b| b == b'*' || b == b'/') else {
            return Ok(("", Some(ScanErrorKind::UnterminatedComment)));
        };
        let pair = (bytes.get(p).copied(), bytes.get(p + 1).copied());
        match pair {
            (Some(b'*'), Some(b'/')) => {
                rest = skip(rest, p + 2);
                depth -= 1;
                if depth == 0 {
                    return Ok((rest, None));
                }
            }
            (Some(b'/'), Some(b'*')) => {
                rest = skip(rest, p + 2);
                depth = depth.saturating_add(1);
            }
            _ => rest = skip(rest, p + 1),
        }
    }
}

/// A block comment that is closed; fails on an unterminated one.
fn closed_block_comment(i: &str) -> Res<'_, ()> {
    match block_comment(i)? {
        (rest, None) => Ok((rest, ())),
        (_, Some(_)) => Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        ))),
    }
}

/// White space and closed comments between statements (possibly empty).
pub(super) fn trivia(i: &str) -> Res<'_, &str> {
    recognize(many0_count(alt((
        space1,
        line_comment,
        recognize(closed_block_comment),
    ))))
    .parse(i)
}

/// A string or identifier quoted with `q`, where a doubled `q` stands for itself.
pub(super) fn quoted(i: &str, q: char, kind: ScanErrorKind) -> Res<'_, Closed> {
    let (mut rest, _) = char(q).parse(i)?;
    loop {
        let Some(p) = rest.find(q) else {
            return Ok(("", Some(kind)));
        };
        rest = skip(rest, p + 1);
        if rest.starts_with(q) {
            rest = skip(rest, 1);
        } else {
            return Ok((rest, None));
        }
    }
}

/// An `E'...'` string body (after the `E`), where a backslash escapes the next byte.
pub(super) fn escape_string(i: &str) -> Res<'_, Closed> {
    let (mut rest, _) = char('\'').parse(i)?;
    let unterminated = Ok(("", Some(ScanErrorKind::UnterminatedString)));
    loop {
        let bytes = rest.as_bytes();
        let Some(p) = bytes.iter().position(|&b| b == b'\'' || b == b'\\') else {
            return unterminated;
        };
        match (bytes.get(p).copied(), bytes.get(p + 1).copied()) {
            (Some(b'\\'), None) => return unterminated,
            (Some(b'\\'), Some(next)) => {
                // The escaped byte may start a multi-byte character: skip it whole.
                let width = if next < 0x80 {
                    1
                } else {
                    rest.get(p + 1..)
                        .and_then(|s| s.chars().next())
                        .map_or(1, char::len_utf8)
                };
                rest = skip(rest, p + 1 + width);
            }
            _ => {
                rest = skip(rest, p + 1);
                if rest.starts_with('\'') {
                    rest = skip(rest, 1);
                } else {
                    return Ok((rest, None));
                }
            }
        }
    }
}

/// The tag of a dollar quote: empty, or an identifier without `$` or leading digit.
fn dollar_tag(s: &str) -> Res<'_, &str> {
    let bytes = s.as_bytes();
    let n = match bytes.first() {
        Some(&b) if is_ident_start(b) => bytes
            .iter()
            .position(|&b| !(is_ident_char(b) && b != b'$'))
            .unwrap_or(bytes.len()),
        _ => 0,
    };
    let (taken, rest) = split_at(s, n);
    Ok((rest, taken))
}

/// The opening delimiter of a dollar quote: `$$` or `$tag$`.
pub(super) fn dollar_delimiter(i: &str) -> Res<'_, &str> {
    recognize((char('$'), dollar_tag, char('$'))).parse(i)
}

/// A dollar-quoted string through its closing delimiter.
pub(super) fn dollar_quoted(i: &str) -> Res<'_, Closed> {
    let (rest, delimiter) = dollar_delimiter(i)?;
    match rest.find(delimiter) {
        Some(p) => Ok((skip(rest, p + delimiter.len()), None)),
        None => Ok(("", Some(ScanErrorKind::UnterminatedDollarQuote))),
    }
}

/// An identifier or keyword: the longest run of identifier bytes.
pub(super) fn word(i: &str) -> Res<'_, &str> {
    let n = i.bytes().position(|b| !is_ident_char(b)).unwrap_or(i.len());
    let (taken, rest) = split_at(i, n);
    Ok((rest, taken))
}

/// An operator: a run of operator bytes that stops before `--` or `/*`.
/// Returns how many operator levels it counts for: one, plus one for each `+`
/// or `-` after the first byte (trailing signs are unary operators).
pub(super) fn operator(i: &str) -> Res<'_, u32> {
    let bytes = i.as_bytes();
    let mut n = 0;
    let mut levels: u32 = 0;
    while let Some(&b) = bytes.get(n) {
        let next = bytes.get(n + 1).copied();
        let comment = (b == b'-' && next == Some(b'-')) || (b == b'/' && next == Some(b'*'));
        if !is_op_char(b) || (n > 0 && comment) {
            break;
        }
        if n == 0 || b == b'+' || b == b'-' {
            levels = levels.saturating_add(1);
        }
        n += 1;
    }
    Ok((skip(i, n), levels))
}

/// A psql meta-command: a backslash through the end of its line, newline included.
pub(super) fn meta_command(i: &str) -> Res<'_, &str> {
    let (rest, _) = char('\\').parse(i)?;
    let n = rest.find('\n').map_or(rest.len(), |p| p + 1);
    let after = skip(rest, n);
    Ok((after, split_at(i, i.len() - after.len()).0))
}

/// The rest of a line, newline included (the end of a `COPY ... FROM stdin;` line).
pub(super) fn rest_of_line(i: &str) -> Res<'_, &str> {
    let n = i.find('\n').map_or(i.len(), |p| p + 1);
    let (taken, rest) = split_at(i, n);
    Ok((rest, taken))
}

/// The `\.` line that ends a COPY data block, with its line ending if any.
fn copy_terminator(i: &str) -> Res<'_, &str> {
    recognize(terminated(tag("\\."), alt((line_ending, eof)))).parse(i)
}

/// A COPY data block: through the `\.` line or to the end of input.
/// Lines are found with a substring search, never by looking at the data.
pub(super) fn copy_data(i: &str) -> Res<'_, &str> {
    let mut line = 0;
    loop {
        let at = skip(i, line);
        if let Ok((rest, _)) = copy_terminator(at) {
            let n = i.len() - rest.len();
            return Ok((rest, split_at(i, n).0));
        }
        match memchr::memmem::find(at.as_bytes(), b"\n\\.") {
            Some(p) => line += p + 1,
            None => return Ok(("", i)),
        }
    }
}

/// Whether `word` is the keyword `kw` (given in lower case), in any case.
pub(super) fn is_keyword(word: &str, kw: &str) -> bool {
    word.len() == kw.len() && word.eq_ignore_ascii_case(kw)
}
