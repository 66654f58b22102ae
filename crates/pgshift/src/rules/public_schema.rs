//! `public.` schema qualifiers.
//!
//! PostgreSQL's default schema is `public`; neither target has it. SQLite has no
//! schemas at all, and a MySQL "schema" is a database, so `public.t` becomes `t`
//! in both (a note). Any other schema is an error for SQLite and kept for MySQL,
//! where it names a database.
//!
//! ```sql
//! -- input
//! SELECT * FROM public.users
//! -- output (both)
//! SELECT * FROM users
//! ```
//!
//! Fidelity: exact. <https://www.postgresql.org/docs/current/ddl-schemas.html#DDL-SCHEMAS-PUBLIC>

use super::RuleCx;
use crate::diagnostics::Code;
use crate::ir::visit::{walk_stmt, VisitMut};
use crate::ir::{
    AlterOp, ConstraintKind, Expr, ExprKind, FromItem, ObjectName, Select, SelectItem, Stmt,
    TableConstraint, TableRef,
};

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    let mut v = Names { found: Vec::new() };
    match stmt {
        Stmt::Insert(i) => v.name(&mut i.table),
        Stmt::Update(u) => {
            v.name(&mut u.table);
            v.visit_from(&mut u.from);
        }
        Stmt::Delete(d) => {
            v.name(&mut d.table);
            v.visit_from(&mut d.using);
        }
        Stmt::CreateTable(t) => {
            v.name(&mut t.name);
            for c in &mut t.constraints {
                if let ConstraintKind::ForeignKey(fk) = &mut c.kind {
                    v.name(&mut fk.table);
                }
            }
        }
        Stmt::CreateIndex(i) => v.name(&mut i.table),
        Stmt::DropTable(d) => d.names.iter_mut().for_each(|n| v.name(n)),
        Stmt::AlterTable(t) => {
            v.name(&mut t.name);
            for op in &mut t.ops {
                if let AlterOp::AddConstraint(TableConstraint {
                    kind: ConstraintKind::ForeignKey(fk),
                    ..
                }) = op
                {
                    v.name(&mut fk.table);
                }
            }
        }
        Stmt::CreateView(view) => v.name(&mut view.name),
        Stmt::DropObject(d) => {
            d.names.iter_mut().for_each(|n| v.name(n));
            if let Some(t) = &mut d.table {
                v.name(t);
            }
        }
        Stmt::Truncate(t) => t.tables.iter_mut().for_each(|n| v.name(n)),
        Stmt::Comment(c) => v.name(&mut c.table),
        Stmt::CreateEnum(e) => v.name(&mut e.name),
        Stmt::AlterEnum(e) => v.name(&mut e.name),
        Stmt::CreateDomain(d) => v.name(&mut d.name),
        Stmt::CreateSequence(s) => {
            v.name(&mut s.name);
            if let Some((t, _)) = &mut s.owned_by {
                v.name(t);
            }
        }
        Stmt::AlterSequence(s) => {
            v.name(&mut s.name);
            if let Some((t, _)) = &mut s.owned_by {
                v.name(t);
            }
        }
        Stmt::ObjectChange(c) => v.name(&mut c.name),
        Stmt::Query(_)
        | Stmt::Transaction(..)
        | Stmt::Savepoint(_)
        | Stmt::CreateSchema(_)
        | Stmt::CreateExtension(_)
        | Stmt::CodeObject(_)
        | Stmt::Pragma(_)
        | Stmt::Skipped(_) => {}
    }
    walk_stmt(&mut v, stmt);
    for (schema, span) in v.found {
        if schema == "public" {
            cx.report(
                Code::SchemaDropped,
                span,
                "the `public.` qualifier is dropped",
            );
        } else if !cx.target.caps.schemas {
            cx.report(
                Code::UnsupportedTarget,
                span,
                format!("the schema `{schema}` cannot be expressed: the target has no schemas"),
            );
        }
    }
}

struct Names {
    /// Each qualifier seen, with its span; `public` ones are already removed.
    found: Vec<(String, crate::span::Span)>,
}

impl Names {
    fn name(&mut self, name: &mut ObjectName) {
        if name.parts.len() >= 2 {
            let schema = &name.parts[0];
            self.found.push((schema.name.clone(), schema.span));
            if schema.name == "public" {
                name.parts.remove(0);
            }
        }
    }

    fn visit_from(&mut self, from: &mut [FromItem]) {
        for item in from {
            self.visit_from_item(item);
        }
    }

    fn visit_from_item(&mut self, item: &mut FromItem) {
        self.table_ref(&mut item.relation);
        for j in &mut item.joins {
            self.table_ref(&mut j.relation);
        }
    }

    fn table_ref(&mut self, t: &mut TableRef) {
        match t {
            TableRef::Table { name, .. } => self.name(name),
            TableRef::Nested(inner) => self.visit_from_item(inner),
            TableRef::Derived { .. } => {}
            // Set-returning functions are named by the `set_returning` rule.
            TableRef::Function { .. } => {}
            TableRef::JsonTable { .. } => {}
        }
    }
}

impl VisitMut for Names {
    fn select(&mut self, s: &mut Select) {
        self.visit_from(&mut s.from);
        for item in &mut s.projection {
            if let SelectItem::QualifiedWildcard(name) = item {
                // public.t.* → t.*
                if name.parts.len() >= 2 {
                    self.name(name);
                }
            }
        }
    }

    fn expr(&mut self, e: &mut Expr) {
        // public.t.col → t.col
        if let ExprKind::Column(parts) = &mut e.kind {
            if parts.len() >= 3 {
                self.found.push((parts[0].name.clone(), parts[0].span));
                if parts[0].name == "public" {
                    parts.remove(0);
                }
            }
        }
    }
}
