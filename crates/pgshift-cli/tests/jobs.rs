//! `--jobs N`: the output and the diagnostics are byte for byte those of
//! `--jobs 1`, on inputs whose COPY data comes in many chunks (the reader
//! hands COPY data over in parts of about a megabyte, and each part is one
//! job) and on the real dumps in `corpora/`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::fmt::Write as _;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::Command;

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("pgshift-jobs-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A scratch folder `name` and the input `write` generates in it.
fn generated(
    name: &str,
    write: impl FnOnce(&mut BufWriter<std::fs::File>) -> std::io::Result<()>,
) -> (PathBuf, PathBuf) {
    let dir = scratch(name);
    let input = dir.join(format!("{name}.sql"));
    let mut w = BufWriter::new(std::fs::File::create(&input).unwrap());
    write(&mut w).unwrap();
    w.flush().unwrap();
    (dir, input)
}

/// `pgshift <args> --jobs <jobs>`: exit code, stdout and stderr.
fn run(args: &[&str], jobs: u32) -> (Option<i32>, Vec<u8>, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_pgshift"))
        .args(args)
        .args(["--jobs", &jobs.to_string()])
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    (
        out.status.code(),
        out.stdout,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Runs `args` with one thread and with several; all runs must agree.
fn same_for_any_jobs(args: &[&str]) -> (Option<i32>, Vec<u8>, String) {
    let one = run(args, 1);
    for jobs in [2, 3] {
        let many = run(args, jobs);
        assert_eq!(one.0, many.0, "exit code with --jobs {jobs}: {args:?}");
        assert_eq!(one.2, many.2, "diagnostics with --jobs {jobs}: {args:?}");
        assert!(
            one.1 == many.1,
            "the output with --jobs {jobs} differs from --jobs 1: {args:?} ({} and {} bytes)",
            one.1.len(),
            many.1.len()
        );
    }
    one
}

#[test]
fn a_generated_dump_in_many_chunks() {
    let (dir, input) = generated("dump", |w| pgshift_gen::dump(3, 6 << 20, w));
    let input = input.to_str().unwrap();
    for to in ["sqlite", "mysql"] {
        let (code, out, err) = same_for_any_jobs(&["convert", "--to", to, input]);
        assert_eq!(code, Some(0), "{err}");
        let out = String::from_utf8(out).unwrap();
        // Several megabytes of INSERTs came from more than one chunk.
        assert!(out.len() > 4 << 20, "{} bytes", out.len());
        assert!(out.matches("INSERT INTO").count() > 20);
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// A COPY block of about 3 MB with a bad value every 2,000 lines: the
/// diagnostics of each chunk come out in line order, with their lines.
#[test]
fn diagnostics_of_many_chunks_stay_in_order() {
    let dir = scratch("bad");
    let path = dir.join("bad.sql");
    let mut sql = String::from(
        "CREATE TABLE t (id integer PRIMARY KEY, at timestamptz, note text);\n\
         COPY t (id, at, note) FROM stdin;\n",
    );
    for i in 1..=40_000 {
        let at = if i % 2_000 == 0 {
            "not a time"
        } else {
            "2024-01-05 10:00:00+02"
        };
        writeln!(
            sql,
            "{i}\t{at}\tline {i} with some text to fill the chunk, it's long enough"
        )
        .unwrap();
    }
    sql.push_str("\\.\n");
    assert!(sql.len() > 3 << 20);
    std::fs::write(&path, &sql).unwrap();
    let input = path.to_str().unwrap();
    for format in ["text", "json"] {
        let (code, _, err) =
            same_for_any_jobs(&["check", "--to", "sqlite", "--format", format, input]);
        assert_eq!(code, Some(1), "{err}");
        if format == "text" {
            // The first and the last bad line, in order.
            let first = err.find("bad.sql:2002:").unwrap();
            let last = err.find("bad.sql:40002:").unwrap();
            assert!(first < last, "{err}");
            assert_eq!(err.matches("PGS0128").count(), 20, "{err}");
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}

fn corpus(file: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../corpora")
        .join(file)
}

#[test]
fn the_corpora() {
    for file in [
        "chinook/chinook.pg_dump.sql",
        "chinook/Chinook_PostgreSql_SerialPKs.sql",
        "northwind/northwind.pg_dump.sql",
        "northwind/northwind.sql",
    ] {
        let path = corpus(file);
        let input = path.to_str().unwrap();
        for to in ["sqlite", "mysql"] {
            let (code, out, err) = same_for_any_jobs(&["convert", "--to", to, input]);
            assert_eq!(code, Some(0), "{file}: {err}");
            assert!(!out.is_empty(), "{file}");
        }
    }
}

/// An error found only by a worker fails the run: no output file is written.
#[test]
fn an_error_in_copy_data_alone_fails_the_run() {
    let dir = scratch("fails");
    let path: &Path = &dir.join("bad.sql");
    std::fs::write(
        path,
        "CREATE TABLE t (id integer, v numeric);\nCOPY t (id, v) FROM stdin;\n1\t1.5\n2\tx\n\\.\n",
    )
    .unwrap();
    let input = path.to_str().unwrap();
    for jobs in [1, 2] {
        let out = dir.join(format!("out{jobs}.sql"));
        let (code, _, err) = run(
            &[
                "convert",
                "--to",
                "sqlite",
                input,
                "-o",
                out.to_str().unwrap(),
            ],
            jobs,
        );
        assert_eq!(code, Some(1), "{err}");
        assert!(err.contains("bad.sql:4:"), "{err}");
        assert!(!out.exists(), "--jobs {jobs} wrote {}", out.display());
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// A generated application script: its statements are read and lowered on
/// workers, in batches, and their rules applied in order on the main thread;
/// its thousands of warnings are rendered on the writer thread. The output
/// and every diagnostic, with its lines, come out as with one thread.
#[test]
fn a_generated_mixed_script() {
    let (dir, input) = generated("mixed", |w| pgshift_gen::mixed(5, 384 << 10, w));
    let input = input.to_str().unwrap();
    for to in ["sqlite", "mysql"] {
        let (code, out, err) = same_for_any_jobs(&["convert", "--to", to, input]);
        assert_eq!(code, Some(0), "{err}");
        // More statements than one batch of a worker, and warnings with them.
        assert!(String::from_utf8(out).unwrap().matches(";\n").count() > 1_000);
        assert!(err.matches(&format!("{input}:")).count() > 100, "{err}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// Statements that fail to parse, a COPY block between statements, a psql
/// meta-command and a statement nested deeper than the limit, in one script
/// of many batches: each diagnostic is reported once, in input order, and
/// the run fails the same way with any number of jobs. The deep statement is
/// read on a worker's stack when there are workers.
#[test]
fn errors_among_many_statements() {
    let dir = scratch("errors");
    let path = dir.join("errors.sql");
    let mut sql = String::new();
    for i in 0..400 {
        let _ = writeln!(sql, "CREATE TABLE t{i} (id serial PRIMARY KEY, name text);");
        let _ = writeln!(sql, "SELECT name FROM t{i} WHERE name ILIKE $1;");
        if i % 97 == 0 {
            let _ = writeln!(sql, "SELEC broken {i};");
        }
        if i == 150 {
            sql.push_str("COPY t150 (id, name) FROM stdin;\n1\tone\n2\ttwo\n\\.\n\\set x 1\n");
        }
        if i == 300 {
            let _ = writeln!(sql, "SELECT {}1{};", "(".repeat(900), ")".repeat(900));
        }
    }
    std::fs::write(&path, &sql).unwrap();
    let input = path.to_str().unwrap();
    for to in ["sqlite", "mysql"] {
        let (code, _, err) = same_for_any_jobs(&["convert", "-v", "--to", to, input]);
        assert_eq!(code, Some(1), "{err}");
        let lines: Vec<usize> = err
            .match_indices("errors.sql:")
            .filter_map(|(at, m)| {
                let rest = &err[at + m.len()..];
                rest[..rest.find(':')?].parse().ok()
            })
            .collect();
        assert!(lines.windows(2).all(|w| w[0] <= w[1]), "{lines:?}");
        assert_eq!(err.matches("found: SELEC").count(), 5, "{err}");
        assert_eq!(err.matches("recursion limit exceeded").count(), 1, "{err}");
        assert!(err.contains("\\set"), "{err}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// A write error on the writer thread stops the run with that error, as it
/// does with one thread.
#[test]
fn a_write_error_stops_the_run() {
    if !Path::new("/dev/full").exists() {
        eprintln!("skipped: no /dev/full on this system");
        return;
    }
    let input = corpus("northwind/northwind.pg_dump.sql");
    for jobs in [1, 2] {
        let (code, _, err) = run(
            &[
                "convert",
                "--to",
                "sqlite",
                input.to_str().unwrap(),
                "-o",
                "/dev/full",
            ],
            jobs,
        );
        assert_eq!(code, Some(2), "--jobs {jobs}: {err}");
        assert!(err.contains("cannot write"), "--jobs {jobs}: {err}");
    }
}
