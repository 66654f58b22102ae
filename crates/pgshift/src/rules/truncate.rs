//! `TRUNCATE [TABLE] names [RESTART IDENTITY | CONTINUE IDENTITY] [CASCADE]`.
//!
//! ```sql
//! -- input
//! TRUNCATE items, orders RESTART IDENTITY;   -- items references orders
//! -- output (SQLite): referencing tables first; AUTOINCREMENT counters reset
//! DELETE FROM items;
//! DELETE FROM sqlite_sequence WHERE name = 'items';
//! DELETE FROM orders;
//! DELETE FROM sqlite_sequence WHERE name = 'orders';
//! -- output (MySQL): TRUNCATE resets AUTO_INCREMENT, DELETE keeps it
//! TRUNCATE TABLE items;
//! TRUNCATE TABLE orders;
//! ```
//!
//! - PostgreSQL's TRUNCATE keeps the sequences unless RESTART IDENTITY. SQLite's
//!   DELETE keeps an AUTOINCREMENT counter (the `serial` rule makes serial keys
//!   AUTOINCREMENT), and RESTART IDENTITY deletes the table's row of
//!   `sqlite_sequence`, which exists exactly when some table has AUTOINCREMENT;
//!   the catalog tells whether this one does. MySQL's TRUNCATE TABLE always
//!   resets AUTO_INCREMENT, so only RESTART IDENTITY becomes TRUNCATE, and
//!   anything else DELETE, which keeps it.
//! - MySQL refuses TRUNCATE of a table a foreign key references: an error when
//!   it would be needed.
//! - Tables are emptied referencing tables first, so that foreign keys hold at
//!   every step. CASCADE adds, from the catalog, every table whose foreign keys
//!   reach the listed ones; a listed table the catalog does not know makes it a
//!   warning.
//!
//! Fidelity: exact, given the catalog.
//! <https://www.sqlite.org/autoinc.html>, <https://dev.mysql.com/doc/refman/8.0/en/truncate-table.html>

use super::{build, RuleCx};
use crate::catalog::{key, Catalog, Table};
use crate::diagnostics::Code;
use crate::ir::{BinOp, ConstraintKind, DataType, Delete, ObjectName, Stmt, Truncate};
use crate::span::Span;
use crate::target::Dialect;

pub fn expand(stmt: Stmt, cx: &mut RuleCx) -> Vec<Stmt> {
    let Stmt::Truncate(t) = stmt else {
        return vec![stmt];
    };
    let mut names: Vec<ObjectName> = t.tables.clone();
    if t.cascade {
        if t.tables.iter().any(|n| cx.catalog.table(n).is_none()) {
            cx.report(
                Code::CascadeDropped,
                t.span,
                "TRUNCATE … CASCADE: the catalog does not know every table, so tables referencing them are not emptied",
            );
        }
        add_referencing(cx.catalog, &mut names);
    }
    let ordered = referencing_first(cx.catalog, names);
    let mut out = Vec::new();
    for name in ordered {
        let table = cx.catalog.table(&name);
        let counter = table.map(has_auto_increment);
        match cx.target.dialect {
            Dialect::Sqlite => {
                // TRUNCATE t → DELETE FROM t.
                out.push(delete(name.clone(), None, t.span));
                match (t.restart_identity, counter) {
                    // RESTART IDENTITY → DELETE FROM sqlite_sequence WHERE name = 't'.
                    (true, Some(true)) => out.push(reset_sequence(&name, t.span)),
                    (true, None) => cx.report(
                        Code::TruncateIdentityUnknown,
                        t.span,
                        format!("the catalog does not know `{}`: its auto-increment counter is not reset", key(&name)),
                    ),
                    _ => {}
                }
            }
            Dialect::Mysql => {
                if t.restart_identity && counter != Some(false) {
                    if table.is_some_and(|_| referenced(cx.catalog, &name)) {
                        cx.report(
                            Code::TruncateReferenced,
                            t.span,
                            format!("`{}` is referenced by a foreign key, so MySQL cannot TRUNCATE it to reset its AUTO_INCREMENT", key(&name)),
                        );
                    }
                    // TRUNCATE t RESTART IDENTITY → TRUNCATE TABLE t.
                    out.push(Stmt::Truncate(Truncate {
                        tables: vec![name],
                        restart_identity: true,
                        cascade: false,
                        span: t.span,
                    }));
                } else {
                    // TRUNCATE t → DELETE FROM t, which keeps AUTO_INCREMENT.
                    out.push(delete(name, None, t.span));
                }
            }
        }
    }
    out
}

/// The table's column draws from a sequence: serial or identity.
fn has_auto_increment(t: &Table) -> bool {
    t.def
        .columns
        .iter()
        .any(|c| matches!(c.ty, DataType::Serial(_)) || c.identity.is_some())
}

/// Tables whose foreign keys point at `t`, other than `t` itself.
fn referencing<'c>(catalog: &'c Catalog, t: &str) -> impl Iterator<Item = &'c Table> + 'c {
    let t = t.to_string();
    catalog.tables.values().filter(move |other| {
        key(&other.def.name) != t
            && other
                .def
                .constraints
                .iter()
                .any(|c| matches!(&c.kind, ConstraintKind::ForeignKey(fk) if key(&fk.table) == t))
    })
}

fn referenced(catalog: &Catalog, name: &ObjectName) -> bool {
    referencing(catalog, &key(name)).next().is_some()
}

/// CASCADE: adds every table that references one in `names`, transitively.
fn add_referencing(catalog: &Catalog, names: &mut Vec<ObjectName>) {
    let mut i = 0;
    while i < names.len() {
        let k = key(&names[i]);
        for t in referencing(catalog, &k) {
            if !names.iter().any(|n| key(n) == key(&t.def.name)) {
                names.push(t.def.name.clone());
            }
        }
        i += 1;
    }
}

/// Orders the tables so that a table comes after every listed table that references it.
fn referencing_first(catalog: &Catalog, mut names: Vec<ObjectName>) -> Vec<ObjectName> {
    let mut out = Vec::with_capacity(names.len());
    while !names.is_empty() {
        let free = names.iter().position(|n| {
            let k = key(n);
            !names.iter().any(|m| {
                key(m) != k && referencing(catalog, &k).any(|r| key(&r.def.name) == key(m))
            })
        });
        out.push(names.remove(free.unwrap_or(0)));
    }
    out
}

fn delete(table: ObjectName, selection: Option<crate::ir::Expr>, span: Span) -> Stmt {
    Stmt::Delete(Box::new(Delete {
        table,
        alias: None,
        using: Vec::new(),
        multi_table: false,
        selection,
        returning: Vec::new(),
        span,
    }))
}

/// `DELETE FROM sqlite_sequence WHERE name = 't'`.
fn reset_sequence(table: &ObjectName, span: Span) -> Stmt {
    let name = table.base_name();
    let sequence = ObjectName {
        parts: vec![build::ident("sqlite_sequence", span)],
        span,
    };
    let test = build::bin(
        BinOp::Eq,
        build::col("name", span),
        build::text(&name, span),
    );
    delete(sequence, Some(test), span)
}
