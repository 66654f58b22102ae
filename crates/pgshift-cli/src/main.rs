//! The `pgshift` command: translates PostgreSQL SQL files to SQLite or MySQL.

mod args;
mod convert;
mod inputs;
mod json;
mod output;
mod parallel;
mod progress;
mod render;
mod report;
mod source;

use clap::{CommandFactory, Parser};
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = args::Cli::parse();
    match cli.command {
        args::Command::Convert(a) => convert::convert(&a),
        args::Command::Check(a) => convert::check(&a),
        args::Command::Completions { shell } => {
            clap_complete::generate(
                shell,
                &mut args::Cli::command(),
                "pgshift",
                &mut std::io::stdout(),
            );
            ExitCode::SUCCESS
        }
    }
}
