//! Recording a statement's effect on the catalog.

use super::{key, Catalog, Sequence, Table};
use crate::ir::{
    AlterOp, ColumnChange, ConstraintKind, EnumChange, Expr, ExprKind, Ident, ObjectName,
    OrderItem, Stmt,
};
use crate::rules::alter_table::pg_constraint_name;

/// Applies the PostgreSQL statement `stmt` (as lowered, before rules) to `catalog`.
pub fn observe(catalog: &mut Catalog, stmt: &Stmt) {
    match stmt {
        Stmt::CreateTable(t) => {
            let k = key(&t.name);
            if t.if_not_exists && catalog.tables.contains_key(&k) {
                return;
            }
            catalog.tables.insert(
                k,
                Table {
                    def: (**t).clone(),
                    indexes: Vec::new(),
                },
            );
        }
        Stmt::DropTable(d) => {
            for n in &d.names {
                catalog.tables.remove(&key(n));
            }
        }
        Stmt::CreateIndex(i) => {
            // An unnamed index is recorded under the name PostgreSQL gives it.
            let mut index = (**i).clone();
            if index.name.is_none() {
                let name = crate::rules::create_index::default_name(catalog, &index);
                index.name = Some(Ident::new(&name, index.table.span));
            }
            if let Some(t) = catalog.table_mut(&index.table) {
                let exists = index.name.as_ref().is_some_and(|n| {
                    t.indexes
                        .iter()
                        .any(|x| x.name.as_ref().is_some_and(|m| m.name == n.name))
                });
                if !exists {
                    t.indexes.push(index);
                }
            }
        }
        Stmt::AlterTable(a) => alter_table(catalog, a),
        // COMMENT ON COLUMN t.c IS 'x': kept with the column, which MySQL restates.
        Stmt::Comment(c) => {
            if let (Some(col), Some(t)) = (&c.column, catalog.table_mut(&c.table)) {
                if let Some(col) = t.column_mut(&col.name) {
                    col.comment.clone_from(&c.text);
                }
            }
        }
        Stmt::CreateView(v) => {
            let k = key(&v.name);
            if v.if_not_exists && catalog.views.contains_key(&k) {
                return;
            }
            catalog.views.insert(k, (**v).clone());
        }
        Stmt::ObjectChange(c) => object_change(catalog, c),
        Stmt::DropObject(d) => {
            use crate::ir::ObjectKind as K;
            for n in &d.names {
                let k = key(n);
                match d.kind {
                    K::View | K::MaterializedView => {
                        catalog.views.remove(&k);
                        catalog.tables.remove(&k);
                    }
                    K::Index => {
                        let base = n.base().map(|b| b.name.as_str()).unwrap_or_default();
                        for t in catalog.tables.values_mut() {
                            t.indexes
                                .retain(|i| i.name.as_ref().is_none_or(|m| m.name != base));
                        }
                    }
                    K::Type => {
                        catalog.enums.remove(&k);
                    }
                    K::Domain => {
                        catalog.domains.remove(&k);
                    }
                    K::Sequence => {
                        catalog.sequences.remove(&k);
                    }
                    K::Schema
                    | K::Extension
                    | K::Function
                    | K::Procedure
                    | K::Trigger
                    | K::Policy => {}
                }
            }
        }
        Stmt::CreateEnum(e) => {
            catalog.enums.insert(key(&e.name), e.labels.clone());
        }
        Stmt::AlterEnum(e) => {
            let Some(labels) = catalog.enums.get_mut(&key(&e.name)) else {
                return;
            };
            match &e.op {
                EnumChange::AddValue {
                    label, position, ..
                } => {
                    if labels.contains(label) {
                        return;
                    }
                    let at = position
                        .as_ref()
                        .and_then(|(before, other)| {
                            labels.iter().position(|l| l == other).map(|i| {
                                if *before {
                                    i
                                } else {
                                    i + 1
                                }
                            })
                        })
                        .unwrap_or(labels.len());
                    labels.insert(at, label.clone());
                }
                EnumChange::RenameValue { from, to } => {
                    for l in labels.iter_mut().filter(|l| *l == from) {
                        l.clone_from(to);
                    }
                }
            }
        }
        Stmt::CreateDomain(d) => {
            catalog.domains.insert(key(&d.name), (**d).clone());
        }
        Stmt::CreateSequence(s) => {
            catalog.sequences.insert(
                key(&s.name),
                Sequence {
                    start: s.start,
                    increment: s.increment,
                    owned_by: s.owned_by.as_ref().map(|(t, c)| (key(t), c.name.clone())),
                },
            );
        }
        Stmt::AlterSequence(s) => {
            let seq = catalog.sequences.get_or_default(key(&s.name));
            if let Some((t, c)) = &s.owned_by {
                seq.owned_by = Some((key(t), c.name.clone()));
            }
        }
        Stmt::Query(_)
        | Stmt::Insert(_)
        | Stmt::Update(_)
        | Stmt::Delete(_)
        | Stmt::Transaction(..)
        | Stmt::Savepoint(_)
        | Stmt::Truncate(_)
        | Stmt::CreateSchema(_)
        | Stmt::CreateExtension(_)
        | Stmt::CodeObject(_)
        | Stmt::Pragma(_)
        | Stmt::Skipped(_) => {}
    }
}

fn alter_table(catalog: &mut Catalog, a: &crate::ir::AlterTable) {
    let mut k = key(&a.name);
    if let Some(t) = catalog.tables.get_mut(&k) {
        freeze_names(t);
    }
    for op in &a.ops {
        let Some(t) = catalog.tables.get_mut(&k) else {
            return;
        };
        match op {
            AlterOp::AddColumn {
                column,
                if_not_exists,
            } => {
                if *if_not_exists && t.column(&column.name.name).is_some() {
                    continue;
                }
                t.def.columns.push(column.clone());
            }
            AlterOp::DropColumn { name, .. } => {
                t.def.columns.retain(|c| c.name.name != name.name);
                // PostgreSQL drops the indexes and constraints that use the column.
                t.indexes.retain(|i| !index_uses(&i.columns, &name.name));
                t.def.constraints.retain(|c| {
                    !c.kind.columns().iter().any(|x| x.name == name.name)
                        && !matches!(&c.kind, ConstraintKind::Check(e) if expr_uses(e, &name.name))
                });
                for c in &mut t.def.columns {
                    c.checks.retain(|e| !expr_uses(e, &name.name));
                }
            }
            AlterOp::RenameColumn { from, to } => {
                rename_column(t, from, to);
                // Foreign keys that refer to the column follow it.
                for fk in foreign_keys_to(catalog, &k) {
                    for c in fk.referred.iter_mut().filter(|c| c.name == from.name) {
                        *c = to.clone();
                    }
                }
            }
            AlterOp::RenameTable { to } => {
                if let Some(mut t) = catalog.tables.remove(&k) {
                    if let Some(last) = t.def.name.parts.last_mut() {
                        *last = to.clone();
                    }
                    for i in &mut t.indexes {
                        if let Some(last) = i.table.parts.last_mut() {
                            *last = to.clone();
                        }
                    }
                    let old = std::mem::replace(&mut k, to.name.clone());
                    catalog.tables.insert(k.clone(), t);
                    // Other tables' foreign keys follow the table, as in PostgreSQL.
                    for fk in foreign_keys_to(catalog, &old) {
                        fk.table = ObjectName {
                            parts: vec![to.clone()],
                            span: fk.table.span,
                        };
                    }
                }
            }
            AlterOp::AddConstraint(c) => t.def.constraints.push(c.clone()),
            AlterOp::DropConstraint { name, .. } => drop_constraint(t, &name.name),
            AlterOp::AlterColumn { name, change, .. } => {
                let Some(col) = t.column_mut(&name.name) else {
                    continue;
                };
                match change {
                    ColumnChange::Type { ty, .. } => col.ty = ty.clone(),
                    ColumnChange::SetDefault(e) => col.default = Some(e.clone()),
                    ColumnChange::DropDefault => col.default = None,
                    ColumnChange::SetNotNull => col.not_null = true,
                    ColumnChange::DropNotNull => col.not_null = false,
                    ColumnChange::Comment(text) => col.comment.clone_from(text),
                }
            }
            AlterOp::ModifyColumn(_)
            | AlterOp::DropIndex(_)
            | AlterOp::DropForeignKey(_)
            | AlterOp::AutoIncrement(_) => {}
        }
    }
}

/// Gives every unnamed constraint the name PostgreSQL gave it when the table
/// was created (a later column rename does not change it), and moves a column's
/// UNIQUE and CHECK to the table with that name. Such a name has an empty span,
/// which tells the rules that the target engine named the constraint itself.
fn freeze_names(t: &mut Table) {
    let base = t.def.name.base_name();
    let generated = |kind: &ConstraintKind| {
        Some(Ident::new(
            &pg_constraint_name(&base, kind),
            crate::span::Span::new(0, 0),
        ))
    };
    for c in &mut t.def.constraints {
        if c.name.is_none() {
            c.name = generated(&c.kind);
        }
    }
    let mut moved = Vec::new();
    for col in &mut t.def.columns {
        if col.unique {
            col.unique = false;
            moved.push((ConstraintKind::Unique(vec![col.name.clone()]), col.span));
        }
        for check in col.checks.drain(..) {
            moved.push((ConstraintKind::Check(check), col.span));
        }
    }
    for (kind, span) in moved {
        t.def.constraints.push(crate::ir::TableConstraint {
            name: generated(&kind),
            kind,
            span,
        });
    }
}

/// Drops a constraint by its name, or by the name PostgreSQL gave it when it was
/// declared without one (`t_a_key`, `t_pkey`, `t_a_check`…), on the table or on a column.
fn drop_constraint(t: &mut Table, name: &str) {
    let base = t.def.name.base_name();
    let generated = |kind: &ConstraintKind| pg_constraint_name(&base, kind) == name;
    let matches = |c: &crate::ir::TableConstraint| {
        c.name
            .as_ref()
            .map_or(generated(&c.kind), |n| n.name == name)
    };
    // A dropped primary key leaves its columns NOT NULL, as in PostgreSQL.
    let key_columns: Vec<String> = t
        .def
        .constraints
        .iter()
        .filter(|c| matches(c))
        .filter_map(|c| match &c.kind {
            ConstraintKind::PrimaryKey(cols) => Some(cols.iter().map(|i| i.name.clone())),
            _ => None,
        })
        .flatten()
        .collect();
    for col in t
        .def
        .columns
        .iter_mut()
        .filter(|c| key_columns.contains(&c.name.name))
    {
        col.not_null = true;
    }
    let before = t.def.constraints.len();
    t.def.constraints.retain(|c| !matches(c));
    if t.def.constraints.len() != before {
        return;
    }
    for c in &mut t.def.columns {
        let id = vec![c.name.clone()];
        if c.primary_key && generated(&ConstraintKind::PrimaryKey(id.clone())) {
            c.primary_key = false;
            c.not_null = true;
            return;
        }
        if c.unique && generated(&ConstraintKind::Unique(id)) {
            c.unique = false;
            return;
        }
        let checks = c.checks.len();
        c.checks
            .retain(|e| !generated(&ConstraintKind::Check(e.clone())));
        if c.checks.len() != checks {
            return;
        }
    }
}

/// The expression reads the column.
fn expr_uses(e: &Expr, column: &str) -> bool {
    let mut found = false;
    let mut e = e.clone();
    crate::rules::each_expr_in(&mut e, |x| {
        if is_column(x, column) {
            found = true;
        }
    });
    found
}

fn index_uses(items: &[OrderItem], column: &str) -> bool {
    let mut found = false;
    for item in items {
        let mut e = item.expr.clone();
        crate::rules::each_expr_in(&mut e, |x| {
            if is_column(x, column) {
                found = true;
            }
        });
    }
    found
}

fn is_column(e: &Expr, column: &str) -> bool {
    matches!(&e.kind, ExprKind::Column(name) if name.last().is_some_and(|p| p.name == column))
}

fn rename_column(t: &mut Table, from: &Ident, to: &Ident) {
    if let Some(c) = t.column_mut(&from.name) {
        c.name = to.clone();
    }
    let rename = |id: &mut Ident| {
        if id.name == from.name {
            *id = to.clone();
        }
    };
    for c in &mut t.def.constraints {
        match &mut c.kind {
            ConstraintKind::PrimaryKey(cols)
            | ConstraintKind::Unique(cols)
            | ConstraintKind::Index(cols) => cols.iter_mut().for_each(rename),
            ConstraintKind::ForeignKey(fk) => fk.columns.iter_mut().for_each(rename),
            ConstraintKind::Check(e) => rename_in_expr(e, from, to),
        }
    }
    for col in &mut t.def.columns {
        for check in &mut col.checks {
            rename_in_expr(check, from, to);
        }
        if let Some(g) = &mut col.generated {
            rename_in_expr(g, from, to);
        }
    }
    for i in &mut t.indexes {
        for item in &mut i.columns {
            rename_in_expr(&mut item.expr, from, to);
        }
        if let Some(p) = &mut i.predicate {
            rename_in_expr(p, from, to);
        }
    }
}

fn rename_in_expr(e: &mut Expr, from: &Ident, to: &Ident) {
    crate::rules::each_expr_in(e, |x| {
        if let ExprKind::Column(name) = &mut x.kind {
            if let Some(last) = name.last_mut() {
                if last.name == from.name {
                    *last = to.clone();
                }
            }
        }
    });
}

/// REFRESH changes no schema; a renamed view or index is recorded under its new name.
fn object_change(catalog: &mut Catalog, c: &crate::ir::ObjectChange) {
    use crate::ir::ObjectChangeKind as K;
    match &c.change {
        K::Refresh { .. } => {}
        K::RenameView { to, .. } => {
            if let Some(mut v) = catalog.views.remove(&key(&c.name)) {
                if let Some(last) = v.name.parts.last_mut() {
                    *last = to.clone();
                }
                catalog.views.insert(key(&v.name), v);
            }
        }
        K::RenameIndex { to } => {
            let base = c.name.base_name();
            for t in catalog.tables.values_mut() {
                for i in &mut t.indexes {
                    if i.name.as_ref().is_some_and(|n| n.name == base) {
                        i.name = Some(to.clone());
                    }
                }
            }
        }
    }
}

/// The foreign keys, in every table, that refer to the table keyed `table`.
fn foreign_keys_to<'c>(
    catalog: &'c mut Catalog,
    table: &'c str,
) -> impl Iterator<Item = &'c mut crate::ir::ForeignKey> + 'c {
    catalog
        .tables
        .values_mut()
        .flat_map(|t| t.def.constraints.iter_mut())
        .filter_map(move |c| match &mut c.kind {
            ConstraintKind::ForeignKey(fk) if key(&fk.table) == table => Some(fk),
            _ => None,
        })
}
