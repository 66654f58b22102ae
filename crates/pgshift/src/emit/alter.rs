//! Printing `ALTER TABLE`. Rules have already chosen the target's forms (SQLite
//! takes one action per statement; MySQL's `MODIFY COLUMN`, `DROP INDEX`…).

use super::Printer;
use crate::ir::{AlterOp, AlterTable, ColumnChange};

impl Printer<'_> {
    pub fn alter_table(&mut self, t: &AlterTable) {
        self.w("ALTER TABLE ");
        self.object_name(&t.name);
        self.w(" ");
        self.comma_sep(&t.ops, |p, op| p.alter_op(op));
    }

    fn alter_op(&mut self, op: &AlterOp) {
        match op {
            // ADD COLUMN c int → ADD COLUMN c INT.
            // ADD COLUMN IF NOT EXISTS c int → the same (MariaDB; rules settle it for the others).
            AlterOp::AddColumn {
                column,
                if_not_exists,
            } => {
                self.w("ADD COLUMN ");
                if *if_not_exists {
                    self.w("IF NOT EXISTS ");
                }
                self.column(column);
            }
            // DROP COLUMN c → DROP COLUMN c.
            AlterOp::DropColumn {
                name, if_exists, ..
            } => {
                self.w("DROP COLUMN ");
                if *if_exists {
                    self.w("IF EXISTS ");
                }
                self.ident(name);
            }
            // RENAME COLUMN a TO b → RENAME COLUMN a TO b (SQLite 3.25+, MySQL 8, MariaDB 10.5.2+).
            AlterOp::RenameColumn { from, to } => {
                self.w("RENAME COLUMN ");
                self.ident(from);
                self.w(" TO ");
                self.ident(to);
            }
            // RENAME TO u → RENAME TO u.
            AlterOp::RenameTable { to } => {
                self.w("RENAME TO ");
                self.ident(to);
            }
            // ADD CONSTRAINT c UNIQUE (a) → ADD CONSTRAINT c UNIQUE (a).
            AlterOp::AddConstraint(c) => {
                self.w("ADD ");
                self.constraint(c);
            }
            // DROP CONSTRAINT c → DROP CONSTRAINT c (MariaDB 10.2+, MySQL 8.0.19+).
            AlterOp::DropConstraint {
                name, if_exists, ..
            } => {
                self.w("DROP CONSTRAINT ");
                if *if_exists {
                    self.w("IF EXISTS ");
                }
                self.ident(name);
            }
            // ALTER COLUMN c SET DEFAULT 1 → ALTER COLUMN c SET DEFAULT 1; MySQL's other
            // changes arrive here already rewritten to MODIFY COLUMN.
            AlterOp::AlterColumn { name, change, .. } => {
                self.w("ALTER COLUMN ");
                self.ident(name);
                match change {
                    ColumnChange::SetDefault(e) => {
                        self.w(" SET DEFAULT ");
                        self.default_value(e, None);
                    }
                    ColumnChange::DropDefault => self.w(" DROP DEFAULT"),
                    ColumnChange::SetNotNull => self.w(" SET NOT NULL"),
                    ColumnChange::DropNotNull => self.w(" DROP NOT NULL"),
                    // Rules restate a comment change as MODIFY COLUMN; nothing prints it alone.
                    ColumnChange::Comment(_) => {}
                    ColumnChange::Type { ty, .. } => {
                        self.w(" TYPE ");
                        self.data_type(ty);
                    }
                }
            }
            // MODIFY COLUMN c INT NOT NULL DEFAULT 1: MySQL restates the whole column.
            AlterOp::ModifyColumn(column) => {
                self.w("MODIFY COLUMN ");
                self.column(column);
            }
            // DROP INDEX `PRIMARY` drops MySQL's primary key.
            AlterOp::DropIndex(name) => {
                self.w("DROP INDEX ");
                self.ident(name);
            }
            AlterOp::DropForeignKey(name) => {
                self.w("DROP FOREIGN KEY ");
                self.ident(name);
            }
            // The counter's next value, as setval() sets a sequence's.
            AlterOp::AutoIncrement(n) => {
                self.w("AUTO_INCREMENT = ");
                self.w(&n.to_string());
            }
        }
    }
}
