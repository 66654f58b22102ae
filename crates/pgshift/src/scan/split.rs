//! The lazy iterator behind `split`: it scans one piece per call to `next`.
//!
//! The iterator keeps only its position, what follows a `COPY ... FROM stdin`
//! statement, and the reusable depth stack, so memory stays constant however
//! large the input is.

use super::depth::Depth;
use super::lexemes::{self, skip};
use super::statement;
use super::{Piece, PieceKind};
use crate::span::Span;

/// What the next piece can be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mode {
    /// Between statements: trivia, a meta-command or a statement.
    Between,
    /// Right after `COPY ... FROM stdin;`: the rest of that line.
    CopyLine,
    /// The data block of a COPY.
    CopyData,
}

/// The iterator returned by `split`.
pub(super) struct Split<'a> {
    input: &'a str,
    pos: usize,
    mode: Mode,
    depth: Depth,
}

impl<'a> Split<'a> {
    pub(super) fn new(input: &'a str) -> Split<'a> {
        Split {
            input,
            pos: 0,
            mode: Mode::Between,
            depth: Depth::default(),
        }
    }

    /// Emits a piece from the current position to `end` (at least one byte on).
    fn piece(&mut self, kind: PieceKind, end: usize) -> Piece {
        let end = if end > self.pos {
            end
        } else {
            self.input.len()
        };
        let piece = Piece {
            kind,
            span: Span::new(self.pos, end),
            error: None,
            depth: 0,
        };
        self.pos = end;
        piece
    }

    fn between(&mut self, rest: &str) -> Piece {
        let trivia_len = lexemes::trivia(rest).map_or(0, |(after, _)| rest.len() - after.len());
        if trivia_len > 0 {
            return self.piece(PieceKind::Trivia, self.pos + trivia_len);
        }
        if let Ok((after, _)) = lexemes::meta_command(rest) {
            return self.piece(PieceKind::MetaCommand, self.input.len() - after.len());
        }
        let scanned = statement::scan(self.input, self.pos, &mut self.depth);
        if scanned.copy_from_stdin {
            self.mode = Mode::CopyLine;
        }
        let mut piece = self.piece(PieceKind::Statement, scanned.end);
        piece.error = scanned.error;
        piece.depth = scanned.depth;
        piece
    }
}

impl Iterator for Split<'_> {
    type Item = Piece;

    fn next(&mut self) -> Option<Piece> {
        if self.pos >= self.input.len() {
            return None;
        }
        let rest = skip(self.input, self.pos);
        Some(match self.mode {
            Mode::Between => self.between(rest),
            Mode::CopyLine => {
                self.mode = Mode::CopyData;
                let n = lexemes::rest_of_line(rest).map_or(rest.len(), |(_, line)| line.len());
                self.piece(PieceKind::Trivia, self.pos + n)
            }
            Mode::CopyData => {
                self.mode = Mode::Between;
                let n = lexemes::copy_data(rest).map_or(rest.len(), |(_, data)| data.len());
                self.piece(PieceKind::CopyData, self.pos + n)
            }
        })
    }
}
