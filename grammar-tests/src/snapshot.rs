//! The text a case's snapshot holds for one target.

use pgshift::{Diagnostic, LineIndex, Severity, Translation};
use std::fmt::Write as _;

fn severity(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Note => "note",
    }
}

/// The snapshot text: the translated SQL (or `error`), the params map, and every
/// diagnostic as `code severity line:col message`.
pub fn render(source: &str, result: &Result<Translation, pgshift::Error>) -> String {
    let mut out = String::new();
    let diagnostics: &[Diagnostic] = match result {
        Ok(t) => {
            out.push_str(t.sql.trim_end());
            out.push('\n');
            &t.diagnostics
        }
        Err(e) => {
            out.push_str("error\n");
            &e.diagnostics
        }
    };
    if let Ok(t) = result {
        let params: Vec<String> = t.params.iter().map(|n| format!("${n}")).collect();
        let _ = writeln!(out, "-- params: [{}]", params.join(", "));
    }
    let index = LineIndex::new(source);
    for d in diagnostics {
        let at = index.line_col(d.span.start);
        let _ = writeln!(
            out,
            "-- {} {} {}:{} {}",
            d.code.as_str(),
            severity(d.severity),
            at.line,
            at.column,
            d.message
        );
    }
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    use super::*;
    use pgshift::{Code, Span, Statement};

    #[test]
    fn success_shows_sql_params_and_warnings() {
        let source = "SELECT\n  $2, $1;";
        let t = Translation {
            sql: "SELECT ?, ?;\n".into(),
            params: vec![2, 1],
            diagnostics: vec![Diagnostic::new(Code::LossyType, Span::new(9, 11), "approx")],
            statements: vec![Statement {
                sql: "SELECT ?, ?".into(),
                params: vec![2, 1],
                span: Span::new(0, 15),
                returns_rows: true,
            }],
        };
        assert_eq!(
            render(source, &Ok(t)),
            "SELECT ?, ?;\n-- params: [$2, $1]\n-- PGS0110 warning 2:3 approx\n"
        );
    }

    #[test]
    fn failure_shows_error_and_diagnostics() {
        let e = pgshift::Error {
            diagnostics: vec![Diagnostic::new(Code::Parse, Span::new(0, 5), "bad")],
        };
        assert_eq!(
            render("SELEC 1", &Err(e)),
            "error\n-- PGS0001 error 1:1 bad\n"
        );
    }
}
