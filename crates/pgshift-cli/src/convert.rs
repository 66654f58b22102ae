//! `pgshift convert` and `pgshift check`: each input is streamed twice, once to
//! plan what pg_dump's post-data statements fold into (`pgshift::fold`), once
//! to translate, so memory follows the largest statement, not the input. One
//! schema is carried from each input to the next.

use crate::ahead::{Ahead, Entry};
use crate::args::{ConvertArgs, Format, TranslateArgs};
use crate::inputs::{self, Input};
use crate::output::{Destination, Pending, Sink};
use crate::parallel::{self, Done, Ordered};
use crate::progress;
use crate::report::Reporter;
use crate::source::Tracker;
use crate::write::{Out, Writer};
use pgshift::fold::Planner;
use pgshift::scan::{InvalidUtf8, OwnedPiece, PieceKind, Reader};
use pgshift::{Code, Diagnostic, Options, Output, Span, Translator};
use std::fs::File;
use std::io::{self, IsTerminal};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The exit code for usage and I/O errors.
const USAGE: u8 = 2;

/// `pgshift convert`.
pub fn convert(args: &ConvertArgs) -> ExitCode {
    let destination = match (&args.output, &args.out_dir) {
        (Some(file), _) => Destination::File(file.clone()),
        (None, Some(dir)) => Destination::Folder(dir.clone()),
        (None, None) => Destination::Stdout,
    };
    exit(run(&args.common, &destination, !args.no_progress))
}

/// `pgshift check`.
pub fn check(args: &TranslateArgs) -> ExitCode {
    exit(run(args, &Destination::Nowhere, false))
}

fn exit(result: Result<bool, String>) -> ExitCode {
    match result {
        Ok(false) => ExitCode::SUCCESS,
        Ok(true) => ExitCode::FAILURE,
        Err(message) => {
            eprintln!("pgshift: {message}");
            ExitCode::from(USAGE)
        }
    }
}

/// The options the flags ask for, or a usage error.
fn options(args: &TranslateArgs) -> Result<Options, String> {
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
    let mut options = options.strict(args.strict).lenient(args.lenient);
    if args.keep_foreign_keys {
        options = options.keep_foreign_keys(true);
    }
    if let Some(rows) = args.batch_rows {
        options = options.copy_batch_rows(rows);
    }
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

/// Runs every input; `Ok(true)` when an error was diagnosed.
fn run(args: &TranslateArgs, destination: &Destination, progress: bool) -> Result<bool, String> {
    let mut options = options(args)?;
    let jobs = args.jobs.map_or_else(parallel::default_jobs, usize::from);
    let expanded = inputs::expand(&args.inputs)?;
    if expanded.folders && *destination == Destination::Stdout {
        return Err("a folder of inputs needs --out-dir DIR (or -o FILE for one file)".to_string());
    }
    let color = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let mut reporter = Reporter::new(
        args.format,
        args.verbose,
        color,
        *destination == Destination::Nowhere,
    );
    for path in &expanded.ignored {
        reporter.line(&format!(
            "pgshift: note: {} is not a .sql file and is not translated",
            path.display()
        ));
    }
    // stdin is read twice, so it is first copied to a temporary file.
    let spooled = spool_stdin(&expanded.inputs)?;
    let total: u64 = expanded
        .inputs
        .iter()
        .filter_map(|i| readable(i, spooled.as_deref()))
        .filter_map(|p| std::fs::metadata(p).ok())
        .map(|m| m.len())
        .sum();
    // Never when the SQL itself is piped out, nor in JSON mode.
    let piped = *destination == Destination::Stdout && !std::io::stdout().is_terminal();
    let bar = progress::bar(total, progress && !piped && args.format == Format::Text);
    let mut pending = Pending::default();
    let mut shared = match destination {
        Destination::Nowhere => Some(Sink::Discard),
        Destination::Stdout => Some(Sink::stdout().map_err(|e| format!("cannot write: {e}"))?),
        Destination::File(path) => {
            Some(Sink::file(path).map_err(|e| format!("cannot write {}: {e}", path.display()))?)
        }
        Destination::Folder(_) => None,
    };
    let mut failed = false;
    let mut done = 0u64;
    for input in &expanded.inputs {
        let path = readable(input, spooled.as_deref()).unwrap_or_else(|| Path::new("-"));
        let mut own = match destination {
            Destination::Folder(dir) => {
                let dest = dir.join(&input.relative);
                Some(
                    Sink::file(&dest)
                        .map_err(|e| format!("cannot write {}: {e}", dest.display()))?,
                )
            }
            _ => None,
        };
        let Some(sink) = own.as_mut().or(shared.as_mut()) else {
            return Err("no output".to_string());
        };
        bar.set_message(input.name.clone());
        let outcome = translate(
            input,
            path,
            &options,
            sink,
            &mut reporter,
            Progress { bar: &bar, done },
            jobs,
        );
        done += std::fs::metadata(path).map_or(0, |m| m.len()) * 2;
        match outcome {
            Ok(Some(catalog)) => {
                options = options.with_catalog(catalog);
                if let Some(sink) = own {
                    sink.finish(&mut pending)
                        .map_err(|e| format!("cannot write: {e}"))?;
                }
            }
            Ok(None) => {
                failed = true;
                if let Some(sink) = own {
                    sink.abandon();
                }
                if expanded.inputs.len() > 1 {
                    reporter.line(&format!(
                        "pgshift: stopped after {}: the inputs after it build on its schema",
                        input.name
                    ));
                }
                break;
            }
            Err(e) => {
                if let Some(sink) = own {
                    sink.abandon();
                }
                return Err(e);
            }
        }
    }
    bar.finish_and_clear();
    if let Some(spooled) = &spooled {
        let _ = std::fs::remove_file(spooled);
    }
    if let Some(sink) = shared {
        if failed {
            sink.abandon();
        } else {
            sink.finish(&mut pending)
                .map_err(|e| format!("cannot write: {e}"))?;
        }
    }
    reporter.summary(expanded.inputs.len());
    if !failed {
        pending.commit().map_err(|e| format!("cannot write: {e}"))?;
    }
    Ok(failed)
}

/// The file an input is read from: its own, or stdin's copy.
fn readable<'a>(input: &'a Input, spooled: Option<&'a Path>) -> Option<&'a Path> {
    input.path.as_deref().or(spooled)
}

/// Copies stdin to a temporary file when an input reads it.
fn spool_stdin(inputs: &[Input]) -> Result<Option<PathBuf>, String> {
    if inputs.iter().all(|i| i.path.is_some()) {
        return Ok(None);
    }
    let path = std::env::temp_dir().join(format!("pgshift-stdin-{}.sql", std::process::id()));
    let mut file = File::create(&path).map_err(|e| format!("cannot spool stdin: {e}"))?;
    io::copy(&mut io::stdin().lock(), &mut file).map_err(|e| format!("cannot read stdin: {e}"))?;
    Ok(Some(path))
}

/// The progress bar, and how far the inputs before this one took it.
struct Progress<'a> {
    bar: &'a indicatif::ProgressBar,
    done: u64,
}

/// Translates one input into `sink`. `Ok(Some(catalog))` when it translated,
/// `Ok(None)` when an error was diagnosed, `Err` for I/O errors.
fn translate(
    input: &Input,
    path: &Path,
    options: &Options,
    sink: &mut Sink,
    reporter: &mut Reporter,
    progress: Progress,
    jobs: usize,
) -> Result<Option<pgshift::catalog::Catalog>, String> {
    let Progress { bar, done } = progress;
    let open = || File::open(path).map_err(|e| format!("cannot read {}: {e}", input.name));
    // Pass 1: what pg_dump's post-data statements fold into.
    let mut planner = Planner::new(options);
    let mut reader = Reader::new(open()?);
    while let Some(piece) = reader.next_piece() {
        let Some(piece) = checked(piece, input, path, reporter)? else {
            return Ok(None);
        };
        planner.piece(&piece.piece, &piece.text);
        bar.set_position(done + reader.position() as u64);
    }
    let plan = planner.finish();
    let read = reader.position() as u64;
    // Pass 2: the translation, written as it comes, COPY data on `jobs` threads.
    let mut translator = Translator::new(options).with_plan(plan);
    let writer = Writer {
        input,
        path,
        sink,
        reporter,
        text: String::new(),
    };
    let workers = if jobs > 1 { jobs } else { 0 };
    std::thread::scope(|scope| {
        let mut ordered = Ordered::new(scope, workers);
        // The main thread applies the rules while `jobs - 1` threads read ahead.
        let mut ahead = Ahead::new(scope, jobs.saturating_sub(1), options);
        // With more than one job, diagnostics are rendered and output written
        // on a thread of their own.
        let mut out = Out::new(scope, writer, jobs > 1);
        let mut tracker = Tracker::default();
        // Where the last piece ended.
        let mut next = 0;
        let mut outputs: Vec<Output> = Vec::new();
        let mut reader = Reader::new(open()?);
        let mut reading = true;
        let mut read_error = None;
        loop {
            // The next piece in input order, once it is ready; until then, and
            // while there is room, the reader reads ahead.
            let Entry { piece, lowered } = match ahead.next(!reading)? {
                Some(entry) => entry,
                None if reading => {
                    match reader.next_piece() {
                        Some(Ok(piece)) => ahead.push(piece),
                        Some(Err(e)) => {
                            reading = false;
                            read_error = Some(e);
                        }
                        None => reading = false,
                    }
                    continue;
                }
                None => break,
            };
            let OwnedPiece {
                piece,
                text: source,
                last,
            } = piece;
            let offset = piece.span.start as usize;
            if offset > next {
                // The reader skips the rest of a COPY statement's line, its
                // newline included: the data starts on the next line.
                tracker.advance("\n");
            }
            next = offset + source.len();
            let chunk = match piece.kind {
                PieceKind::CopyData => {
                    translator.copy_chunk(offset, source.len(), last, &mut outputs)
                }
                _ => {
                    translator.piece_lowered(&piece, &source, lowered, &mut outputs);
                    None
                }
            };
            let diagnostics = translator.take_diagnostics();
            let excerpt = (!diagnostics.is_empty()).then(|| tracker.excerpt(offset, &source));
            ordered.ready(Done {
                outputs: std::mem::take(&mut outputs),
                diagnostics,
                excerpt,
                adopt: false,
            });
            let start = tracker.clone();
            tracker.advance(&source);
            if let Some(chunk) = chunk {
                ordered.job(chunk, source, offset, start);
            }
            out.drain(&mut ordered, &mut translator, false)?;
            bar.set_position(done + read + reader.position() as u64);
        }
        if let Some(e) = read_error {
            // What came before is reported first.
            out.drain(&mut ordered, &mut translator, true)?;
            let writer = out.finish()?;
            checked(Err(e), input, path, writer.reporter)?;
            return Ok(None);
        }
        out.drain(&mut ordered, &mut translator, true)?;
        let mut writer = out.finish()?;
        let finished = translator.finish(&mut outputs);
        let excerpt = tracker.excerpt(reader.position(), "");
        for d in &finished.diagnostics {
            writer.reporter.diagnostic(d, &input.name, &excerpt, path);
        }
        writer.write(&mut outputs)?;
        Ok((!finished.failed).then_some(finished.catalog))
    })
}

/// A piece, `None` after reporting input that is not UTF-8, or an I/O error.
fn checked(
    piece: io::Result<OwnedPiece>,
    input: &Input,
    path: &Path,
    reporter: &mut Reporter,
) -> Result<Option<OwnedPiece>, String> {
    match piece {
        Ok(piece) => Ok(Some(piece)),
        Err(e) if e.kind() == io::ErrorKind::InvalidData => {
            let offset = e
                .get_ref()
                .and_then(|inner| inner.downcast_ref::<InvalidUtf8>())
                .map_or(0, |bad| bad.offset);
            let d = Diagnostic::new(
                Code::InvalidUtf8,
                Span::new(offset, offset + 1),
                format!("invalid UTF-8 at byte offset {offset}"),
            );
            let excerpt = Tracker::default().excerpt(0, "");
            reporter.diagnostic(&d, &input.name, &excerpt, path);
            Ok(None)
        }
        Err(e) => Err(format!("cannot read {}: {e}", input.name)),
    }
}
