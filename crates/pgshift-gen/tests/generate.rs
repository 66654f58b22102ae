//! The generators are deterministic, reach the requested size, and produce
//! input that pgshift translates to both targets without an error.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use pgshift::{translate, Dialect, Severity};

fn mixed(seed: u64, bytes: u64) -> String {
    let mut out = Vec::new();
    pgshift_gen::mixed(seed, bytes, &mut out).expect("writing to a Vec cannot fail");
    String::from_utf8(out).expect("the generator writes UTF-8")
}

fn dump(seed: u64, bytes: u64) -> String {
    let mut out = Vec::new();
    pgshift_gen::dump(seed, bytes, &mut out).expect("writing to a Vec cannot fail");
    String::from_utf8(out).expect("the generator writes UTF-8")
}

/// Translates `sql` to both targets and fails with the first error's message.
fn translates_cleanly(sql: &str, what: &str) {
    for dialect in [Dialect::Sqlite, Dialect::Mysql] {
        match translate(sql, dialect) {
            Ok(t) => assert!(
                t.diagnostics.iter().all(|d| d.severity != Severity::Error),
                "{what} to {dialect:?}: an error diagnostic in an Ok translation"
            ),
            Err(e) => {
                let first = &e.diagnostics[0];
                let start = first.span.start as usize;
                let context: String = sql[start..].chars().take(200).collect();
                panic!(
                    "{what} to {dialect:?}: {} error(s); first: {:?} at `{context}`",
                    e.diagnostics.len(),
                    first
                );
            }
        }
    }
}

#[test]
fn same_seed_same_bytes_other_seed_other_bytes() {
    assert_eq!(mixed(7, 20_000), mixed(7, 20_000));
    assert_ne!(mixed(7, 20_000), mixed(8, 20_000));
    assert_eq!(dump(7, 50_000), dump(7, 50_000));
    assert_ne!(dump(7, 50_000), dump(8, 50_000));
}

#[test]
fn sizes_are_reached_without_much_overshoot() {
    for size in [1_000, 100_000, 300_000] {
        let m = mixed(1, size).len() as u64;
        assert!(m >= size && m < size + 4_000, "mixed {size}: {m} bytes");
        let d = dump(1, size).len() as u64;
        assert!(d >= size && d < size + 4_000, "dump {size}: {d} bytes");
    }
}

#[test]
fn mixed_script_translates_to_both_targets() {
    for seed in [1, 2, 3] {
        let sql = mixed(seed, 150_000);
        translates_cleanly(&sql, &format!("mixed seed {seed}"));
    }
}

#[test]
fn mixed_script_holds_every_construct_it_promises() {
    let sql = mixed(1, 150_000);
    for needle in [
        "SERIAL",
        "BOOLEAN",
        "TIMESTAMPTZ",
        "JSONB",
        "TEXT[]",
        "ON CONFLICT",
        "WITH recent AS",
        "OVER (PARTITION BY",
        "ILIKE",
        "::numeric",
        "->>",
        "@>",
        "interval '",
        "= ANY (ARRAY[",
        "CREATE TABLE audit_",
        "$1",
    ] {
        assert!(sql.contains(needle), "the mixed script lacks `{needle}`");
    }
}

#[test]
fn dump_translates_to_both_targets() {
    for seed in [1, 2] {
        let sql = dump(seed, 200_000);
        translates_cleanly(&sql, &format!("dump seed {seed}"));
    }
}

/// Every transfer names an existing account, and both keys are unique, so the
/// dump's primary and foreign keys hold when it is restored.
#[test]
fn dump_rows_satisfy_the_keys() {
    let sql = dump(3, 300_000);
    let block = |header: &str| -> Vec<Vec<String>> {
        let start = sql.find(header).expect("the COPY header") + header.len();
        let end = start + sql[start..].find("\n\\.\n").expect("the end of the block");
        sql[start..end]
            .lines()
            .map(|l| l.split('\t').map(str::to_owned).collect())
            .collect()
    };
    let accounts = block("notes) FROM stdin;\n");
    let transfers = block("payload) FROM stdin;\n");
    assert!(accounts.len() > 10 && transfers.len() > accounts.len());
    for (i, row) in accounts.iter().enumerate() {
        assert_eq!(row.len(), 8, "account row {i}: {row:?}");
        assert_eq!(row[0], (i + 1).to_string());
    }
    for (i, row) in transfers.iter().enumerate() {
        assert_eq!(row.len(), 7, "transfer row {i}: {row:?}");
        assert_eq!(row[0], (i + 1).to_string());
        let account: usize = row[1].parse().expect("an integer account_id");
        assert!(
            (1..=accounts.len()).contains(&account),
            "transfer {i} names account {account}"
        );
    }
    assert!(sql.contains(&format!(
        "setval('public.accounts_account_id_seq', {}, true)",
        accounts.len()
    )));
    assert!(sql.contains("FOREIGN KEY (account_id) REFERENCES public.accounts(account_id)"));
}

#[test]
fn dump_uses_the_copy_text_escapes() {
    let sql = dump(1, 200_000);
    for needle in [
        "\\N", "\\t", "\\n", "\\\\x", "\tt\t", "\tf\t", "+05:30", "\\\\",
    ] {
        assert!(sql.contains(needle), "the dump lacks `{needle}`");
    }
}

#[test]
fn copy_only_is_one_table_and_one_block() {
    let mut out = Vec::new();
    pgshift_gen::copy_only(5, 100_000, &mut out).unwrap();
    let sql = String::from_utf8(out).unwrap();
    assert!(sql.len() >= 100_000);
    assert_eq!(sql.matches("FROM stdin;").count(), 1);
    assert!(sql.ends_with("\n\\.\n"));
    translates_cleanly(&sql, "copy_only");
}

#[test]
fn sizes_parse_in_binary_units() {
    assert_eq!(pgshift_gen::parse_size("123"), Some(123));
    assert_eq!(pgshift_gen::parse_size("1KB"), Some(1024));
    assert_eq!(pgshift_gen::parse_size("10MB"), Some(10 << 20));
    assert_eq!(pgshift_gen::parse_size("1gb"), Some(1 << 30));
    assert_eq!(pgshift_gen::parse_size("2 MiB"), Some(2 << 20));
    assert_eq!(pgshift_gen::parse_size("MB"), None);
    assert_eq!(pgshift_gen::parse_size("1TB"), None);
}
