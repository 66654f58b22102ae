//! The `pgshift` command: translates PostgreSQL SQL files to SQLite or MySQL.

mod args;
mod convert;
mod json;
mod render;

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = args::Cli::parse();
    match cli.command {
        args::Command::Convert(convert_args) => convert::run(&convert_args),
    }
}
