//! A slow reference lexer for the scanner's contract, written independently of
//! `pgshift::scan`: it walks characters one at a time through an explicit state
//! machine, where the scanner searches bytes with nom parsers.
//!
//! `check_split` runs the real scanner and checks each piece against it: the
//! pieces tile the input, a statement ends at its first `;` outside strings,
//! quoted identifiers, dollar quotes and comments (or runs to the end of input),
//! an unterminated form is reported where it opens, trivia is only white space
//! and closed comments, and a COPY data block ends at its first `\.` line.

use pgshift::scan::{split, Piece, PieceKind, ScanErrorKind};

/// Where lexing a statement stopped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stop {
    /// At an unquoted `;`, at this byte.
    Semicolon(usize),
    /// At the end of the text, with every form closed.
    End,
    /// At the end of the text, inside a form opened at this byte.
    Open(usize, ScanErrorKind),
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum State {
    Normal,
    Single,
    Escaped,
    Double,
    Dollar(String),
    Line,
    Block(u32),
}

fn ident_start(c: char) -> bool {
    c.is_ascii_alphabetic() || c == '_' || !c.is_ascii()
}

fn ident_char(c: char) -> bool {
    ident_start(c) || c.is_ascii_digit() || c == '$'
}

fn space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{b}' | '\u{c}')
}

/// The dollar-quote delimiter starting at `chars[i]` (a `$`), if there is one.
fn delimiter(chars: &[(usize, char)], i: usize) -> Option<String> {
    let mut j = i + 1;
    let mut tag = String::from("$");
    if let Some(&(_, c)) = chars.get(j) {
        if ident_start(c) {
            while let Some(&(_, c)) = chars.get(j) {
                if !(ident_char(c) && c != '$') {
                    break;
                }
                tag.push(c);
                j += 1;
            }
        }
    }
    match chars.get(j) {
        Some(&(_, '$')) => {
            tag.push('$');
            Some(tag)
        }
        _ => None,
    }
}

/// Whether `chars[i..]` starts with `s`.
fn starts(chars: &[(usize, char)], i: usize, s: &str) -> bool {
    let mut k = i;
    for c in s.chars() {
        match chars.get(k) {
            Some(&(_, d)) if d == c => k += 1,
            _ => return false,
        }
    }
    true
}

/// Lexes a statement from its first token to its first unquoted `;`.
pub fn lex_statement(text: &str) -> Stop {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut state = State::Normal;
    let mut opened = 0;
    let mut i = 0;
    while let Some(&(at, c)) = chars.get(i) {
        let next = chars.get(i + 1).map(|&(_, c)| c);
        match state.clone() {
            State::Normal => {
                opened = at;
                match c {
                    ';' => return Stop::Semicolon(at),
                    '\'' => state = State::Single,
                    '"' => state = State::Double,
                    '-' if next == Some('-') => {
                        state = State::Line;
                        i += 1;
                    }
                    '/' if next == Some('*') => {
                        state = State::Block(1);
                        i += 1;
                    }
                    '$' => {
                        if let Some(tag) = delimiter(&chars, i) {
                            i += tag.chars().count() - 1;
                            state = State::Dollar(tag);
                        }
                    }
                    c if ident_start(c) => {
                        let mut word = String::new();
                        while let Some(&(_, c)) = chars.get(i) {
                            if !ident_char(c) {
                                break;
                            }
                            word.push(c);
                            i += 1;
                        }
                        if (word == "E" || word == "e") && chars.get(i).map(|p| p.1) == Some('\'') {
                            opened = chars.get(i).map_or(at, |p| p.0);
                            state = State::Escaped;
                        } else {
                            continue;
                        }
                    }
                    _ => {}
                }
            }
            State::Single | State::Double => {
                let q = if state == State::Single { '\'' } else { '"' };
                if c == q {
                    if next == Some(q) {
                        i += 1;
                    } else {
                        state = State::Normal;
                    }
                }
            }
            State::Escaped => match c {
                '\\' => i += 1,
                '\'' if next == Some('\'') => i += 1,
                '\'' => state = State::Normal,
                _ => {}
            },
            State::Dollar(tag) => {
                if starts(&chars, i, &tag) {
                    i += tag.chars().count() - 1;
                    state = State::Normal;
                }
            }
            State::Line => {
                if c == '\n' {
                    state = State::Normal;
                }
            }
            State::Block(depth) => {
                if c == '*' && next == Some('/') {
                    i += 1;
                    state = if depth == 1 {
                        State::Normal
                    } else {
                        State::Block(depth - 1)
                    };
                } else if c == '/' && next == Some('*') {
                    i += 1;
                    state = State::Block(depth + 1);
                }
            }
        }
        i += 1;
    }
    match state {
        State::Normal | State::Line => Stop::End,
        State::Single | State::Escaped => Stop::Open(opened, ScanErrorKind::UnterminatedString),
        State::Double => Stop::Open(opened, ScanErrorKind::UnterminatedQuotedIdent),
        State::Dollar(_) => Stop::Open(opened, ScanErrorKind::UnterminatedDollarQuote),
        State::Block(_) => Stop::Open(opened, ScanErrorKind::UnterminatedComment),
    }
}

/// Whether `text` is only white space and closed comments.
pub fn is_trivia(text: &str) -> bool {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while let Some(&(_, c)) = chars.get(i) {
        if space(c) {
            i += 1;
        } else if starts(&chars, i, "--") {
            while chars.get(i).is_some_and(|p| p.1 != '\n') {
                i += 1;
            }
        } else if starts(&chars, i, "/*") {
            let mut depth = 0u32;
            loop {
                if starts(&chars, i, "/*") {
                    depth += 1;
                    i += 2;
                } else if starts(&chars, i, "*/") {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else if i >= chars.len() {
                    return false;
                } else {
                    i += 1;
                }
            }
        } else {
            return false;
        }
    }
    true
}

/// Whether `p` is a statement that starts with `COPY` and ends with `;`.
fn is_copy(p: &Piece, text: &str) -> bool {
    let body = p.text(text);
    p.kind == PieceKind::Statement
        && body.ends_with(';')
        && body
            .get(..4)
            .is_some_and(|w| w.eq_ignore_ascii_case("copy"))
}

/// Runs the scanner on `text` and checks every piece against the reference.
pub fn check_split(text: &str) {
    let pieces: Vec<Piece> = split(text).collect();
    let mut at = 0usize;
    for p in &pieces {
        assert_eq!(
            p.span.start as usize, at,
            "pieces do not tile the input: {pieces:?}"
        );
        assert!(p.span.end > p.span.start, "empty piece {p:?}");
        at = p.span.end as usize;
    }
    assert_eq!(at, text.len(), "pieces stop before the end: {pieces:?}");
    let joined: String = pieces.iter().map(|p| p.text(text)).collect();
    assert_eq!(joined, text, "rejoined pieces differ from the input");

    for (n, p) in pieces.iter().enumerate() {
        let start = p.span.start as usize;
        let body = p.text(text);
        let next_kind = pieces.get(n + 1).map(|q| q.kind);
        match p.kind {
            PieceKind::Statement => {
                let stop = lex_statement(body);
                match p.error {
                    Some(e) => {
                        assert_eq!(p.span.end as usize, text.len(), "{p:?}");
                        assert_eq!(
                            stop,
                            Stop::Open(e.span.start as usize - start, e.kind),
                            "statement {body:?}"
                        );
                    }
                    None if body.ends_with(';') => {
                        assert_eq!(stop, Stop::Semicolon(body.len() - 1), "statement {body:?}");
                    }
                    None => {
                        // No `;`: the statement must really run to the end of input.
                        let rest = lex_statement(&text[start..]);
                        assert!(
                            !matches!(rest, Stop::Semicolon(_)),
                            "statement {body:?} stops before a later `;`: {rest:?}"
                        );
                        assert_eq!(stop, Stop::End, "statement {body:?}");
                    }
                }
            }
            PieceKind::Trivia => {
                // After `COPY … FROM stdin;` the rest of its line is trivia whatever it
                // holds (this reference does not decide which COPY reads stdin).
                let after_copy = n
                    .checked_sub(1)
                    .and_then(|k| pieces.get(k))
                    .is_some_and(|s| is_copy(s, text));
                let before_newline = body.strip_suffix('\n').unwrap_or(body);
                let copy_line = after_copy && !before_newline.contains('\n');
                assert!(
                    is_trivia(body) || copy_line,
                    "trivia {body:?} (after a COPY: {after_copy})"
                );
                if next_kind == Some(PieceKind::CopyData) {
                    assert!(copy_line, "COPY line {body:?}");
                }
            }
            PieceKind::MetaCommand => {
                assert!(body.starts_with('\\'), "meta-command {body:?}");
                let before_newline = body.strip_suffix('\n').unwrap_or(body);
                assert!(!before_newline.contains('\n'), "meta-command {body:?}");
            }
            PieceKind::CopyData => {
                let statement = n.checked_sub(2).and_then(|k| pieces.get(k));
                assert!(
                    statement.is_some_and(|s| is_copy(s, text)),
                    "COPY data without its COPY statement: {pieces:?}"
                );
                // The lines with their line endings; the last may have none.
                let lines: Vec<&str> = body.split_inclusive('\n').collect();
                let ends = |line: &str| line == "\\.\n" || line == "\\.\r\n" || line == "\\.";
                let last = lines.len().saturating_sub(1);
                for (k, line) in lines.iter().enumerate().take(last) {
                    assert!(
                        !ends(line),
                        "COPY data runs past its end at line {k}: {body:?}"
                    );
                }
                let ended = lines.get(last).is_some_and(|l| ends(l));
                assert!(
                    ended || p.span.end as usize == text.len(),
                    "COPY data stops before its end: {body:?}"
                );
            }
        }
    }
}
