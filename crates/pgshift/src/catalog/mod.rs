//! The catalog: the schema a script has built so far.
//!
//! The pipeline records every schema statement here after translating it, in
//! its PostgreSQL form (before rules), so that later statements can be
//! translated from what the schema really is: an `ALTER COLUMN` restated in
//! full for MySQL, a SQLite table rebuild, an enum type inlined on a column, a
//! `DROP INDEX` that MySQL wants with its table. `Options::with_schema` fills it
//! from a schema given up front.
//!
//! Names are keyed by their PostgreSQL spelling after case folding, without the
//! `public.` qualifier.

mod name_map;
mod observe;

pub use name_map::NameMap;
pub use observe::observe;

use crate::ir::{
    ColumnDef, ConstraintKind, CreateDomain, CreateIndex, CreateTable, CreateView, Ident,
    ObjectName,
};

/// Everything known about the schema at one point of a script.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Catalog {
    pub tables: NameMap<Table>,
    /// Enum types and their labels in order.
    pub enums: NameMap<Vec<String>>,
    pub domains: NameMap<CreateDomain>,
    pub sequences: NameMap<Sequence>,
    pub views: NameMap<CreateView>,
}

/// A table: its definition as PostgreSQL would now print it, and its indexes.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    /// The `CREATE TABLE` that would create the table as it is now, with every
    /// `ALTER TABLE` so far applied.
    pub def: CreateTable,
    /// The `CREATE INDEX` statements on the table, renamed columns applied.
    pub indexes: Vec<CreateIndex>,
}

/// A sequence, and the column it is folded into when it backs exactly one.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Sequence {
    pub start: Option<i64>,
    pub increment: Option<i64>,
    /// `OWNED BY table.column`.
    pub owned_by: Option<(String, String)>,
}

/// The catalog key of a name: the base name, or `schema.name` outside `public`.
pub fn key(name: &ObjectName) -> String {
    match name.parts.as_slice() {
        [.., schema, base] if schema.name != "public" && schema.name != "pg_catalog" => {
            format!("{}.{}", schema.name, base.name)
        }
        [.., base] => base.name.clone(),
        [] => String::new(),
    }
}

impl Catalog {
    pub fn table(&self, name: &ObjectName) -> Option<&Table> {
        self.tables.get(&key(name))
    }

    pub fn table_mut(&mut self, name: &ObjectName) -> Option<&mut Table> {
        self.tables.get_mut(&key(name))
    }

    /// The enum labels of a type name written in a column or cast.
    pub fn enum_labels(&self, type_name: &str) -> Option<&[String]> {
        self.enums
            .get(type_name.strip_prefix("public.").unwrap_or(type_name))
            .map(Vec::as_slice)
    }

    pub fn domain(&self, type_name: &str) -> Option<&CreateDomain> {
        self.domains
            .get(type_name.strip_prefix("public.").unwrap_or(type_name))
    }

    /// The table that holds an index, and the index, by index name.
    pub fn index(&self, name: &str) -> Option<(&Table, &CreateIndex)> {
        self.tables.values().find_map(|t| {
            t.indexes
                .iter()
                .find(|i| i.name.as_ref().is_some_and(|n| n.name == name))
                .map(|i| (t, i))
        })
    }
}

impl Table {
    pub fn column(&self, name: &str) -> Option<&ColumnDef> {
        self.def.columns.iter().find(|c| c.name.name == name)
    }

    pub fn column_mut(&mut self, name: &str) -> Option<&mut ColumnDef> {
        self.def.columns.iter_mut().find(|c| c.name.name == name)
    }

    /// The columns of the primary key, declared on a column or as a constraint.
    pub fn primary_key(&self) -> Vec<Ident> {
        let inline: Vec<Ident> = self
            .def
            .columns
            .iter()
            .filter(|c| c.primary_key)
            .map(|c| c.name.clone())
            .collect();
        if !inline.is_empty() {
            return inline;
        }
        self.def
            .constraints
            .iter()
            .find_map(|c| match &c.kind {
                ConstraintKind::PrimaryKey(cols) => Some(cols.clone()),
                _ => None,
            })
            .unwrap_or_default()
    }
}
