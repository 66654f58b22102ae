//! Scanning one statement: from its first token through its terminating `;`.
//!
//! The loop skips plain bytes (white space, digits, punctuation that matters to
//! nobody) with a table lookup, and hands every interesting byte to a lexeme
//! parser. While it goes, it computes the depth bound, remembers where the last
//! significant token ended, and notices `COPY ... FROM stdin`.

use super::depth::Depth;
use super::lexemes::{self, is_ident_start, is_keyword, is_op_char, is_space, skip, Closed};

/// The expression levels one UNION, INTERSECT or EXCEPT counts for in the depth
/// bound: a chain of set operations is a left-deep tree of whole queries.
const SET_OPERATION_LEVELS: u32 = 4;
use super::{ScanError, ScanErrorKind};
use crate::span::Span;

/// What scanning a statement found.
pub(super) struct Scanned {
    /// The end of the piece: after the `;`, at the end of the last significant
    /// token when there is no `;`, or at the end of input on an error.
    pub end: usize,
    pub error: Option<ScanError>,
    pub depth: u32,
    /// The statement is `COPY ... FROM stdin` ended by `;`: data follows.
    pub copy_from_stdin: bool,
}

/// Where a statement stands in recognizing `COPY ... FROM STDIN`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum CopyState {
    Start,
    NotCopy,
    AfterCopy,
    AfterFrom,
    FromStdin,
}

impl CopyState {
    fn word(self, word: &str, at_top: bool) -> CopyState {
        match self {
            CopyState::Start if is_keyword(word, "copy") => CopyState::AfterCopy,
            CopyState::Start => CopyState::NotCopy,
            CopyState::AfterCopy if at_top && is_keyword(word, "from") => CopyState::AfterFrom,
            CopyState::AfterFrom if at_top && is_keyword(word, "stdin") => CopyState::FromStdin,
            CopyState::AfterFrom => CopyState::AfterCopy,
            other => other,
        }
    }

    fn other_token(self) -> CopyState {
        match self {
            CopyState::Start => CopyState::NotCopy,
            CopyState::AfterFrom => CopyState::AfterCopy,
            other => other,
        }
    }
}

/// Whether the main loop can skip `b` without looking at it.
const fn plain_table() -> [bool; 256] {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        let special = matches!(
            byte,
            b'\'' | b'"' | b'$' | b';' | b'(' | b')' | b'[' | b']' | b',' | b':'
        ) || byte.is_ascii_alphabetic()
            || byte == b'_'
            || byte >= 0x80
            || super::lexemes::is_op_char(byte);
        table[b] = !special;
        b += 1;
    }
    table
}

static PLAIN: [bool; 256] = plain_table();

/// Scans the statement that starts at byte `start` of `input`.
pub(super) fn scan(input: &str, start: usize, depth: &mut Depth) -> Scanned {
    depth.reset();
    let bytes = input.as_bytes();
    let mut pos = start;
    let mut significant_end = start;
    let mut copy = CopyState::Start;
    let fail = |depth: &Depth, kind: ScanErrorKind, at: usize| Scanned {
        end: input.len(),
        error: Some(ScanError {
            kind,
            span: Span::new(at, input.len()),
        }),
        depth: depth.max(),
        copy_from_stdin: false,
    };
    loop {
        let run = bytes
            .get(pos..)
            .unwrap_or_default()
            .iter()
            .position(|&b| !PLAIN[b as usize]);
        let plain_end = run.map_or(bytes.len(), |n| pos + n);
        if plain_end > pos {
            let mut end = plain_end;
            while end > pos && bytes.get(end - 1).copied().is_some_and(is_space) {
                end -= 1;
            }
            if end > pos {
                significant_end = end;
                copy = copy.other_token();
            }
            pos = plain_end;
        }
        let Some(&b) = bytes.get(pos) else {
            return Scanned {
                end: significant_end,
                error: None,
                depth: depth.max(),
                copy_from_stdin: false,
            };
        };
        let rest = skip(input, pos);
        let next = bytes.get(pos + 1).copied();
        // Where an unterminated form opened: after an `E` prefix, at its quote.
        let mut opened = pos;
        // Each arm yields the rest after the token and whether it was a comment;
        // quoted forms also yield whether they were closed.
        let (after, comment, closed): (&str, bool, Closed) = match b {
            b';' => {
                return Scanned {
                    end: pos + 1,
                    error: None,
                    depth: depth.max(),
                    copy_from_stdin: copy == CopyState::FromStdin,
                };
            }
            b'\'' => quoted_token(rest, '\'', ScanErrorKind::UnterminatedString),
            b'"' => quoted_token(rest, '"', ScanErrorKind::UnterminatedQuotedIdent),
            b'$' => match lexemes::dollar_quoted(rest) {
                Ok((after, closed)) => (after, false, closed),
                // A parameter such as `$1`, or a lone `$`.
                Err(_) => (skip(rest, 1), false, None),
            },
            b'-' if next == Some(b'-') => match lexemes::line_comment(rest) {
                Ok((after, _)) => (after, true, None),
                Err(_) => ("", true, None),
            },
            b'/' if next == Some(b'*') => match lexemes::block_comment(rest) {
                Ok((after, closed)) => (after, true, closed),
                Err(_) => ("", true, None),
            },
            b'(' | b'[' => {
                depth.open();
                (skip(rest, 1), false, None)
            }
            b')' | b']' => {
                depth.close();
                (skip(rest, 1), false, None)
            }
            b',' => {
                depth.comma();
                (skip(rest, 1), false, None)
            }
            b':' if next == Some(b':') => {
                depth.operator(1);
                (skip(rest, 2), false, None)
            }
            _ if is_op_char(b) => {
                let (after, levels) = lexemes::operator(rest).unwrap_or((skip(rest, 1), 1));
                depth.operator(levels);
                (after, false, None)
            }
            _ if is_ident_start(b) => {
                let (after, word) = lexemes::word(rest).unwrap_or((skip(rest, 1), ""));
                if after.starts_with('\'') && (word == "E" || word == "e") {
                    opened = pos + 1;
                    match lexemes::escape_string(after) {
                        Ok((after, closed)) => (after, false, closed),
                        Err(_) => (after, false, None),
                    }
                } else {
                    if (2..=4).contains(&word.len())
                        && ["and", "or", "not", "case"]
                            .iter()
                            .any(|kw| is_keyword(word, kw))
                    {
                        depth.operator(1);
                    } else if (5..=9).contains(&word.len())
                        && ["union", "intersect", "except"]
                            .iter()
                            .any(|kw| is_keyword(word, kw))
                    {
                        // A set operation nests a whole query, whose lowering, rules and
                        // printing take several expression levels' worth of stack.
                        depth.operator(SET_OPERATION_LEVELS);
                    }
                    copy = copy.word(word, depth.at_top());
                    (after, false, None)
                }
            }
            // A lone `:` or anything else the table sent here.
            _ => (skip(rest, 1), false, None),
        };
        if let Some(kind) = closed {
            return fail(depth, kind, opened);
        }
        let token_end = input.len() - after.len();
        if !comment {
            significant_end = token_end;
            if !is_ident_start(b) {
                copy = copy.other_token();
            }
        }
        pos = token_end.max(pos + 1);
    }
}

fn quoted_token(rest: &str, q: char, kind: ScanErrorKind) -> (&str, bool, Closed) {
    match lexemes::quoted(rest, q, kind) {
        Ok((after, closed)) => (after, false, closed),
        Err(_) => (skip(rest, 1), false, None),
    }
}
