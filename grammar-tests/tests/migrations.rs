//! The migration folder test: `migrations/app/` holds the numbered migrations of
//! a small task tracker, written as a PostgreSQL schema-migration tool would
//! write them (enum types, a domain, identity and serial keys, ALTER TABLE in
//! its common forms, indexes, renames, a view, seed data along the way).
//!
//! The files are joined in name order into one script, followed by the
//! follow-up statements of `migrations/app_checks.sql`, and translated as one
//! script per target, so that the translator sees the whole history. On each
//! engine the migrations are applied (PostgreSQL commits after each file, as a
//! migration tool does), the final schemas are compared, and then the
//! follow-ups run: inserts that rely on defaults, queries whose rows are
//! compared, and statements marked `-- error` that violate a constraint and must
//! fail everywhere.
//!
//! Without `PGSHIFT_TEST_PG_URL` the schemas and rows are not compared, and
//! without `PGSHIFT_TEST_MYSQL_URL` the MySQL half is skipped; both say so.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use grammar_tests::check::compare_outcomes;
use grammar_tests::engines::{mysql, postgres, sqlite};
use grammar_tests::env::{Engines, MYSQL_VAR, PG_VAR};
use grammar_tests::expect::ExpectedErrors;
use grammar_tests::migration::Script;
use grammar_tests::schema::{diff, Schema};
use grammar_tests::Rows;
use pgshift::{Dialect, Span, Statement};
use std::ops::Range;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations")
}

/// The migrations of `migrations/<folder>/` followed by the follow-up
/// statements of `migrations/<folder>_checks.sql`, and where the follow-ups start.
fn load(folder: &str) -> (Script, usize) {
    let mut script = Script::load(&root().join(folder)).unwrap();
    let checks = script.text.len();
    script
        .push_file(&root().join(format!("{folder}_checks.sql")))
        .unwrap();
    (script, checks)
}

#[test]
fn the_folder_holds_numbered_migrations() {
    let (script, _) = load("app");
    let migrations = &script.files[..script.files.len() - 1];
    assert!(
        migrations.len() >= 12,
        "only {} migrations",
        migrations.len()
    );
    for (i, (name, _)) in migrations.iter().enumerate() {
        let prefix = format!("{:04}_", i + 1);
        assert!(
            name.starts_with(&prefix),
            "{name} should start with {prefix}"
        );
    }
}

#[test]
fn migrations_on_sqlite() {
    check("app", Dialect::Sqlite);
}

#[test]
fn migrations_on_mysql() {
    check("app", Dialect::Mysql);
}

/// A target engine the translation runs on.
enum Target {
    Sqlite(sqlite::Session),
    Mysql(mysql::Database),
}

impl Target {
    fn run(
        &mut self,
        statements: &[Statement],
        expected: &ExpectedErrors,
    ) -> Result<Vec<Option<Rows>>, String> {
        match self {
            Target::Sqlite(s) => s.run(statements, &[], expected),
            Target::Mysql(db) => db.run(statements, &[], expected),
        }
    }

    fn schema(&mut self) -> Result<Schema, String> {
        match self {
            Target::Sqlite(s) => s.schema(),
            Target::Mysql(db) => db.schema(),
        }
    }
}

fn check(folder: &str, dialect: Dialect) {
    let name = dialect.name();
    let (script, checks_start) = load(folder);
    let translation = match pgshift::translate(&script.text, dialect) {
        Ok(t) => t,
        Err(e) => {
            let errors = e.diagnostics.iter().filter(|d| d.is_error()).count();
            panic!(
                "pgshift cannot translate the migration folder `{folder}` for {name}: \
                 {errors} error(s). Every diagnostic:\n{}",
                script.explain(&e.diagnostics)
            )
        }
    };
    if !translation.diagnostics.is_empty() {
        eprintln!(
            "pgshift's warnings for {name}:\n{}",
            script.explain(&translation.diagnostics)
        );
    }
    let engines = Engines::from_env();
    let mut target = match dialect {
        Dialect::Sqlite => Target::Sqlite(sqlite::Session::open().unwrap()),
        Dialect::Mysql => match &engines.mysql_url {
            Some(url) => Target::Mysql(
                mysql::Database::create(url, &format!("migrations_{folder}")).unwrap(),
            ),
            None => {
                eprintln!(
                    "{MYSQL_VAR} is not set: the migrations are not applied to MySQL (SKIPPED)"
                );
                return;
            }
        },
    };
    let at = translation
        .statements
        .iter()
        .position(|s| s.span.start as usize >= checks_start)
        .unwrap_or(translation.statements.len());
    let (migrations, checks) = translation.statements.split_at(at);
    let expected = ExpectedErrors::from_source(&script.text);
    expected
        .check_translated(&script.text, &translation.statements, name)
        .unwrap_or_else(|e| panic!("{e}"));
    let migration_rows = target
        .run(migrations, &expected)
        .unwrap_or_else(|e| panic!("{name} cannot apply the translated migrations:\n{e}"));
    let target_schema = target.schema().unwrap();
    let mut problems = Vec::new();
    let check_rows = target
        .run(checks, &expected)
        .map_err(|e| problems.push(format!("the follow-up statements on {name}: {e}")))
        .ok();

    let Some(pg_url) = &engines.pg_url else {
        eprintln!(
            "{PG_VAR} is not set: the schemas and rows are not compared with PostgreSQL (SKIPPED)"
        );
        assert!(problems.is_empty(), "{}", problems.join("\n\n"));
        return;
    };
    let reference = Reference::run(pg_url, folder, &script, checks_start);
    if let Err(e) = compare_outcomes(&reference.migrations, migrations, &migration_rows, dialect) {
        problems.push(e);
    }
    if let Err(e) = diff::compare(&reference.schema, &target_schema, name) {
        problems.push(format!("after the migrations, {e}"));
    }
    match (&reference.checks, &check_rows) {
        (Err(e), _) => problems.push(format!("the follow-up statements on PostgreSQL: {e}")),
        (Ok(outcomes), Some(rows)) => {
            if let Err(e) = compare_outcomes(outcomes, checks, rows, dialect) {
                problems.push(format!("in the follow-up statements, {e}"));
            }
        }
        (Ok(_), None) => {}
    }
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
}

/// What the script does on PostgreSQL.
struct Reference {
    /// The outcomes of the migrations' statements.
    migrations: Vec<postgres::Outcome>,
    /// The schema the migrations leave.
    schema: Schema,
    /// The outcomes of the follow-up statements, or why they failed.
    checks: Result<Vec<postgres::Outcome>, String>,
}

impl Reference {
    /// Applies the migrations one file at a time, committing after each as a
    /// migration tool does, reads the schema, and runs the follow-ups. Spans are
    /// those of the whole script.
    fn run(url: &str, folder: &str, script: &Script, checks_start: usize) -> Reference {
        let mut pg = postgres::Session::begin(url, &format!("migrations_{folder}")).unwrap();
        let mut migrations = Vec::new();
        for (file, range) in script.files.iter().filter(|(_, r)| r.start < checks_start) {
            let outcomes = pg
                .run(&script.text[range.clone()], &[])
                .unwrap_or_else(|e| panic!("the migration {file} fails on PostgreSQL:\n{e}"));
            migrations.extend(shifted(outcomes, range));
            pg.commit().unwrap();
        }
        let schema = pg.schema().unwrap();
        let range = checks_start..script.text.len();
        let checks = pg
            .run(&script.text[range.clone()], &[])
            .map(|outcomes| shifted(outcomes, &range));
        Reference {
            migrations,
            schema,
            checks,
        }
    }
}

/// Moves outcomes of a script piece to their place in the whole script.
fn shifted(outcomes: Vec<postgres::Outcome>, range: &Range<usize>) -> Vec<postgres::Outcome> {
    outcomes
        .into_iter()
        .map(|mut o| {
            o.span = Span::new(
                o.span.start as usize + range.start,
                o.span.end as usize + range.start,
            );
            o
        })
        .collect()
}
