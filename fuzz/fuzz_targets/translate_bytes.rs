//! Arbitrary bytes: never a panic, and every failure is diagnosed with a span.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| pgshift_fuzz::check::bytes(data));
