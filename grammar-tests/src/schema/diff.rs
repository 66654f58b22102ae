//! Comparing PostgreSQL's schema with a target's, difference by difference.

use super::{show_columns, ColumnDefault, Schema, Table};
use std::collections::BTreeSet;

/// Compares the schema PostgreSQL was left with (`pg`) with the one the target
/// named `target` was left with. On a difference, returns a message listing
/// every difference, one per line.
pub fn compare(pg: &Schema, target: &Schema, target_name: &str) -> Result<(), String> {
    let differences = differences(pg, target, target_name);
    if differences.is_empty() {
        return Ok(());
    }
    Err(format!(
        "the schema differs between PostgreSQL and {target_name}:\n  - {}",
        differences.join("\n  - ")
    ))
}

/// Every difference between the two schemas, as readable lines.
pub fn differences(pg: &Schema, target: &Schema, name: &str) -> Vec<String> {
    let mut out = Vec::new();
    let tables: BTreeSet<&String> = pg.tables.keys().chain(target.tables.keys()).collect();
    for table in tables {
        match (pg.tables.get(table), target.tables.get(table)) {
            (Some(p), Some(t)) => table_differences(table, p, t, name, &mut out),
            (Some(_), None) => out.push(format!("table {table}: PostgreSQL has it, {name} not")),
            (None, Some(_)) => out.push(format!("table {table}: {name} has it, PostgreSQL not")),
            (None, None) => {}
        }
    }
    set_differences("view", "", &pg.views, &target.views, name, &mut out);
    out
}

fn table_differences(table: &str, pg: &Table, target: &Table, name: &str, out: &mut Vec<String>) {
    let pg_names: Vec<String> = pg.columns.iter().map(|c| c.name.clone()).collect();
    let target_names: Vec<String> = target.columns.iter().map(|c| c.name.clone()).collect();
    if pg_names != target_names {
        out.push(format!(
            "table {table}: columns: PostgreSQL {}, {name} {}",
            show_columns(&pg_names),
            show_columns(&target_names)
        ));
    }
    for p in &pg.columns {
        let Some(t) = target.columns.iter().find(|t| t.name == p.name) else {
            continue;
        };
        if p.nullable != t.nullable && !pg.materialized {
            let null = |n: bool| if n { "NULL" } else { "NOT NULL" };
            out.push(format!(
                "table {table}, column {}: PostgreSQL {}, {name} {}",
                p.name,
                null(p.nullable),
                null(t.nullable)
            ));
        }
        if p.default != t.default {
            out.push(format!(
                "table {table}, column {}: default: PostgreSQL {}, {name} {}",
                p.name, p.default, t.default
            ));
        }
    }
    if pg.primary_key != target.primary_key {
        let show = |k: &[String]| {
            if k.is_empty() {
                "none".to_string()
            } else {
                show_columns(k)
            }
        };
        out.push(format!(
            "table {table}: primary key: PostgreSQL {}, {name} {}",
            show(&pg.primary_key),
            show(&target.primary_key)
        ));
    }
    let what = format!("table {table}: ");
    let uniques = (&pg.uniques, &target.uniques);
    set_differences("unique key", &what, uniques.0, uniques.1, name, out);
    let partial = (&pg.partial_uniques, &target.partial_uniques);
    set_differences(
        "partial unique index",
        &what,
        partial.0,
        partial.1,
        name,
        out,
    );
    let fks = (&pg.foreign_keys, &target.foreign_keys);
    set_differences("foreign key", &what, fks.0, fks.1, name, out);
    let target_indexes = without_engine_made(pg, target);
    set_differences("index", &what, &pg.indexes, &target_indexes, name, out);
}

/// The target's plain indexes without those the target needs for itself, when
/// PostgreSQL has no such index: MySQL creates an index whose columns are
/// exactly a foreign key's to back it, and requires an index on an
/// `AUTO_INCREMENT` column that is not otherwise a key. Neither changes how rows
/// behave.
fn without_engine_made(pg: &Table, target: &Table) -> BTreeSet<Vec<String>> {
    let backs_fk = |index: &Vec<String>| target.foreign_keys.iter().any(|fk| &fk.columns == index);
    let backs_auto = |index: &Vec<String>| match index.as_slice() {
        [only] => target
            .columns
            .iter()
            .any(|c| &c.name == only && c.default == ColumnDefault::Auto),
        _ => false,
    };
    target
        .indexes
        .iter()
        .filter(|index| pg.indexes.contains(*index) || !(backs_fk(index) || backs_auto(index)))
        .cloned()
        .collect()
}

/// One line per element that only one side has.
fn set_differences<T: Ord + Shown>(
    kind: &str,
    prefix: &str,
    pg: &BTreeSet<T>,
    target: &BTreeSet<T>,
    name: &str,
    out: &mut Vec<String>,
) {
    for only in pg.difference(target) {
        out.push(format!(
            "{prefix}{kind} {}: PostgreSQL has it, {name} not",
            only.shown()
        ));
    }
    for only in target.difference(pg) {
        out.push(format!(
            "{prefix}{kind} {}: {name} has it, PostgreSQL not",
            only.shown()
        ));
    }
}

/// How an element of a compared set is shown.
trait Shown {
    fn shown(&self) -> String;
}

impl Shown for Vec<String> {
    fn shown(&self) -> String {
        show_columns(self)
    }
}

impl Shown for String {
    fn shown(&self) -> String {
        self.clone()
    }
}

impl Shown for super::ForeignKey {
    fn shown(&self) -> String {
        self.to_string()
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    use super::super::{FkAction, ForeignKey};
    use super::*;

    fn cols(names: &[&str]) -> Vec<String> {
        names.iter().map(|n| n.to_string()).collect()
    }

    fn schema() -> Schema {
        let mut s = Schema::default();
        let t = s.table("Orders");
        t.push_column("id", true, ColumnDefault::Auto);
        t.push_column("customer", false, ColumnDefault::None);
        t.push_column("status", false, ColumnDefault::Value("new".into()));
        t.primary_key = cols(&["id"]);
        t.foreign_keys.insert(ForeignKey {
            columns: cols(&["customer"]),
            table: "customers".into(),
            referenced: cols(&["id"]),
            on_delete: FkAction::Cascade,
            on_update: FkAction::NoAction,
        });
        s.table("customers")
            .push_column("id", false, ColumnDefault::Auto);
        s.finish()
    }

    #[test]
    fn equal_schemas_compare_equal() {
        assert!(compare(&schema(), &schema(), "sqlite").is_ok());
    }

    #[test]
    fn the_primary_key_is_not_null() {
        let s = schema();
        assert!(!s.tables["orders"].columns[0].nullable);
    }

    #[test]
    fn differences_name_table_column_and_both_sides() {
        let pg = schema();
        let mut target = schema();
        let orders = target.tables.get_mut("orders").unwrap();
        orders.columns[2].default = ColumnDefault::Expr;
        orders.columns[1].nullable = true;
        orders.uniques.insert(cols(&["status"]));
        target.tables.remove("customers");
        let err = compare(&pg, &target, "mysql").unwrap_err();
        assert!(
            err.contains(
                "table orders, column status: default: PostgreSQL 'new', mysql an expression"
            ),
            "{err}"
        );
        assert!(
            err.contains("table orders, column customer: PostgreSQL NOT NULL, mysql NULL"),
            "{err}"
        );
        assert!(
            err.contains("table orders: unique key (status): mysql has it, PostgreSQL not"),
            "{err}"
        );
        assert!(
            err.contains("table customers: PostgreSQL has it, mysql not"),
            "{err}"
        );
    }

    #[test]
    fn foreign_key_actions_are_compared() {
        let pg = schema();
        let mut target = schema();
        let orders = target.tables.get_mut("orders").unwrap();
        let mut fk = orders.foreign_keys.pop_first().unwrap();
        fk.on_delete = FkAction::NoAction;
        orders.foreign_keys.insert(fk);
        let err = compare(&pg, &target, "sqlite").unwrap_err();
        assert!(err.contains("on delete cascade"), "{err}");
        assert!(err.contains("on delete no action"), "{err}");
    }

    #[test]
    fn indexes_backing_a_foreign_key_only_count_when_postgres_has_them() {
        let pg = schema();
        let mut target = schema();
        let orders = target.tables.get_mut("orders").unwrap();
        orders.indexes.insert(cols(&["customer"]));
        assert!(compare(&pg, &target, "mysql").is_ok());
        target
            .tables
            .get_mut("orders")
            .unwrap()
            .indexes
            .insert(cols(&["status"]));
        let err = compare(&pg, &target, "mysql").unwrap_err();
        assert!(
            err.contains("index (status): mysql has it, PostgreSQL not"),
            "{err}"
        );
        let mut pg_with = schema();
        pg_with
            .tables
            .get_mut("orders")
            .unwrap()
            .indexes
            .insert(cols(&["customer"]));
        let err = compare(&pg_with, &schema(), "mysql").unwrap_err();
        assert!(
            err.contains("index (customer): PostgreSQL has it, mysql not"),
            "{err}"
        );
    }

    #[test]
    fn an_index_on_an_auto_increment_column_only_counts_when_postgres_has_it() {
        let pg = schema();
        let mut target = schema();
        let orders = target.tables.get_mut("orders").unwrap();
        orders.indexes.insert(cols(&["id"]));
        assert!(compare(&pg, &target, "mysql").is_ok());
        let orders = target.tables.get_mut("orders").unwrap();
        orders.columns[0].default = ColumnDefault::None;
        assert!(compare(&pg, &target, "mysql").is_err());
    }

    #[test]
    fn column_lists_and_primary_keys_are_compared() {
        let pg = schema();
        let mut target = schema();
        let orders = target.tables.get_mut("orders").unwrap();
        orders.columns.swap(1, 2);
        orders.primary_key.clear();
        let err = compare(&pg, &target, "sqlite").unwrap_err();
        assert!(
            err.contains(
                "columns: PostgreSQL (id, customer, status), sqlite (id, status, customer)"
            ),
            "{err}"
        );
        assert!(
            err.contains("primary key: PostgreSQL (id), sqlite none"),
            "{err}"
        );
    }
}
