//! `DROP TABLE|VIEW|MATERIALIZED VIEW|INDEX|TYPE|SEQUENCE|SCHEMA … [IF EXISTS] … [CASCADE]`.
//!
//! ```sql
//! -- input
//! DROP INDEX IF EXISTS t_a_idx, t_b_idx CASCADE;
//! -- output (SQLite): one name per statement; CASCADE dropped (warning)
//! DROP INDEX IF EXISTS t_a_idx;
//! DROP INDEX IF EXISTS t_b_idx;
//! -- output (MySQL): the index's table comes from the catalog
//! DROP INDEX t_a_idx ON t;
//! DROP INDEX t_b_idx ON t;
//! ```
//!
//! - SQLite drops one table, view or index per statement: a list is split.
//! - CASCADE: neither target drops dependent objects: a warning.
//! - MySQL's `DROP INDEX i ON t` needs the table, which the catalog gives; an
//!   index the catalog does not know is an error, or with IF EXISTS a skip
//!   (warning). MySQL 8 has no `DROP INDEX IF EXISTS`, so the catalog decides.
//! - A materialized view is a table on the targets: `DROP TABLE`.
//! - `DROP TYPE` of an enum (inlined in its columns), `DROP SEQUENCE` (folded
//!   into its column) and `DROP EXTENSION` leave nothing to drop: a skip note.
//! - `DROP SCHEMA`: SQLite has none (error); MySQL drops the database, with
//!   everything in it, which matches CASCADE; without CASCADE a schema the catalog
//!   knows tables in is an error (PostgreSQL would refuse).
//!
//! Fidelity: exact, except CASCADE (warning).
//! <https://www.sqlite.org/lang_dropindex.html>, <https://dev.mysql.com/doc/refman/8.0/en/drop-index.html>

use super::{one_line, RuleCx};
use crate::catalog::key;
use crate::diagnostics::Code;
use crate::ir::{DropObject, DropTable, ObjectKind, ObjectName, Stmt};
use crate::target::Dialect;

pub fn expand(stmt: Stmt, cx: &mut RuleCx) -> Vec<Stmt> {
    match stmt {
        Stmt::DropTable(d) => drop_table(d, cx),
        Stmt::DropObject(d) => drop_object(d, cx),
        other => vec![other],
    }
}

/// DROP TABLE a, b CASCADE → DROP TABLE a; DROP TABLE b (SQLite), DROP TABLE a, b (MySQL).
fn drop_table(mut d: DropTable, cx: &mut RuleCx) -> Vec<Stmt> {
    if d.cascade {
        cascade_warning(cx, d.span, "DROP TABLE");
        d.cascade = false;
    }
    if cx.target.dialect == Dialect::Mysql || d.names.len() < 2 {
        return vec![Stmt::DropTable(d)];
    }
    d.names
        .iter()
        .map(|n| {
            Stmt::DropTable(DropTable {
                names: vec![n.clone()],
                ..d.clone()
            })
        })
        .collect()
}

fn drop_object(mut d: DropObject, cx: &mut RuleCx) -> Vec<Stmt> {
    if d.cascade && !matches!(d.kind, ObjectKind::Schema) {
        cascade_warning(cx, d.span, &format!("DROP {}", d.kind.keyword()));
        d.cascade = false;
    }
    match d.kind {
        // DROP VIEW a, b → one statement per view (SQLite).
        ObjectKind::View => split(d, cx.target.dialect == Dialect::Sqlite),
        // DROP MATERIALIZED VIEW m → DROP TABLE m.
        ObjectKind::MaterializedView => drop_table(
            DropTable {
                names: d.names,
                if_exists: d.if_exists,
                cascade: false,
                span: d.span,
            },
            cx,
        ),
        ObjectKind::Index => split(d, true)
            .into_iter()
            .map(|s| match s {
                Stmt::DropObject(one) => drop_index(one, cx),
                other => other,
            })
            .collect(),
        // DROP TYPE mood → nothing: the enum lives in its columns.
        ObjectKind::Type | ObjectKind::Sequence | ObjectKind::Extension => {
            let names: Vec<String> = d.names.iter().map(key).collect();
            let what = format!("DROP {} {}", d.kind.keyword(), names.join(", "));
            cx.report(
                Code::ObjectSkipped,
                d.span,
                format!("{what}: the target has no such object, so there is nothing to drop"),
            );
            vec![Stmt::Skipped(one_line(&format!("pgshift: skipped {what}")))]
        }
        ObjectKind::Schema => drop_schema(d, cx),
        ObjectKind::Domain
        | ObjectKind::Function
        | ObjectKind::Procedure
        | ObjectKind::Trigger
        | ObjectKind::Policy => vec![Stmt::DropObject(d)],
    }
}

/// One statement per name when `split`.
fn split(d: DropObject, split: bool) -> Vec<Stmt> {
    if !split || d.names.len() < 2 {
        return vec![Stmt::DropObject(d)];
    }
    d.names
        .iter()
        .map(|n| {
            Stmt::DropObject(DropObject {
                names: vec![n.clone()],
                ..d.clone()
            })
        })
        .collect()
}

/// MySQL: DROP INDEX [IF EXISTS] i → DROP INDEX i ON t, with t from the catalog.
fn drop_index(mut d: DropObject, cx: &mut RuleCx) -> Stmt {
    if cx.target.dialect != Dialect::Mysql {
        return Stmt::DropObject(d);
    }
    let name = d.names.first().map(key).unwrap_or_default();
    match cx.catalog.index(&name) {
        Some((table, _)) => {
            // The catalog keeps the name as written; `public.` is not repeated here.
            let parts = table
                .def
                .name
                .parts
                .iter()
                .filter(|p| p.name != "public")
                .map(|p| crate::ir::Ident {
                    span: d.span,
                    ..p.clone()
                })
                .collect();
            d.table = Some(ObjectName {
                parts,
                span: d.span,
            });
            d.if_exists = false;
            Stmt::DropObject(d)
        }
        None if d.if_exists => {
            cx.report(
                Code::UnknownIndexSkipped,
                d.span,
                format!(
                    "the catalog does not know the index `{name}`, so it is taken not to exist"
                ),
            );
            Stmt::Skipped(one_line(&format!(
                "pgshift: skipped DROP INDEX IF EXISTS {name} (not in the catalog)"
            )))
        }
        None => {
            cx.report(
                Code::UnknownIndex,
                d.span,
                format!("MySQL drops an index ON its table, and the catalog does not know the index `{name}`"),
            );
            Stmt::DropObject(d)
        }
    }
}

/// DROP SCHEMA s CASCADE → DROP SCHEMA s (MySQL, a database); an error in SQLite.
fn drop_schema(d: DropObject, cx: &mut RuleCx) -> Vec<Stmt> {
    if !cx.target.caps.schemas {
        cx.report(
            Code::SchemaUnsupported,
            d.span,
            "DROP SCHEMA cannot be expressed: SQLite has no schemas",
        );
        return vec![Stmt::DropObject(d)];
    }
    let mut out = Vec::new();
    for n in &d.names {
        let schema = key(n);
        if schema == "public" {
            cx.report(
                Code::SchemaUnsupported,
                d.span,
                "DROP SCHEMA public cannot be expressed: pgshift maps `public` to the current database",
            );
            continue;
        }
        let prefix = format!("{schema}.");
        if !d.cascade && cx.catalog.tables.keys().any(|k| k.starts_with(&prefix)) {
            cx.report(
                Code::DropSchemaRestrict,
                d.span,
                format!("the schema `{schema}` has tables, which MySQL's DROP SCHEMA would drop with it"),
            );
            continue;
        }
        out.push(Stmt::DropObject(DropObject {
            names: vec![n.clone()],
            cascade: false,
            ..d.clone()
        }));
    }
    out
}

fn cascade_warning(cx: &mut RuleCx, span: crate::span::Span, what: &str) {
    cx.report(
        Code::CascadeDropped,
        span,
        format!("{what} … CASCADE: the target does not drop dependent objects"),
    );
}
