//! Which kinds of expression a statement holds, and which functions it calls.
//!
//! Most rules rewrite only one kind of expression (a `LIKE`, a binary
//! operator, a call to `split_part`), yet each walks the whole statement to
//! find it. `rules::apply` takes a census of the statement in one walk and
//! skips a rule whose expressions the statement does not hold. A census is
//! exact for the statement it was taken of; `apply` takes a new one once a rule
//! has run, since a rule may add any expression.
//!
//! Function names are kept in a 64-bit filter: a name the census did not see
//! may still test as present (a skipped walk is lost, never a rewrite), but a
//! name it saw always tests as present.

use super::visit::{walk_stmt, VisitMut};
use super::{Expr, ExprKind, Stmt};

/// Kinds of expression (bits of [`kind`]) and the names of called functions.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Census {
    kinds: u64,
    calls: u64,
}

/// What a rule reads: the kinds of expression it rewrites, and the functions
/// it rewrites when it reads calls by name only.
#[derive(Clone, Copy, Debug)]
pub struct Reads {
    pub kinds: u64,
    pub calls: &'static [&'static str],
}

impl Census {
    /// The census of `stmt`, in one walk.
    pub fn of(stmt: &mut Stmt) -> Census {
        struct Count(Census);
        impl VisitMut for Count {
            fn expr(&mut self, e: &mut Expr) {
                self.0.kinds |= kind(&e.kind);
                if let ExprKind::Func(f) = &e.kind {
                    // A qualified or quoted name is not read by name: it counts as every name.
                    self.0.calls |= f.plain_name().map_or(u64::MAX, name_bit);
                }
            }
        }
        let mut count = Count(Census::default());
        walk_stmt(&mut count, stmt);
        count.0
    }

    /// Whether the statement may hold an expression that `reads` names.
    pub fn may_hold(&self, reads: &Reads) -> bool {
        self.kinds & reads.kinds != 0
            || reads
                .calls
                .iter()
                .any(|name| self.calls & name_bit(name) != 0)
    }
}

/// The filter bit of a function name (FNV-1a, folded to 6 bits).
fn name_bit(name: &str) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in name.bytes() {
        hash = (hash ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
    }
    1 << (hash % 64)
}

/// The census bit of an expression's kind. Every kind is listed, so a new
/// kind does not compile until it has its bit.
pub const fn kind(k: &ExprKind) -> u64 {
    let bit = match k {
        ExprKind::Column(_) => 0,
        ExprKind::Literal(_) => 1,
        ExprKind::Param(_) => 2,
        ExprKind::Binary { .. } => 3,
        ExprKind::Unary { .. } => 4,
        ExprKind::IsNull { .. } => 5,
        ExprKind::IsBool { .. } => 6,
        ExprKind::IsDistinctFrom { .. } => 7,
        ExprKind::Like { .. } => 8,
        ExprKind::InList { .. } => 9,
        ExprKind::InSubquery { .. } => 10,
        ExprKind::Between { .. } => 11,
        ExprKind::Exists { .. } => 12,
        ExprKind::Subquery(_) => 13,
        ExprKind::Cast { .. } => 14,
        ExprKind::PgCast { .. } => 15,
        ExprKind::Func(_) => 16,
        ExprKind::Case { .. } => 17,
        ExprKind::Nested(_) => 18,
        ExprKind::ValueFunction(_) => 19,
        ExprKind::Collate { .. } => 20,
        ExprKind::AnyAll { .. } => 21,
        ExprKind::Array(_) => 22,
        ExprKind::Interval(_) => 23,
        ExprKind::IntervalAmount { .. } => 24,
    };
    1 << bit
}

/// The bits of the kinds rules name in their [`Reads`].
pub mod kinds {
    pub const BINARY: u64 = 1 << 3;
    pub const LIKE: u64 = 1 << 8;
    pub const IN_LIST: u64 = 1 << 9;
    pub const BETWEEN: u64 = 1 << 11;
    pub const PG_CAST: u64 = 1 << 15;
    pub const FUNC: u64 = 1 << 16;
    pub const ANY_ALL: u64 = 1 << 21;
    pub const ARRAY: u64 = 1 << 22;
    pub const INTERVAL: u64 = 1 << 23;
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;
    use crate::ir::{BinOp, FuncCall, Literal};
    use crate::span::Span;

    #[test]
    fn the_named_bits_are_their_kinds() {
        let e = || Expr::new(ExprKind::Literal(Literal::Null), Span::default());
        let binary = ExprKind::Binary {
            op: BinOp::Plus,
            left: e().boxed(),
            right: e().boxed(),
        };
        assert_eq!(kind(&binary), kinds::BINARY);
        let call = ExprKind::Func(Box::new(FuncCall::simple("now", vec![], Span::default())));
        assert_eq!(kind(&call), kinds::FUNC);
        assert_eq!(kind(&ExprKind::Array(vec![])), kinds::ARRAY);
    }

    #[test]
    fn a_seen_name_always_tests_present() {
        let census = Census {
            kinds: 0,
            calls: name_bit("split_part"),
        };
        let reads = |calls| Reads { kinds: 0, calls };
        assert!(census.may_hold(&reads(&["initcap", "split_part"])));
        assert!(!Census::default().may_hold(&reads(&["split_part"])));
        assert!(!census.may_hold(&Reads {
            kinds: kinds::LIKE,
            calls: &[],
        }));
    }
}
