//! Emitters: print the IR as target SQL. An emitter never changes the IR.
//!
//! The walk is shared (`Printer`); what differs per target is spelling, which
//! comes from the target's capabilities and from `sqlite.rs` / `mysql.rs`
//! (type names and column attributes).

mod alter;
mod ddl;
mod expr;
mod index;
mod mysql;
mod objects;
mod query;
mod sqlite;
mod values;

pub use values::ValuesInsert;

use crate::ir::{Ident, ObjectName, Stmt, TransactionKind};
use crate::target::{Dialect, ParamStyle, Target};

/// The printed statement and its bind-slot map.
pub struct Emitted {
    pub sql: String,
    pub params: Vec<u32>,
}

pub struct Printer<'t> {
    pub out: String,
    target: &'t Target,
    /// Source `$n` per positional slot, in order of appearance.
    positional: Vec<u32>,
    /// The largest `$n` printed as `?n`.
    max_numbered: u32,
}

/// Prints one statement for `target`.
pub fn statement(stmt: &Stmt, target: &Target) -> Emitted {
    let mut p = Printer::new(target, 128);
    p.stmt(stmt);
    let params = match target.caps.params {
        ParamStyle::Positional => p.positional,
        ParamStyle::Numbered => (1..=p.max_numbered).collect(),
    };
    Emitted { sql: p.out, params }
}

impl<'t> Printer<'t> {
    fn new(target: &'t Target, capacity: usize) -> Printer<'t> {
        Printer {
            out: String::with_capacity(capacity),
            target,
            positional: Vec::new(),
            max_numbered: 0,
        }
    }
}

impl Printer<'_> {
    fn w(&mut self, s: &str) {
        self.out.push_str(s);
    }

    fn dialect(&self) -> Dialect {
        self.target.dialect
    }

    fn stmt(&mut self, stmt: &Stmt) {
        match stmt {
            Stmt::Query(q) => self.query(q),
            Stmt::Insert(i) => self.insert(i),
            Stmt::Update(u) => self.update(u),
            Stmt::Delete(d) => self.delete(d),
            Stmt::CreateTable(t) => self.create_table(t),
            Stmt::DropTable(d) => self.drop_table(d),
            Stmt::CreateIndex(i) => self.create_index(i),
            Stmt::Transaction(TransactionKind::Begin, _) => self.w(match self.dialect() {
                Dialect::Sqlite => "BEGIN",
                Dialect::Mysql => "START TRANSACTION",
            }),
            Stmt::Transaction(TransactionKind::Commit, _) => self.w("COMMIT"),
            Stmt::Transaction(TransactionKind::Rollback, _) => self.w("ROLLBACK"),
            Stmt::Savepoint(s) => self.savepoint(s),
            Stmt::AlterTable(t) => self.alter_table(t),
            Stmt::CreateView(v) => self.create_view(v),
            Stmt::DropObject(d) => self.drop_object(d),
            Stmt::Truncate(t) => self.truncate(t),
            Stmt::Pragma(p) => self.pragma(p),
            Stmt::Comment(c) => self.comment(c),
            Stmt::CreateSchema(s) => self.create_schema(s),
            // Schema-only statements: rules fold them into the statements that use
            // them (enum types, domains, sequences) or into a skip note; the
            // pipeline prints a skip note as a comment and never reaches here.
            Stmt::CreateEnum(_)
            | Stmt::AlterEnum(_)
            | Stmt::CreateDomain(_)
            | Stmt::CreateSequence(_)
            | Stmt::AlterSequence(_)
            | Stmt::CreateExtension(_)
            | Stmt::CodeObject(_)
            | Stmt::ObjectChange(_)
            | Stmt::Skipped(_) => {}
        }
    }

    /// Prints an identifier, quoting it when the target needs that.
    pub fn ident(&mut self, id: &Ident) {
        let plain = id
            .name
            .bytes()
            .next()
            .is_some_and(|b| b.is_ascii_lowercase() || b == b'_')
            && id
                .name
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
        if plain && !self.target.is_reserved(&id.name) {
            self.w(&id.name);
            return;
        }
        let q = self.target.caps.ident_quote;
        self.out.push(q);
        for c in id.name.chars() {
            if c == q {
                self.out.push(q);
            }
            self.out.push(c);
        }
        self.out.push(q);
    }

    pub fn object_name(&mut self, name: &ObjectName) {
        for (i, part) in name.parts.iter().enumerate() {
            if i > 0 {
                self.w(".");
            }
            self.ident(part);
        }
    }

    fn ident_list(&mut self, ids: &[Ident]) {
        for (i, id) in ids.iter().enumerate() {
            if i > 0 {
                self.w(", ");
            }
            self.ident(id);
        }
    }

    /// Prints a string literal, escaped for the target. The text between the
    /// characters that need escaping is copied in runs, not char by char.
    pub fn string(&mut self, s: &str) {
        self.out.reserve(s.len() + 2);
        self.out.push('\'');
        let backslashes = self.target.caps.backslash_escapes;
        let bytes = s.as_bytes();
        let mut run = 0;
        for (i, &b) in bytes.iter().enumerate() {
            let escaped = match b {
                b'\'' => "''",
                b'\\' if backslashes => "\\\\",
                // MySQL reads a NUL byte in a literal as the end of the statement in some clients.
                0 if backslashes => "\\0",
                _ => continue,
            };
            // The special characters are ASCII, so `i` is a char boundary.
            self.out.push_str(&s[run..i]);
            self.out.push_str(escaped);
            run = i + 1;
        }
        self.out.push_str(&s[run..]);
        self.out.push('\'');
    }

    fn param(&mut self, n: u32) {
        match self.target.caps.params {
            ParamStyle::Numbered => {
                self.max_numbered = self.max_numbered.max(n);
                self.out.push('?');
                let _ = std::fmt::Write::write_fmt(&mut self.out, format_args!("{n}"));
            }
            ParamStyle::Positional => {
                self.positional.push(n);
                self.out.push('?');
            }
        }
    }

    fn comma_sep<T>(&mut self, items: &[T], mut f: impl FnMut(&mut Self, &T)) {
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                self.w(", ");
            }
            f(self, item);
        }
    }
}
