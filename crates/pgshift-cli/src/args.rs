//! The command line, as clap parses it.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

const EXAMPLES: &str = "\
Examples:
  pgshift convert --to sqlite app.sql                      SQL to stdout
  pgshift convert --profile d1 dump.sql -o d1.sql          a pg_dump for Cloudflare D1
  pgshift convert --to mysql migrations/ --out-dir out/    a folder, mirrored file by file
  cat schema.sql | pgshift convert --to mysql -            stdin
  pgshift convert --to sqlite --schema schema.sql q.sql    queries against a known schema
  pgshift convert --to mysql --lenient dump.sql -o out.sql skip PL/pgSQL with a comment
  pgshift check --to sqlite --format json migrations/      diagnostics only, one JSON object a line
  pgshift completions bash > /etc/bash_completion.d/pgshift

Exit codes:
  0  translated (warnings may have been printed)
  1  an error was diagnosed; no output file was written
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
    /// Translate PostgreSQL scripts, pg_dump files or folders of migrations.
    #[command(after_help = EXAMPLES)]
    Convert(ConvertArgs),
    /// Report the diagnostics a conversion would give, without writing output.
    #[command(after_help = EXAMPLES)]
    Check(TranslateArgs),
    /// Print a shell completion script.
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
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

/// How diagnostics are printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Rendered with the source excerpt, as file:line:col.
    Text,
    /// One JSON object a line per diagnostic (on stderr for convert, stdout for check).
    Json,
}

/// What both `convert` and `check` take.
#[derive(Debug, Args)]
pub struct TranslateArgs {
    /// The target dialect; may be left out when --profile names one.
    #[arg(long, value_enum, required_unless_present = "profile")]
    pub to: Option<To>,
    /// A target profile: sqlite, d1, turso, mysql, mysql8, mariadb or planetscale.
    #[arg(long, value_name = "NAME")]
    pub profile: Option<String>,
    /// Treat warnings as errors.
    #[arg(long, conflicts_with = "lenient")]
    pub strict: bool,
    /// Skip statements the target cannot run (PL/pgSQL functions, triggers, DO
    /// blocks, policies) with a warning and a comment, instead of stopping.
    #[arg(long)]
    pub lenient: bool,
    /// Rows per INSERT for COPY data (default: the profile's, e.g. 500 for
    /// sqlite and mysql, 100 for d1; statements also stay under the profile's size limit).
    #[arg(long, value_name = "N")]
    pub batch_rows: Option<usize>,
    /// Threads to use (default: the available cores, at most 8). N - 1
    /// threads parse statements ahead, N translate COPY data, and one renders
    /// diagnostics and writes; the rules run in input order. The output and
    /// the diagnostics are the same for any N; 1 does everything on one thread.
    #[arg(short, long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub jobs: Option<u16>,
    /// Keep FOREIGN KEY constraints where the profile drops them (planetscale).
    #[arg(long)]
    pub keep_foreign_keys: bool,
    /// A PostgreSQL schema script the input runs against (the tables that its
    /// ALTER TABLE, INSERT and COPY statements use).
    #[arg(long, value_name = "FILE")]
    pub schema: Option<PathBuf>,
    /// How diagnostics are printed.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Also print notes (dropped SET statements, meta-commands, `public.`
    /// qualifiers…) in text mode; JSON mode always carries them.
    #[arg(short, long)]
    pub verbose: bool,
    /// Files or folders of migrations (every `.sql` file below, in name order,
    /// with one schema carried across them); `-` or nothing reads stdin.
    #[arg(value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
}

/// The options of `pgshift convert`.
#[derive(Debug, Args)]
pub struct ConvertArgs {
    #[command(flatten)]
    pub common: TranslateArgs,
    /// Write all output to FILE (atomically: nothing is written if an error is diagnosed).
    #[arg(short, long, value_name = "FILE", conflicts_with = "out_dir")]
    pub output: Option<PathBuf>,
    /// Write one output file per input into DIR, mirroring folders (atomically).
    #[arg(long, value_name = "DIR")]
    pub out_dir: Option<PathBuf>,
    /// Never show a progress bar (it shows only on a terminal, for inputs over 4 MB).
    #[arg(long)]
    pub no_progress: bool,
}
