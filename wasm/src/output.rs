//! The JSON text a translation returns to JS.
//!
//! Diagnostics keep the fields the library serializes (`code`, `severity`,
//! `message`, `span`, `label`, `help`, from its one table) and gain `start` and
//! `end` as one-based lines and columns, the shape of `Diagnostic::to_json`.
//! One `LineIndex` serves every diagnostic and statement of a result, so a
//! large script with many notes is indexed once, not once per note.

use pgshift::{Diagnostic, Error, LineCol, LineIndex, Span, Translation};
use serde::Serialize;

/// The JSON of a translation's result.
pub fn result(source: &str, result: &Result<Translation, Error>) -> String {
    let index = LineIndex::new(source);
    let json = match result {
        Ok(t) => serde_json::to_string(&Success {
            ok: true,
            sql: &t.sql,
            params: &t.params,
            diagnostics: diagnostics(&index, &t.diagnostics),
            statements: t
                .statements
                .iter()
                .map(|s| StatementOut {
                    sql: &s.sql,
                    params: &s.params,
                    returns_rows: s.returns_rows,
                    span: s.span,
                    start: index.line_col(s.span.start),
                    end: index.line_col(s.span.end),
                })
                .collect(),
        }),
        Err(e) => serde_json::to_string(&Failure {
            ok: false,
            error: e.to_string(),
            diagnostics: diagnostics(&index, &e.diagnostics),
        }),
    };
    // Serializing these plain structs cannot fail; if it ever did, the caller
    // still gets a well-formed usage error instead of an empty text.
    json.unwrap_or_else(|e| usage(&format!("cannot serialize the result: {e}")))
}

/// The JSON of wrong options: `{"ok": false, "usage": message}`.
pub fn usage(message: &str) -> String {
    serde_json::json!({ "ok": false, "usage": message }).to_string()
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
struct Success<'a> {
    ok: bool,
    sql: &'a str,
    params: &'a [u32],
    diagnostics: Vec<DiagnosticOut<'a>>,
    statements: Vec<StatementOut<'a>>,
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
