//! The grammar test binary: one trial per case and target, plus the orphan check.
//!
//! Run with `cargo nextest run -p grammar-tests` or `cargo test -p grammar-tests`.
//! Set `PGSHIFT_TEST_PG_URL` and `PGSHIFT_TEST_MYSQL_URL` to check against the
//! engines; without them the corresponding checks are skipped, and said so.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use grammar_tests::case;
use grammar_tests::check::check;
use grammar_tests::engines::{mysql, postgres};
use grammar_tests::env::Engines;
use grammar_tests::orphans;
use libtest_mimic::{Arguments, Failed, Trial};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;

fn main() {
    let args = Arguments::from_args();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let snapshots = root.join("snapshots");
    let engines = Arc::new(Engines::from_env());
    if !args.list {
        for banner in engines.banners() {
            eprintln!("{banner}");
        }
    }

    let mut trials = Vec::new();
    let cases = match case::load_all(&root.join("cases")) {
        Ok(cases) => cases,
        Err(e) => {
            trials.push(Trial::test("cases::load", move || {
                Err(Failed::from(e.clone()))
            }));
            Vec::new()
        }
    };
    let mut expected = BTreeSet::new();
    for case in cases {
        let case = Arc::new(case);
        for &target in &case.targets {
            expected.insert(case.snapshot_name(target));
            let (case, engines, snapshots) = (case.clone(), engines.clone(), snapshots.clone());
            trials.push(Trial::test(
                format!("{}::{}", case.name, target.name()),
                move || check(&case, target, &engines, &snapshots).map_err(Failed::from),
            ));
        }
    }
    trials.push(orphan_trial(snapshots, expected));
    trials.extend(engine_trials(&engines));
    libtest_mimic::run(&args, trials).exit();
}

fn orphan_trial(snapshots: PathBuf, expected: BTreeSet<String>) -> Trial {
    Trial::test("snapshots::no_orphans", move || {
        let problems = orphans::find(&snapshots, &expected)?;
        if problems.is_empty() {
            Ok(())
        } else {
            Err(format!("in {}:\n  {}", snapshots.display(), problems.join("\n  ")).into())
        }
    })
}

/// One trial per engine (`PGSHIFT_TEST_PG_URL`, `PGSHIFT_TEST_MYSQL_URL`) that connects to it: it fails when the variable is set
/// but the server is unreachable, and is reported as ignored when the variable is
/// unset, so that a run without engines says so in its summary.
fn engine_trials(engines: &Engines) -> Vec<Trial> {
    let pg = engines.pg_url.clone();
    let my = engines.mysql_url.clone();
    vec![
        Trial::test("engines::postgres_reachable", move || {
            if let Some(url) = &pg {
                let mut client = postgres::connect(url)?;
                client.simple_query("SELECT 1").map_err(|e| e.to_string())?;
            }
            Ok(())
        })
        .with_ignored_flag(engines.pg_url.is_none()),
        Trial::test("engines::mysql_reachable", move || {
            if let Some(url) = &my {
                mysql::connect(url)?;
            }
            Ok(())
        })
        .with_ignored_flag(engines.mysql_url.is_none()),
    ]
}
