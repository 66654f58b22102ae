//! The declared types of the columns a statement reads, from the catalog,
//! where the statement leaves no doubt about them.
//!
//! Rules that must know an operand's type (`date_arithmetic`, `interval`,
//! `integer_division`, `round`) ask it about a column reference, or about an
//! expression through [`ColumnTypes::type_of`]. It answers only when every table the statement reads is
//! a table the catalog knows: a CTE, a derived table or a table function could
//! name a column of its own, so their presence makes every answer unknown. An
//! unqualified name is answered when exactly one of the tables has a column of
//! that name, the only column PostgreSQL could resolve it to.

use crate::catalog::Catalog;
use crate::ir::visit::{walk_stmt, VisitMut};
use crate::ir::{
    BinOp, CreateTable, DataType, Expr, ExprKind, FromItem, FuncCall, Ident, IntWidth, Literal,
    Query, Select, Stmt, TableRef, UnOp,
};

pub struct ColumnTypes<'c> {
    /// Each table with the name the statement calls it by (its alias or its own).
    tables: Vec<(String, &'c CreateTable)>,
    /// False when the statement reads something that is not a known table.
    certain: bool,
}

impl<'c> ColumnTypes<'c> {
    pub fn of(stmt: &mut Stmt, catalog: &'c Catalog) -> ColumnTypes<'c> {
        let mut types = ColumnTypes {
            tables: Vec::new(),
            certain: true,
        };
        // With no tables known (a query translated without a schema) no column
        // has a known type, and the statement need not be walked.
        if catalog.tables.is_empty() {
            types.certain = false;
            return types;
        }
        match stmt {
            Stmt::Update(u) => {
                types.table(catalog, &u.table, u.alias.as_ref().map(|a| &a.name));
                types.from(catalog, &u.from);
            }
            Stmt::Delete(d) => {
                types.table(catalog, &d.table, d.alias.as_ref().map(|a| &a.name));
                types.from(catalog, &d.using);
            }
            _ => {}
        }
        struct Collect<'a, 'c>(&'a mut ColumnTypes<'c>, &'c Catalog);
        impl VisitMut for Collect<'_, '_> {
            fn query(&mut self, q: &mut Query) {
                if q.with.is_some() {
                    self.0.certain = false;
                }
            }
            fn select(&mut self, s: &mut Select) {
                self.0.from(self.1, &s.from);
            }
        }
        walk_stmt(&mut Collect(&mut types, catalog), stmt);
        types
    }

    fn from(&mut self, catalog: &'c Catalog, items: &[FromItem]) {
        for item in items {
            for relation in
                std::iter::once(&item.relation).chain(item.joins.iter().map(|j| &j.relation))
            {
                match relation {
                    TableRef::Table { name, alias } => {
                        self.table(catalog, name, alias.as_ref().map(|a| &a.name))
                    }
                    TableRef::Nested(inner) => self.from(catalog, std::slice::from_ref(&**inner)),
                    _ => self.certain = false,
                }
            }
        }
    }

    fn table(&mut self, catalog: &'c Catalog, name: &crate::ir::ObjectName, alias: Option<&Ident>) {
        match (catalog.table(name), name.base()) {
            (Some(t), Some(base)) => {
                let called = alias.unwrap_or(base).name.clone();
                self.tables.push((called, &t.def));
            }
            _ => self.certain = false,
        }
    }

    /// An expression's PostgreSQL type: its static type, or a column's declared
    /// one, also through parentheses, a sign and arithmetic (`-v`, `v * 2`).
    pub fn type_of(&self, e: &Expr) -> Option<DataType> {
        match &e.kind {
            ExprKind::Column(path) => self.get(path).cloned(),
            ExprKind::Nested(inner) => self.type_of(inner),
            ExprKind::Unary {
                op: UnOp::Minus | UnOp::Plus,
                expr,
            } => self.type_of(expr),
            ExprKind::Binary {
                op: BinOp::Plus | BinOp::Minus | BinOp::Multiply | BinOp::Divide | BinOp::Modulo,
                left,
                right,
            } => crate::ir::infer::numeric_result(self.type_of(left)?, self.type_of(right)?),
            ExprKind::Func(f) => self.call_type(f).or_else(|| e.static_type()),
            // CASE … THEN 1 ELSE 2.5 END is a numeric.
            ExprKind::Case { whens, else_, .. } => self
                .common_type(whens.iter().map(|(_, then)| then).chain(else_.as_deref()))
                .or_else(|| e.static_type()),
            _ => e.static_type(),
        }
    }

    /// The type of a call whose type follows its arguments', as PostgreSQL
    /// resolves it (checked with `pg_typeof` on PostgreSQL 15).
    fn call_type(&self, f: &FuncCall) -> Option<DataType> {
        let first = || self.type_of(f.args.first()?);
        let number = |t: DataType| t.is_number().then_some(t);
        let name = f.plain_name()?;
        match name {
            // The first argument's type, also as a window function: max(d) + 1 and
            // lag(d) OVER (…) + 1 are date arithmetic for a date d.
            "min" | "max" | "lag" | "lead" | "first_value" | "last_value" | "nth_value" => first(),
            _ if f.over.is_some() => None,
            // coalesce(f, a) with f a double and a an integer is a double;
            // coalesce(d, e) of two dates is a date.
            "coalesce" | "greatest" | "least" => self.common_type(f.args.iter()),
            "nullif" => first(),
            "abs" => number(first()?),
            // ceil, floor, round and trunc of an integer are doubles (float8 is the
            // preferred type it is cast to); of a numeric or a double, the same type.
            "ceil" | "ceiling" | "floor" | "round" | "trunc" => Some(match number(first()?)? {
                t if t.is_integer() => DataType::Double,
                t => t,
            }),
            // sum(int) is a bigint; sum(bigint) and sum(numeric) are numerics.
            "sum" => Some(match number(first()?)? {
                DataType::SmallInt
                | DataType::Integer
                | DataType::Serial(IntWidth::Small | IntWidth::Int) => DataType::BigInt,
                t if t.is_integer() => DataType::Numeric(None, None),
                t => t,
            }),
            // avg of an integer or numeric is a numeric; of a float, a double.
            "avg" => Some(match number(first()?)? {
                DataType::Real | DataType::Double => DataType::Double,
                _ => DataType::Numeric(None, None),
            }),
            _ => None,
        }
    }

    /// The common type of values whose types are all known, NULLs aside: the
    /// widest of numbers, or one type all share.
    fn common_type<'e>(&self, values: impl Iterator<Item = &'e Expr>) -> Option<DataType> {
        let mut common: Option<DataType> = None;
        for v in values {
            if matches!(v.kind, ExprKind::Literal(Literal::Null)) {
                continue;
            }
            let t = self.type_of(v)?;
            common = Some(match common {
                None => t,
                Some(c) if c == t => c,
                Some(c) => crate::ir::infer::numeric_result(c, t)?,
            });
        }
        common
    }

    /// The declared type of the column `path` (`c` or `t.c`), if certain.
    pub fn get(&self, path: &[Ident]) -> Option<&'c DataType> {
        if !self.certain {
            return None;
        }
        let column = |t: &'c CreateTable, name: &str| {
            t.columns
                .iter()
                .find(|c| c.name.name == name)
                .map(|c| &c.ty)
        };
        match path {
            [c] => {
                let mut found = self.tables.iter().filter_map(|(_, t)| column(t, &c.name));
                let first = found.next()?;
                found.next().is_none().then_some(first)
            }
            [q, c] => {
                let mut named = self.tables.iter().filter(|(called, _)| *called == q.name);
                let (_, t) = named.next()?;
                if named.next().is_some() {
                    return None;
                }
                column(t, &c.name)
            }
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{translate, Dialect};

    /// The MySQL translation of `statement` after a schema with a date column
    /// `a.d` and an integer column `b.d`.
    fn mysql(statement: &str) -> String {
        let script = format!(
            "CREATE TABLE a (id int, d date, n int);\nCREATE TABLE b (id int, d int);\n{statement}"
        );
        let out = translate(&script, Dialect::Mysql).map(|t| t.sql);
        let out = out.unwrap_or_else(|e| e.to_string());
        out.lines().nth(2).unwrap_or_default().to_string()
    }

    #[test]
    fn a_column_is_typed_only_where_the_statement_leaves_no_doubt() {
        // One table: its date column, by its own name or by the table's alias.
        assert_eq!(
            mysql("SELECT d + 1, t.d - t.n FROM a AS t"),
            "SELECT DATE_ADD(d, INTERVAL 1 DAY), DATE_SUB(t.d, INTERVAL t.n DAY) FROM a AS t;"
        );
        // Qualified names tell the two `d` apart; the bare name is ambiguous.
        assert_eq!(
            mysql("SELECT a.d + 1, b.d + 1, d + 1 FROM a JOIN b ON b.id = a.id"),
            "SELECT DATE_ADD(a.d, INTERVAL 1 DAY), b.d + 1, d + 1 FROM a JOIN b ON b.id = a.id;"
        );
        // A CTE, or a table the catalog does not know, could name its own `d`.
        assert_eq!(
            mysql("WITH c AS (SELECT 1 AS x) SELECT d + 1 FROM a, c"),
            "WITH c AS (SELECT 1 AS x) SELECT d + 1 FROM a, c;"
        );
        assert_eq!(
            mysql("SELECT d + 1 FROM a, elsewhere"),
            "SELECT d + 1 FROM a, elsewhere;"
        );
        // UPDATE's own table is read too.
        assert_eq!(
            mysql("UPDATE a SET d = d + n"),
            "UPDATE a SET d = DATE_ADD(d, INTERVAL n DAY);"
        );
    }
}
