//! Printing diagnostics as they come: rendered (miette) or JSON lines, with
//! counts for the closing summary.

use crate::args::Format;
use crate::source::{self, Excerpt};
use crate::{json, render};
use pgshift::{Diagnostic, Severity};
use std::io::Write;
use std::path::Path;

pub struct Reporter {
    format: Format,
    verbose: bool,
    color: bool,
    /// JSON lines go to stdout (`check`) instead of stderr.
    json_to_stdout: bool,
    errors: usize,
    warnings: usize,
    notes: usize,
    hidden: usize,
}

impl Reporter {
    pub fn new(format: Format, verbose: bool, color: bool, json_to_stdout: bool) -> Reporter {
        Reporter {
            format,
            verbose,
            color,
            json_to_stdout,
            errors: 0,
            warnings: 0,
            notes: 0,
            hidden: 0,
        }
    }

    /// One diagnostic of the input `name` (read from `path`); `excerpt` is the
    /// text around the current piece.
    pub fn diagnostic(&mut self, d: &Diagnostic, name: &str, excerpt: &Excerpt, path: &Path) {
        match d.severity {
            Severity::Error => self.errors += 1,
            Severity::Warning => self.warnings += 1,
            Severity::Note => self.notes += 1,
        }
        let elsewhere;
        let excerpt = if excerpt.contains(d.span) {
            excerpt
        } else {
            elsewhere = source::from_file(path, d.span).unwrap_or_else(|| excerpt.clone());
            &elsewhere
        };
        match self.format {
            Format::Json => {
                let line = json::line(d, name, excerpt);
                if self.json_to_stdout {
                    let _ = writeln!(std::io::stdout().lock(), "{line}");
                } else {
                    let _ = writeln!(std::io::stderr().lock(), "{line}");
                }
            }
            Format::Text if d.severity == Severity::Note && !self.verbose => self.hidden += 1,
            Format::Text => {
                let text = render::render(d, name, excerpt, self.color);
                let _ = write!(std::io::stderr().lock(), "{text}");
            }
        }
    }

    /// A line of its own on stderr (text mode only).
    pub fn line(&mut self, text: &str) {
        if self.format == Format::Text {
            let _ = writeln!(std::io::stderr().lock(), "{text}");
        }
    }

    /// The closing line, in text mode, when anything was diagnosed.
    pub fn summary(&mut self, inputs: usize) {
        if self.errors + self.warnings + self.notes == 0 {
            return;
        }
        let hidden = if self.hidden > 0 {
            format!(" ({} hidden; -v shows them)", self.hidden)
        } else {
            String::new()
        };
        let s = |n: usize| if n == 1 { "" } else { "s" };
        self.line(&format!(
            "pgshift: {inputs} input{}: {} error{}, {} warning{}, {} note{}{hidden}",
            s(inputs),
            self.errors,
            s(self.errors),
            self.warnings,
            s(self.warnings),
            self.notes,
            s(self.notes),
        ));
    }
}
