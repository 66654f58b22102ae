//! Reading a PostgreSQL schema through `pg_catalog`.
//!
//! Columns come from `pg_attribute` with their defaults from `pg_attrdef`; an
//! identity column is a generated key, and a column whose type is a domain takes
//! the domain's NOT NULL and default when it has none of its own. Keys and
//! indexes come from `pg_index` (the primary key's index gives its column order;
//! a unique index with a predicate is a partial unique index), foreign keys from
//! `pg_constraint`.

use super::normalize::{default_value, fk_action};
use super::{lower_all, ColumnDefault, ForeignKey, Schema, EXPR_COLUMN};
use crate::engines::postgres::rows_of;
use crate::Rows;
use postgres::Client;

/// The separator of column lists aggregated in SQL (the ASCII unit separator).
const SEP: char = '\u{1f}';

/// Reads the tables and views of `schema`, and those of `public` whose object
/// id is not in `public_before` (a case may create objects as `public.name`).
pub fn read(client: &mut Client, schema: &str, public_before: &[String]) -> Result<Schema, String> {
    let nsp = scope(schema, public_before);
    let mut out = Schema::default();
    for row in query(client, &relations(&nsp))? {
        match (text(&row, 0)?, text(&row, 1)?) {
            // A materialized view is a table filled by its query on both targets.
            (name, "v") => {
                out.views.insert(name.to_lowercase());
            }
            (name, kind) => {
                out.table(name).materialized = kind == "m";
            }
        }
    }
    read_columns(client, &nsp, &mut out)?;
    read_indexes(client, &nsp, &mut out)?;
    read_foreign_keys(client, &nsp, &mut out)?;
    Ok(out.finish())
}

/// The condition on `n` (`pg_namespace`) and `c` (`pg_class`) that selects the
/// case's relations.
fn scope(schema: &str, public_before: &[String]) -> String {
    let case = format!("n.nspname = '{}'", schema.replace('\'', "''"));
    let before: Vec<&str> = public_before
        .iter()
        .map(String::as_str)
        .filter(|oid| oid.bytes().all(|b| b.is_ascii_digit()))
        .collect();
    if before.is_empty() {
        format!("({case} OR n.nspname = 'public')")
    } else {
        format!(
            "({case} OR (n.nspname = 'public' AND c.oid NOT IN ({})))",
            before.join(", ")
        )
    }
}

/// The object ids of the relations in `public`, to leave out of [`read`] later.
pub fn public_relations(client: &mut Client) -> Result<Vec<String>, String> {
    let rows = query(
        client,
        "SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace \
         WHERE n.nspname = 'public'",
    )?;
    Ok(rows
        .into_iter()
        .filter_map(|r| r.into_iter().next().flatten())
        .collect())
}

fn relations(nsp: &str) -> String {
    format!(
        "SELECT c.relname, c.relkind FROM pg_class c \
         JOIN pg_namespace n ON n.oid = c.relnamespace \
         WHERE {nsp} AND c.relkind IN ('r', 'p', 'v', 'm') AND NOT c.relispartition"
    )
}

fn read_columns(client: &mut Client, nsp: &str, out: &mut Schema) -> Result<(), String> {
    let sql = format!(
        "SELECT c.relname, a.attname, a.attnotnull OR coalesce(t.typnotnull, false), \
                pg_get_expr(d.adbin, d.adrelid), a.attidentity, a.attgenerated, t.typdefault \
         FROM pg_attribute a \
         JOIN pg_class c ON c.oid = a.attrelid \
         JOIN pg_namespace n ON n.oid = c.relnamespace \
         LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum \
         LEFT JOIN pg_type t ON t.oid = a.atttypid AND t.typtype = 'd' \
         WHERE {nsp} AND c.relkind IN ('r', 'p', 'm') AND NOT c.relispartition \
           AND a.attnum > 0 AND NOT a.attisdropped \
         ORDER BY c.relname, a.attnum"
    );
    for row in query(client, &sql)? {
        let default = if !text(&row, 4)?.is_empty() {
            ColumnDefault::Auto
        } else if !text(&row, 5)?.is_empty() {
            ColumnDefault::Generated
        } else {
            match (opt(&row, 3), opt(&row, 6)) {
                (Some(own), _) => default_value(own),
                (None, Some(domain)) => default_value(domain),
                (None, None) => ColumnDefault::None,
            }
        };
        let nullable = text(&row, 2)? == "f";
        out.table(text(&row, 0)?)
            .push_column(text(&row, 1)?, nullable, default);
    }
    Ok(())
}

fn read_indexes(client: &mut Client, nsp: &str, out: &mut Schema) -> Result<(), String> {
    let sql = format!(
        "SELECT c.relname, i.indisprimary, i.indisunique, i.indpred IS NOT NULL, \
                (SELECT string_agg(CASE WHEN k.attnum = 0 THEN '{EXPR_COLUMN}' ELSE a.attname END, \
                                   chr(31) ORDER BY k.ord) \
                 FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord) \
                 LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum \
                 WHERE k.ord <= i.indnkeyatts) \
         FROM pg_index i \
         JOIN pg_class c ON c.oid = i.indrelid \
         JOIN pg_namespace n ON n.oid = c.relnamespace \
         JOIN pg_class ic ON ic.oid = i.indexrelid \
         JOIN pg_am am ON am.oid = ic.relam \
         WHERE {nsp} AND c.relkind IN ('r', 'p', 'm') AND NOT c.relispartition \
           AND am.amname IN ('btree', 'hash', 'brin')"
    );
    for row in query(client, &sql)? {
        let columns = list(text(&row, 4)?);
        let table = out.table(text(&row, 0)?);
        match (text(&row, 1)?, text(&row, 2)?, text(&row, 3)?) {
            ("t", _, _) => table.primary_key = columns,
            (_, "t", "f") => {
                table.uniques.insert(columns);
            }
            (_, "t", _) => {
                table.partial_uniques.insert(columns);
            }
            _ => {
                table.indexes.insert(columns);
            }
        }
    }
    Ok(())
}

fn read_foreign_keys(client: &mut Client, nsp: &str, out: &mut Schema) -> Result<(), String> {
    let columns = |key: &str, rel: &str| {
        format!(
            "(SELECT string_agg(a.attname, chr(31) ORDER BY k.ord) \
              FROM unnest(f.{key}) WITH ORDINALITY AS k(attnum, ord) \
              JOIN pg_attribute a ON a.attrelid = f.{rel} AND a.attnum = k.attnum)"
        )
    };
    let sql = format!(
        "SELECT c.relname, r.relname, f.confdeltype, f.confupdtype, {}, {} \
         FROM pg_constraint f \
         JOIN pg_class c ON c.oid = f.conrelid \
         JOIN pg_class r ON r.oid = f.confrelid \
         JOIN pg_namespace n ON n.oid = c.relnamespace \
         WHERE f.contype = 'f' AND {nsp}",
        columns("conkey", "conrelid"),
        columns("confkey", "confrelid"),
    );
    for row in query(client, &sql)? {
        let fk = ForeignKey {
            columns: list(text(&row, 4)?),
            table: text(&row, 1)?.to_lowercase(),
            referenced: list(text(&row, 5)?),
            on_delete: fk_action(text(&row, 2)?)?,
            on_update: fk_action(text(&row, 3)?)?,
        };
        out.table(text(&row, 0)?).foreign_keys.insert(fk);
    }
    Ok(())
}

fn query(client: &mut Client, sql: &str) -> Result<Rows, String> {
    let messages = client
        .simple_query(sql)
        .map_err(|e| format!("PostgreSQL: cannot read the schema: {e}\n    {sql}"))?;
    Ok(rows_of(messages).unwrap_or_default())
}

fn opt(row: &[Option<String>], i: usize) -> Option<&str> {
    row.get(i).and_then(Option::as_deref)
}

fn text(row: &[Option<String>], i: usize) -> Result<&str, String> {
    opt(row, i).ok_or_else(|| format!("PostgreSQL: the catalog gave NULL in column {i}"))
}

fn list(joined: &str) -> Vec<String> {
    lower_all(&joined.split(SEP).collect::<Vec<_>>())
}
