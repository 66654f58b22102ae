//! PostgreSQL, the reference: runs the original case script statement by
//! statement in a schema of its own, inside one transaction that is rolled back.

use super::unique_name;
use crate::params::Param;
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

/// Runs the script `source` of case `case` and returns each statement's outcome.
pub fn run(url: &str, case: &str, source: &str, params: &[Param]) -> Result<Vec<Outcome>, String> {
    let mut client = connect(url)?;
    let schema = unique_name(case, "pg");
    let setup = format!(
        "BEGIN; CREATE SCHEMA {schema}; SET LOCAL search_path TO {schema}; SET LOCAL TimeZone TO 'UTC'"
    );
    client
        .batch_execute(&setup)
        .map_err(|e| format!("PostgreSQL: cannot set up schema {schema}: {e}"))?;
    let mut out = Vec::new();
    for piece in scan::split(source).filter(|p| p.kind == PieceKind::Statement) {
        let sql = piece.text(source).to_string();
        let used = max_param(&sql);
        let rows = if used > 0 {
            let params = params.get(..used).ok_or_else(|| {
                format!(
                    "the statement uses ${used}, but the case gives {} parameter(s) (`-- params:`):\n    {}",
                    params.len(),
                    sql.trim()
                )
            })?;
            run_prepared(&mut client, &sql, params)?
        } else {
            rows_of(client.simple_query(&sql).map_err(|e| failure(&sql, &e))?)
        };
        out.push(Outcome {
            span: piece.span,
            sql,
            rows,
        });
    }
    let _ = client.batch_execute("ROLLBACK");
    Ok(out)
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
fn rows_of(messages: Vec<SimpleQueryMessage>) -> Option<Rows> {
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

/// The highest `$n` parameter in `sql` outside strings, quoted identifiers,
/// dollar quotes and comments, or 0 when there is none.
pub fn max_param(sql: &str) -> usize {
    let mut max = 0;
    let b = sql.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\'' | b'"' => {
                let quote = b[i];
                i += 1;
                while i < b.len() && b[i] != quote {
                    i += 1;
                }
                i += 1;
            }
            b'-' if b.get(i + 1) == Some(&b'-') => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                let mut depth = 1;
                i += 2;
                while i < b.len() && depth > 0 {
                    if b[i] == b'/' && b.get(i + 1) == Some(&b'*') {
                        depth += 1;
                        i += 1;
                    } else if b[i] == b'*' && b.get(i + 1) == Some(&b'/') {
                        depth -= 1;
                        i += 1;
                    }
                    i += 1;
                }
            }
            b'$' => {
                let digits = b[i + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
                if digits > 0 {
                    let prev_is_word =
                        i > 0 && (b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_');
                    if !prev_is_word {
                        let n = sql[i + 1..i + 1 + digits].parse().unwrap_or(usize::MAX);
                        max = max.max(n);
                    }
                    i += 1 + digits;
                    continue;
                }
                let tag_len = b[i + 1..]
                    .iter()
                    .take_while(|c| c.is_ascii_alphanumeric() || **c == b'_')
                    .count();
                let tag_end = i + 1 + tag_len;
                let starts_tag = b.get(tag_end) == Some(&b'$')
                    && b.get(i + 1).is_none_or(|c| !c.is_ascii_digit());
                if starts_tag {
                    let tag = &sql[i..=tag_end];
                    match sql[tag_end + 1..].find(tag) {
                        Some(end) => i = tag_end + 1 + end + tag.len(),
                        None => return max,
                    }
                } else {
                    i += 1;
                }
            }
            _ => i += 1,
        }
    }
    max
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_params_outside_quotes_and_comments() {
        assert_eq!(max_param("SELECT $1"), 1);
        assert_eq!(max_param("SELECT $2::int + $1::int AS s;"), 2);
        assert_eq!(max_param("SELECT $12, $3"), 12);
        assert_eq!(max_param("SELECT 'a' || $1"), 1);
        assert_eq!(max_param("SELECT '$1'"), 0);
        assert_eq!(max_param("SELECT \"$1\""), 0);
        assert_eq!(max_param("SELECT 1 -- $1\n"), 0);
        assert_eq!(max_param("SELECT /* $1 /* nested */ $2 */ 1"), 0);
        assert_eq!(max_param("SELECT $$ $1 $$"), 0);
        assert_eq!(max_param("SELECT $tag$ $5 $tag$, $2"), 2);
        assert_eq!(max_param("SELECT $$ x $$, $1"), 1);
        assert_eq!(max_param("SELECT a$1 FROM t"), 0);
    }
}
