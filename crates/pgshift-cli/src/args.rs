//! The command line, as clap parses it.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

const EXAMPLES: &str = "\
Examples:
  pgshift convert --to sqlite examples/app.sql
  pgshift convert --to mysql --format json examples/app.sql
  cat schema.sql | pgshift convert --to mysql -
  pgshift convert --profile d1 --strict migrations/0001.sql > out.sql
  pgshift convert --to sqlite --schema schema.sql migrations/0002.sql
  pgshift convert --to mysql --lenient dump.sql

Exit codes:
  0  translated (warnings may have been printed)
  1  an error was diagnosed; nothing was translated
  2  usage or I/O error";

/// Translate PostgreSQL SQL to SQLite or MySQL, faithfully or with a diagnostic.
#[derive(Debug, Parser)]
#[command(name = "pgshift", version, after_help = EXAMPLES)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Translate a PostgreSQL script; the SQL goes to stdout, diagnostics to stderr.
    #[command(after_help = EXAMPLES)]
    Convert(ConvertArgs),
}

/// The target dialect family.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum To {
    Sqlite,
    Mysql,
}

impl To {
    /// The library's dialect.
    pub fn dialect(self) -> pgshift::Dialect {
        match self {
            To::Sqlite => pgshift::Dialect::Sqlite,
            To::Mysql => pgshift::Dialect::Mysql,
        }
    }
}

/// How the result is printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// The SQL on stdout, diagnostics rendered on stderr.
    Text,
    /// One JSON object on stdout: `{"sql", "params", "diagnostics"}`.
    Json,
}

/// The options of `pgshift convert`.
#[derive(Debug, Args)]
pub struct ConvertArgs {
    /// The target dialect; may be left out when --profile names one.
    #[arg(long, value_enum, required_unless_present = "profile")]
    pub to: Option<To>,
    /// A target profile such as d1, turso, mysql8, mariadb or planetscale.
    #[arg(long, value_name = "NAME")]
    pub profile: Option<String>,
    /// Treat warnings as errors.
    #[arg(long)]
    pub strict: bool,
    /// Skip statements the target cannot run (PL/pgSQL functions, triggers, DO
    /// blocks, policies) with a warning and a comment, instead of stopping.
    #[arg(long)]
    pub lenient: bool,
    /// A PostgreSQL schema script the input runs against (the tables that its
    /// ALTER TABLE, INSERT and COPY statements use).
    #[arg(long, value_name = "FILE")]
    pub schema: Option<PathBuf>,
    /// The output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// The PostgreSQL script to read; `-` or nothing reads stdin.
    #[arg(value_name = "FILE")]
    pub file: Option<PathBuf>,
}
