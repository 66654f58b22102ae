//! Arbitrary UTF-8 text: never a panic, and every failure is diagnosed with a span.
#![no_main]

libfuzzer_sys::fuzz_target!(|text: &str| pgshift_fuzz::check::text(text));
