//! Deterministic generators of PostgreSQL input for pgshift's benchmarks.
//!
//! - [`mixed`]: an application script (DDL with SERIAL, BOOLEAN, TIMESTAMPTZ,
//!   JSONB and arrays; inserts, upserts, CTEs, windows, ILIKE, casts, JSON
//!   operators, intervals) of a requested size;
//! - [`dump`]: a plain-format pg_dump look-alike of a requested size, mostly
//!   COPY data;
//! - [`copy_only`]: one table and one COPY block, for the COPY path alone.
//!
//! Both are decided entirely by their seed (the same seed gives the same
//! bytes everywhere) and stream to any writer in constant memory, so a
//! gigabyte dump never exists in memory.

mod count;
mod dump;
mod mixed;
mod rng;
mod words;

pub use dump::{copy_only, dump};
pub use mixed::mixed;
pub use rng::Rng;

/// Reads a size such as `1048576`, `512KB`, `10MB` or `1GB`. The units are
/// binary (`1MB` is 1,048,576 bytes); `KiB`/`MiB`/`GiB` and a lone `K`/`M`/`G`
/// are accepted too.
pub fn parse_size(text: &str) -> Option<u64> {
    let text = text.trim();
    let split = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    let (digits, unit) = text.split_at(split);
    let n: u64 = digits.parse().ok()?;
    let multiplier: u64 = match unit.trim().to_ascii_uppercase().as_str() {
        "" | "B" => 1,
        "K" | "KB" | "KIB" => 1 << 10,
        "M" | "MB" | "MIB" => 1 << 20,
        "G" | "GB" | "GIB" => 1 << 30,
        _ => return None,
    };
    n.checked_mul(multiplier)
}
