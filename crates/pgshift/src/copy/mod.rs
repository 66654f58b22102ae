//! `COPY t (cols) FROM stdin` and its data block: batched multi-row INSERTs.
//!
//! ```sql
//! -- input (pg_dump)
//! COPY public.t (id, flag, at) FROM stdin;   -- fields below are tab-separated
//! 1    t    2024-01-05 10:00:00+02
//! 2    f    \N
//! \.
//! -- output (both targets)
//! INSERT INTO t (id, flag, at) VALUES (1, TRUE, '2024-01-05 08:00:00'), (2, FALSE, NULL);
//! ```
//!
//! The data is the bulk of a dump, so it never goes through sqlparser or the
//! rules: each line is split and decoded (`text_format`), each value is read as
//! its column's PostgreSQL type from the catalog (`pgtext::coerce`, the same
//! reading `assignment_cast` gives quoted values), and the literals are printed
//! in INSERTs of at most `Caps::copy_batch_rows` rows (or `Options::copy_batch_rows`) and
//! `Caps::max_statement_bytes` bytes. A value PostgreSQL would reject, or that
//! the target cannot store, is an error pointing at its line.
//!
//! Fidelity: exact for the text format. CSV and binary formats, and COPY into a
//! table the catalog does not know, are errors.
//! <https://www.postgresql.org/docs/current/sql-copy.html>

mod text_format;

use crate::catalog::Catalog;
use crate::diagnostics::{Code, Diagnostic};
use crate::ir::{DataType, Expr, ExprKind, Ident, Literal, ObjectName};
use crate::lower::{Cx, Lower};
use crate::span::Span;
use crate::{emit, pgtext, Options, Statement};
use sqlparser::ast;

/// A `COPY … FROM stdin` header, waiting for its data block.
#[derive(Clone, Debug)]
pub struct Header {
    pub table: ObjectName,
    pub columns: Vec<Ident>,
}

/// Reads `COPY t [(cols)] FROM stdin` in the text format.
pub fn header(cx: &mut Cx, stmt: &ast::Statement) -> Lower<Header> {
    let ast::Statement::Copy {
        source: ast::CopySource::Table {
            table_name,
            columns,
        },
        to: false,
        target: ast::CopyTarget::Stdin,
        options,
        legacy_options,
        values,
    } = stmt
    else {
        return cx.unsupported(cx.whole(), "COPY other than `COPY table FROM stdin`");
    };
    let text_format = options
        .iter()
        .all(|o| matches!(o, ast::CopyOption::Format(f) if f.value.eq_ignore_ascii_case("text")))
        && legacy_options.is_empty()
        && values.is_empty();
    if !text_format {
        return cx.unsupported(
            cx.whole(),
            "COPY with options (CSV, binary, a custom delimiter or NULL string)",
        );
    }
    Ok(Header {
        table: cx.object_name(table_name)?,
        columns: columns.iter().map(|c| cx.ident(c)).collect(),
    })
}

/// The column types of the COPY, from the catalog.
fn column_types(
    header: &Header,
    catalog: &Catalog,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<(Vec<Ident>, Vec<DataType>)> {
    let Some(table) = catalog.table(&header.table) else {
        diagnostics.push(Diagnostic::new(
            Code::CopyUnknownTable,
            header.table.span,
            format!(
                "COPY into `{}`, which the script has not created: the column types are unknown",
                crate::catalog::key(&header.table)
            ),
        ));
        return None;
    };
    let columns: Vec<Ident> = if header.columns.is_empty() {
        table.def.columns.iter().map(|c| c.name.clone()).collect()
    } else {
        header.columns.clone()
    };
    let mut types = Vec::with_capacity(columns.len());
    for c in &columns {
        let Some(col) = table.column(&c.name) else {
            diagnostics.push(Diagnostic::new(
                Code::CopyUnknownTable,
                c.span,
                format!("the table has no column `{}`", c.name),
            ));
            return None;
        };
        types.push(resolve(&col.ty, catalog));
    }
    Some((columns, types))
}

/// A domain's base type; other types as they are.
fn resolve(ty: &DataType, catalog: &Catalog) -> DataType {
    match ty {
        DataType::Named(name) => catalog
            .domain(name)
            .map_or_else(|| ty.clone(), |d| d.base.clone()),
        other => other.clone(),
    }
}

/// Converts the data block `block` (starting at byte `offset` of the input)
/// into INSERT statements.
///
/// Each line is split, decoded and coerced field by field and its values are
/// printed straight into the statement being built (`emit::ValuesInsert`),
/// with no per-field allocation for fields without escapes and no IR. A line
/// that fails is dropped from the statement, and `row` (the plain reading
/// that decodes the whole line first) gives its error, so that the message
/// is the one a whole-line reading gives.
pub fn data(
    header: &Header,
    block: &str,
    offset: usize,
    options: &Options,
    catalog: &Catalog,
    diagnostics: &mut Vec<Diagnostic>,
    out: &mut Vec<Statement>,
) {
    let Some((columns, types)) = column_types(header, catalog, diagnostics) else {
        return;
    };
    let caps = &options.target.caps;
    let batch_rows = options.copy_batch_rows.unwrap_or(caps.copy_batch_rows);
    let table = target_name(&header.table);
    let mut insert = emit::ValuesInsert::new(&table, &columns, options.target);
    let mut scratch = Vec::new();
    let mut batch_bytes = 0usize;
    let mut batch_start = offset;
    let mut at = offset;
    let mut errors = 0usize;
    for line in block.split_inclusive('\n') {
        let start = at;
        at += line.len();
        let text = line.strip_suffix('\n').unwrap_or(line);
        let text = text.strip_suffix('\r').unwrap_or(text);
        if text == "\\." {
            break;
        }
        let span = Span::new(start, start + text.len());
        insert.begin_row();
        match print_row(&mut insert, text, &types, &mut scratch) {
            Ok(()) => {
                insert.end_row();
                if insert.rows() == 1 {
                    batch_start = start;
                }
                batch_bytes += text.len() + 8;
            }
            Err(fast) => {
                insert.abandon_row();
                errors += 1;
                // One error per line, and at most a screenful per block.
                if errors <= 20 {
                    let why = row(text, &types, span).err().unwrap_or(fast);
                    diagnostics.push(Diagnostic::new(Code::ColumnValue, span, why));
                }
                continue;
            }
        }
        if insert.rows() >= batch_rows || batch_bytes >= caps.max_statement_bytes / 2 {
            flush(&mut insert, batch_start, at, out);
            batch_bytes = 0;
        }
    }
    if errors > 20 {
        diagnostics.push(Diagnostic::new(
            Code::ColumnValue,
            Span::new(offset, at),
            format!(
                "{} more rows of this COPY block have invalid values",
                errors - 20
            ),
        ));
    }
    flush(&mut insert, batch_start, at, out);
}

/// Prints one line's values into the open row of `insert`.
fn print_row(
    insert: &mut emit::ValuesInsert,
    text: &str,
    types: &[DataType],
    scratch: &mut Vec<u8>,
) -> Result<(), String> {
    // Fields are found by a byte scan for tabs; a tab is ASCII, so every
    // boundary is a char boundary.
    let bytes = text.as_bytes();
    let mut pos = 0;
    for ty in types {
        if pos > bytes.len() {
            return Err("too few fields".into());
        }
        let end = bytes[pos..]
            .iter()
            .position(|&b| b == b'\t')
            .map_or(bytes.len(), |i| pos + i);
        let raw = text.get(pos..end).unwrap_or("");
        pos = end + 1;
        match text_format::field_in(raw, scratch)? {
            None => insert.literal(&Literal::Null),
            Some(s) => match pgtext::coerce(s, ty)? {
                Some(lit) => insert.literal(&lit),
                None => insert.string(s),
            },
        }
    }
    if pos <= bytes.len() {
        return Err("too many fields".into());
    }
    Ok(())
}

/// `public.t` is `t` on both targets; other schemas stay for the emitter's rules.
fn target_name(name: &ObjectName) -> ObjectName {
    match name.parts.as_slice() {
        [schema, base] if schema.name == "public" => ObjectName {
            parts: vec![base.clone()],
            span: name.span,
        },
        _ => name.clone(),
    }
}

/// One line read whole, as IR literals: the reference reading, used for the
/// error message of a line the fast path refused.
fn row(text: &str, types: &[DataType], span: Span) -> Result<Vec<Expr>, String> {
    let fields = text_format::fields(text)?;
    if fields.len() != types.len() {
        return Err(format!(
            "the line has {} fields, the COPY names {} columns",
            fields.len(),
            types.len()
        ));
    }
    fields
        .into_iter()
        .zip(types)
        .map(|(field, ty)| {
            let lit = match field {
                None => Literal::Null,
                Some(s) => match pgtext::coerce(&s, ty)? {
                    Some(lit) => lit,
                    None => Literal::String(s),
                },
            };
            Ok(Expr {
                kind: ExprKind::Literal(lit),
                span,
            })
        })
        .collect()
}

fn flush(insert: &mut emit::ValuesInsert, start: usize, end: usize, out: &mut Vec<Statement>) {
    if let Some(emitted) = insert.take() {
        out.push(Statement {
            sql: emitted.sql,
            params: emitted.params,
            span: Span::new(start, end),
            returns_rows: false,
        });
    }
}
