//! Printing queries and DML.

use super::Printer;
use crate::ir::{
    Assignment, ConflictAction, ConflictTarget, Delete, FromItem, Insert, InsertSource,
    JoinConstraint, JoinKind, JsonColumnKind, Literal, LockKind, LockWait, OnConflict, OrderItem,
    Query, Select, SelectItem, SetExpr, SetOp, TableAlias, TableRef, Update,
};
use crate::target::Dialect;

impl Printer<'_> {
    pub fn query(&mut self, q: &Query) {
        if let Some(with) = &q.with {
            self.w(if with.recursive {
                "WITH RECURSIVE "
            } else {
                "WITH "
            });
            self.comma_sep(&with.ctes, |p, cte| {
                p.ident(&cte.name);
                if !cte.columns.is_empty() {
                    p.w("(");
                    p.ident_list(&cte.columns);
                    p.w(")");
                }
                p.w(" AS (");
                p.query(&cte.query);
                p.w(")");
            });
            self.w(" ");
        }
        self.set_expr(&q.body);
        if !q.order_by.is_empty() {
            self.w(" ORDER BY ");
            self.order_items(&q.order_by);
        }
        match (&q.limit, &q.offset) {
            (Some(limit), _) => {
                self.w(" LIMIT ");
                self.expr(limit);
            }
            // OFFSET needs a LIMIT in both targets; this is each one's spelling of "no limit".
            (None, Some(_)) => self.w(match self.dialect() {
                Dialect::Sqlite => " LIMIT -1",
                Dialect::Mysql => " LIMIT 18446744073709551615",
            }),
            (None, None) => {}
        }
        if let Some(offset) = &q.offset {
            self.w(" OFFSET ");
            self.expr(offset);
        }
        for lock in &q.locks {
            self.w(match lock.kind {
                LockKind::Update => " FOR UPDATE",
                LockKind::Share => " FOR SHARE",
            });
            if !lock.of.is_empty() {
                self.w(" OF ");
                self.comma_sep(&lock.of, |p, n| p.object_name(n));
            }
            self.w(match lock.wait {
                LockWait::Wait => "",
                LockWait::NoWait => " NOWAIT",
                LockWait::SkipLocked => " SKIP LOCKED",
            });
        }
    }

    fn set_expr(&mut self, body: &SetExpr) {
        match body {
            SetExpr::Select(s) => self.select(s),
            SetExpr::Query(q) => {
                self.w("(");
                self.query(q);
                self.w(")");
            }
            SetExpr::SetOp {
                op,
                all,
                left,
                right,
            } => {
                self.set_expr(left);
                self.w(match op {
                    SetOp::Union => " UNION ",
                    SetOp::Intersect => " INTERSECT ",
                    SetOp::Except => " EXCEPT ",
                });
                if *all {
                    self.w("ALL ");
                }
                self.set_expr(right);
            }
            SetExpr::Values(rows) => {
                self.w("VALUES ");
                self.comma_sep(rows, |p, row| {
                    // MySQL spells a row constructor in a VALUES query `ROW(...)`; INSERT prints its own.
                    p.w("(");
                    p.comma_sep(row, |p, e| p.expr(e));
                    p.w(")");
                });
            }
        }
    }

    fn select(&mut self, s: &Select) {
        self.w(if s.distinct {
            "SELECT DISTINCT "
        } else {
            "SELECT "
        });
        if !s.distinct_on.is_empty() {
            // PostgreSQL's spelling; the `distinct_on` rule rewrites it for every target.
            self.w("DISTINCT ON (");
            self.comma_sep(&s.distinct_on, |p, e| p.expr(e));
            self.w(") ");
        }
        self.select_items(&s.projection);
        if !s.from.is_empty() {
            self.w(" FROM ");
            self.print_from_items(&s.from);
        }
        if let Some(w) = &s.selection {
            self.w(" WHERE ");
            self.expr(w);
        }
        if !s.group_by.is_empty() {
            self.w(" GROUP BY ");
            self.comma_sep(&s.group_by, |p, e| p.expr(e));
        }
        if let Some(h) = &s.having {
            self.w(" HAVING ");
            self.expr(h);
        }
        if !s.windows.is_empty() {
            self.w(" WINDOW ");
            self.comma_sep(&s.windows, |p, (name, spec)| {
                p.ident(name);
                p.w(" AS (");
                p.window_spec(spec);
                p.w(")");
            });
        }
    }

    fn select_items(&mut self, items: &[SelectItem]) {
        self.comma_sep(items, |p, item| match item {
            SelectItem::Expr { expr, alias } => {
                p.expr(expr);
                if let Some(a) = alias {
                    p.w(" AS ");
                    p.ident(a);
                }
            }
            SelectItem::Wildcard => p.w("*"),
            SelectItem::QualifiedWildcard(name) => {
                p.object_name(name);
                p.w(".*");
            }
        });
    }

    fn print_from_items(&mut self, items: &[FromItem]) {
        self.comma_sep(items, |p, item| p.print_from_item(item));
    }

    fn print_from_item(&mut self, item: &FromItem) {
        self.table_ref(&item.relation);
        for j in &item.joins {
            let natural = matches!(j.constraint, JoinConstraint::Natural);
            self.w(if natural { " NATURAL" } else { "" });
            self.w(match j.kind {
                JoinKind::Inner => " JOIN ",
                JoinKind::Left => " LEFT JOIN ",
                JoinKind::Right => " RIGHT JOIN ",
                JoinKind::Full => " FULL JOIN ",
                JoinKind::Cross => " CROSS JOIN ",
            });
            self.table_ref(&j.relation);
            match &j.constraint {
                JoinConstraint::On(e) => {
                    self.w(" ON ");
                    self.expr(e);
                }
                JoinConstraint::Using(cols) => {
                    self.w(" USING (");
                    self.ident_list(cols);
                    self.w(")");
                }
                JoinConstraint::Natural | JoinConstraint::None => {}
            }
        }
    }

    fn table_ref(&mut self, t: &TableRef) {
        match t {
            TableRef::Table { name, alias } => {
                self.object_name(name);
                self.alias(alias.as_ref());
            }
            TableRef::Derived {
                lateral,
                query,
                alias,
            } => {
                if *lateral {
                    self.w("LATERAL ");
                }
                self.w("(");
                self.query(query);
                self.w(")");
                self.alias(alias.as_ref());
            }
            TableRef::Nested(inner) => {
                self.w("(");
                self.print_from_item(inner);
                self.w(")");
            }
            // A table-valued function: rules leave only ones the target has (SQLite json_each).
            TableRef::Function { name, args, alias } => {
                self.object_name(name);
                self.w("(");
                self.comma_sep(args, |p, e| p.expr(e));
                self.w(")");
                self.alias(alias.as_ref());
            }
            // JSON_TABLE(x, '$[*]' COLUMNS (o FOR ORDINALITY, v JSON PATH '$')) AS e.
            TableRef::JsonTable {
                expr,
                path,
                columns,
                alias,
            } => {
                self.w("JSON_TABLE(");
                self.expr(expr);
                self.w(", ");
                self.literal(&Literal::String(path.clone()));
                self.w(" COLUMNS (");
                self.comma_sep(columns, |p, c| {
                    p.ident(&c.name);
                    match &c.kind {
                        JsonColumnKind::Ordinality => p.w(" FOR ORDINALITY"),
                        JsonColumnKind::Json(path) => {
                            p.w(" JSON PATH ");
                            p.literal(&Literal::String(path.clone()));
                        }
                        JsonColumnKind::Text(path) => {
                            p.w(" LONGTEXT COLLATE utf8mb4_bin PATH ");
                            p.literal(&Literal::String(path.clone()));
                        }
                    }
                });
                self.w(")) AS ");
                self.ident(alias);
            }
        }
    }

    fn alias(&mut self, alias: Option<&TableAlias>) {
        if let Some(a) = alias {
            self.w(" AS ");
            self.ident(&a.name);
            if !a.columns.is_empty() {
                self.w("(");
                self.ident_list(&a.columns);
                self.w(")");
            }
        }
    }

    pub fn order_items(&mut self, items: &[OrderItem]) {
        self.comma_sep(items, |p, o| {
            p.expr(&o.expr);
            match o.desc {
                Some(true) => p.w(" DESC"),
                Some(false) => p.w(" ASC"),
                None => {}
            }
            match o.nulls_first {
                Some(true) => p.w(" NULLS FIRST"),
                Some(false) => p.w(" NULLS LAST"),
                None => {}
            }
        });
    }

    pub fn insert(&mut self, i: &Insert) {
        self.w("INSERT INTO ");
        self.object_name(&i.table);
        if let Some(alias) = &i.alias {
            self.w(" AS ");
            self.ident(alias);
        }
        if !i.columns.is_empty() {
            self.w(" (");
            self.ident_list(&i.columns);
            self.w(")");
        }
        match &i.source {
            InsertSource::Query(q) => {
                self.w(" ");
                self.query(q);
            }
            InsertSource::DefaultValues => self.w(match self.dialect() {
                Dialect::Sqlite => " DEFAULT VALUES",
                Dialect::Mysql => " () VALUES ()",
            }),
        }
        if let Some(oc) = &i.on_conflict {
            self.on_conflict(oc);
        }
        if let Some(alias) = &i.row_alias {
            self.w(" AS ");
            self.ident(alias);
        }
        if !i.on_duplicate_key_update.is_empty() {
            self.w(" ON DUPLICATE KEY UPDATE ");
            self.assignments(&i.on_duplicate_key_update);
        }
        self.returning(&i.returning);
    }

    fn on_conflict(&mut self, oc: &OnConflict) {
        self.w(" ON CONFLICT");
        match &oc.target {
            None => {}
            Some(ConflictTarget::Columns(cols)) => {
                self.w(" (");
                self.ident_list(cols);
                self.w(")");
            }
            Some(ConflictTarget::Constraint(name)) => {
                self.w(" ON CONSTRAINT ");
                self.object_name(name);
            }
        }
        match &oc.action {
            ConflictAction::DoNothing => self.w(" DO NOTHING"),
            ConflictAction::DoUpdate {
                assignments,
                selection,
            } => {
                self.w(" DO UPDATE SET ");
                self.assignments(assignments);
                if let Some(w) = selection {
                    self.w(" WHERE ");
                    self.expr(w);
                }
            }
        }
    }

    fn assignments(&mut self, assignments: &[Assignment]) {
        self.comma_sep(assignments, |p, a| {
            if let Some(table) = &a.table {
                p.object_name(table);
                p.w(".");
            }
            p.ident(&a.column);
            p.w(" = ");
            p.expr(&a.value);
        });
    }

    pub fn update(&mut self, u: &Update) {
        self.w("UPDATE ");
        self.object_name(&u.table);
        self.alias(u.alias.as_ref());
        if u.multi_table {
            // MySQL: UPDATE t AS a, s, ... SET a.c = ...
            for item in &u.from {
                self.w(", ");
                self.print_from_item(item);
            }
        }
        self.w(" SET ");
        self.assignments(&u.assignments);
        if !u.from.is_empty() && !u.multi_table {
            self.w(" FROM ");
            self.print_from_items(&u.from);
        }
        if let Some(w) = &u.selection {
            self.w(" WHERE ");
            self.expr(w);
        }
        self.returning(&u.returning);
    }

    pub fn delete(&mut self, d: &Delete) {
        if d.multi_table {
            // MySQL: DELETE a FROM t AS a, s, ... WHERE ...
            self.w("DELETE ");
            match &d.alias {
                Some(a) => self.ident(&a.name),
                None => self.object_name(&d.table),
            }
            self.w(" FROM ");
            self.object_name(&d.table);
            self.alias(d.alias.as_ref());
            for item in &d.using {
                self.w(", ");
                self.print_from_item(item);
            }
        } else {
            self.w("DELETE FROM ");
            self.object_name(&d.table);
            self.alias(d.alias.as_ref());
        }
        if !d.using.is_empty() && !d.multi_table {
            self.w(" USING ");
            self.print_from_items(&d.using);
        }
        if let Some(w) = &d.selection {
            self.w(" WHERE ");
            self.expr(w);
        }
        self.returning(&d.returning);
    }

    fn returning(&mut self, items: &[SelectItem]) {
        if !items.is_empty() {
            self.w(" RETURNING ");
            self.select_items(items);
        }
    }
}
