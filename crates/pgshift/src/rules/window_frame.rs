//! Window frames: `ROWS`, `RANGE` and `GROUPS`.
//!
//! SQLite (3.28+) has all three. MySQL and MariaDB have no `GROUPS` frames: an
//! error (PGS0211), since no other unit counts peer groups.
//!
//! ```sql
//! -- input
//! SELECT sum(v) OVER (ORDER BY d GROUPS BETWEEN 1 PRECEDING AND CURRENT ROW) FROM t
//! -- output (SQLite): unchanged; (MySQL): error PGS0211
//! ```
//!
//! <https://dev.mysql.com/doc/refman/8.0/en/window-functions-frames.html>

use super::RuleCx;
use crate::diagnostics::Code;
use crate::ir::visit::{walk_stmt, VisitMut};
use crate::ir::{Expr, ExprKind, FrameUnits, Select, Stmt, Window, WindowSpec};
use crate::span::Span;

pub fn run(stmt: &mut Stmt, cx: &mut RuleCx) {
    if cx.target.caps.window_groups {
        return;
    }
    let mut v = Groups(Vec::new());
    walk_stmt(&mut v, stmt);
    for span in v.0 {
        cx.report(
            Code::WindowGroups,
            span,
            format!("{} has no GROUPS window frames", cx.target.name),
        );
    }
}

struct Groups(Vec<Span>);

fn groups(spec: &WindowSpec) -> bool {
    spec.frame
        .as_ref()
        .is_some_and(|f| f.units == FrameUnits::Groups)
}

impl VisitMut for Groups {
    fn expr(&mut self, e: &mut Expr) {
        if let ExprKind::Func(f) = &e.kind {
            if let Some(Window::Spec(spec)) = &f.over {
                if groups(spec) {
                    self.0.push(e.span);
                }
            }
        }
    }

    fn select(&mut self, s: &mut Select) {
        for (name, spec) in &s.windows {
            if groups(spec) {
                self.0.push(name.span);
            }
        }
    }
}
