//! The expression-depth bound of a statement, computed in one pass without recursion.
//!
//! Each open parenthesis (or bracket) starts a frame whose base is the parent's
//! base plus the operators the parent had seen when the parenthesis opened, plus
//! one. Within a frame, operators are counted since the frame opened or since the
//! last comma. The bound is the largest base plus count seen. The frame stack is
//! capped: past the cap the bound is already far beyond any useful limit, so extra
//! levels are only counted, which keeps memory constant on hostile input.

/// The most frames kept on the stack; deeper levels are only counted.
const MAX_FRAMES: usize = 1 << 16;

#[derive(Clone, Copy, Debug, Default)]
struct Frame {
    base: u32,
    count: u32,
}

/// Tracks parenthesis frames and the largest depth seen so far.
#[derive(Debug, Default)]
pub(super) struct Depth {
    stack: Vec<Frame>,
    current: Frame,
    uncounted_levels: u32,
    max: u32,
}

impl Depth {
    /// Starts a new statement, keeping the stack's allocation.
    pub(super) fn reset(&mut self) {
        self.stack.clear();
        self.current = Frame::default();
        self.uncounted_levels = 0;
        self.max = 0;
    }

    /// The bound for the statement scanned so far.
    pub(super) fn max(&self) -> u32 {
        self.max
    }

    /// Whether no parenthesis is open.
    pub(super) fn at_top(&self) -> bool {
        self.stack.is_empty() && self.uncounted_levels == 0
    }

    pub(super) fn open(&mut self) {
        let base = self
            .current
            .base
            .saturating_add(self.current.count)
            .saturating_add(1);
        if self.stack.len() < MAX_FRAMES {
            self.stack.push(self.current);
        } else {
            self.uncounted_levels = self.uncounted_levels.saturating_add(1);
        }
        self.current = Frame { base, count: 0 };
        self.max = self.max.max(base);
    }

    pub(super) fn close(&mut self) {
        if self.uncounted_levels > 0 {
            self.uncounted_levels -= 1;
        } else if let Some(parent) = self.stack.pop() {
            self.current = parent;
        }
    }

    pub(super) fn comma(&mut self) {
        self.current.count = 0;
    }

    /// Counts `levels` operators at the current level.
    pub(super) fn operator(&mut self, levels: u32) {
        self.current.count = self.current.count.saturating_add(levels);
        self.max = self
            .max
            .max(self.current.base.saturating_add(self.current.count));
    }
}
