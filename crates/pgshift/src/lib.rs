//! pgshift translates PostgreSQL SQL into SQLite and MySQL.
//!
//! Every translation either means what the PostgreSQL input meant on the target
//! engine, or it stops with a diagnostic. See `ARCHITECTURE.md` for the pipeline:
//! scan → parse → lower → IR → rules → emit.
//!
//! ```
//! let out = pgshift::translate("SELECT $2, $1, $2", pgshift::Dialect::Mysql).unwrap();
//! assert_eq!(out.sql, "SELECT ?, ?, ?;\n");
//! assert_eq!(out.params, vec![2, 1, 2]);
//! ```

#[cfg(doctest)]
#[doc = include_str!("../../../README.md")]
struct ReadmeDoctests;

pub mod catalog;
mod copy;
pub mod diagnostics;
mod emit;
pub mod fold;
pub mod ir;
mod lower;
pub mod pgtext;
mod pipeline;
pub mod rules;
pub mod scan;
pub mod span;
pub mod target;

pub use diagnostics::{Code, Diagnostic, Severity};
pub use pipeline::{CopyChunk, Finished, Lowered, Output, Translator};
pub use span::{LineCol, LineIndex, Span};
pub use target::{Dialect, Target};

use std::fmt;

/// What to translate to, and how strictly.
#[derive(Clone, Debug)]
pub struct Options {
    pub target: &'static Target,
    /// Warnings become errors.
    pub strict: bool,
    /// The deepest expression nesting accepted before `PGS0003`.
    pub max_depth: u32,
    /// Statements the target cannot run (PL/pgSQL functions, triggers, DO
    /// blocks, policies, grants) are skipped with a warning and a comment in the
    /// output, instead of stopping the translation with an error.
    pub lenient: bool,
    /// The schema known before the script starts (`with_schema`).
    pub schema: Option<std::sync::Arc<catalog::Catalog>>,
    /// Rows per INSERT for COPY data, instead of the target's default
    /// (`Caps::copy_batch_rows`); the statement size limit still applies.
    pub copy_batch_rows: Option<usize>,
}

impl Options {
    pub fn new(to: Dialect) -> Options {
        Options {
            target: to.default_target(),
            strict: false,
            max_depth: DEFAULT_MAX_DEPTH,
            lenient: false,
            schema: None,
            copy_batch_rows: None,
        }
    }

    /// Options for a named profile such as `d1`, `turso`, `mariadb` or `planetscale`.
    pub fn profile(name: &str) -> Option<Options> {
        target::profile(name).map(|target| Options {
            target,
            ..Options::new(target.dialect)
        })
    }

    pub fn strict(mut self, strict: bool) -> Options {
        self.strict = strict;
        self
    }

    pub fn lenient(mut self, lenient: bool) -> Options {
        self.lenient = lenient;
        self
    }

    /// Prints COPY data in INSERTs of at most `rows` rows (at least 1).
    ///
    /// ```
    /// let options = pgshift::Options::new(pgshift::Dialect::Sqlite).copy_batch_rows(2);
    /// let sql = "CREATE TABLE t (a int);\nCOPY t (a) FROM stdin;\n1\n2\n3\n\\.\n";
    /// let out = pgshift::translate_with(sql, &options).unwrap();
    /// assert!(out.sql.ends_with("INSERT INTO t (a) VALUES (1), (2);\nINSERT INTO t (a) VALUES (3);\n"));
    /// ```
    pub fn copy_batch_rows(mut self, rows: usize) -> Options {
        self.copy_batch_rows = Some(rows.max(1));
        self
    }

    /// Keeps FOREIGN KEY constraints on a profile that drops them by default
    /// (planetscale, whose databases accept them once foreign key support is
    /// enabled). `false` goes back to the profile's default.
    ///
    /// ```
    /// let options = pgshift::Options::profile("planetscale").unwrap().keep_foreign_keys(true);
    /// assert!(options.target.caps.foreign_key_constraints);
    /// ```
    pub fn keep_foreign_keys(mut self, keep: bool) -> Options {
        self.target = if keep {
            target::with_foreign_keys(self.target)
        } else {
            target::profile(self.target.name).unwrap_or(self.target)
        };
        self
    }

    /// Starts translation from the schema that the PostgreSQL script `sql`
    /// creates, as if it had run before. The schema script must itself
    /// translate for this target; its diagnostics are returned otherwise.
    ///
    /// ```
    /// use pgshift::{Dialect, Options};
    /// let options = Options::new(Dialect::Mysql)
    ///     .with_schema("CREATE TABLE t (a int NOT NULL DEFAULT 1, b text)")
    ///     .unwrap();
    /// let out = pgshift::translate_with("ALTER TABLE t ALTER COLUMN a TYPE bigint", &options).unwrap();
    /// assert_eq!(out.sql, "ALTER TABLE t MODIFY COLUMN a BIGINT NOT NULL DEFAULT 1;\n");
    /// ```
    pub fn with_schema(mut self, sql: &str) -> Result<Options, Error> {
        let catalog = pipeline::schema(sql, &self)?;
        self.schema = Some(std::sync::Arc::new(catalog));
        Ok(self)
    }

    /// Starts translation from `catalog`, the schema an earlier script built
    /// (`Translator::catalog`): how the CLI carries one schema across a folder of
    /// migrations.
    pub fn with_catalog(mut self, catalog: catalog::Catalog) -> Options {
        self.schema = Some(std::sync::Arc::new(catalog));
        self
    }
}

/// The default bound on expression nesting. It keeps every recursive walk (ours
/// and sqlparser's) far from the stack limit, in native code and in WASM.
pub const DEFAULT_MAX_DEPTH: u32 = 1000;

/// One translated statement.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Statement {
    /// The target SQL, without a trailing `;`.
    pub sql: String,
    /// For each bind slot of this statement, the source `$n` it binds.
    pub params: Vec<u32>,
    /// Where the statement stands in the input.
    pub span: Span,
    /// The statement returns rows (a query, or DML with RETURNING).
    pub returns_rows: bool,
}

/// A successful translation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Translation {
    /// The whole output: the statements, each followed by `;` and a newline.
    pub sql: String,
    /// For each bind slot of the output, in order, the source `$n` it binds: the
    /// statements' maps one after another. With `?` placeholders (MySQL) the caller
    /// passes `args[params[i] - 1]` as the i-th argument; with `?NNN` (SQLite) slot i
    /// is `?i`, so a statement's map is `1..=max`.
    pub params: Vec<u32>,
    /// Warnings and notes that did not stop the translation.
    pub diagnostics: Vec<Diagnostic>,
    /// The statements one by one.
    pub statements: Vec<Statement>,
}

/// A failed translation: at least one diagnostic is an error.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    pub diagnostics: Vec<Diagnostic>,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut first = true;
        for d in self.diagnostics.iter().filter(|d| d.is_error()) {
            if !first {
                f.write_str("; ")?;
            }
            first = false;
            write!(f, "{d}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Error {}

/// Translates a PostgreSQL script to the default profile of `to`.
pub fn translate(sql: &str, to: Dialect) -> Result<Translation, Error> {
    translate_with(sql, &Options::new(to))
}

/// Translates a PostgreSQL script with explicit options.
pub fn translate_with(sql: &str, options: &Options) -> Result<Translation, Error> {
    pipeline::translate(sql, options)
}

/// Translates a script given as bytes, as read from a file or a socket. Bytes
/// that are not UTF-8 are an error (`PGS0009`) whose span covers the first
/// invalid sequence; valid UTF-8 is translated as by `translate_with`.
///
/// ```
/// let err = pgshift::translate_bytes(b"SELECT '\xff'", &pgshift::Options::new(pgshift::Dialect::Sqlite)).unwrap_err();
/// assert_eq!(err.diagnostics[0].code, pgshift::Code::InvalidUtf8);
/// assert_eq!((err.diagnostics[0].span.start, err.diagnostics[0].span.end), (8, 9));
/// ```
pub fn translate_bytes(sql: &[u8], options: &Options) -> Result<Translation, Error> {
    match std::str::from_utf8(sql) {
        Ok(text) => translate_with(text, options),
        Err(e) => {
            let start = e.valid_up_to();
            let end = start + e.error_len().unwrap_or(sql.len() - start);
            Err(Error {
                diagnostics: vec![Diagnostic::new(
                    Code::InvalidUtf8,
                    Span::new(start, end),
                    format!(
                        "invalid UTF-8 at byte offset {start} (0x{:02x})",
                        sql.get(start).copied().unwrap_or(0)
                    ),
                )],
            })
        }
    }
}
