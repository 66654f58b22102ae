//! Printing `CREATE INDEX`.

use super::Printer;
use crate::ir::{CreateIndex, ExprKind};
use crate::target::Dialect;

impl Printer<'_> {
    /// `CREATE [UNIQUE] INDEX [IF NOT EXISTS] name ON t (key parts) [WHERE p]`.
    /// The `create_index` rule has already removed what the target lacks
    /// (methods, INCLUDE, NULLS ordering, a MySQL predicate); in MySQL an
    /// expression key part is printed in its own parentheses, `((lower(a)))`,
    /// and a column may carry a prefix length, `a(255)`.
    pub fn create_index(&mut self, i: &CreateIndex) {
        self.w(if i.unique {
            "CREATE UNIQUE INDEX "
        } else {
            "CREATE INDEX "
        });
        if i.if_not_exists {
            self.w("IF NOT EXISTS ");
        }
        if let Some(name) = &i.name {
            self.ident(name);
        }
        self.w(" ON ");
        self.object_name(&i.table);
        self.w(" (");
        for (n, item) in i.columns.iter().enumerate() {
            if n > 0 {
                self.w(", ");
            }
            let column = matches!(item.expr.kind, ExprKind::Column(_));
            let wrap = !column && self.dialect() == Dialect::Mysql;
            if wrap {
                self.w("(");
            }
            self.expr(&item.expr);
            if wrap {
                self.w(")");
            }
            if let Some(Some(len)) = i.prefixes.get(n) {
                self.w(&format!("({len})"));
            }
            match item.desc {
                Some(true) => self.w(" DESC"),
                Some(false) => self.w(" ASC"),
                None => {}
            }
            match item.nulls_first {
                Some(true) => self.w(" NULLS FIRST"),
                Some(false) => self.w(" NULLS LAST"),
                None => {}
            }
        }
        self.w(")");
        if let Some(p) = &i.predicate {
            self.w(" WHERE ");
            self.expr(p);
        }
    }
}
