//! The schema a script leaves behind, read through each engine's catalog into
//! one normalized model, so that PostgreSQL's can be compared with a target's.
//!
//! The model keeps what changes how rows behave: the columns in order with their
//! nullability and the kind of their default, the primary key, unique keys,
//! foreign keys with their actions, plain indexes and the names of views. Column
//! types are left out, because the rows the grammar cases compare show them.
//! Each engine's reader lives in a submodule; [`normalize`] holds the rules that
//! make their spellings agree, and [`diff`] the comparison.

pub mod diff;
pub mod mysql;
pub mod normalize;
pub mod postgres;
pub mod sqlite;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// The shown name of an index column that is an expression.
pub const EXPR_COLUMN: &str = "<expr>";

/// Every table and view a script created.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Schema {
    /// The tables by lower-cased name.
    pub tables: BTreeMap<String, Table>,
    /// The lower-cased names of the views.
    pub views: BTreeSet<String>,
}

/// One table.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Table {
    /// The columns in their order in the table.
    pub columns: Vec<Column>,
    /// The primary key's columns in key order; empty when there is none.
    pub primary_key: Vec<String>,
    /// The column lists of unique constraints and unique indexes without a
    /// predicate, the primary key's own index excluded.
    pub uniques: BTreeSet<Vec<String>>,
    /// The column lists of unique indexes with a predicate (`WHERE`).
    pub partial_uniques: BTreeSet<Vec<String>>,
    /// The foreign keys.
    pub foreign_keys: BTreeSet<ForeignKey>,
    /// The column lists of non-unique indexes, predicates ignored.
    pub indexes: BTreeSet<Vec<String>>,
    /// A PostgreSQL materialized view, read as the table the targets make of it.
    /// It cannot be written, so the nullability of its columns means nothing.
    pub materialized: bool,
}

/// One column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Column {
    /// The lower-cased name.
    pub name: String,
    /// False when the column rejects NULL (primary key columns included).
    pub nullable: bool,
    /// What an INSERT that leaves the column out stores.
    pub default: ColumnDefault,
}

/// A column default, reduced to what can be compared across engines.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ColumnDefault {
    /// No default: NULL, or an error for a NOT NULL column.
    None,
    /// A generated key: a sequence, an identity, `AUTO_INCREMENT` or SQLite's rowid.
    Auto,
    /// A literal, normalized (see [`normalize::default_value`]).
    Value(String),
    /// Any other expression; only its kind is compared, not its text.
    Expr,
    /// A generated column, computed from the other columns.
    Generated,
}

impl fmt::Display for ColumnDefault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ColumnDefault::None => f.write_str("no default"),
            ColumnDefault::Auto => f.write_str("auto-increment"),
            ColumnDefault::Value(v) => write!(f, "'{v}'"),
            ColumnDefault::Expr => f.write_str("an expression"),
            ColumnDefault::Generated => f.write_str("generated"),
        }
    }
}

/// One foreign key.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct ForeignKey {
    /// The referencing columns, in key order.
    pub columns: Vec<String>,
    /// The referenced table.
    pub table: String,
    /// The referenced columns, in key order.
    pub referenced: Vec<String>,
    pub on_delete: FkAction,
    pub on_update: FkAction,
}

impl fmt::Display for ForeignKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} references {}{} on delete {} on update {}",
            show_columns(&self.columns),
            self.table,
            show_columns(&self.referenced),
            self.on_delete,
            self.on_update
        )
    }
}

/// What a foreign key does when the referenced row goes or changes. NO ACTION
/// and RESTRICT differ only in when the check runs, so both are `NoAction`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum FkAction {
    NoAction,
    Cascade,
    SetNull,
    SetDefault,
}

impl fmt::Display for FkAction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            FkAction::NoAction => "no action",
            FkAction::Cascade => "cascade",
            FkAction::SetNull => "set null",
            FkAction::SetDefault => "set default",
        })
    }
}

impl Schema {
    /// True for the tables the comparison leaves out: pgshift's own bookkeeping
    /// (`__pgshift…`) and SQLite's internal tables (`sqlite_…`).
    pub fn is_internal(name: &str) -> bool {
        let name = name.to_ascii_lowercase();
        name.starts_with("__pgshift") || name.starts_with("sqlite_")
    }

    /// The table named `name` (any case), created empty when first asked for.
    pub fn table(&mut self, name: &str) -> &mut Table {
        self.tables.entry(name.to_lowercase()).or_default()
    }

    /// Applies the rules every engine shares once all tables are read: internal
    /// tables go, and primary key columns are NOT NULL.
    pub fn finish(mut self) -> Schema {
        self.tables.retain(|name, _| !Schema::is_internal(name));
        self.views.retain(|name| !Schema::is_internal(name));
        for table in self.tables.values_mut() {
            for column in &mut table.columns {
                if table.primary_key.contains(&column.name) {
                    column.nullable = false;
                }
            }
        }
        self
    }
}

impl Table {
    /// Adds a column, lower-casing its name.
    pub fn push_column(&mut self, name: &str, nullable: bool, default: ColumnDefault) {
        self.columns.push(Column {
            name: name.to_lowercase(),
            nullable,
            default,
        });
    }
}

/// Lower-cases the column names of a key or index.
pub fn lower_all<S: AsRef<str>>(names: &[S]) -> Vec<String> {
    names.iter().map(|n| n.as_ref().to_lowercase()).collect()
}

/// Shows a column list as `(a, b)`.
pub fn show_columns(columns: &[String]) -> String {
    format!("({})", columns.join(", "))
}
