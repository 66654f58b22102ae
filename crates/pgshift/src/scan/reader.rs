//! `Reader`: the scanner over a byte stream, in memory bounded by the largest
//! statement (and a COPY chunk), not by the input.
//!
//! It keeps a window of the input. A piece that `split` finds in the window is
//! handed out once something follows it, so that the scanner has seen all of
//! it; otherwise the window grows (geometrically, so rescanning stays linear)
//! and the piece is scanned again. COPY data is handed out in chunks of whole
//! lines, the last of which holds the `\.` line. Pieces carry the same spans
//! and depths as `split` gives for the whole input.

use super::{split, Piece, PieceKind};
use crate::span::Span;
use std::io::{self, Read};

/// The least the window grows by.
const MIN_READ: usize = 64 * 1024;

/// How much COPY data one chunk holds, at most (plus one line).
pub const COPY_CHUNK: usize = 1024 * 1024;

/// The error inside the `io::Error` (`InvalidData`) for input that is not UTF-8.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InvalidUtf8 {
    /// The byte offset of the first invalid sequence.
    pub offset: usize,
}

impl std::fmt::Display for InvalidUtf8 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the input is not valid UTF-8 at byte {}", self.offset)
    }
}

impl std::error::Error for InvalidUtf8 {}

/// One piece of the stream, with its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OwnedPiece {
    /// Its kind, and its span in the whole input.
    pub piece: Piece,
    pub text: String,
    /// For COPY data: whether this chunk ends the block.
    pub last: bool,
}

/// Where the reader is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mode {
    Between,
    CopyData,
}

/// Splits a stream of UTF-8 SQL into pieces (see the module docs).
pub struct Reader<R: Read> {
    inner: R,
    /// The least the window grows by (`MIN_READ`; smaller in tests).
    min_read: usize,
    /// The window: the input from byte `base` on, with `start` the next unread byte.
    buf: String,
    start: usize,
    base: usize,
    /// Bytes read that end inside a UTF-8 sequence.
    partial: Vec<u8>,
    eof: bool,
    mode: Mode,
}

impl<R: Read> Reader<R> {
    pub fn new(inner: R) -> Reader<R> {
        Reader {
            inner,
            min_read: MIN_READ,
            buf: String::new(),
            start: 0,
            base: 0,
            partial: Vec::new(),
            eof: false,
            mode: Mode::Between,
        }
    }

    /// A reader that grows its window by as little as `min_read` bytes.
    #[cfg(test)]
    fn with_min_read(inner: R, min_read: usize) -> Reader<R> {
        Reader {
            min_read,
            ..Reader::new(inner)
        }
    }

    /// How many bytes of input have been handed out as pieces.
    pub fn position(&self) -> usize {
        self.base + self.start
    }

    /// The next piece, `None` at the end, or an I/O error (invalid UTF-8 is
    /// `InvalidData`, with the byte offset in the message).
    pub fn next_piece(&mut self) -> Option<io::Result<OwnedPiece>> {
        loop {
            if self.start >= self.buf.len() && self.eof {
                return None;
            }
            let found = match self.mode {
                Mode::Between => self.between(),
                Mode::CopyData => self.copy_chunk(),
            };
            if let Some(piece) = found {
                return Some(Ok(piece));
            }
            if self.eof {
                // Nothing is complete and nothing more will come: the rest is one piece.
                return self.rest().map(Ok);
            }
            if let Err(e) = self.fill() {
                return Some(Err(e));
            }
        }
    }

    /// A piece between statements, when the window holds all of it.
    fn between(&mut self) -> Option<OwnedPiece> {
        let (first, end, take, copy) = self.scan_between()?;
        let piece = self.hand_out(first, end, false);
        // The rest of the COPY line is trivia the caller need not see.
        self.start += take - end;
        if copy {
            self.mode = Mode::CopyData;
        }
        Some(piece)
    }

    /// The first piece of the window and where it ends, where the reader goes
    /// on from, and whether COPY data follows; `None` when more input is needed.
    fn scan_between(&self) -> Option<(Piece, usize, usize, bool)> {
        let window = &self.buf[self.start..];
        if window.is_empty() {
            return None;
        }
        let mut pieces = split(window);
        let first = pieces.next()?;
        let end = first.span.end as usize;
        if end >= window.len() && !self.eof {
            return None;
        }
        // After `COPY … FROM stdin;`: the rest of its line, then the data.
        if first.kind == PieceKind::Statement {
            if let Some(line) = pieces.next() {
                let line_end = line.span.end as usize;
                // Whether data follows is known only once something follows the line.
                if line_end >= window.len() && !self.eof {
                    return None;
                }
                if pieces
                    .next()
                    .is_some_and(|data| data.kind == PieceKind::CopyData)
                {
                    return Some((first, end, line_end, true));
                }
            }
        }
        Some((first, end, end, false))
    }

    /// A chunk of COPY data: whole lines, through the `\.` line when it is there.
    fn copy_chunk(&mut self) -> Option<OwnedPiece> {
        let (at, last) = chunk_end(&self.buf.as_bytes()[self.start..], COPY_CHUNK, self.eof)?;
        if last {
            self.mode = Mode::Between;
        }
        let piece = Piece {
            kind: PieceKind::CopyData,
            span: Span::new(0, at),
            error: None,
            depth: 0,
        };
        Some(self.hand_out(piece, at, last))
    }

    /// At the end of input with no complete piece: what is left, as `split` sees it.
    fn rest(&mut self) -> Option<OwnedPiece> {
        let window = &self.buf[self.start..];
        let first = split(window).next()?;
        let end = first.span.end as usize;
        Some(self.hand_out(first, end, true))
    }

    /// Hands out `piece` (spanned in the window) and moves past its `end`.
    fn hand_out(&mut self, mut piece: Piece, end: usize, last: bool) -> OwnedPiece {
        let at = self.base + self.start;
        let text = self.buf[self.start..self.start + end].to_string();
        piece.span = Span::new(at + piece.span.start as usize, at + end);
        if let Some(error) = &mut piece.error {
            error.span = Span::new(at + error.span.start as usize, at + error.span.end as usize);
        }
        self.start += end;
        OwnedPiece { piece, text, last }
    }

    /// Reads more input into the window, dropping what was handed out.
    fn fill(&mut self) -> io::Result<()> {
        if self.start > 0 && self.start * 2 >= self.buf.len() {
            self.buf.drain(..self.start);
            self.base += self.start;
            self.start = 0;
        }
        let want = self.min_read.max(self.buf.len() - self.start);
        let mut raw = std::mem::take(&mut self.partial);
        let before = raw.len();
        raw.resize(before + want, 0);
        let mut filled = before;
        while filled < raw.len() {
            match self.inner.read(&mut raw[filled..]) {
                Ok(0) => {
                    self.eof = true;
                    break;
                }
                Ok(n) => filled += n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        raw.truncate(filled);
        let valid = match std::str::from_utf8(&raw) {
            // The common case, validated once.
            Ok(text) => {
                self.buf.push_str(text);
                self.partial = Vec::new();
                return Ok(());
            }
            // A sequence cut by the read: keep its bytes for the next one.
            Err(e) if e.error_len().is_none() && !self.eof => e.valid_up_to(),
            Err(e) => {
                let offset = self.base + self.buf.len() + e.valid_up_to();
                return Err(io::Error::new(
                    io::ErrorKind::InvalidData,
                    InvalidUtf8 { offset },
                ));
            }
        };
        let (text, rest) = raw.split_at(valid);
        self.buf.push_str(
            std::str::from_utf8(text).map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))?,
        );
        self.partial = rest.to_vec();
        Ok(())
    }
}

impl<R: Read> Iterator for Reader<R> {
    type Item = io::Result<OwnedPiece>;

    fn next(&mut self) -> Option<Self::Item> {
        self.next_piece()
    }
}

/// Where a chunk of COPY data that starts the window `b` ends, and whether
/// it ends the block: whole lines, through the `\.` line if one comes before
/// the first line that ends at or after `chunk` bytes, else through that
/// line; with `eof`, through the end. `None` when the window holds too little
/// to tell. Both ends are found with `memchr`, not by walking the lines.
fn chunk_end(b: &[u8], chunk: usize, eof: bool) -> Option<(usize, bool)> {
    // The end of the first line that reaches `chunk` bytes.
    let first = chunk.max(1) - 1;
    let full = b
        .get(first..)
        .and_then(|tail| memchr::memchr(b'\n', tail))
        .map(|n| first + n + 1);
    let limit = full.or((eof && !b.is_empty()).then_some(b.len()));
    // A `\.` line (trailing `\r`s allowed) that starts before that end.
    let search = &b[..limit.map_or(b.len(), |l| (l + 2).min(b.len()))];
    let mut from = 0;
    let mut start = b.starts_with(b"\\.").then_some(0);
    loop {
        let s = match start.take() {
            Some(s) => s,
            None => match memchr::memmem::find(&search[from..], b"\n\\.") {
                Some(n) => from + n + 1,
                None => break,
            },
        };
        if limit.is_some_and(|l| s >= l) {
            break;
        }
        // The line's end: its newline, or the end of input.
        let end = match memchr::memchr(b'\n', &b[s..]) {
            Some(n) => s + n + 1,
            None if eof => b.len(),
            // A line not yet complete ends nothing.
            None => break,
        };
        if b[s + 2..end].iter().all(|&c| c == b'\n' || c == b'\r') {
            return Some((end, true));
        }
        from = s;
    }
    let at = limit?;
    Some((at, eof && at == b.len()))
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;

    /// The line-by-line reading `chunk_end` replaces.
    fn chunk_end_by_lines(window: &str, chunk: usize, eof: bool) -> Option<(usize, bool)> {
        let mut at = 0;
        let mut last = false;
        while at < window.len() {
            let line_end = match window[at..].find('\n') {
                Some(n) => at + n + 1,
                None if eof => window.len(),
                None => break,
            };
            let line = &window[at..line_end];
            at = line_end;
            if line.trim_end_matches(['\n', '\r']) == "\\." {
                last = true;
                break;
            }
            if at >= chunk {
                break;
            }
        }
        if at == 0 || (!last && at < chunk && !eof) {
            return None;
        }
        Some((at, last || (eof && at == window.len())))
    }

    #[test]
    fn chunk_ends_are_those_of_a_line_by_line_reading() {
        let lines = [
            "1\tab", "\\.", "\\.\r", "\\.\r\r", "\\.x", "x\\.", "\\\\.", "", "\\", "22\t\\N",
        ];
        // A deterministic walk over line sequences, chunk sizes and cuts.
        let mut state = 7u64;
        let mut next = |n: usize| {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (state >> 33) as usize % n
        };
        for _ in 0..20_000 {
            let mut window = String::new();
            for _ in 0..next(8) {
                window.push_str(lines[next(lines.len())]);
                window.push_str(if next(4) == 0 { "\r\n" } else { "\n" });
            }
            let cut = next(window.len() + 1);
            let window = &window[..cut];
            let chunk = 1 + next(12);
            for eof in [false, true] {
                assert_eq!(
                    chunk_end(window.as_bytes(), chunk, eof),
                    chunk_end_by_lines(window, chunk, eof),
                    "{window:?} chunk {chunk} eof {eof}"
                );
            }
        }
    }

    /// Adjacent trivia joined: where trivia ends at a window's edge, the reader
    /// may hand it out in two pieces.
    fn joined(pieces: Vec<(PieceKind, Span, String)>) -> Vec<(PieceKind, Span, String)> {
        let mut out: Vec<(PieceKind, Span, String)> = Vec::new();
        for p in pieces {
            match out.last_mut() {
                Some(prev) if prev.0 == PieceKind::Trivia && p.0 == PieceKind::Trivia => {
                    prev.1.end = p.1.end;
                    prev.2.push_str(&p.2);
                }
                _ => out.push(p),
            }
        }
        out
    }

    /// What `split` gives, in the reader's terms: the trivia after a COPY
    /// statement left out, each data block one piece.
    fn expected(input: &str) -> Vec<(PieceKind, Span, String)> {
        let mut out: Vec<(PieceKind, Span, String)> = Vec::new();
        let pieces: Vec<Piece> = split(input).collect();
        for (i, p) in pieces.iter().enumerate() {
            let before_data = pieces
                .get(i + 1)
                .is_some_and(|n| n.kind == PieceKind::CopyData);
            if p.kind == PieceKind::Trivia && before_data {
                continue;
            }
            out.push((p.kind, p.span, p.text(input).to_string()));
        }
        joined(out)
    }

    /// What the reader gives, with each data block's chunks joined.
    fn read(input: &str, min_read: usize) -> Vec<(PieceKind, Span, String)> {
        let mut out: Vec<(PieceKind, Span, String)> = Vec::new();
        let mut open_block = false;
        for piece in Reader::with_min_read(input.as_bytes(), min_read) {
            let p = piece.expect("valid UTF-8");
            let joined = match out.last_mut() {
                Some(prev) if open_block && p.piece.kind == PieceKind::CopyData => {
                    assert_eq!(prev.1.end, p.piece.span.start, "chunks are contiguous");
                    prev.1.end = p.piece.span.end;
                    prev.2.push_str(&p.text);
                    true
                }
                _ => false,
            };
            open_block = p.piece.kind == PieceKind::CopyData && !p.last;
            if !joined {
                assert_eq!(
                    &input[p.piece.span.start as usize..p.piece.span.end as usize],
                    p.text
                );
                out.push((p.piece.kind, p.piece.span, p.text));
            }
        }
        joined(out)
    }

    const SCRIPTS: &[&str] = &[
        "SELECT 1; SELECT 'a;b'; -- c\n/* d */ SELECT $$x;y$$;\n",
        "COPY t (a, b) FROM stdin;\n1\tx\n2\t\\N\n\\.\nSELECT 2;\n",
        "COPY t FROM stdin;\n1\n\\.",
        "COPY t FROM stdin;\n1\n2\n",
        "\\restrict abc\nSET x = 1;\nSELECT 'é漢字🎉';\n\\unrestrict abc\n",
        "SELECT 'unterminated",
        "SELECT 1",
        "",
    ];

    #[test]
    fn gives_the_pieces_split_gives_whatever_the_read_size() {
        for script in SCRIPTS {
            let want = expected(script);
            for min_read in [1, 2, 3, 5, 8, 64] {
                assert_eq!(
                    read(script, min_read),
                    want,
                    "{script:?} read by {min_read}"
                );
            }
        }
    }

    #[test]
    fn streams_the_real_dumps() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpora");
        for file in ["chinook/chinook.pg_dump.sql", "northwind/northwind.sql"] {
            let Ok(input) = std::fs::read_to_string(format!("{dir}/{file}")) else {
                eprintln!("SKIPPED: {dir}/{file} is not there");
                continue;
            };
            assert_eq!(read(&input, 4096), expected(&input), "{file}");
        }
    }

    #[test]
    fn copy_data_comes_in_chunks_of_whole_lines() {
        let mut input = String::from("COPY t FROM stdin;\n");
        let line = "12345\tsome text\n";
        while input.len() < 3 * COPY_CHUNK {
            input.push_str(line);
        }
        input.push_str("\\.\nSELECT 1;\n");
        let pieces: Vec<OwnedPiece> = Reader::new(input.as_bytes())
            .map(|p| p.expect("utf-8"))
            .collect();
        let chunks: Vec<&OwnedPiece> = pieces
            .iter()
            .filter(|p| p.piece.kind == PieceKind::CopyData)
            .collect();
        assert!(chunks.len() >= 3, "{} chunks", chunks.len());
        for c in &chunks {
            assert!(c.text.ends_with('\n') && c.text.len() <= COPY_CHUNK + line.len());
        }
        assert_eq!(chunks.iter().filter(|c| c.last).count(), 1);
        assert!(chunks
            .last()
            .is_some_and(|c| c.last && c.text.ends_with("\\.\n")));
        assert_eq!(pieces.last().map(|p| p.text.as_str()), Some("\n"));
    }

    #[test]
    fn invalid_utf8_is_an_error_with_its_offset() {
        let input: &[u8] = b"SELECT 1;\nSELECT '\xff';\n";
        let err = Reader::new(input).find_map(Result::err).expect("an error");
        assert_eq!(err.kind(), io::ErrorKind::InvalidData);
        assert!(err.to_string().contains("byte 18"), "{err}");
    }
}
