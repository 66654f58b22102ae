//! `pgshift-gen mixed|dump|copy --seed N --size 10MB [-o FILE]`: writes a generated
//! PostgreSQL script or dump to FILE or stdout.

use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

const USAGE: &str = "usage: pgshift-gen mixed|dump|copy [--seed N] --size SIZE [-o FILE]
  mixed  an application script (DDL, DML, CTEs, windows, JSON, intervals)
  dump   a plain-format pg_dump, mostly COPY data
  copy   one CREATE TABLE and one COPY block (the COPY path alone)
  SIZE   bytes, or with a unit: 512KB, 10MB, 1GB (binary units)
  seed   defaults to 1; the same seed gives the same bytes";

fn main() -> ExitCode {
    match run(std::env::args().skip(1).collect()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("pgshift-gen: {message}\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn run(args: Vec<String>) -> Result<(), String> {
    let mut kind = None;
    let mut seed: u64 = 1;
    let mut size = None;
    let mut output = None;
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "mixed" | "dump" | "copy" if kind.is_none() => kind = Some(arg),
            "--seed" => {
                let value = args.next().ok_or("--seed needs a number")?;
                seed = value.parse().map_err(|_| format!("bad seed `{value}`"))?;
            }
            "--size" => {
                let value = args.next().ok_or("--size needs a size")?;
                size = Some(pgshift_gen::parse_size(&value).ok_or(format!("bad size `{value}`"))?);
            }
            "-o" | "--output" => output = Some(args.next().ok_or("-o needs a file name")?),
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(());
            }
            other => return Err(format!("unexpected argument `{other}`")),
        }
    }
    let kind = kind.ok_or("say `mixed`, `dump` or `copy`")?;
    let size = size.ok_or("--size is required")?;
    let result = match output {
        Some(path) => {
            let file = std::fs::File::create(&path).map_err(|e| format!("{path}: {e}"))?;
            generate(
                &kind,
                seed,
                size,
                &mut BufWriter::with_capacity(1 << 16, file),
            )
        }
        None => generate(
            &kind,
            seed,
            size,
            &mut BufWriter::with_capacity(1 << 16, io::stdout().lock()),
        ),
    };
    result.map_err(|e| e.to_string())
}

fn generate(kind: &str, seed: u64, size: u64, out: &mut impl Write) -> io::Result<()> {
    match kind {
        "dump" => pgshift_gen::dump(seed, size, out)?,
        "copy" => pgshift_gen::copy_only(seed, size, out)?,
        _ => pgshift_gen::mixed(seed, size, out)?,
    }
    out.flush()
}
