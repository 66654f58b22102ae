//! The grammar test runner of pgshift.
//!
//! Each case under `grammar-tests/cases/` is a PostgreSQL script. For every case
//! and target the runner translates the script, checks the translation against an
//! insta snapshot, runs the translation on the target engine and, when PostgreSQL
//! is available, compares the rows each query returns with the rows the original
//! script returns on PostgreSQL, and the schema each engine is left with
//! (`schema`). Statements marked `-- error` must fail everywhere (`expect`). The
//! test binary `tests/grammar.rs` turns this into one libtest-mimic trial per case
//! and target.

pub mod case;
pub mod cell;
pub mod check;
pub mod compare;
pub mod engines;
pub mod env;
pub mod expect;
pub mod migration;
pub mod order;
pub mod orphans;
pub mod params;
pub mod schema;
pub mod snapshot;

/// The rows of one statement: one entry per row, one optional text cell per column.
pub type Rows = Vec<Vec<Option<String>>>;
