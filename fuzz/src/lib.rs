//! Shared code of the fuzz targets: the invariant checks (`check`), the statement
//! generator (`generate`, also used by grammar-tests' `generated.rs`), and the slow
//! reference lexer the scanner is checked against (`reference`).
//!
//! A check that finds a broken invariant panics: that is how libFuzzer records a
//! finding.
#![allow(clippy::panic)]

pub mod check;
pub mod generate;
pub mod reference;
