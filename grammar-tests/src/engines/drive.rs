//! Running translated statements on a target engine, with the rules every target
//! adapter shares: comment-only statements are skipped, and the statements that
//! stand within a source statement marked `-- error` must fail.

use crate::expect::{is_comment_only, ExpectedErrors};
use crate::params::Param;
use crate::Rows;

/// Why a statement did not run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Failure {
    /// The engine rejected the statement's data (a constraint or a value); the
    /// text is its error. This is the failure a `-- error` statement expects.
    Rejected(String),
    /// The engine rejected the statement itself (a syntax error, an unknown
    /// table): never what a `-- error` statement means.
    Invalid(String),
    /// The harness could not run the statement (a missing parameter, for example).
    Harness(String),
}

/// A target engine that runs one translated statement at a time.
pub trait Executor {
    /// The engine's name in messages, such as `SQLite`.
    fn name(&self) -> &'static str;

    /// Runs statement number `index` (from 0) and returns its rows (empty when it
    /// returns none).
    fn execute(
        &mut self,
        index: usize,
        statement: &pgshift::Statement,
        params: &[Param],
    ) -> Result<Rows, Failure>;

    /// Brings the connection back to a usable state after an expected failure.
    fn recover(&mut self) {}
}

/// Runs `statements` in order and returns, per statement, `Some(rows)` when it
/// returns rows and `None` otherwise (skipped and expected-to-fail statements
/// included).
///
/// The statements that start within one source statement marked `-- error` form a
/// group. They run in order until one fails, and the rest of the group is skipped,
/// because what follows a failed step of a multi-statement translation (a table
/// rebuild, say) must not run. A group where nothing fails is an error.
pub fn run_all<E: Executor>(
    engine: &mut E,
    statements: &[pgshift::Statement],
    params: &[Param],
    expected: &ExpectedErrors,
) -> Result<Vec<Option<Rows>>, String> {
    let mut out = Vec::with_capacity(statements.len());
    let mut i = 0;
    while i < statements.len() {
        let statement = &statements[i];
        let Some(marked) = expected.containing(statement.span) else {
            out.push(run_one(engine, i, statement, params)?);
            i += 1;
            continue;
        };
        let end = statements[i..]
            .iter()
            .position(|s| expected.containing(s.span) != Some(marked))
            .map_or(statements.len(), |n| i + n);
        let mut failed = false;
        for (j, member) in statements.iter().enumerate().take(end).skip(i) {
            out.push(None);
            if failed || is_comment_only(&member.sql) {
                continue;
            }
            match engine.execute(j, member, params) {
                Ok(_) => {}
                Err(Failure::Rejected(_)) => {
                    failed = true;
                    engine.recover();
                }
                Err(Failure::Invalid(e)) => {
                    return Err(format!(
                        "{} rejected statement {} (marked -- error) as invalid, not for its data:\n    {}\n  error: {e}",
                        engine.name(),
                        j + 1,
                        member.sql
                    ))
                }
                Err(Failure::Harness(why)) => return Err(why),
            }
        }
        if !failed {
            let sql: Vec<&str> = statements[i..end].iter().map(|s| s.sql.trim()).collect();
            return Err(format!(
                "{} accepted a statement marked -- error (statement {}):\n    {}",
                engine.name(),
                i + 1,
                sql.join(";\n    ")
            ));
        }
        i = end;
    }
    Ok(out)
}

fn run_one<E: Executor>(
    engine: &mut E,
    index: usize,
    statement: &pgshift::Statement,
    params: &[Param],
) -> Result<Option<Rows>, String> {
    if is_comment_only(&statement.sql) {
        return Ok(None);
    }
    match engine.execute(index, statement, params) {
        Ok(rows) => Ok(statement.returns_rows.then_some(rows)),
        Err(Failure::Rejected(e) | Failure::Invalid(e)) => Err(format!(
            "{} rejected statement {}:\n    {}\n  error: {e}",
            engine.name(),
            index + 1,
            statement.sql
        )),
        Err(Failure::Harness(why)) => Err(why),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    use super::*;
    use pgshift::Span;

    /// An engine that fails every statement whose SQL contains `FAIL`.
    #[derive(Default)]
    struct Fake {
        ran: Vec<String>,
        recovered: usize,
    }

    impl Executor for Fake {
        fn name(&self) -> &'static str {
            "Fake"
        }

        fn execute(
            &mut self,
            _: usize,
            statement: &pgshift::Statement,
            _: &[Param],
        ) -> Result<Rows, Failure> {
            self.ran.push(statement.sql.clone());
            if statement.sql.contains("FAIL") {
                Err(Failure::Rejected("no".into()))
            } else {
                Ok(vec![vec![Some("1".into())]])
            }
        }

        fn recover(&mut self) {
            self.recovered += 1;
        }
    }

    fn stmt(sql: &str, start: usize) -> pgshift::Statement {
        pgshift::Statement {
            sql: sql.into(),
            params: vec![],
            span: Span::new(start, start + 5),
            returns_rows: true,
        }
    }

    const SOURCE: &str = "SELECT 1;\n-- error\nINSERT INTO t VALUES (1);\nSELECT 2;\n";

    fn marked_start() -> usize {
        SOURCE.find("INSERT").unwrap()
    }

    #[test]
    fn a_marked_group_stops_at_its_first_failure() {
        let m = marked_start();
        let statements = [
            stmt("-- skipped", 0),
            stmt("A", 0),
            stmt("B", m),
            stmt("FAIL", m),
            stmt("C", m),
            stmt("D", SOURCE.rfind("SELECT").unwrap()),
        ];
        let mut fake = Fake::default();
        let expected = ExpectedErrors::from_source(SOURCE);
        let out = run_all(&mut fake, &statements, &[], &expected).unwrap();
        assert_eq!(fake.ran, ["A", "B", "FAIL", "D"]);
        assert_eq!(fake.recovered, 1);
        assert_eq!(out.len(), statements.len());
        assert!(out[0].is_none() && out[2].is_none() && out[4].is_none());
        assert!(out[1].is_some() && out[5].is_some());
    }

    #[test]
    fn a_marked_group_that_succeeds_is_an_error() {
        let statements = [stmt("B", marked_start())];
        let expected = ExpectedErrors::from_source(SOURCE);
        let err = run_all(&mut Fake::default(), &statements, &[], &expected).unwrap_err();
        assert!(
            err.starts_with("Fake accepted a statement marked -- error"),
            "{err}"
        );
    }

    #[test]
    fn an_unmarked_failure_is_an_error() {
        let statements = [stmt("FAIL", 0)];
        let err = run_all(
            &mut Fake::default(),
            &statements,
            &[],
            &ExpectedErrors::none(),
        )
        .unwrap_err();
        assert!(err.starts_with("Fake rejected statement 1:"), "{err}");
    }
}
