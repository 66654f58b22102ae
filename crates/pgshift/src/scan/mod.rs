//! The script scanner: splits a PostgreSQL script into pieces with byte spans.
//!
//! CONTRACT (implemented by the scanner work; the rest of the crate relies on it):
//! - `split(input)` yields pieces in order; their spans tile the input exactly, so
//!   joining `&input[piece.span]` for all pieces gives back the input byte for byte.
//! - A `Statement` piece runs from its first token through its terminating `;`
//!   (included when present). Comments inside a statement belong to it.
//! - `Trivia` is white space and comments between statements.
//! - `MetaCommand` is a psql backslash command at the start of a line between
//!   statements, through the end of its line (newline included).
//! - `CopyData` is the data block after a `COPY ... FROM stdin` statement, through
//!   the terminating `\.` line (included) or the end of input.
//! - A statement with an unterminated string, quoted identifier, dollar quote or
//!   comment runs to the end of input and carries `error`.
//! - `depth` bounds the expression-tree depth the statement can produce: the largest,
//!   over every path of nested parentheses, of the operators seen along that path.
//!
//! IMPLEMENTATION: `split` returns a lazy iterator that scans one piece per call,
//! so memory stays constant for inputs of any size. The lexemes (strings, quoted
//! identifiers, dollar quotes, nested comments, meta-commands, COPY data) are nom
//! parsers over `&str` that search bytes for the next interesting character
//! instead of stepping through plain text one character at a time. Besides the
//! operators and the keywords `AND`, `OR` and `NOT`, the depth bound also counts
//! `CASE` as an operator and treats brackets like parentheses, because both nest
//! expressions in a recursive parser. A backslash where a statement would start is
//! a meta-command even when it does not begin its line, as in psql.

mod depth;
mod lexemes;
mod reader;
mod split;
mod statement;

pub use reader::{InvalidUtf8, OwnedPiece, Reader, COPY_CHUNK};

use crate::span::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PieceKind {
    Statement,
    Trivia,
    MetaCommand,
    CopyData,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScanErrorKind {
    UnterminatedString,
    UnterminatedQuotedIdent,
    UnterminatedDollarQuote,
    UnterminatedComment,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ScanError {
    pub kind: ScanErrorKind,
    /// Where the unterminated token starts (to the end of input).
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Piece {
    pub kind: PieceKind,
    pub span: Span,
    pub error: Option<ScanError>,
    /// An upper bound of the expression nesting the statement can produce.
    pub depth: u32,
}

impl Piece {
    pub fn text(self, input: &str) -> &str {
        input
            .get(self.span.start as usize..self.span.end as usize)
            .unwrap_or("")
    }
}

/// Splits `input` into pieces. See the module contract.
pub fn split(input: &str) -> impl Iterator<Item = Piece> + '_ {
    split::Split::new(input)
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_generated;
