//! `CREATE SCHEMA` and `DROP SCHEMA`, which MySQL runs as CREATE and DROP
//! DATABASE, on a target whose databases are made outside SQL.
//!
//! PlanetScale creates and drops databases in its dashboard and CLI only, and
//! rejects both statements. On such a target (`Caps::create_database` false) a
//! schema statement other than the skipped `CREATE SCHEMA public` stops:
//!
//! ```sql
//! -- input
//! CREATE SCHEMA billing;
//! -- output (mysql)
//! CREATE SCHEMA billing;
//! -- output (planetscale): error PGS0587
//! ```
//!
//! Fidelity: a check, nothing is rewritten.
//! <https://planetscale.com/docs/vitess/mysql-compatibility>

use super::RuleCx;
use crate::diagnostics::Code;
use crate::ir::{ObjectKind, Stmt};

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    if cx.target.caps.create_database || cx.target.dialect != crate::target::Dialect::Mysql {
        return;
    }
    let (what, span) = match stmt {
        Stmt::CreateSchema(s) => ("CREATE", s.span),
        Stmt::DropObject(d) if d.kind == ObjectKind::Schema => ("DROP", d.span),
        _ => return,
    };
    cx.report(
        Code::DatabaseStatement,
        span,
        format!(
            "{what} SCHEMA is {what} DATABASE on MySQL, which {} does not run as SQL",
            cx.target.name
        ),
    );
}
