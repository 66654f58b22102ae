//! Generated PostgreSQL statements: each successful translation parses again with
//! sqlparser's SQLite or MySQL dialect.
#![no_main]

libfuzzer_sys::fuzz_target!(|script: pgshift_fuzz::generate::Script| {
    pgshift_fuzz::check::reparses(&script.to_string())
});
