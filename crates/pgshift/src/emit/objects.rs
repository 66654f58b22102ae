//! Printing views, `DROP` of non-table objects, `TRUNCATE`, savepoints and the
//! target-only statements rules build (SQLite pragmas).

use super::Printer;
use crate::ir::{
    Comment, CreateNamed, CreateView, DropObject, ObjectKind, Pragma, Savepoint, Truncate,
};
use crate::target::Dialect;

impl Printer<'_> {
    /// `CREATE [OR REPLACE] VIEW v (cols) AS query`. Rules have turned SQLite's
    /// OR REPLACE into a DROP first. A materialized view is a table filled by its
    /// query, `CREATE TABLE [IF NOT EXISTS] v AS query`, whose columns the
    /// `materialized_view` rule has named in the query.
    pub fn create_view(&mut self, v: &CreateView) {
        if v.materialized {
            self.w("CREATE TABLE ");
            if v.if_not_exists {
                self.w("IF NOT EXISTS ");
            }
            self.object_name(&v.name);
            self.w(" AS ");
            self.query(&v.query);
            return;
        }
        self.w("CREATE ");
        if v.or_replace {
            self.w("OR REPLACE ");
        }
        self.w("VIEW ");
        if v.if_not_exists {
            self.w("IF NOT EXISTS ");
        }
        self.object_name(&v.name);
        if !v.columns.is_empty() {
            self.w(" (");
            self.ident_list(&v.columns);
            self.w(")");
        }
        self.w(" AS ");
        self.query(&v.query);
    }

    /// `DROP VIEW|INDEX … [IF EXISTS] names`; MySQL names the index's table.
    pub fn drop_object(&mut self, d: &DropObject) {
        self.w("DROP ");
        self.w(d.kind.keyword());
        self.w(" ");
        if d.if_exists {
            self.w("IF EXISTS ");
        }
        self.comma_sep(&d.names, |p, n| p.object_name(n));
        if let (ObjectKind::Index, Some(table), Dialect::Mysql) = (d.kind, &d.table, self.dialect())
        {
            self.w(" ON ");
            self.object_name(table);
        }
    }

    /// MySQL's `TRUNCATE TABLE t`; SQLite's arrives here rewritten to DELETE.
    pub fn truncate(&mut self, t: &Truncate) {
        self.w("TRUNCATE TABLE ");
        self.comma_sep(&t.tables, |p, n| p.object_name(n));
    }

    /// MySQL's `ALTER TABLE t COMMENT = 'text'`; the `comment_on` rule turns
    /// every other comment into a skip note.
    pub fn comment(&mut self, c: &Comment) {
        self.w("ALTER TABLE ");
        self.object_name(&c.table);
        self.w(" COMMENT = ");
        self.string(c.text.as_deref().unwrap_or(""));
    }

    /// `CREATE SCHEMA [IF NOT EXISTS] s`: a database in MySQL, which takes the
    /// same words.
    pub fn create_schema(&mut self, s: &CreateNamed) {
        self.w("CREATE SCHEMA ");
        if s.if_not_exists {
            self.w("IF NOT EXISTS ");
        }
        self.ident(&s.name);
    }

    pub fn savepoint(&mut self, s: &Savepoint) {
        let (word, name) = match s {
            Savepoint::Create(n) => ("SAVEPOINT ", n),
            Savepoint::Release(n) => ("RELEASE SAVEPOINT ", n),
            Savepoint::RollbackTo(n) => ("ROLLBACK TO SAVEPOINT ", n),
        };
        self.w(word);
        self.ident(name);
    }

    pub fn pragma(&mut self, p: &Pragma) {
        self.w(match p {
            Pragma::ForeignKeys(true) => "PRAGMA foreign_keys = ON",
            Pragma::ForeignKeys(false) => "PRAGMA foreign_keys = OFF",
            Pragma::DeferForeignKeys(true) => "PRAGMA defer_foreign_keys = ON",
            Pragma::DeferForeignKeys(false) => "PRAGMA defer_foreign_keys = OFF",
            Pragma::ForeignKeyCheck => "PRAGMA foreign_key_check",
        });
    }
}
