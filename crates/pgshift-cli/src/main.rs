//! The `pgshift` command: translates PostgreSQL SQL files to SQLite or MySQL.

mod ahead;
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
mod write;

use clap::{CommandFactory, Parser};
use std::process::ExitCode;

/// jemalloc instead of the system allocator. With `--jobs`, statements are
/// lowered on one thread and their IR freed on another, and COPY output is
/// made on one thread and written on another. glibc's malloc makes each such
/// free wait on the lock of the arena the memory came from: on the 10 MB
/// mixed script two cores took 3.5 s against one core's 4.0 s, where with
/// jemalloc they take 2.2 s against 3.8 s, at the same peak RSS
/// (`bench/PROFILE.md`, "Two cores"). mimalloc was faster still, but held
/// four to five times the memory on a dump.
#[cfg(all(unix, not(target_family = "wasm")))]
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

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
