//! `SET`, `RESET` and `SELECT pg_catalog.set_config(…)`: PostgreSQL session settings.
//!
//! ```sql
//! -- input (pg_dump's preamble)
//! SET statement_timeout = 0;
//! SELECT pg_catalog.set_config('search_path', '', false);
//! -- output (both targets): skip notes
//! -- skipped SET statement_timeout = 0: a PostgreSQL session setting
//! -- skipped set_config('search_path', …): a PostgreSQL session setting
//! ```
//!
//! A session setting changes neither the schema nor the data, so it is dropped
//! with a note. Two settings change what the script means: a time zone other
//! than UTC (timestamptz text without an offset would be read in that zone,
//! while pgshift's translations keep UTC) is a warning, and
//! `standard_conforming_strings = off` is refused when lowered.
//!
//! Fidelity: exact for the data; the session itself is not reproduced.
//! <https://www.postgresql.org/docs/current/sql-set.html>

use super::setval::bare_call;
use super::RuleCx;
use crate::diagnostics::Code;
use crate::ir::Stmt;

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    let (span, note) = match stmt {
        // SET TIME ZONE 'UTC' → a note; any other zone → a warning.
        Stmt::CodeObject(c) if c.what == "SET TIME ZONE" => {
            let zone = c.name.clone().unwrap_or_default();
            let utc = matches!(
                zone.to_ascii_lowercase().as_str(),
                "utc" | "gmt" | "etc/utc" | "zulu" | "z" | "0" | "+00" | "+00:00"
            );
            if !utc {
                cx.report(
                    Code::SessionTimeZone,
                    c.span,
                    format!("the session time zone `{zone}` is dropped; pgshift's translations keep UTC"),
                );
            }
            (c.span, format!("SET TIME ZONE {zone}"))
        }
        // SET x = v / RESET x → a note.
        Stmt::CodeObject(c) if c.what == "SET" || c.what == "RESET" => {
            let what = match &c.name {
                Some(n) if c.what == "SET" => format!("SET {n}"),
                Some(n) => n.clone(),
                None => c.what.clone(),
            };
            (c.span, what)
        }
        // SELECT pg_catalog.set_config('search_path', '', false) → a note.
        Stmt::Query(q) => {
            let Some(f) = bare_call(q, "set_config", 3..=3) else {
                return;
            };
            let setting = f.args[0].as_str_literal().unwrap_or("…").to_string();
            (q.span, format!("set_config('{setting}', …)"))
        }
        _ => return,
    };
    cx.report(
        Code::SessionSetting,
        span,
        format!("{note} is dropped: it is a PostgreSQL session setting"),
    );
    *stmt = Stmt::Skipped(super::one_line(&format!(
        "skipped {note}: a PostgreSQL session setting"
    )));
}
