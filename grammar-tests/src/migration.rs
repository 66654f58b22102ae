//! A folder of migrations read as one script: its `.sql` files in name order,
//! each ending with a newline, with where each file starts, so that a byte
//! offset in the script can be named as `file:line:column`.

use pgshift::{Diagnostic, LineIndex};
use std::fmt::Write as _;
use std::fs;
use std::ops::Range;
use std::path::Path;

/// The files of a script, concatenated.
#[derive(Clone, Debug, Default)]
pub struct Script {
    /// The whole script.
    pub text: String,
    /// Each file's name and where its text stands in the script.
    pub files: Vec<(String, Range<usize>)>,
}

impl Script {
    /// Reads the `.sql` files directly in `dir`, in name order.
    pub fn load(dir: &Path) -> Result<Script, String> {
        let entries =
            fs::read_dir(dir).map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
        let mut names = Vec::new();
        for entry in entries {
            let path = entry
                .map_err(|e| format!("cannot list {}: {e}", dir.display()))?
                .path();
            if path.is_file() && path.extension().is_some_and(|e| e == "sql") {
                names.push(path);
            }
        }
        names.sort();
        let mut script = Script::default();
        for path in names {
            script.push_file(&path)?;
        }
        Ok(script)
    }

    /// Appends the file at `path`.
    pub fn push_file(&mut self, path: &Path) -> Result<(), String> {
        let text =
            fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let name = path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        self.push(&name, &text);
        Ok(())
    }

    /// Appends `text` under the file name `name`, with a final newline.
    pub fn push(&mut self, name: &str, text: &str) {
        let start = self.text.len();
        self.text.push_str(text);
        if !text.ends_with('\n') {
            self.text.push('\n');
        }
        self.files.push((name.to_string(), start..self.text.len()));
    }

    /// Names the byte `offset` of the script as `file:line:column`.
    pub fn locate(&self, offset: usize) -> String {
        let Some((name, range)) = self
            .files
            .iter()
            .find(|(_, r)| r.contains(&offset))
            .or_else(|| self.files.last())
        else {
            return format!("byte {offset}");
        };
        let file = &self.text[range.clone()];
        let within = u32::try_from(offset.saturating_sub(range.start)).unwrap_or(u32::MAX);
        let at = LineIndex::new(file).line_col(within);
        format!("{name}:{}:{}", at.line, at.column)
    }

    /// The source line holding the byte `offset`, trimmed (empty when `offset`
    /// is not on a character boundary).
    pub fn line_at(&self, offset: usize) -> &str {
        let offset = offset.min(self.text.len());
        let (Some(before), Some(after)) = (self.text.get(..offset), self.text.get(offset..)) else {
            return "";
        };
        let start = before.rfind('\n').map_or(0, |i| i + 1);
        let end = after.find('\n').map_or(self.text.len(), |i| offset + i);
        self.text.get(start..end).unwrap_or("").trim()
    }

    /// Shows diagnostics one per line as `file:line:column code severity:
    /// message`, each followed by its source line.
    pub fn explain(&self, diagnostics: &[Diagnostic]) -> String {
        let mut out = String::new();
        for d in diagnostics {
            let start = d.span.start as usize;
            let _ = writeln!(out, "  {} {d}", self.locate(start));
            let _ = writeln!(out, "      | {}", self.line_at(start));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    use super::*;
    use pgshift::{Code, Span};

    fn script() -> Script {
        let mut s = Script::default();
        s.push("0001_a.sql", "CREATE TABLE a (x int);");
        s.push("0002_b.sql", "-- b\nCREATE TABLE b (y int);\n");
        s
    }

    #[test]
    fn files_end_with_a_newline_and_tile_the_script() {
        let s = script();
        assert_eq!(
            s.text,
            "CREATE TABLE a (x int);\n-- b\nCREATE TABLE b (y int);\n"
        );
        assert_eq!(s.files[0].1, 0..24);
        assert_eq!(s.files[1].1, 24..s.text.len());
    }

    #[test]
    fn offsets_are_named_by_file_line_and_column() {
        let s = script();
        assert_eq!(s.locate(0), "0001_a.sql:1:1");
        let b = s.text.find("CREATE TABLE b").unwrap();
        assert_eq!(s.locate(b + 7), "0002_b.sql:2:8");
        assert_eq!(s.line_at(b + 7), "CREATE TABLE b (y int);");
    }

    #[test]
    fn diagnostics_show_their_file_and_line() {
        let s = script();
        let b = s.text.find("CREATE TABLE b").unwrap();
        let d = Diagnostic::new(Code::Unsupported, Span::new(b, b + 6), "no");
        let shown = s.explain(&[d]);
        assert!(
            shown.contains("0002_b.sql:2:1 error[PGS0002]: no"),
            "{shown}"
        );
        assert!(shown.contains("| CREATE TABLE b (y int);"), "{shown}");
    }

    #[test]
    fn loads_sql_files_in_name_order() {
        let dir = std::env::temp_dir().join(format!("pgshift-migration-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        fs::write(dir.join("0002_b.sql"), "SELECT 2;").unwrap();
        fs::write(dir.join("0001_a.sql"), "SELECT 1;").unwrap();
        fs::write(dir.join("notes.txt"), "not sql").unwrap();
        let s = Script::load(&dir).unwrap();
        fs::remove_dir_all(&dir).unwrap();
        assert_eq!(s.text, "SELECT 1;\nSELECT 2;\n");
        let names: Vec<&str> = s.files.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["0001_a.sql", "0002_b.sql"]);
    }
}
