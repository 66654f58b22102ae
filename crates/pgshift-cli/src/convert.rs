//! `pgshift convert`: reads the input, translates it and prints the result.

use crate::args::{ConvertArgs, Format};
use crate::{json, render};
use pgshift::{Options, Translation};
use std::io::{IsTerminal, Read, Write};
use std::path::Path;
use std::process::ExitCode;

/// The exit code for usage and I/O errors.
const USAGE: u8 = 2;

/// Runs the subcommand and returns the process exit code.
pub fn run(args: &ConvertArgs) -> ExitCode {
    match convert(args) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("pgshift: {message}");
            ExitCode::from(USAGE)
        }
    }
}

/// The options the flags ask for, or a usage error.
fn options(args: &ConvertArgs) -> Result<Options, String> {
    let options = match (&args.profile, args.to) {
        (Some(name), to) => {
            let options = Options::profile(name).ok_or_else(|| {
                let known: Vec<&str> = pgshift::target::PROFILES.iter().map(|t| t.name).collect();
                format!("unknown profile `{name}` (known: {})", known.join(", "))
            })?;
            if let Some(to) = to {
                if to.dialect() != options.target.dialect {
                    return Err(format!(
                        "profile `{name}` is a {} profile, not {}",
                        options.target.dialect.name(),
                        to.dialect().name()
                    ));
                }
            }
            options
        }
        (None, Some(to)) => Options::new(to.dialect()),
        (None, None) => return Err("give --to sqlite|mysql or --profile NAME".to_string()),
    };
    let options = options.strict(args.strict).lenient(args.lenient);
    match &args.schema {
        None => Ok(options),
        Some(path) => {
            let schema = std::fs::read_to_string(path)
                .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            options
                .with_schema(&schema)
                .map_err(|e| format!("the schema {} does not translate: {e}", path.display()))
        }
    }
}

/// Reads the input: a file, or stdin for `-` or no file. Returns its display name and text.
fn read_input(file: Option<&Path>) -> Result<(String, String), String> {
    match file {
        Some(path) if path != Path::new("-") => {
            let text = std::fs::read_to_string(path)
                .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            Ok((path.display().to_string(), text))
        }
        _ => {
            let mut text = String::new();
            std::io::stdin()
                .read_to_string(&mut text)
                .map_err(|e| format!("cannot read stdin: {e}"))?;
            Ok(("<stdin>".to_string(), text))
        }
    }
}

fn convert(args: &ConvertArgs) -> Result<ExitCode, String> {
    let options = options(args)?;
    let (name, source) = read_input(args.file.as_deref())?;
    let result = pgshift::translate_with(&source, &options);
    let failed = match &result {
        Ok(t) => t.diagnostics.iter().any(pgshift::Diagnostic::is_error),
        Err(_) => true,
    };
    let diagnostics = match &result {
        Ok(t) => &t.diagnostics,
        Err(e) => &e.diagnostics,
    };
    let mut stdout = std::io::stdout().lock();
    match args.format {
        Format::Json => {
            let value = json::output(&source, result.as_ref().ok(), diagnostics);
            writeln!(stdout, "{value}").map_err(|e| format!("cannot write stdout: {e}"))?;
        }
        Format::Text => {
            let color = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
            let mut stderr = std::io::stderr().lock();
            for d in diagnostics {
                let text = render::render(d, &name, &source, color);
                let _ = write!(stderr, "{text}");
            }
            if let Ok(Translation { sql, .. }) = &result {
                if !failed {
                    stdout
                        .write_all(sql.as_bytes())
                        .map_err(|e| format!("cannot write stdout: {e}"))?;
                }
            }
        }
    }
    stdout
        .flush()
        .map_err(|e| format!("cannot write stdout: {e}"))?;
    Ok(if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}
