//! SQLite's table rebuild, from the catalog.
//!
//! The steps of <https://www.sqlite.org/lang_altertable.html#otheralter>: create
//! the new table under a temporary name, copy the rows, drop the old table,
//! rename the new one, recreate the indexes and the views that read the table,
//! all inside a savepoint (so it works inside or outside the script's own
//! transaction). The new `CREATE TABLE` is PostgreSQL IR and passes through every
//! rule, so its types, defaults and keys are translated as a fresh one would be.
//!
//! Foreign keys: when another table (or the table itself) refers to the table,
//! `PRAGMA foreign_keys = OFF` comes first and `PRAGMA foreign_key_check` and
//! `PRAGMA foreign_keys = ON` last (SQLite's procedure; ON is PostgreSQL's
//! behaviour). Otherwise `PRAGMA foreign_keys = ON` comes first, so that the
//! copy checks the table's own foreign keys, as PostgreSQL checks a new one.
//! Cloudflare D1 cannot turn foreign keys off and defers them instead.
//! Observed on SQLite 3.40–3.54: foreign_keys = OFF is a no-op inside a
//! transaction, so rebuilding a table that other rows refer to inside the
//! script's BEGIN fails with "FOREIGN KEY constraint failed" (loudly, never silently).

use super::{respan, RuleCx};
use crate::catalog::{key, observe, Catalog, Table};
use crate::ir::visit::{walk_query, VisitMut};
use crate::ir::{
    AlterOp, AlterTable, ColumnChange, ConstraintKind, CreateView, DropObject, DropTable, Expr,
    ExprKind, FromItem, Ident, Insert, InsertSource, ObjectKind, ObjectName, Pragma, Query,
    Savepoint, Select, Stmt, TableRef,
};
use crate::target::RebuildForeignKeys;

const SAVEPOINT: &str = "pgshift_alter";

pub fn rebuild(alter: &AlterTable, table: &Table, cx: &mut RuleCx) -> Vec<Stmt> {
    let span = alter.span;
    let old = table.def.name.clone();
    // A rename of the table is done natively after the rebuild, so that SQLite
    // also renames the other tables' foreign keys to it.
    let (renames, ops): (Vec<AlterOp>, Vec<AlterOp>) = alter
        .ops
        .iter()
        .cloned()
        .partition(|op| matches!(op, AlterOp::RenameTable { .. }));
    let mut scratch = Catalog::default();
    scratch.tables.insert(key(&old), table.clone());
    observe(
        &mut scratch,
        &Stmt::AlterTable(Box::new(AlterTable {
            ops: ops.clone(),
            ..alter.clone()
        })),
    );
    let Some(new) = scratch.tables.remove(&key(&old)) else {
        return Vec::new();
    };
    let base = old.base_name();
    let temp = ObjectName {
        parts: vec![Ident::new(&format!("__pgshift_new_{base}"), span)],
        span,
    };
    let referenced = referenced(cx.catalog, &old);
    let mut out = Vec::new();
    let defer = cx.target.caps.rebuild_foreign_keys == RebuildForeignKeys::Defer;
    if !defer {
        out.push(Stmt::Pragma(Pragma::ForeignKeys(!referenced)));
    }
    out.push(Stmt::Savepoint(Savepoint::Create(Ident::new(
        SAVEPOINT, span,
    ))));
    if defer && referenced {
        out.push(Stmt::Pragma(Pragma::DeferForeignKeys(true)));
    }
    let views = views_reading(cx.catalog, &base);
    for v in views.iter().rev() {
        out.push(Stmt::DropObject(DropObject {
            kind: ObjectKind::View,
            names: vec![v.name.clone()],
            if_exists: false,
            cascade: false,
            table: None,
            span,
        }));
    }
    let mut create = new.def.clone();
    create.name = temp.clone();
    create.if_not_exists = false;
    out.push(Stmt::CreateTable(Box::new(create)));
    let (columns, exprs) = sources(&table.def.columns, &ops, span);
    if !columns.is_empty() {
        let body = super::super::build::select(exprs, None, None, span);
        let mut query = Query::of(body, span);
        if let crate::ir::SetExpr::Select(s) = &mut query.body {
            s.from = vec![crate::ir::FromItem {
                relation: crate::ir::TableRef::Table {
                    name: old.clone(),
                    alias: None,
                },
                joins: Vec::new(),
            }];
        }
        out.push(Stmt::Insert(Box::new(Insert {
            table: temp.clone(),
            alias: None,
            columns,
            source: InsertSource::Query(Box::new(query)),
            on_conflict: None,
            on_duplicate_key_update: Vec::new(),
            row_alias: None,
            returning: Vec::new(),
            span,
        })));
    }
    out.push(Stmt::DropTable(DropTable {
        names: vec![old.clone()],
        if_exists: false,
        cascade: false,
        span,
    }));
    out.push(Stmt::AlterTable(Box::new(AlterTable {
        name: temp,
        if_exists: false,
        ops: vec![AlterOp::RenameTable {
            to: Ident::new(&base, span),
        }],
        span,
    })));
    for index in &new.indexes {
        let mut index = index.clone();
        index.table = old.clone();
        index.if_not_exists = false;
        out.push(Stmt::CreateIndex(Box::new(index)));
    }
    for v in views {
        out.push(Stmt::CreateView(Box::new(v)));
    }
    if defer && referenced {
        out.push(Stmt::Pragma(Pragma::DeferForeignKeys(false)));
    }
    if !defer && referenced {
        out.push(Stmt::Pragma(Pragma::ForeignKeyCheck));
    }
    out.push(Stmt::Savepoint(Savepoint::Release(Ident::new(
        SAVEPOINT, span,
    ))));
    if !defer && referenced {
        out.push(Stmt::Pragma(Pragma::ForeignKeys(true)));
    }
    // RENAME TO u, natively, once the table is rebuilt.
    let mut name = old;
    for op in renames {
        let AlterOp::RenameTable { to } = &op else {
            continue;
        };
        let next = to.clone();
        out.push(Stmt::AlterTable(Box::new(AlterTable {
            name: name.clone(),
            if_exists: false,
            ops: vec![op],
            span,
        })));
        if let Some(last) = name.parts.last_mut() {
            *last = next;
        }
    }
    for s in &mut out {
        respan(s, span);
    }
    out
}

/// The columns of the new table that take a value from the old rows, and the
/// expressions that compute it: the old column, renamed, or its `USING`
/// expression (or the column) cast to the new type, as PostgreSQL's assignment
/// cast does. An added column is left out, so that it gets its default.
fn sources(
    old: &[crate::ir::ColumnDef],
    ops: &[AlterOp],
    span: crate::span::Span,
) -> (Vec<Ident>, Vec<Expr>) {
    let mut cols: Vec<(Ident, Option<Expr>)> = old
        .iter()
        .map(|c| {
            let e = Expr::new(ExprKind::Column(vec![c.name.clone()]), span);
            (c.name.clone(), Some(e))
        })
        .collect();
    for op in ops {
        match op {
            AlterOp::AddColumn { column, .. } => cols.push((column.name.clone(), None)),
            AlterOp::DropColumn { name, .. } => cols.retain(|(c, _)| c.name != name.name),
            AlterOp::RenameColumn { from, to } => {
                for (c, _) in cols.iter_mut().filter(|(c, _)| c.name == from.name) {
                    *c = to.clone();
                }
            }
            AlterOp::AlterColumn {
                name,
                change: ColumnChange::Type { ty, using, .. },
                ..
            } => {
                let current = cols.clone();
                let Some(slot) = cols.iter_mut().find(|(c, _)| c.name == name.name) else {
                    continue;
                };
                let Some(source) = slot.1.clone() else {
                    continue;
                };
                let value = match using {
                    Some(u) => substitute(u.clone(), &current),
                    None => source,
                };
                // USING x::ty with the new type already casts.
                if matches!(&value.kind, ExprKind::PgCast { ty: to, .. } if to == ty) {
                    slot.1 = Some(value);
                    continue;
                }
                slot.1 = Some(Expr::new(
                    ExprKind::PgCast {
                        expr: value.boxed(),
                        ty: ty.clone(),
                    },
                    span,
                ));
            }
            _ => {}
        }
    }
    cols.into_iter()
        .filter_map(|(c, e)| e.map(|e| (c, e)))
        .unzip()
}

/// Replaces the columns that `e` reads with the expressions that compute them from the old rows.
fn substitute(mut e: Expr, cols: &[(Ident, Option<Expr>)]) -> Expr {
    super::super::each_expr_in(&mut e, |x| {
        let ExprKind::Column(parts) = &x.kind else {
            return;
        };
        let [name] = parts.as_slice() else {
            return;
        };
        if let Some((_, Some(source))) = cols.iter().find(|(c, _)| c.name == name.name) {
            *x = source.clone();
        }
    });
    e
}

/// A foreign key of some table refers to this table.
fn referenced(catalog: &Catalog, table: &ObjectName) -> bool {
    let me = key(table);
    catalog.tables.values().any(|t| {
        t.def
            .constraints
            .iter()
            .any(|c| matches!(&c.kind, ConstraintKind::ForeignKey(fk) if key(&fk.table) == me))
    })
}

/// The views that read the table, directly or through other views, in an order
/// that creates a view after the views it reads.
fn views_reading(catalog: &Catalog, table: &str) -> Vec<CreateView> {
    let reads: Vec<(String, Vec<String>)> = catalog
        .views
        .values()
        .map(|v| (key(&v.name), tables_read(&v.query)))
        .collect();
    let mut names = vec![table.to_string()];
    let mut found: Vec<CreateView> = Vec::new();
    loop {
        let before = found.len();
        for (v, (vname, tables)) in catalog.views.values().zip(&reads) {
            if !names.contains(vname) && tables.iter().any(|t| names.contains(t)) {
                names.push(vname.clone());
                found.push(v.clone());
            }
        }
        if found.len() == before {
            break;
        }
    }
    found
}

/// The catalog keys of the tables and views `query` reads: every name in a
/// FROM clause or a join, at any depth (CTEs, derived tables, subqueries in
/// expressions). A CTE's own name counts too, which at worst recreates a view
/// that did not need it.
fn tables_read(query: &Query) -> Vec<String> {
    struct Tables(Vec<String>);
    impl Tables {
        fn add_from_item(&mut self, item: &FromItem) {
            self.add_table_ref(&item.relation);
            for join in &item.joins {
                self.add_table_ref(&join.relation);
            }
        }
        fn add_table_ref(&mut self, t: &TableRef) {
            match t {
                TableRef::Table { name, .. } => self.0.push(key(name)),
                TableRef::Nested(inner) => self.add_from_item(inner),
                // Their queries and expressions are walked on their own.
                TableRef::Derived { .. }
                | TableRef::Function { .. }
                | TableRef::JsonTable { .. } => {}
            }
        }
    }
    impl VisitMut for Tables {
        fn select(&mut self, select: &mut Select) {
            for item in &select.from {
                self.add_from_item(item);
            }
        }
    }
    // The walk is mutable; a rebuild is rare enough for the copy.
    let mut query = query.clone();
    let mut tables = Tables(Vec::new());
    walk_query(&mut tables, &mut query);
    tables.0
}
