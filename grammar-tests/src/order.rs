//! Deciding whether a PostgreSQL statement's rows come in a defined order.

use sqlparser::ast::{Query, SetExpr, Statement};
use sqlparser::dialect::PostgreSqlDialect;
use sqlparser::parser::Parser;

/// True when the outermost query of `sql` has an ORDER BY. A statement that does
/// not parse, or is not a query, counts as unordered.
pub fn has_top_level_order_by(sql: &str) -> bool {
    match Parser::parse_sql(&PostgreSqlDialect {}, sql) {
        Ok(statements) => match statements.as_slice() {
            [Statement::Query(query)] => query_is_ordered(query),
            _ => false,
        },
        Err(_) => false,
    }
}

fn query_is_ordered(query: &Query) -> bool {
    if query.order_by.is_some() {
        return true;
    }
    match query.body.as_ref() {
        SetExpr::Query(inner) => query_is_ordered(inner),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn top_level_order_by_counts() {
        assert!(has_top_level_order_by("SELECT a FROM t ORDER BY a;"));
        assert!(has_top_level_order_by(
            "SELECT a FROM t UNION SELECT b FROM u ORDER BY 1"
        ));
        assert!(has_top_level_order_by("(SELECT a FROM t ORDER BY a)"));
        assert!(has_top_level_order_by(
            "-- lead\nSELECT a FROM t ORDER BY a DESC LIMIT 3"
        ));
    }

    #[test]
    fn nested_or_missing_order_by_does_not() {
        assert!(!has_top_level_order_by("SELECT a FROM t"));
        assert!(!has_top_level_order_by(
            "SELECT a FROM (SELECT a FROM t ORDER BY a) s"
        ));
        assert!(!has_top_level_order_by(
            "SELECT array_agg(a ORDER BY a) FROM t"
        ));
        assert!(!has_top_level_order_by(
            "INSERT INTO t VALUES (1) RETURNING a"
        ));
        assert!(!has_top_level_order_by("SELEC 1"));
    }
}
