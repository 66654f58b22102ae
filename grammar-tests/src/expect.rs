//! What a case expects of its statements: most must succeed, and those marked
//! with a `-- error` comment line right before them must fail on every engine.
//!
//! A marked statement shows that a constraint is enforced, for example:
//!
//! ```sql
//! -- error: the check is violated
//! INSERT INTO t (qty) VALUES (-1);
//! ```

use pgshift::scan::{self, PieceKind};
use pgshift::Span;

/// The source statements of a script that are marked `-- error`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ExpectedErrors {
    spans: Vec<Span>,
}

impl ExpectedErrors {
    /// Nothing is expected to fail.
    pub fn none() -> ExpectedErrors {
        ExpectedErrors::default()
    }

    /// Finds the statements of `source` whose preceding trivia (the comments and
    /// white space between them and the previous statement) holds a `-- error` line.
    pub fn from_source(source: &str) -> ExpectedErrors {
        let mut spans = Vec::new();
        let mut marked = false;
        for piece in scan::split(source) {
            match piece.kind {
                PieceKind::Trivia => marked |= piece.text(source).lines().any(is_error_marker),
                PieceKind::Statement => {
                    if marked {
                        spans.push(piece.span);
                    }
                    marked = false;
                }
                PieceKind::MetaCommand | PieceKind::CopyData => marked = false,
            }
        }
        ExpectedErrors { spans }
    }

    /// The marked source statement within which a translated statement starting
    /// at `span.start` stands, if any.
    pub fn containing(&self, span: Span) -> Option<Span> {
        self.spans
            .iter()
            .copied()
            .find(|s| span.start >= s.start && span.start < s.end.max(s.start + 1))
    }

    /// A marked source statement that none of `statements` stands within: the
    /// translation dropped it, so it cannot fail on the target.
    pub fn untranslated(&self, statements: &[pgshift::Statement]) -> Option<Span> {
        self.spans.iter().copied().find(|marked| {
            !statements
                .iter()
                .any(|s| self.containing(s.span) == Some(*marked))
        })
    }

    /// Checks that every marked source statement of `source` has a translated
    /// statement on `target`.
    pub fn check_translated(
        &self,
        source: &str,
        statements: &[pgshift::Statement],
        target: &str,
    ) -> Result<(), String> {
        match self.untranslated(statements) {
            None => Ok(()),
            Some(span) => Err(format!(
                "the statement marked -- error has no {target} translation, so it cannot fail there:\n    {}",
                source
                    .get(span.start as usize..span.end as usize)
                    .unwrap_or("")
                    .trim()
            )),
        }
    }

    /// True when no statement is marked.
    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }
}

/// True for a comment line `-- error`, optionally followed by `: reason`.
pub fn is_error_marker(line: &str) -> bool {
    let Some(rest) = line.trim().strip_prefix("--") else {
        return false;
    };
    let Some(rest) = rest.trim_start().strip_prefix("error") else {
        return false;
    };
    let rest = rest.trim_start();
    rest.is_empty() || rest.starts_with(':')
}

/// True when `sql` holds only comments: the translator's output for a skipped
/// statement. Engines cannot prepare such text, so adapters skip it.
pub fn is_comment_only(sql: &str) -> bool {
    let trimmed = sql.trim();
    trimmed.starts_with("--")
        && trimmed
            .lines()
            .map(str::trim)
            .all(|line| line.is_empty() || line.starts_with("--"))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    use super::*;

    #[test]
    fn markers_are_the_word_error_with_an_optional_reason() {
        for yes in [
            "-- error",
            "--error",
            "  -- error: check violated",
            "-- error:x",
        ] {
            assert!(is_error_marker(yes), "{yes}");
        }
        for no in [
            "-- errors",
            "-- error check",
            "-- an error",
            "error",
            "-- Error",
        ] {
            assert!(!is_error_marker(no), "{no}");
        }
    }

    #[test]
    fn only_the_statement_right_after_the_marker_is_expected_to_fail() {
        let source = "CREATE TABLE t (a int);\n-- error: not null\nINSERT INTO t VALUES (NULL);\nINSERT INTO t VALUES (1);\n";
        let expected = ExpectedErrors::from_source(source);
        let insert = source.find("INSERT").unwrap();
        let second = source.rfind("INSERT").unwrap();
        assert!(expected.containing(Span::new(insert, insert + 5)).is_some());
        assert!(expected.containing(Span::new(second, second + 5)).is_none());
        assert!(expected.containing(Span::new(0, 5)).is_none());
    }

    #[test]
    fn a_marker_in_the_header_marks_the_first_statement() {
        let expected = ExpectedErrors::from_source("-- error\nSELECT 1/0;");
        assert!(expected.containing(Span::new(9, 10)).is_some());
        assert!(ExpectedErrors::from_source("SELECT 1; -- error\n").is_empty());
    }

    #[test]
    fn a_marked_statement_without_translation_is_found() {
        let source = "SELECT 1;\n-- error\nSELECT 1/0;\n";
        let expected = ExpectedErrors::from_source(source);
        let marked = source.rfind("SELECT").unwrap();
        let stmt = |start: usize| pgshift::Statement {
            sql: "SELECT 1".into(),
            params: vec![],
            span: Span::new(start, start + 3),
            returns_rows: true,
        };
        assert!(expected
            .check_translated(source, &[stmt(0), stmt(marked)], "sqlite")
            .is_ok());
        let err = expected
            .check_translated(source, &[stmt(0)], "sqlite")
            .unwrap_err();
        assert!(err.contains("no sqlite translation"), "{err}");
        assert!(err.ends_with("SELECT 1/0;"), "{err}");
    }

    #[test]
    fn comment_only_statements() {
        assert!(is_comment_only("-- skipped: COMMENT ON"));
        assert!(is_comment_only("  -- a\n  -- b\n"));
        assert!(!is_comment_only("-- a\nSELECT 1"));
        assert!(!is_comment_only("SELECT 1 -- a"));
        assert!(!is_comment_only(""));
    }
}
