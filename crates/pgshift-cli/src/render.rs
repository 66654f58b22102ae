//! Rendering pgshift diagnostics with miette: the only place the CLI uses miette.

use miette::{
    GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteDiagnostic, NamedSource, Report,
};
use pgshift::{Diagnostic, Severity};

/// Renders one diagnostic against the source it points into, as
/// `file:line:col` with the source excerpt, the label, the help and the code.
pub fn render(diagnostic: &Diagnostic, name: &str, source: &str, color: bool) -> String {
    let start = boundary(source, diagnostic.span.start as usize);
    let end = boundary(source, diagnostic.span.end as usize).max(start);
    let severity = match diagnostic.severity {
        Severity::Error => miette::Severity::Error,
        Severity::Warning => miette::Severity::Warning,
        Severity::Note => miette::Severity::Advice,
    };
    let report = MietteDiagnostic::new(diagnostic.message.clone())
        .with_code(diagnostic.code.as_str())
        .with_severity(severity)
        .with_help(diagnostic.help)
        .with_label(LabeledSpan::new_with_span(
            Some(diagnostic.label.to_string()),
            start..end,
        ));
    let report = Report::new(report).with_source_code(NamedSource::new(name, source.to_string()));
    let theme = if color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let mut out = String::new();
    let handler = GraphicalReportHandler::new_themed(theme);
    if handler.render_report(&mut out, report.as_ref()).is_err() {
        out = format!("{diagnostic}\n");
    }
    out
}

/// Clamps `offset` into `source` and moves it back to a character boundary.
fn boundary(source: &str, offset: usize) -> usize {
    let mut offset = offset.min(source.len());
    while !source.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

#[cfg(test)]
mod tests {
    use super::*;
    use pgshift::{Code, Span};

    #[test]
    fn shows_location_excerpt_label_help_and_code() {
        let source = "SELECT 1;\nSELEC 2;\n";
        let d = Diagnostic::new(Code::Parse, Span::new(10, 15), "expected a statement");
        let text = render(&d, "app.sql", source, false);
        assert!(text.contains("PGS0001"), "{text}");
        assert!(text.contains("expected a statement"), "{text}");
        assert!(text.contains("app.sql:2:1"), "{text}");
        assert!(text.contains("SELEC 2;"), "{text}");
        assert!(text.contains("not valid PostgreSQL"), "{text}");
        assert!(
            text.contains("check the statement runs on PostgreSQL"),
            "{text}"
        );
    }

    #[test]
    fn survives_spans_outside_the_source() {
        let d = Diagnostic::new(Code::Parse, Span::new(50, 90), "past the end");
        let text = render(&d, "x.sql", "é", false);
        assert!(text.contains("past the end"), "{text}");
        assert_eq!(boundary("é", 1), 0);
    }
}
