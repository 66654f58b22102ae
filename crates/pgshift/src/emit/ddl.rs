//! Printing schema statements.

use super::Printer;
use crate::ir::{
    ColumnDef, ConstraintKind, CreateTable, DataType, DropTable, ExprKind, Literal, RefAction,
    TableConstraint,
};
use crate::target::Dialect;

impl Printer<'_> {
    pub fn create_table(&mut self, t: &CreateTable) {
        self.w(if t.temporary {
            "CREATE TEMPORARY TABLE "
        } else {
            "CREATE TABLE "
        });
        if t.if_not_exists {
            self.w("IF NOT EXISTS ");
        }
        self.object_name(&t.name);
        self.w(" (");
        let mut first = true;
        for c in &t.columns {
            if !first {
                self.w(", ");
            }
            first = false;
            self.column(c);
        }
        for c in &t.constraints {
            if !first {
                self.w(", ");
            }
            first = false;
            self.constraint(c);
        }
        self.w(")");
        if t.binary_collation {
            self.w(" DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin");
        }
    }

    /// `[CONSTRAINT name] PRIMARY KEY (…) | UNIQUE (…) | CHECK (…) | FOREIGN KEY …`.
    pub fn constraint(&mut self, c: &TableConstraint) {
        {
            if let Some(name) = &c.name {
                self.w("CONSTRAINT ");
                self.ident(name);
                self.w(" ");
            }
            match &c.kind {
                ConstraintKind::PrimaryKey(cols) => {
                    self.w("PRIMARY KEY (");
                    self.ident_list(cols);
                    self.w(")");
                }
                ConstraintKind::Unique(cols) => {
                    self.w("UNIQUE (");
                    self.ident_list(cols);
                    self.w(")");
                }
                ConstraintKind::Index(cols) => {
                    self.w("KEY (");
                    self.ident_list(cols);
                    self.w(")");
                }
                ConstraintKind::Check(e) => {
                    self.w("CHECK (");
                    self.expr(e);
                    self.w(")");
                }
                ConstraintKind::ForeignKey(fk) => {
                    self.w("FOREIGN KEY (");
                    self.ident_list(&fk.columns);
                    self.w(") REFERENCES ");
                    self.object_name(&fk.table);
                    if !fk.referred.is_empty() {
                        self.w(" (");
                        self.ident_list(&fk.referred);
                        self.w(")");
                    }
                    for (word, action) in
                        [(" ON DELETE ", fk.on_delete), (" ON UPDATE ", fk.on_update)]
                    {
                        if let Some(a) = action {
                            self.w(word);
                            self.w(match a {
                                RefAction::NoAction => "NO ACTION",
                                RefAction::Restrict => "RESTRICT",
                                RefAction::Cascade => "CASCADE",
                                RefAction::SetNull => "SET NULL",
                                RefAction::SetDefault => "SET DEFAULT",
                            });
                        }
                    }
                }
            }
        }
    }

    pub fn column(&mut self, c: &ColumnDef) {
        self.ident(&c.name);
        self.w(" ");
        self.data_type(&c.ty);
        if let Some(collation) = c.collation {
            self.w(" COLLATE ");
            self.w(collation.name());
        }
        if let Some(g) = &c.generated {
            self.w(" GENERATED ALWAYS AS (");
            self.expr(g);
            self.w(") STORED");
        }
        match self.dialect() {
            // SQLite: the rowid alias must read exactly `INTEGER PRIMARY KEY AUTOINCREMENT`.
            Dialect::Sqlite => {
                if c.primary_key {
                    self.w(" PRIMARY KEY");
                    if c.auto_increment {
                        self.w(" AUTOINCREMENT");
                    }
                }
                if c.not_null {
                    self.w(" NOT NULL");
                }
            }
            Dialect::Mysql => {
                if c.not_null {
                    self.w(" NOT NULL");
                }
                if c.auto_increment {
                    self.w(" AUTO_INCREMENT");
                }
                if c.primary_key {
                    self.w(" PRIMARY KEY");
                }
            }
        }
        if c.unique {
            self.w(" UNIQUE");
        }
        if let Some(d) = &c.default {
            self.w(" DEFAULT ");
            self.default_value(d, Some(&c.ty));
        }
        for check in &c.checks {
            self.w(" CHECK (");
            self.expr(check);
            self.w(")");
        }
        // MySQL keeps a column's comment in its definition; SQLite has no place for it.
        if let (Some(text), Dialect::Mysql) = (&c.comment, self.dialect()) {
            self.w(" COMMENT ");
            self.string(text);
        }
    }

    /// A column default. A literal or a niladic value function may stand bare; any
    /// other expression needs parentheses, and MySQL 8 takes a default on TEXT,
    /// BLOB or JSON only as a parenthesized expression.
    pub fn default_value(&mut self, d: &crate::ir::Expr, ty: Option<&DataType>) {
        let blob_like = self.dialect() == Dialect::Mysql
            && matches!(
                ty,
                Some(
                    DataType::Text
                        | DataType::LongText
                        | DataType::LongBlob
                        | DataType::Blob
                        | DataType::Json
                        | DataType::Jsonb
                        | DataType::Array(_)
                )
            );
        let bare = !blob_like
            && (matches!(d.kind, ExprKind::Literal(_) | ExprKind::ValueFunction(_))
                || matches!(&d.kind, ExprKind::Unary { expr, .. } if matches!(expr.kind, ExprKind::Literal(Literal::Integer(_) | Literal::Decimal(_)))));
        if bare {
            self.expr(d);
        } else {
            self.w("(");
            self.expr(d);
            self.w(")");
        }
    }

    pub fn drop_table(&mut self, d: &DropTable) {
        self.w("DROP TABLE ");
        if d.if_exists {
            self.w("IF EXISTS ");
        }
        self.comma_sep(&d.names, |p, n| p.object_name(n));
        if d.cascade && self.dialect() == Dialect::Mysql {
            self.w(" CASCADE");
        }
    }

    /// Prints a type as the target spells it, in a column or a cast.
    pub fn data_type(&mut self, ty: &DataType) {
        // ENUM('a', 'b'): its labels are escaped as string literals for the target.
        if let (DataType::Enum(labels), Dialect::Mysql) = (ty, self.dialect()) {
            self.w("ENUM(");
            self.comma_sep(labels, |p, l| p.string(l));
            self.w(")");
            return;
        }
        match self.dialect() {
            Dialect::Sqlite => super::sqlite::data_type(&mut self.out, ty),
            Dialect::Mysql => super::mysql::data_type(&mut self.out, ty),
        }
    }

    pub fn cast_type(&mut self, ty: &DataType) {
        self.data_type(ty);
    }
}
