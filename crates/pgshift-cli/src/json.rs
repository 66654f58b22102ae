//! The `--format json` output: one JSON object a line per diagnostic, with the
//! file it belongs to, for editors and CI.

use crate::source::Excerpt;
use pgshift::Diagnostic;
use serde_json::Value;

/// `{"file", "code", "severity", "message", "label", "help", "span", "start", "end"}`.
pub fn line(diagnostic: &Diagnostic, file: &str, excerpt: &Excerpt) -> String {
    let start = excerpt.line_col(diagnostic.span.start as usize);
    let end = excerpt.line_col(diagnostic.span.end as usize);
    let mut value: Value =
        serde_json::from_str(&diagnostic.to_json_at(start, end)).unwrap_or(Value::Null);
    if let Value::Object(map) = &mut value {
        map.insert("file".to_string(), Value::String(file.to_string()));
    }
    value.to_string()
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;
    use pgshift::{Code, Span};

    #[test]
    fn one_object_with_file_and_position() {
        let excerpt = Excerpt {
            text: "SELECT 1;\nSELEC 2;\n".to_string(),
            offset: 100,
            line: 7,
        };
        let d = Diagnostic::new(Code::Parse, Span::new(110, 115), "expected a statement");
        let v: Value = serde_json::from_str(&line(&d, "a.sql", &excerpt)).unwrap_or(Value::Null);
        assert_eq!(v["file"], "a.sql");
        assert_eq!(v["code"], "PGS0001");
        assert_eq!(v["severity"], "error");
        assert_eq!(v["start"]["line"], 8);
        assert_eq!(v["start"]["column"], 1);
        assert_eq!(v["span"]["start"], 110);
    }
}
