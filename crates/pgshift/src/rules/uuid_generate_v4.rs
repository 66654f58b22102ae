//! uuid-ossp's `uuid_generate_v4()`.
//!
//! ```sql
//! -- input
//! SELECT uuid_generate_v4()
//! -- output: the same as gen_random_uuid(), which the `gen_random_uuid` rule translates
//! ```
//!
//! Both return a random version-4 UUID; this rule renames the call before the
//! `functions` table is read, so that `gen_random_uuid` handles both alike.
//!
//! Fidelity: as `gen_random_uuid`. <https://www.postgresql.org/docs/current/uuid-ossp.html>

use super::RuleCx;
use crate::ir::{ExprKind, Stmt};

pub fn run(stmt: &mut Stmt, _cx: &mut RuleCx) {
    super::each_expr(stmt, |e| {
        if let ExprKind::Func(f) = &mut e.kind {
            if f.plain_name() == Some("uuid_generate_v4") && f.args.is_empty() {
                // uuid_generate_v4() → gen_random_uuid().
                if let Some(last) = f.name.parts.last_mut() {
                    last.name = "gen_random_uuid".to_string();
                }
                if f.name.parts.len() > 1 {
                    f.name.parts.drain(..f.name.parts.len() - 1);
                }
            }
        }
    });
}
