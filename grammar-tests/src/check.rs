//! The check of one case on one target: snapshot, execution, comparison.

use crate::case::Case;
use crate::compare::{compare, show_rows};
use crate::engines::{mysql, postgres, sqlite};
use crate::env::Engines;
use crate::expect::ExpectedErrors;
use crate::{order, schema, snapshot, Rows};
use pgshift::Dialect;
use std::path::Path;

/// Checks `case` on `target`.
///
/// The translation (or its failure) is asserted against the snapshot named by
/// [`Case::snapshot_name`] in `snapshot_dir`; a mismatch panics, as insta does.
/// Unless the case says `-- run: no` or the translation failed, the translated
/// statements then run on the target engine; those of a statement marked
/// `-- error` must fail there as on PostgreSQL. When PostgreSQL is available, the
/// rows of every statement that returns rows on both sides are compared, and then
/// the schemas both engines were left with.
pub fn check(
    case: &Case,
    target: Dialect,
    engines: &Engines,
    snapshot_dir: &Path,
) -> Result<(), String> {
    let result = pgshift::translate(&case.source, target);
    let text = snapshot::render(&case.source, &result);
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(snapshot_dir);
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings.set_input_file(&case.path);
    settings.bind(|| insta::assert_snapshot!(case.snapshot_name(target), text));

    let Ok(translation) = result else {
        return Ok(());
    };
    if !case.run {
        return Ok(());
    }
    let statements = &translation.statements;
    let expected = ExpectedErrors::from_source(&case.source);
    expected.check_translated(&case.source, statements, target.name())?;
    let pg_url = engines.pg_url.as_deref();
    let (target_rows, target_schema) = match target {
        Dialect::Sqlite => {
            let mut session = sqlite::Session::open()?;
            let rows = session.run(statements, &case.params, &expected)?;
            let schema = pg_url.map(|_| session.schema()).transpose()?;
            (rows, schema)
        }
        Dialect::Mysql => match &engines.mysql_url {
            Some(url) => {
                let mut db = mysql::Database::create(url, &case.sanitized_name())?;
                let rows = db.run(statements, &case.params, &expected)?;
                let schema = pg_url.map(|_| db.schema()).transpose()?;
                (rows, schema)
            }
            None => return Ok(()),
        },
    };
    let (Some(pg_url), Some(target_schema)) = (pg_url, target_schema) else {
        return Ok(());
    };
    let mut session = postgres::Session::begin(pg_url, &case.sanitized_name())?;
    let reference = session.run(&case.source, &case.params)?;
    let pg_schema = session.schema()?;
    drop(session);
    compare_outcomes(&reference, statements, &target_rows, target)?;
    if case.schema_skip.is_some() {
        return Ok(());
    }
    schema::diff::compare(&pg_schema, &target_schema, target.name())
}

/// Compares every PostgreSQL statement that returned rows with the last
/// row-returning target statement that stands within it in the source.
pub fn compare_outcomes(
    reference: &[postgres::Outcome],
    statements: &[pgshift::Statement],
    target_rows: &[Option<Rows>],
    target: Dialect,
) -> Result<(), String> {
    for outcome in reference {
        let Some(pg_rows) = &outcome.rows else {
            continue;
        };
        let matching = statements.iter().zip(target_rows).rev().find(|(s, _)| {
            s.returns_rows
                && s.span.start >= outcome.span.start
                && s.span.start < outcome.span.end.max(outcome.span.start + 1)
        });
        let Some((statement, Some(rows))) = matching else {
            continue;
        };
        let ordered = order::has_top_level_order_by(&outcome.sql);
        compare(pg_rows, rows, ordered).map_err(|why| {
            format!(
                "rows differ on {name} ({how}): {why}\n\
                 PostgreSQL statement:\n    {pg_sql}\n\
                 {name} statement:\n    {target_sql}\n\
                 PostgreSQL rows:\n{pg_rows}\
                 {name} rows:\n{rows}",
                name = target.name(),
                how = if ordered {
                    "compared in order"
                } else {
                    "compared sorted, no top-level ORDER BY"
                },
                pg_sql = outcome.sql.trim(),
                target_sql = statement.sql,
                pg_rows = show_rows(pg_rows),
                rows = show_rows(rows),
            )
        })?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    use super::*;
    use pgshift::Span;

    fn rows(cells: &[&str]) -> Rows {
        cells.iter().map(|c| vec![Some(c.to_string())]).collect()
    }

    fn outcome(start: usize, end: usize, sql: &str, r: Option<Rows>) -> postgres::Outcome {
        postgres::Outcome {
            span: Span::new(start, end),
            sql: sql.into(),
            rows: r,
        }
    }

    fn stmt(start: usize, end: usize, returns_rows: bool) -> pgshift::Statement {
        pgshift::Statement {
            sql: "SELECT ...".into(),
            params: vec![],
            span: Span::new(start, end),
            returns_rows,
        }
    }

    #[test]
    fn pairs_statements_by_span() {
        let reference = [
            outcome(0, 10, "CREATE TABLE t (a int);", None),
            outcome(
                10,
                20,
                "SELECT a FROM t ORDER BY a;",
                Some(rows(&["1", "2"])),
            ),
        ];
        let statements = [stmt(0, 9, false), stmt(10, 19, true)];
        let good = [None, Some(rows(&["1", "2"]))];
        assert!(compare_outcomes(&reference, &statements, &good, Dialect::Sqlite).is_ok());
        let bad = [None, Some(rows(&["2", "1"]))];
        let err = compare_outcomes(&reference, &statements, &bad, Dialect::Sqlite).unwrap_err();
        assert!(
            err.contains("rows differ on sqlite (compared in order)"),
            "{err}"
        );
        assert!(err.contains("SELECT a FROM t ORDER BY a;"), "{err}");
    }

    #[test]
    fn unordered_statements_compare_sorted() {
        let reference = [outcome(0, 10, "SELECT a FROM t", Some(rows(&["1", "2"])))];
        let statements = [stmt(0, 9, true)];
        let target = [Some(rows(&["2", "1"]))];
        assert!(compare_outcomes(&reference, &statements, &target, Dialect::Mysql).is_ok());
    }

    #[test]
    fn statements_without_rows_on_either_side_are_skipped() {
        let reference = [outcome(0, 10, "SELECT 1", Some(rows(&["1"])))];
        let statements = [stmt(0, 9, false)];
        assert!(compare_outcomes(&reference, &statements, &[None], Dialect::Mysql).is_ok());
    }
}
