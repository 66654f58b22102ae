//! Byte spans into the translated input, and their conversion to lines and columns.

use serde::Serialize;

/// A half-open byte range `start..end` into the whole input given to `translate`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub const EMPTY: Span = Span { start: 0, end: 0 };

    pub fn new(start: usize, end: usize) -> Span {
        Span {
            start: u32::try_from(start).unwrap_or(u32::MAX),
            end: u32::try_from(end).unwrap_or(u32::MAX),
        }
    }

    /// The smallest span that covers both `self` and `other`.
    pub fn cover(self, other: Span) -> Span {
        if self == Span::EMPTY {
            return other;
        }
        if other == Span::EMPTY {
            return self;
        }
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }

    pub fn len(self) -> usize {
        self.end.saturating_sub(self.start) as usize
    }

    pub fn is_empty(self) -> bool {
        self.len() == 0
    }
}

/// A one-based line and a one-based column counted in characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct LineCol {
    pub line: u32,
    pub column: u32,
}

/// Converts byte offsets of one source text into lines and columns.
pub struct LineIndex<'a> {
    text: &'a str,
    line_starts: Vec<usize>,
    /// Whether each line is ASCII, where a column is a byte offset.
    ascii_lines: Vec<bool>,
}

impl<'a> LineIndex<'a> {
    pub fn new(text: &'a str) -> LineIndex<'a> {
        let mut line_starts = vec![0];
        let mut ascii_lines = Vec::new();
        let mut ascii = true;
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i + 1);
                ascii_lines.push(ascii);
                ascii = true;
            } else if !b.is_ascii() {
                ascii = false;
            }
        }
        ascii_lines.push(ascii);
        LineIndex {
            text,
            line_starts,
            ascii_lines,
        }
    }

    pub fn line_col(&self, offset: u32) -> LineCol {
        let offset = (offset as usize).min(self.text.len());
        let line = self
            .line_starts
            .partition_point(|&s| s <= offset)
            .saturating_sub(1);
        let start = self.line_starts.get(line).copied().unwrap_or(0);
        let column = self
            .text
            .get(start..offset)
            .map_or(offset - start, |s| s.chars().count());
        LineCol {
            line: line as u32 + 1,
            column: column as u32 + 1,
        }
    }

    /// The byte offset of a one-based line and column (columns counted in characters).
    pub fn offset(&self, line: u64, column: u64) -> usize {
        let Some(&start) = self.line_starts.get((line as usize).saturating_sub(1)) else {
            return self.text.len();
        };
        let rest = self.text.get(start..).unwrap_or("");
        let col = (column as usize).saturating_sub(1);
        // On an ASCII line a column is a byte: no walk along the line.
        let line_len = self
            .line_starts
            .get(line as usize)
            .map_or(rest.len(), |next| next - start);
        if col <= line_len && self.ascii_lines.get((line as usize).saturating_sub(1)) == Some(&true)
        {
            return start + col;
        }
        let within = rest.char_indices().nth(col).map_or(rest.len(), |(i, _)| i);
        start + within
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_round_trips() {
        let text = "select 1;\nselect 'é', x;\n";
        let index = LineIndex::new(text);
        let off = text.find('x').unwrap_or(0);
        let lc = index.line_col(off as u32);
        assert_eq!(
            lc,
            LineCol {
                line: 2,
                column: 13
            }
        );
        assert_eq!(index.offset(2, 13), off);
    }
}
