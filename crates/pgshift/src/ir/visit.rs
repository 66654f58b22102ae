//! A post-order mutable walk over the IR, shared by every rule.
//!
//! The walk recurses, but its depth is bounded: the scanner's depth estimate
//! rejects statements deeper than `Options::max_depth` before they are parsed.

use super::*;

/// Hooks called after a node's children have been visited.
pub trait VisitMut {
    fn expr(&mut self, _expr: &mut Expr) {}
    fn query(&mut self, _query: &mut Query) {}
    fn select(&mut self, _select: &mut Select) {}
}

pub fn walk_stmt(v: &mut dyn VisitMut, stmt: &mut Stmt) {
    match stmt {
        Stmt::Query(q) => walk_query(v, q),
        Stmt::Insert(i) => {
            if let InsertSource::Query(q) = &mut i.source {
                walk_query(v, q);
            }
            if let Some(OnConflict {
                action:
                    ConflictAction::DoUpdate {
                        assignments,
                        selection,
                    },
                ..
            }) = &mut i.on_conflict
            {
                walk_assignments(v, assignments);
                walk_opt(v, selection);
            }
            walk_assignments(v, &mut i.on_duplicate_key_update);
            walk_items(v, &mut i.returning);
        }
        Stmt::Update(u) => {
            walk_assignments(v, &mut u.assignments);
            walk_from(v, &mut u.from);
            walk_opt(v, &mut u.selection);
            walk_items(v, &mut u.returning);
        }
        Stmt::Delete(d) => {
            walk_from(v, &mut d.using);
            walk_opt(v, &mut d.selection);
            walk_items(v, &mut d.returning);
        }
        Stmt::CreateTable(t) => {
            for c in &mut t.columns {
                walk_column(v, c);
            }
            for c in &mut t.constraints {
                walk_constraint(v, c);
            }
        }
        Stmt::AlterTable(t) => {
            for op in &mut t.ops {
                match op {
                    AlterOp::AddColumn { column, .. } | AlterOp::ModifyColumn(column) => {
                        walk_column(v, column)
                    }
                    AlterOp::AddConstraint(c) => walk_constraint(v, c),
                    AlterOp::AlterColumn { change, .. } => match change {
                        ColumnChange::Type { using, .. } => walk_opt(v, using),
                        ColumnChange::SetDefault(e) => walk_expr(v, e),
                        ColumnChange::DropDefault
                        | ColumnChange::SetNotNull
                        | ColumnChange::DropNotNull
                        | ColumnChange::Comment(_) => {}
                    },
                    AlterOp::DropColumn { .. }
                    | AlterOp::RenameColumn { .. }
                    | AlterOp::RenameTable { .. }
                    | AlterOp::DropConstraint { .. }
                    | AlterOp::DropIndex(_)
                    | AlterOp::DropForeignKey(_)
                    | AlterOp::AutoIncrement(_) => {}
                }
            }
        }
        Stmt::CreateView(view) => walk_query(v, &mut view.query),
        Stmt::CreateDomain(d) => {
            walk_opt(v, &mut d.default);
            for check in &mut d.checks {
                walk_expr(v, check);
            }
        }
        Stmt::CreateIndex(i) => {
            walk_order(v, &mut i.columns);
            walk_opt(v, &mut i.predicate);
        }
        Stmt::DropTable(_)
        | Stmt::Transaction(..)
        | Stmt::Savepoint(_)
        | Stmt::DropObject(_)
        | Stmt::CreateEnum(_)
        | Stmt::AlterEnum(_)
        | Stmt::CreateSequence(_)
        | Stmt::AlterSequence(_)
        | Stmt::Truncate(_)
        | Stmt::Comment(_)
        | Stmt::CreateSchema(_)
        | Stmt::CreateExtension(_)
        | Stmt::CodeObject(_)
        | Stmt::ObjectChange(_)
        | Stmt::Pragma(_)
        | Stmt::Skipped(_) => {}
    }
}

fn walk_column(v: &mut dyn VisitMut, c: &mut ColumnDef) {
    walk_opt(v, &mut c.default);
    walk_opt(v, &mut c.generated);
    for check in &mut c.checks {
        walk_expr(v, check);
    }
}

fn walk_constraint(v: &mut dyn VisitMut, c: &mut TableConstraint) {
    if let ConstraintKind::Check(e) = &mut c.kind {
        walk_expr(v, e);
    }
}

pub fn walk_query(v: &mut dyn VisitMut, q: &mut Query) {
    if let Some(with) = &mut q.with {
        for cte in &mut with.ctes {
            walk_query(v, &mut cte.query);
        }
    }
    walk_set_expr(v, &mut q.body);
    walk_order(v, &mut q.order_by);
    walk_opt(v, &mut q.limit);
    walk_opt(v, &mut q.offset);
    v.query(q);
}

fn walk_set_expr(v: &mut dyn VisitMut, body: &mut SetExpr) {
    match body {
        SetExpr::Select(s) => {
            for e in &mut s.distinct_on {
                walk_expr(v, e);
            }
            walk_items(v, &mut s.projection);
            walk_from(v, &mut s.from);
            walk_opt(v, &mut s.selection);
            for e in &mut s.group_by {
                walk_expr(v, e);
            }
            walk_opt(v, &mut s.having);
            for (_, spec) in &mut s.windows {
                walk_window_spec(v, spec);
            }
            v.select(s);
        }
        SetExpr::SetOp { left, right, .. } => {
            walk_set_expr(v, left);
            walk_set_expr(v, right);
        }
        SetExpr::Values(rows) => {
            for row in rows {
                for e in row {
                    walk_expr(v, e);
                }
            }
        }
        SetExpr::Query(q) => walk_query(v, q),
    }
}

fn walk_assignments(v: &mut dyn VisitMut, assignments: &mut [Assignment]) {
    for a in assignments {
        walk_expr(v, &mut a.value);
    }
}

fn walk_items(v: &mut dyn VisitMut, items: &mut [SelectItem]) {
    for item in items {
        if let SelectItem::Expr { expr, .. } = item {
            walk_expr(v, expr);
        }
    }
}

fn walk_from(v: &mut dyn VisitMut, from: &mut [FromItem]) {
    for item in from {
        walk_from_item(v, item);
    }
}

fn walk_from_item(v: &mut dyn VisitMut, item: &mut FromItem) {
    walk_table_ref(v, &mut item.relation);
    for join in &mut item.joins {
        walk_table_ref(v, &mut join.relation);
        if let JoinConstraint::On(e) = &mut join.constraint {
            walk_expr(v, e);
        }
    }
}

fn walk_table_ref(v: &mut dyn VisitMut, t: &mut TableRef) {
    match t {
        TableRef::Table { .. } => {}
        TableRef::Derived { query, .. } => walk_query(v, query),
        TableRef::Nested(inner) => walk_from_item(v, inner),
        TableRef::Function { args, .. } => {
            for a in args {
                walk_expr(v, a);
            }
        }
        TableRef::JsonTable { expr, .. } => walk_expr(v, expr),
    }
}

fn walk_order(v: &mut dyn VisitMut, items: &mut [OrderItem]) {
    for item in items {
        walk_expr(v, &mut item.expr);
    }
}

fn walk_opt(v: &mut dyn VisitMut, e: &mut Option<Expr>) {
    if let Some(e) = e {
        walk_expr(v, e);
    }
}

fn walk_window_spec(v: &mut dyn VisitMut, spec: &mut WindowSpec) {
    for e in &mut spec.partition_by {
        walk_expr(v, e);
    }
    walk_order(v, &mut spec.order_by);
    if let Some(frame) = &mut spec.frame {
        for bound in std::iter::once(&mut frame.start).chain(frame.end.as_mut()) {
            if let FrameBound::Preceding(Some(e)) | FrameBound::Following(Some(e)) = bound {
                walk_expr(v, e);
            }
        }
    }
}

pub fn walk_expr(v: &mut dyn VisitMut, e: &mut Expr) {
    match &mut e.kind {
        ExprKind::Column(_)
        | ExprKind::Literal(_)
        | ExprKind::Param(_)
        | ExprKind::ValueFunction(_)
        | ExprKind::Interval(_) => {}
        ExprKind::Binary { left, right, .. } | ExprKind::IsDistinctFrom { left, right, .. } => {
            walk_expr(v, left);
            walk_expr(v, right);
        }
        ExprKind::Unary { expr, .. }
        | ExprKind::IsNull { expr, .. }
        | ExprKind::IsBool { expr, .. }
        | ExprKind::Cast { expr, .. }
        | ExprKind::PgCast { expr, .. }
        | ExprKind::Nested(expr)
        | ExprKind::Collate { expr, .. }
        | ExprKind::IntervalAmount { amount: expr, .. } => walk_expr(v, expr),
        ExprKind::Like {
            expr,
            pattern,
            escape,
            ..
        } => {
            walk_expr(v, expr);
            walk_expr(v, pattern);
            if let Some(esc) = escape {
                walk_expr(v, esc);
            }
        }
        ExprKind::InList { expr, list, .. } => {
            walk_expr(v, expr);
            for item in list {
                walk_expr(v, item);
            }
        }
        ExprKind::InSubquery { expr, query, .. } => {
            walk_expr(v, expr);
            walk_query(v, query);
        }
        ExprKind::Between {
            expr, low, high, ..
        } => {
            walk_expr(v, expr);
            walk_expr(v, low);
            walk_expr(v, high);
        }
        ExprKind::Exists { query, .. } | ExprKind::Subquery(query) => walk_query(v, query),
        ExprKind::Func(f) => {
            for a in &mut f.args {
                walk_expr(v, a);
            }
            walk_order(v, &mut f.order_by);
            if let Some(filter) = &mut f.filter {
                walk_expr(v, filter);
            }
            if let Some(Window::Spec(spec)) = &mut f.over {
                walk_window_spec(v, spec);
            }
        }
        ExprKind::Case {
            operand,
            whens,
            else_,
        } => {
            if let Some(op) = operand {
                walk_expr(v, op);
            }
            for (w, t) in whens {
                walk_expr(v, w);
                walk_expr(v, t);
            }
            if let Some(e) = else_ {
                walk_expr(v, e);
            }
        }
        ExprKind::AnyAll { left, right, .. } => {
            walk_expr(v, left);
            walk_expr(v, right);
        }
        ExprKind::Array(items) => {
            for item in items {
                walk_expr(v, item);
            }
        }
    }
    v.expr(e);
}
