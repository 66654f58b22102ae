//! PostgreSQL, the reference: runs the original case script statement by
//! statement in a schema of its own, inside one transaction that is rolled back
//! when the session ends.

mod max_param;

pub use max_param::max_param;

use super::drive::Failure;
use super::unique_name;
use crate::expect::ExpectedErrors;
use crate::params::Param;
use crate::schema::{self, Schema};
use crate::Rows;
use pgshift::scan::{self, PieceKind};
use pgshift::Span;
use postgres::error::SqlState;
use postgres::{Client, NoTls, SimpleQueryMessage};

/// The outcome of one statement of the original script.
#[derive(Clone, Debug)]
pub struct Outcome {
    /// Where the statement stands in the case.
    pub span: Span,
    /// The statement's text.
    pub sql: String,
    /// The rows, when the statement returned rows.
    pub rows: Option<Rows>,
}

/// Connects to the server at `url`, failing loudly when it cannot be reached.
pub fn connect(url: &str) -> Result<Client, String> {
    Client::connect(url, NoTls)
        .map_err(|e| format!("cannot connect to PostgreSQL at PGSHIFT_TEST_PG_URL `{url}`: {e}"))
}

/// One open transaction in a schema made for one case. Everything the case
/// created is rolled back when the session is dropped, or, once the session has
/// committed, dropped with the schema.
pub struct Session {
    client: Client,
    schema: String,
    /// The relations `public` held before the case ran.
    public_before: Vec<String>,
    /// True once [`Session::commit`] ran: the schema then outlives the transaction.
    committed: bool,
}

impl Session {
    /// Connects, begins a transaction and creates the case's schema as the only
    /// one on the search path.
    pub fn begin(url: &str, case: &str) -> Result<Session, String> {
        let mut client = connect(url)?;
        let schema = unique_name(case, "pg");
        let setup = format!("BEGIN; CREATE SCHEMA {schema}; {}", settings(&schema));
        client
            .batch_execute(&setup)
            .map_err(|e| format!("PostgreSQL: cannot set up schema {schema}: {e}"))?;
        let public_before = schema::postgres::public_relations(&mut client)?;
        Ok(Session {
            client,
            schema,
            public_before,
            committed: false,
        })
    }

    /// Commits what ran so far and goes on in a new transaction in the same
    /// schema, as a migration tool commits each migration. Some scripts need it: a
    /// value added to an enum type cannot be used before it is committed. The
    /// schema is then dropped when the session ends; objects the script created
    /// outside it (as `public.name`) stay.
    pub fn commit(&mut self) -> Result<(), String> {
        self.committed = true;
        let sql = format!("COMMIT; BEGIN; {}", settings(&self.schema));
        self.client
            .batch_execute(&sql)
            .map_err(|e| format!("PostgreSQL: cannot commit in schema {}: {e}", self.schema))
    }

    /// Runs the script `source` and returns each statement's outcome. A statement
    /// marked `-- error` runs under a savepoint and must fail; the savepoint is
    /// then rolled back, and the statement's outcome has no rows.
    pub fn run(&mut self, source: &str, params: &[Param]) -> Result<Vec<Outcome>, String> {
        let expected = ExpectedErrors::from_source(source);
        let mut out = Vec::new();
        let pieces: Vec<_> = scan::split(source)
            .filter(|p| matches!(p.kind, PieceKind::Statement | PieceKind::CopyData))
            .collect();
        for (n, piece) in pieces.iter().enumerate() {
            if piece.kind == PieceKind::CopyData {
                continue;
            }
            let sql = piece.text(source).to_string();
            // `COPY … FROM stdin` takes the data block that follows it.
            let data = pieces
                .get(n + 1)
                .filter(|p| p.kind == PieceKind::CopyData)
                .map(|p| p.text(source));
            if let Some(data) = data {
                self.copy_in(&sql, data)?;
                out.push(Outcome {
                    span: piece.span,
                    sql,
                    rows: None,
                });
                continue;
            }
            let rows = if expected.containing(piece.span).is_some() {
                self.run_failing(&sql, params)?;
                None
            } else {
                match self.execute(&sql, params) {
                    Ok(rows) => rows,
                    Err(Failure::Rejected(why) | Failure::Invalid(why) | Failure::Harness(why)) => {
                        return Err(why)
                    }
                }
            };
            out.push(Outcome {
                span: piece.span,
                sql,
                rows,
            });
        }
        Ok(out)
    }

    /// Runs `COPY … FROM stdin` with the rows of `data` (its `\.` line dropped).
    fn copy_in(&mut self, sql: &str, data: &str) -> Result<(), String> {
        use std::io::Write as _;
        let rows: String = data
            .split_inclusive('\n')
            .take_while(|line| line.trim_end_matches(['\r', '\n']) != "\\.")
            .collect();
        let body = sql.trim_end().trim_end_matches(';');
        let mut writer = self.client.copy_in(body).map_err(|e| failure(sql, &e))?;
        writer
            .write_all(rows.as_bytes())
            .map_err(|e| format!("PostgreSQL COPY: {e}"))?;
        writer.finish().map_err(|e| failure(sql, &e))?;
        Ok(())
    }

    /// Reads the case schema through the catalog, before the rollback. Relations
    /// the case created as `public.name` count too.
    pub fn schema(&mut self) -> Result<Schema, String> {
        schema::postgres::read(&mut self.client, &self.schema, &self.public_before)
    }

    /// Runs a statement that must fail, under a savepoint that is rolled back.
    fn run_failing(&mut self, sql: &str, params: &[Param]) -> Result<(), String> {
        self.client
            .batch_execute("SAVEPOINT pgshift_expect_error")
            .map_err(|e| failure(sql, &e))?;
        match self.execute(sql, params) {
            Ok(_) => Err(format!(
                "PostgreSQL accepted a statement marked -- error:\n    {}",
                sql.trim()
            )),
            Err(Failure::Harness(why)) => Err(why),
            Err(Failure::Invalid(why)) => Err(format!(
                "PostgreSQL rejected a statement marked -- error as invalid, not for its data: {why}"
            )),
            Err(Failure::Rejected(_)) => {
                self.client
                    .batch_execute(
                        "ROLLBACK TO SAVEPOINT pgshift_expect_error; RELEASE SAVEPOINT pgshift_expect_error",
                    )
                    .map_err(|e| failure(sql, &e))?;
                self.deallocate_leftover().map_err(|e| failure(sql, &e))
            }
        }
    }

    /// Prepared statements outlive a rollback, so the one a failed EXECUTE left
    /// behind is deallocated before the next statement prepares its own.
    fn deallocate_leftover(&mut self) -> Result<(), postgres::Error> {
        let left = self
            .client
            .simple_query("SELECT 1 FROM pg_prepared_statements WHERE name = 'pgshift_s'")?;
        if rows_of(left).is_some_and(|rows| !rows.is_empty()) {
            self.client.batch_execute("DEALLOCATE pgshift_s")?;
        }
        Ok(())
    }

    /// Runs one statement, through PREPARE/EXECUTE when it uses parameters.
    fn execute(&mut self, sql: &str, params: &[Param]) -> Result<Option<Rows>, Failure> {
        let used = max_param(sql);
        if used == 0 {
            let messages = self.client.simple_query(sql).map_err(|e| {
                // Integrity (23xxx) and data (22xxx) errors are the failures `-- error` means.
                let data = e
                    .code()
                    .is_some_and(|c| c.code().starts_with("22") || c.code().starts_with("23"));
                if data {
                    Failure::Rejected(failure(sql, &e))
                } else {
                    Failure::Invalid(failure(sql, &e))
                }
            })?;
            return Ok(rows_of(messages));
        }
        let params = params.get(..used).ok_or_else(|| {
            Failure::Harness(format!(
                "the statement uses ${used}, but the case gives {} parameter(s) (`-- params:`):\n    {}",
                params.len(),
                sql.trim()
            ))
        })?;
        run_prepared(&mut self.client, sql, params).map_err(Failure::Rejected)
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = self.client.batch_execute("ROLLBACK");
        if self.committed {
            let drop = format!("DROP SCHEMA IF EXISTS {} CASCADE", self.schema);
            let _ = self.client.batch_execute(&drop);
        }
    }
}

/// The settings of a session's transaction: its schema alone on the search
/// path, and UTC.
fn settings(schema: &str) -> String {
    format!("SET LOCAL search_path TO {schema}; SET LOCAL TimeZone TO 'UTC'")
}

/// Runs the script `source` of case `case` in a session of its own and returns
/// each statement's outcome.
pub fn run(url: &str, case: &str, source: &str, params: &[Param]) -> Result<Vec<Outcome>, String> {
    Session::begin(url, case)?.run(source, params)
}

fn failure(sql: &str, e: &postgres::Error) -> String {
    let detail = e
        .as_db_error()
        .map_or_else(|| e.to_string(), |db| db.to_string());
    format!(
        "PostgreSQL rejected the case's statement:\n    {}\n  error: {detail}",
        sql.trim()
    )
}

/// Runs a statement with `$n` through PREPARE/EXECUTE, so rows come back as text.
/// When PostgreSQL cannot infer a parameter's type (or an operator on untyped
/// parameters is ambiguous), the statement is prepared again with types taken
/// from the parameter literals.
fn run_prepared(client: &mut Client, sql: &str, params: &[Param]) -> Result<Option<Rows>, String> {
    let body = sql.trim_end().trim_end_matches(';');
    client
        .batch_execute("SAVEPOINT pgshift_prepare")
        .map_err(|e| failure(sql, &e))?;
    let prepared = client.batch_execute(&format!("PREPARE pgshift_s AS {body}"));
    if let Err(e) = prepared {
        let indeterminate = e.code().is_some_and(|c| {
            *c == SqlState::INDETERMINATE_DATATYPE || *c == SqlState::AMBIGUOUS_FUNCTION
        });
        if !indeterminate {
            return Err(failure(sql, &e));
        }
        let types: Vec<&str> = params.iter().map(Param::pg_type).collect();
        client
            .batch_execute(&format!(
                "ROLLBACK TO SAVEPOINT pgshift_prepare; PREPARE pgshift_s({}) AS {body}",
                types.join(", ")
            ))
            .map_err(|e| failure(sql, &e))?;
    }
    let args: Vec<String> = params.iter().map(Param::pg_literal).collect();
    let execute = if args.is_empty() {
        "EXECUTE pgshift_s".to_string()
    } else {
        format!("EXECUTE pgshift_s({})", args.join(", "))
    };
    let messages = client
        .simple_query(&execute)
        .map_err(|e| failure(sql, &e))?;
    client
        .batch_execute("DEALLOCATE pgshift_s; RELEASE SAVEPOINT pgshift_prepare")
        .map_err(|e| failure(sql, &e))?;
    Ok(rows_of(messages))
}

/// The rows of a single statement's messages, or `None` when it returned none.
pub(crate) fn rows_of(messages: Vec<SimpleQueryMessage>) -> Option<Rows> {
    let mut rows: Option<Rows> = None;
    for message in messages {
        match message {
            SimpleQueryMessage::RowDescription(_) => {
                rows.get_or_insert_with(Vec::new);
            }
            SimpleQueryMessage::Row(row) => {
                let cells = (0..row.len())
                    .map(|i| row.get(i).map(str::to_string))
                    .collect();
                rows.get_or_insert_with(Vec::new).push(cells);
            }
            _ => {}
        }
    }
    rows
}
