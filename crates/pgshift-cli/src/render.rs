//! Rendering pgshift diagnostics with miette: the only place the CLI uses miette.

use crate::source::Excerpt;
use miette::{
    GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteDiagnostic, MietteError,
    MietteSpanContents, Report, SourceCode, SourceSpan, SpanContents,
};
use pgshift::{Diagnostic, Severity};

/// An excerpt of a file as miette's source: offsets within the excerpt, line
/// numbers as in the file.
struct Source {
    name: String,
    text: String,
    /// The zero-based line the excerpt starts on.
    first_line: usize,
}

impl SourceCode for Source {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        before: usize,
        after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        let inner = self.text.read_span(span, before, after)?;
        Ok(Box::new(MietteSpanContents::new_named(
            self.name.clone(),
            inner.data(),
            *inner.span(),
            inner.line() + self.first_line,
            inner.column(),
            inner.line_count(),
        )))
    }
}

/// Renders one diagnostic against the excerpt it points into, as
/// `file:line:col` with the source lines, the label, the help and the code.
pub fn render(diagnostic: &Diagnostic, name: &str, excerpt: &Excerpt, color: bool) -> String {
    let text = &excerpt.text;
    let start = boundary(
        text,
        (diagnostic.span.start as usize).saturating_sub(excerpt.offset),
    );
    let end = boundary(
        text,
        (diagnostic.span.end as usize).saturating_sub(excerpt.offset),
    )
    .max(start);
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
    let source = Source {
        name: name.to_string(),
        text: text.clone(),
        first_line: excerpt.line.saturating_sub(1) as usize,
    };
    let report = Report::new(report).with_source_code(source);
    let theme = if color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let mut out = String::new();
    let handler = GraphicalReportHandler::new_themed(theme);
    if handler.render_report(&mut out, report.as_ref()).is_err() {
        out = format!("{name}: {diagnostic}\n");
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
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;
    use pgshift::{Code, Span};

    fn whole(text: &str) -> Excerpt {
        Excerpt {
            text: text.to_string(),
            offset: 0,
            line: 1,
        }
    }

    #[test]
    fn shows_location_excerpt_label_help_and_code() {
        let source = "SELECT 1;\nSELEC 2;\n";
        let d = Diagnostic::new(Code::Parse, Span::new(10, 15), "expected a statement");
        let text = render(&d, "app.sql", &whole(source), false);
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
    fn an_excerpt_deep_in_a_file_shows_the_file_s_line_numbers() {
        let excerpt = Excerpt {
            text: "SELECT 1; SELEC 2;\n".to_string(),
            offset: 5000,
            line: 412,
        };
        let d = Diagnostic::new(Code::Parse, Span::new(5010, 5015), "expected a statement");
        let text = render(&d, "dump.sql", &excerpt, false);
        assert!(text.contains("dump.sql:412:11"), "{text}");
        assert!(text.contains("412 │ SELECT 1; SELEC 2;"), "{text}");
    }

    #[test]
    fn survives_spans_outside_the_source() {
        let d = Diagnostic::new(Code::Parse, Span::new(50, 90), "past the end");
        let text = render(&d, "x.sql", &whole("é"), false);
        assert!(text.contains("past the end"), "{text}");
        assert_eq!(boundary("é", 1), 0);
    }
}
