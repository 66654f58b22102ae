//! `SELECT setval('t_id_seq', n [, is_called])` for a sequence folded into an
//! auto-increment column.
//!
//! ```sql
//! -- input (t.id is SERIAL, or DEFAULT nextval('t_id_seq'))
//! SELECT pg_catalog.setval('t_id_seq', 42, true);
//! -- output (MySQL)
//! ALTER TABLE t AUTO_INCREMENT = 43
//! -- output (SQLite: the id is INTEGER PRIMARY KEY AUTOINCREMENT)
//! INSERT INTO sqlite_sequence (name, seq) SELECT 't', 42 WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 't');
//! UPDATE sqlite_sequence SET seq = 42 WHERE name = 't'
//! ```
//!
//! The next id after `setval(s, n, true)` is n + 1, after `setval(s, n, false)`
//! it is n. Both targets also never hand out an id at or below the largest one
//! stored, where PostgreSQL would and then fail on the key: the ids agree
//! whenever PostgreSQL's insert succeeds. The sequence is found through the
//! catalog: the column whose default is `nextval('s')`, or the serial or
//! identity column whose implicit sequence is `<table>_<column>_seq`. A setval
//! of any other sequence is left to the `sequence` rule (a warning).
//!
//! Fidelity: exact.
//! <https://www.sqlite.org/autoinc.html>, <https://dev.mysql.com/doc/refman/8.0/en/alter-table.html>

use super::build;
use super::sequence::{nextval_of, sequence_name};
use super::RuleCx;
use crate::catalog::Catalog;
use crate::ir::{
    AlterOp, AlterTable, Assignment, BinOp, DataType, Expr, ExprKind, FuncCall, Insert,
    InsertSource, Literal, ObjectName, Query, SelectItem, SetExpr, Stmt, Update,
};
use crate::span::Span;
use crate::target::AutoIncrement;

/// The expansion: a bare `SELECT setval(…)` into the statements that set the counter.
pub fn expand(stmt: Stmt, cx: &mut RuleCx) -> Vec<Stmt> {
    let Stmt::Query(q) = &stmt else {
        return vec![stmt];
    };
    let Some((seq, next)) = setval(q) else {
        return vec![stmt];
    };
    let Some(table) = folded_into(cx.catalog, &seq) else {
        return vec![stmt];
    };
    let span = q.span;
    match cx.target.caps.auto_increment {
        // setval('t_id_seq', 42) → ALTER TABLE t AUTO_INCREMENT = 43.
        AutoIncrement::ColumnAttribute => vec![Stmt::AlterTable(Box::new(AlterTable {
            name: table,
            if_exists: false,
            ops: vec![AlterOp::AutoIncrement(next)],
            span,
        }))],
        // setval('t_id_seq', 42) → the row of t in sqlite_sequence holds 42.
        AutoIncrement::RowidAlias => sqlite_sequence(&table.base_name(), next - 1, span),
    }
}

/// The sequence and the next value it hands out, from `SELECT setval('s', n [, b])`
/// with literal arguments.
fn setval(q: &Query) -> Option<(String, i64)> {
    let f = setval_call(q)?;
    let seq = sequence_name(&f.args[0])?;
    let n = build::int_value(&f.args[1])?;
    let called = match f.args.get(2).map(|e| &e.kind) {
        None | Some(ExprKind::Literal(Literal::Boolean(true))) => true,
        Some(ExprKind::Literal(Literal::Boolean(false))) => false,
        Some(_) => return None,
    };
    Some((seq, if called { n.checked_add(1)? } else { n }))
}

/// The call of a bare `SELECT [pg_catalog.]setval('s', n [, b])`.
pub(super) fn setval_call(q: &Query) -> Option<&FuncCall> {
    bare_call(q, "setval", 2..=3)
}

/// The call of a bare `SELECT [pg_catalog.]name(args)` with a number of
/// arguments in `arity`: a statement run only for its call.
pub(super) fn bare_call<'q>(
    q: &'q Query,
    name: &str,
    arity: std::ops::RangeInclusive<usize>,
) -> Option<&'q FuncCall> {
    let SetExpr::Select(s) = &q.body else {
        return None;
    };
    if !s.from.is_empty() || s.selection.is_some() || s.projection.len() != 1 {
        return None;
    }
    let SelectItem::Expr { expr, .. } = &s.projection[0] else {
        return None;
    };
    let ExprKind::Func(f) = &expr.kind else {
        return None;
    };
    (f.plain_name() == Some(name) && arity.contains(&f.args.len())).then_some(f)
}

/// The table whose auto-increment column the sequence `seq` was folded into.
fn folded_into(catalog: &Catalog, seq: &str) -> Option<ObjectName> {
    catalog.tables.values().find_map(|t| {
        let table = t.def.name.base_name();
        t.def
            .columns
            .iter()
            .any(|c| {
                let explicit = c.default.as_ref().and_then(nextval_of).as_deref() == Some(seq);
                let implicit = (matches!(c.ty, DataType::Serial(_)) || c.identity.is_some())
                    && seq == format!("{table}_{}_seq", c.name.name);
                explicit || implicit
            })
            .then(|| t.def.name.clone())
    })
}

/// `INSERT INTO sqlite_sequence … WHERE NOT EXISTS (…)` then `UPDATE sqlite_sequence …`:
/// the table's row holds `seq` whether or not a row was inserted before.
fn sqlite_sequence(table: &str, seq: i64, span: Span) -> Vec<Stmt> {
    let sequences = || ObjectName {
        parts: vec![build::ident("sqlite_sequence", span)],
        span,
    };
    let is_table = || {
        build::bin(
            BinOp::Eq,
            build::col("name", span),
            build::text(table, span),
        )
    };
    let exists = Expr::new(
        ExprKind::Exists {
            query: Box::new(Query::of(
                build::select(
                    vec![build::int(1, span)],
                    Some("sqlite_sequence"),
                    Some(is_table()),
                    span,
                ),
                span,
            )),
            negated: true,
        },
        span,
    );
    let insert = Insert {
        table: sequences(),
        alias: None,
        columns: vec![build::ident("name", span), build::ident("seq", span)],
        source: InsertSource::Query(Box::new(Query::of(
            build::select(
                vec![build::text(table, span), build::int(seq, span)],
                None,
                Some(exists),
                span,
            ),
            span,
        ))),
        on_conflict: None,
        on_duplicate_key_update: Vec::new(),
        row_alias: None,
        returning: Vec::new(),
        span,
    };
    let update = Update {
        table: sequences(),
        alias: None,
        assignments: vec![Assignment {
            table: None,
            column: build::ident("seq", span),
            value: build::int(seq, span),
        }],
        from: Vec::new(),
        multi_table: false,
        selection: Some(is_table()),
        returning: Vec::new(),
        span,
    };
    vec![
        Stmt::Insert(Box::new(insert)),
        Stmt::Update(Box::new(update)),
    ]
}
