//! The scanner is lossless and never ends a statement inside a string, comment or
//! dollar quote (checked against the slow reference lexer in `reference.rs`).
#![no_main]

libfuzzer_sys::fuzz_target!(|text: &str| pgshift_fuzz::reference::check_split(text));
