//! Text comparison in tables (`=`, `LIKE`, `ORDER BY`, keys on text columns).
//!
//! PostgreSQL compares text case-sensitively and counts trailing spaces. MySQL's
//! default collations are case- and accent-insensitive, so `name = 'penelope'`
//! would match 'PENELOPE': tables created for MySQL therefore get the binary
//! UTF-8 collation, `utf8mb4_bin`. That collation is PAD SPACE: it compares as
//! if trailing spaces were absent, so `name = 'a'` also finds 'a ', and a UNIQUE
//! key refuses 'a ' next to 'a'. Text and VARCHAR columns therefore get the
//! profile's NO PAD binary collation where it has one (MariaDB
//! `utf8mb4_nopad_bin`, MySQL 8 `utf8mb4_0900_bin`); the mysql profile, the
//! common ground of both, has none, and warns (PGS0136). CHAR(n) columns keep
//! the table's collation: PostgreSQL's `character(n)` ignores trailing spaces
//! too.
//!
//! ```sql
//! -- input
//! CREATE TABLE t (name TEXT, code CHAR(2))
//! -- output (MySQL, the mariadb profile)
//! CREATE TABLE t (name LONGTEXT COLLATE utf8mb4_nopad_bin, code CHAR(2))
//!   DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
//! -- output (MySQL, the mysql profile): the same without the column's
//! -- collation, and warning PGS0136
//! ```
//!
//! Fidelity: exact for equality, keys and LIKE on the mariadb, mysql8 and
//! planetscale profiles; approximate with a warning on the mysql profile
//! (trailing spaces). ORDER BY on text sorts by code point, as PostgreSQL does
//! under the C collation.
//! <https://dev.mysql.com/doc/refman/8.0/en/charset-binary-collations.html>,
//! <https://mariadb.com/kb/en/supported-character-sets-and-collations/>

use super::RuleCx;
use crate::diagnostics::Code;
use crate::ir::{DataType, Stmt};

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    let Stmt::CreateTable(t) = stmt else {
        return;
    };
    if !cx.target.caps.like_binary {
        return;
    }
    t.binary_collation = true;
    let mut padded = None;
    for c in &mut t.columns {
        // LONGTEXT, TEXT and VARCHAR(n) compare by the collation; CHAR(n), JSON
        // and the other types keep theirs.
        if !matches!(
            c.ty,
            DataType::LongText | DataType::Text | DataType::Varchar(_)
        ) {
            continue;
        }
        match cx.target.caps.no_pad_collation {
            Some(collation) => c.collation = Some(collation),
            None => {
                padded.get_or_insert((c.type_span, c.name.name.clone()));
            }
        }
    }
    if let Some((span, name)) = padded {
        cx.report(
            Code::TrailingSpaces,
            span,
            format!("column `{name}` (and any other text column of this table) compares as if trailing spaces were absent"),
        );
    }
}
