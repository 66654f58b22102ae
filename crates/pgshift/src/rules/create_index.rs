//! `CREATE INDEX`: names, methods, options, partial and expression indexes, TEXT keys.
//!
//! ```sql
//! -- input
//! CREATE UNIQUE INDEX CONCURRENTLY ON users USING btree (lower(email) DESC NULLS LAST);
//! CREATE INDEX ON posts (author_id) WHERE published;
//! -- output (SQLite): the name PostgreSQL would choose, NULLS ordering dropped
//! CREATE UNIQUE INDEX users_lower_idx ON users (lower(email) DESC);
//! CREATE INDEX posts_author_id_idx ON posts (author_id) WHERE published;
//! -- output (MySQL 8, profile mysql8): a functional key part; the WHERE dropped (warning)
//! CREATE UNIQUE INDEX users_lower_idx ON users ((lower(email)) DESC);
//! CREATE INDEX posts_author_id_idx ON posts (author_id);
//! ```
//!
//! - An unnamed index gets the name PostgreSQL gives it (`t_a_idx`, `t_lower_idx`,
//!   `t_a_idx1` on a clash), so that a later `DROP INDEX t_a_idx` finds it.
//! - `USING btree|hash|brin` becomes the target's default index, which gives the
//!   same rows; `gin`, `gist` and `spgist` have no equivalent: the index is skipped
//!   with a warning.
//! - CONCURRENTLY, INCLUDE and NULLS FIRST/LAST in key parts change no result: they
//!   are dropped with a note (SQLite rejects NULLS in an index).
//! - `NULLS NOT DISTINCT` cannot be expressed: an error.
//! - MySQL has no partial index: a plain one becomes a full index (warning), a
//!   UNIQUE one would reject rows PostgreSQL accepts (error).
//! - Expression key parts: SQLite takes them; MySQL 8.0.13+ takes `((expr))`
//!   (capability `expression_index`); elsewhere a plain index is skipped (warning)
//!   and a UNIQUE one is an error.
//! - MySQL indexes TEXT only by a prefix: a plain index gets `c(255)` (note); a
//!   UNIQUE one is an error, unless the target hashes long unique keys (MariaDB).
//!   A column that CREATE TABLE made VARCHAR(255) (it is in a key) needs nothing.
//! - MySQL 8 has no `CREATE INDEX IF NOT EXISTS`: the catalog decides whether the
//!   index exists (skip with a note) or not (create it).
//!
//! Fidelity: exact, except where a warning or error says otherwise.
//! <https://www.postgresql.org/docs/current/sql-createindex.html>,
//! <https://www.sqlite.org/lang_createindex.html>,
//! <https://dev.mysql.com/doc/refman/8.0/en/create-index.html>,
//! <https://mariadb.com/kb/en/create-index/>

use super::{one_line, RuleCx};
use crate::catalog::{key, Catalog};
use crate::diagnostics::Code;
use crate::ir::{CreateIndex, DataType, Expr, ExprKind, Ident, Stmt};

/// Key prefix length, in characters, for a TEXT column in a MySQL index.
const PREFIX: u32 = 255;

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    let Stmt::CreateIndex(i) = stmt else { return };
    if i.name.is_none() {
        // CREATE INDEX ON t (a) → CREATE INDEX t_a_idx ON t (a).
        i.name = Some(Ident::new(&default_name(cx.catalog, i), i.table.span));
    }
    let name = i.name.as_ref().map(|n| n.name.clone()).unwrap_or_default();
    match i.using.as_deref() {
        // USING btree|hash|brin → the target's default (B-tree) index.
        None | Some("btree" | "hash" | "brin") => i.using = None,
        // USING gin (tags) → skipped.
        Some(method) => {
            cx.report(
                Code::IndexMethodSkipped,
                i.span,
                format!("the {method} index `{name}` has no equivalent in the target; it is not created"),
            );
            *stmt = skip(&name, &format!("USING {method}"));
            return;
        }
    }
    if i.nulls_not_distinct {
        cx.report(
            Code::NullsNotDistinct,
            i.span,
            "UNIQUE NULLS NOT DISTINCT cannot be expressed: the target's unique indexes let NULLs repeat",
        );
        return;
    }
    drop_options(i, cx);
    if i.if_not_exists && !cx.target.caps.create_index_if_not_exists {
        if cx.catalog.index(&name).is_some() {
            // CREATE INDEX IF NOT EXISTS i … where i exists → nothing.
            cx.report(
                Code::IndexExists,
                i.span,
                format!("the index `{name}` exists already"),
            );
            *stmt = skip(&name, "it exists already");
            return;
        }
        if cx.catalog.table(&i.table).is_none() {
            cx.report(
                Code::IfNotExistsUnknown,
                i.span,
                format!(
                    "IF NOT EXISTS is dropped: the catalog does not know the table `{}`",
                    key(&i.table)
                ),
            );
        }
        // CREATE INDEX IF NOT EXISTS i … → CREATE INDEX i … (it does not exist).
        i.if_not_exists = false;
    }
    if i.predicate.is_some() && !cx.target.caps.partial_index {
        if i.unique {
            cx.report(
                Code::PartialUniqueIndex,
                i.span,
                format!("the partial unique index `{name}` would be unique over every row"),
            );
            return;
        }
        // CREATE INDEX i ON t (a) WHERE p → CREATE INDEX i ON t (a).
        cx.report(
            Code::PartialIndexFull,
            i.span,
            format!("the index `{name}` covers every row: MySQL has no partial indexes"),
        );
        i.predicate = None;
    }
    let expression = i
        .columns
        .iter()
        .any(|c| !matches!(c.expr.kind, ExprKind::Column(_)));
    if expression && !cx.target.caps.expression_index {
        if i.unique {
            cx.report(
                Code::UniqueExpressionIndex,
                i.span,
                format!(
                    "the unique index `{name}` is on an expression, which the target cannot index"
                ),
            );
            return;
        }
        // CREATE INDEX i ON t (lower(a)) → skipped.
        cx.report(
            Code::ExpressionIndexSkipped,
            i.span,
            format!("the index `{name}` is on an expression, which the target cannot index; it is not created"),
        );
        *stmt = skip(&name, "an expression index");
        return;
    }
    if cx.target.caps.text_key_needs_length {
        text_prefixes(i, cx);
    }
}

/// Drops CONCURRENTLY, INCLUDE and NULLS FIRST/LAST, which change no result.
fn drop_options(i: &mut CreateIndex, cx: &mut RuleCx) {
    let mut dropped = Vec::new();
    if i.concurrently {
        dropped.push("CONCURRENTLY");
        i.concurrently = false;
    }
    if !i.include.is_empty() {
        dropped.push("INCLUDE");
        i.include.clear();
    }
    if i.columns.iter().any(|c| c.nulls_first.is_some()) {
        dropped.push("NULLS FIRST/LAST");
        i.columns.iter_mut().for_each(|c| c.nulls_first = None);
    }
    if !dropped.is_empty() {
        cx.report(
            Code::IndexOptionDropped,
            i.span,
            format!(
                "{} dropped: the target has no equivalent, and query results do not depend on it",
                dropped.join(", ")
            ),
        );
    }
}

/// MySQL: `a` → `a(255)` for a TEXT column of a plain index; a UNIQUE index on
/// one is an error unless the target hashes long unique keys.
fn text_prefixes(i: &mut CreateIndex, cx: &mut RuleCx) {
    let Some(table) = cx.catalog.table(&i.table) else {
        return;
    };
    let keys = table.def.key_columns();
    let mut prefixes = Vec::with_capacity(i.columns.len());
    let mut any = false;
    for c in &i.columns {
        let ExprKind::Column(parts) = &c.expr.kind else {
            prefixes.push(None);
            continue;
        };
        let Some(col) = parts.last().and_then(|p| table.column(&p.name)) else {
            prefixes.push(None);
            continue;
        };
        // The `types` rule made a TEXT column that is part of a key VARCHAR(255).
        let long = matches!(
            col.ty,
            DataType::Text | DataType::Varchar(None) | DataType::Bytea
        ) && !col.primary_key
            && !col.unique
            && !keys.contains(&col.name.name);
        if !long {
            prefixes.push(None);
            continue;
        }
        if i.unique {
            if cx.target.caps.unique_long_text {
                prefixes.push(None);
                continue;
            }
            cx.report(
                Code::UniqueTextIndex,
                c.expr.span,
                format!(
                    "`{}` is a TEXT column, which MySQL can make unique only by a prefix",
                    col.name.name
                ),
            );
            return;
        }
        any = true;
        prefixes.push(Some(PREFIX));
    }
    if any {
        cx.report(
            Code::TextIndexPrefix,
            i.span,
            format!("TEXT columns are indexed by their first {PREFIX} characters"),
        );
        i.prefixes = prefixes;
    }
}

fn skip(name: &str, why: &str) -> Stmt {
    Stmt::Skipped(one_line(&format!(
        "pgshift: skipped CREATE INDEX {name} ({why})"
    )))
}

/// PostgreSQL's name for an unnamed index: `table_col1_col2_idx`, each part
/// truncated so that the whole fits in 63 bytes, and numbered (`idx1`, `idx2`…)
/// when another relation has the name.
pub(crate) fn default_name(catalog: &Catalog, i: &CreateIndex) -> String {
    let table = i.table.base_name();
    let mut used: Vec<String> = Vec::new();
    let mut columns = String::new();
    let names = i
        .columns
        .iter()
        .map(|c| column_name(&c.expr))
        .chain(i.include.iter().map(|c| c.name.clone()));
    for base in names {
        // Repeated names are numbered: lower, lower1.
        let mut name = base.clone();
        let mut n = 0;
        while used.contains(&name) {
            n += 1;
            name = format!("{base}{n}");
        }
        if !columns.is_empty() {
            columns.push('_');
        }
        columns.push_str(&name);
        used.push(name);
        if columns.len() >= 64 {
            break;
        }
    }
    let taken = |name: &str| {
        catalog.tables.contains_key(name)
            || catalog.views.contains_key(name)
            || catalog.sequences.contains_key(name)
            || catalog.index(name).is_some()
    };
    let mut pass = 0;
    loop {
        let label = if pass == 0 {
            "idx".to_string()
        } else {
            format!("idx{pass}")
        };
        let name = make_name(&table, &columns, &label);
        if !taken(&name) || pass > 1000 {
            return name;
        }
        pass += 1;
    }
}

/// PostgreSQL's makeObjectName: `a_b_label`, shortening the longer of `a` and `b`
/// until the whole fits in 63 bytes.
fn make_name(a: &str, b: &str, label: &str) -> String {
    let avail = 63usize.saturating_sub(label.len() + 2);
    let (mut la, mut lb) = (a.len(), b.len());
    while la + lb > avail {
        if la > lb {
            la -= 1;
        } else {
            lb -= 1;
        }
    }
    format!("{}_{}_{label}", prefix_at(a, la), prefix_at(b, lb))
}

/// The longest prefix of `s` of at most `n` bytes that ends on a character boundary.
fn prefix_at(s: &str, n: usize) -> &str {
    let mut end = n.min(s.len());
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// The name PostgreSQL gives an index column: the column's, the function's, or `expr`.
fn column_name(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Column(parts) => parts.last().map(|p| p.name.clone()).unwrap_or_default(),
        ExprKind::Func(f) => f.name.base_name(),
        ExprKind::Nested(inner) => column_name(inner),
        ExprKind::PgCast { expr, .. } | ExprKind::Cast { expr, .. } => match &expr.kind {
            ExprKind::Column(_) | ExprKind::Func(_) | ExprKind::Nested(_) => column_name(expr),
            _ => "expr".to_string(),
        },
        ExprKind::Case { .. } => "case".to_string(),
        _ => "expr".to_string(),
    }
}
