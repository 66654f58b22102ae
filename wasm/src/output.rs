//! The JSON text a translation returns to JS, in chunks.
//!
//! Diagnostics keep the fields the library serializes (`code`, `severity`,
//! `message`, `span`, `label`, `help`, from its one table) and gain `start` and
//! `end` as one-based lines and columns, the shape of `Diagnostic::to_json`.
//! One `LineIndex` serves every diagnostic and statement of a result, so a
//! large script with many notes is indexed once, not once per note.
//!
//! Memory matters here: a Worker has 128 MB, the module's memory never
//! shrinks, and a large script's JSON is several times the input. The text is
//! written in chunks of at most [`CHUNK`] bytes (which JS joins), so that it
//! never needs one large contiguous block and fits in the holes the
//! translation's own allocations left; each part of the translation is
//! dropped as soon as it is written.

use pgshift::{Diagnostic, Error, LineCol, LineIndex, Span, Statement, Translation};
use serde::Serialize;
use std::io::Write;

/// The size of one chunk of JSON text.
const CHUNK: usize = 256 * 1024;

/// The JSON of a translation's result, as chunks to concatenate.
pub fn result(source: &str, result: Result<Translation, Error>) -> Vec<String> {
    let index = LineIndex::new(source);
    let mut out = Chunks::new(CHUNK);
    let written = match result {
        Ok(t) => success(&mut out, &index, t),
        Err(e) => serde_json::to_writer(
            &mut out,
            &Failure {
                ok: false,
                error: e.to_string(),
                diagnostics: diagnostics(&index, &e.diagnostics),
            },
        ),
    };
    // Serializing these plain values cannot fail; if it ever did, the caller
    // still gets a well-formed usage error instead of broken text.
    match written
        .map_err(std::io::Error::from)
        .and_then(|()| out.finish())
    {
        Ok(chunks) => chunks,
        Err(e) => vec![usage(&format!("cannot serialize the result: {e}"))],
    }
}

/// The JSON of wrong options: `{"ok": false, "usage": message}`, one chunk.
pub fn usage(message: &str) -> String {
    serde_json::json!({ "ok": false, "usage": message }).to_string()
}

/// `{"ok":true,"sql":…,"params":[…],"diagnostics":[…],"statements":[…]}`,
/// written part by part.
fn success(out: &mut Chunks, index: &LineIndex<'_>, t: Translation) -> serde_json::Result<()> {
    let Translation {
        sql,
        params,
        diagnostics: notes,
        statements,
    } = t;
    out.text(b"{\"ok\":true,\"sql\":");
    serde_json::to_writer(&mut *out, &sql)?;
    drop(sql);
    out.text(b",\"params\":");
    serde_json::to_writer(&mut *out, &params)?;
    drop(params);
    out.text(b",\"diagnostics\":");
    serde_json::to_writer(&mut *out, &diagnostics(index, &notes))?;
    drop(notes);
    out.text(b",\"statements\":[");
    for (i, s) in statements.into_iter().enumerate() {
        if i > 0 {
            out.text(b",");
        }
        serde_json::to_writer(&mut *out, &StatementOut::new(index, &s))?;
    }
    out.text(b"]}");
    Ok(())
}

/// UTF-8 text cut into strings of at most `size` bytes (or one character, if
/// larger), each cut on a character boundary.
pub(crate) struct Chunks {
    size: usize,
    done: Vec<String>,
    current: Vec<u8>,
}

impl Chunks {
    pub(crate) fn new(size: usize) -> Chunks {
        Chunks {
            size,
            done: Vec::new(),
            current: Vec::with_capacity(size + 4),
        }
    }

    pub(crate) fn text(&mut self, mut bytes: &[u8]) {
        while !bytes.is_empty() {
            let room = self.size.saturating_sub(self.current.len()).max(1);
            let (head, tail) = bytes.split_at(room.min(bytes.len()));
            self.current.extend_from_slice(head);
            bytes = tail;
            if self.current.len() >= self.size {
                self.cut();
            }
        }
    }

    /// Moves the current text, up to its last whole character, to `done`.
    fn cut(&mut self) {
        let len = self.current.len();
        let last = (0..len)
            .rev()
            .find(|&i| self.current[i] & 0b1100_0000 != 0b1000_0000)
            .unwrap_or(0);
        let width = match self.current.get(last) {
            Some(&b) if b < 0x80 => 1,
            Some(&b) if b < 0xE0 => 2,
            Some(&b) if b < 0xF0 => 3,
            _ => 4,
        };
        let at = if last + width <= len { len } else { last };
        let rest = self.current.split_off(at);
        let mut next = Vec::with_capacity(self.size + 4);
        next.extend_from_slice(&rest);
        let full = std::mem::replace(&mut self.current, next);
        // serde_json writes UTF-8 only and the cut is on a character
        // boundary, so this never fails; if it did, the text stays readable.
        match String::from_utf8(full) {
            Ok(s) => self.done.push(s),
            Err(e) => self
                .done
                .push(String::from_utf8_lossy(e.as_bytes()).into_owned()),
        }
    }

    pub(crate) fn finish(mut self) -> std::io::Result<Vec<String>> {
        let last = String::from_utf8(self.current)
            .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))?;
        self.done.push(last);
        Ok(self.done)
    }
}

impl Write for Chunks {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.text(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn diagnostics<'a>(index: &LineIndex<'_>, list: &'a [Diagnostic]) -> Vec<DiagnosticOut<'a>> {
    list.iter()
        .map(|d| DiagnosticOut {
            diagnostic: d,
            start: index.line_col(d.span.start),
            end: index.line_col(d.span.end),
        })
        .collect()
}

#[derive(Serialize)]
struct Failure<'a> {
    ok: bool,
    error: String,
    diagnostics: Vec<DiagnosticOut<'a>>,
}

#[derive(Serialize)]
struct DiagnosticOut<'a> {
    #[serde(flatten)]
    diagnostic: &'a Diagnostic,
    start: LineCol,
    end: LineCol,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct StatementOut<'a> {
    sql: &'a str,
    params: &'a [u32],
    returns_rows: bool,
    span: Span,
    start: LineCol,
    end: LineCol,
}

impl<'a> StatementOut<'a> {
    fn new(index: &LineIndex<'_>, s: &'a Statement) -> StatementOut<'a> {
        StatementOut {
            sql: &s.sql,
            params: &s.params,
            returns_rows: s.returns_rows,
            span: s.span,
            start: index.line_col(s.span.start),
            end: index.line_col(s.span.end),
        }
    }
}
