//! Where a diagnostic is in a streamed input. Only the current piece is in
//! memory, so the tracker keeps the line number at its start and the text of
//! its line before it; a span elsewhere in the input (rare: a constraint folded
//! from later in a dump) is looked up by reading the file again.

use pgshift::{LineCol, Span};
use std::io::{BufRead, BufReader};
use std::path::Path;

/// How much of the current line, before the current piece, is kept.
const PREFIX_LIMIT: usize = 4096;

/// A stretch of the input that starts at a line start.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Excerpt {
    pub text: String,
    /// The byte offset of `text` in the input.
    pub offset: usize,
    /// The one-based line `text` starts on.
    pub line: u32,
}

impl Excerpt {
    pub fn contains(&self, span: Span) -> bool {
        let (start, end) = (span.start as usize, span.end as usize);
        start >= self.offset && end <= self.offset + self.text.len() && span != Span::EMPTY
    }

    /// The line and column (in characters) of an offset inside the excerpt.
    pub fn line_col(&self, offset: usize) -> LineCol {
        let mut at = offset.saturating_sub(self.offset).min(self.text.len());
        while !self.text.is_char_boundary(at) {
            at -= 1;
        }
        let before = &self.text[..at];
        let lines = before.bytes().filter(|&b| b == b'\n').count() as u32;
        let line_start = before.rfind('\n').map_or(0, |n| n + 1);
        LineCol {
            line: self.line + lines,
            column: before[line_start..].chars().count() as u32 + 1,
        }
    }
}

/// Follows the pieces of one input as they go by.
#[derive(Clone, Debug)]
pub struct Tracker {
    /// The line the next piece starts on.
    line: u32,
    /// The text of that line before the next piece.
    prefix: String,
}

impl Default for Tracker {
    fn default() -> Tracker {
        Tracker {
            line: 1,
            prefix: String::new(),
        }
    }
}

impl Tracker {
    /// The current piece, starting at `offset`, with its line's beginning.
    pub fn excerpt(&self, offset: usize, text: &str) -> Excerpt {
        let mut full = String::with_capacity(self.prefix.len() + text.len());
        full.push_str(&self.prefix);
        full.push_str(text);
        Excerpt {
            text: full,
            offset: offset.saturating_sub(self.prefix.len()),
            line: self.line,
        }
    }

    /// Moves past a piece.
    pub fn advance(&mut self, text: &str) {
        match text.rfind('\n') {
            Some(last) => {
                self.line += text.bytes().filter(|&b| b == b'\n').count() as u32;
                self.prefix.clear();
                self.prefix.push_str(&text[last + 1..]);
            }
            None => self.prefix.push_str(text),
        }
        if self.prefix.len() > PREFIX_LIMIT {
            // Keep the line's tail, from a character boundary.
            let mut cut = self.prefix.len() - PREFIX_LIMIT;
            while !self.prefix.is_char_boundary(cut) {
                cut += 1;
            }
            self.prefix.drain(..cut);
        }
    }
}

/// The lines of the file `path` that `span` covers, read from the start.
pub fn from_file(path: &Path, span: Span) -> Option<Excerpt> {
    let file = std::fs::File::open(path).ok()?;
    let mut reader = BufReader::new(file);
    let (start, end) = (span.start as usize, span.end as usize);
    let mut offset = 0usize;
    let mut line = 1u32;
    let mut text = String::new();
    let mut first = None;
    let mut buf = Vec::new();
    loop {
        buf.clear();
        let n = reader.read_until(b'\n', &mut buf).ok()?;
        if n == 0 {
            break;
        }
        if offset + n > start || (first.is_some() && offset < end) {
            first.get_or_insert((offset, line));
            text.push_str(&String::from_utf8_lossy(&buf));
            if offset + n >= end || text.len() > 64 * 1024 {
                break;
            }
        }
        offset += n;
        line += 1;
    }
    let (offset, line) = first?;
    Some(Excerpt { text, offset, line })
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;

    #[test]
    fn excerpts_know_their_lines_and_columns() {
        let mut t = Tracker::default();
        let input = "SELECT 1;\nSELECT 2; SELECT é;\n";
        let pieces = [(0, 9), (9, 10), (10, 19), (19, 20), (20, 30), (30, 31)];
        let mut found = None;
        for (start, end) in pieces {
            let text = &input[start..end];
            if start == 20 {
                found = Some(t.excerpt(start, text));
            }
            t.advance(text);
        }
        let e = found.unwrap_or_else(|| Excerpt {
            text: String::new(),
            offset: 0,
            line: 0,
        });
        assert_eq!(e.offset, 10);
        assert_eq!(e.text, "SELECT 2; SELECT é;");
        assert!(e.contains(Span::new(27, 29)));
        assert_eq!(
            e.line_col(27),
            LineCol {
                line: 2,
                column: 18
            }
        );
        assert_eq!(t.line, 3);
    }

    #[test]
    fn spans_elsewhere_are_read_from_the_file() {
        let path = std::env::temp_dir().join(format!("pgshift-source-{}.sql", std::process::id()));
        std::fs::write(&path, "SELECT 1;\nSELECT 2;\nSELECT 3;\n").ok();
        let e = from_file(&path, Span::new(12, 15));
        assert_eq!(
            e,
            Some(Excerpt {
                text: "SELECT 2;\n".to_string(),
                offset: 10,
                line: 2
            })
        );
        let _ = std::fs::remove_file(&path);
    }
}
