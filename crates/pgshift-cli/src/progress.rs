//! The progress bar: on a terminal, in text mode, for inputs over a few MB.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;

/// Inputs smaller than this finish before a bar would help.
const THRESHOLD: u64 = 4 * 1024 * 1024;

/// A bar over `total` bytes (each input is read twice: planned, then
/// translated), or a hidden one.
pub fn bar(total: u64, wanted: bool) -> ProgressBar {
    if !wanted || total < THRESHOLD || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(total * 2), ProgressDrawTarget::stderr());
    if let Ok(style) = ProgressStyle::with_template(
        "{spinner} {msg} [{bar:40}] {bytes}/{total_bytes} ({bytes_per_sec}, {eta})",
    ) {
        bar.set_style(style.progress_chars("=> "));
    }
    bar
}
