//! `--jobs N` for statements: the next statements read and lowered on worker
//! threads while the main thread applies the rules to the current one.
//!
//! A statement's rules read the schema that the statements before it built,
//! so they run on the main thread, in order. Reading a statement (sqlparser's
//! parse, which is most of the work on a script) and lowering it into the IR
//! depend on its text alone (`pgshift::Lowered`). The main thread reads pieces
//! ahead into a queue and hands them to a worker in batches; they come back
//! with their statements lowered. Pieces leave the queue from its front only, so everything after
//! them (the rules, COPY data, the output, the diagnostics) happens in input
//! order, exactly as with one thread. The queue holds at most a few batches
//! per worker and a few megabytes of text, so memory stays bounded whatever
//! the input's size.
//!
//! With no workers, a piece leaves the queue as soon as it enters it, and the
//! translator lowers its statement itself.

use crate::parallel::{take_front, Slot};
use pgshift::scan::OwnedPiece;
use pgshift::{Lowered, Options};
use std::collections::VecDeque;
use std::sync::mpsc::{self, SyncSender};
use std::sync::{Arc, Mutex};
use std::thread::Scope;

/// Batches in the queue per worker, at most.
const PER_WORKER: usize = 4;
/// A batch of pieces for a worker ends at this much text or this many pieces:
/// one hand-over per statement would cost more in waking threads than the
/// short statements of a script take to read.
const BATCH_BYTES: usize = 64 << 10;
const BATCH_LEN: usize = 64;
/// Text in the queue, in bytes, beyond which the main thread waits.
const MAX_BYTES: usize = 4 << 20;
/// The workers' stack: the main thread's size, as deep statements are read
/// there with one thread.
const STACK: usize = 8 << 20;

/// A piece that leaves the queue, and its statement lowered, if a worker did it.
pub struct Entry {
    pub piece: OwnedPiece,
    pub lowered: Option<Lowered>,
}

/// Pieces for a worker. Their texts go there and come back with them.
struct Job {
    pieces: Vec<OwnedPiece>,
    reply: SyncSender<Vec<Entry>>,
}

/// The pieces read ahead, in input order, and the workers that lower them.
pub struct Ahead {
    /// `None` with no workers.
    jobs: Option<SyncSender<Job>>,
    /// The pieces read since the last batch was sent.
    batch: Vec<OwnedPiece>,
    batch_bytes: usize,
    queue: VecDeque<Slot<Vec<Entry>>>,
    /// The entries of the batch at the front of the queue, once it came back.
    front: VecDeque<Entry>,
    limit: usize,
    /// The text of the pieces read and not yet taken.
    bytes: usize,
}

impl Ahead {
    /// A queue served by `workers` threads spawned in `scope` (none for 0).
    pub fn new<'scope, 'env: 'scope>(
        scope: &'scope Scope<'scope, 'env>,
        workers: usize,
        options: &'env Options,
    ) -> Ahead {
        let jobs = (workers > 0).then(|| {
            let (send, receive) = mpsc::sync_channel::<Job>(workers * PER_WORKER);
            let receive = Arc::new(Mutex::new(receive));
            for _ in 0..workers {
                let receive = Arc::clone(&receive);
                // A worker that cannot start is not needed: once none runs, the
                // channel is closed, and `send` hands the statements back.
                let _ = std::thread::Builder::new()
                    .name("pgshift-lower".into())
                    .stack_size(STACK)
                    .spawn_scoped(scope, move || loop {
                        // The lock is held only to take the next job.
                        let job = match receive.lock() {
                            Ok(guard) => guard.recv(),
                            Err(_) => return,
                        };
                        let Ok(Job { pieces, reply }) = job else {
                            return;
                        };
                        let entries = pieces
                            .into_iter()
                            .map(|piece| {
                                let lowered = Lowered::new(options, &piece.piece, &piece.text);
                                Entry { piece, lowered }
                            })
                            .collect();
                        // The receiver is gone only when the run stopped early.
                        let _ = reply.send(entries);
                    });
            }
            send
        });
        Ahead {
            jobs,
            batch: Vec::new(),
            batch_bytes: 0,
            queue: VecDeque::new(),
            front: VecDeque::new(),
            limit: workers.max(1) * PER_WORKER,
            bytes: 0,
        }
    }

    /// Puts a piece at the back of the queue. With workers, pieces go to them
    /// in batches; a worker lowers the statements and hands the other pieces
    /// (comments, COPY data) back as they are, in their place.
    pub fn push(&mut self, piece: OwnedPiece) {
        self.bytes += piece.text.len();
        if self.jobs.is_none() {
            self.queue.push_back(Slot::Ready(vec![Entry {
                piece,
                lowered: None,
            }]));
            return;
        }
        self.batch_bytes += piece.text.len();
        self.batch.push(piece);
        if self.batch_bytes >= BATCH_BYTES || self.batch.len() >= BATCH_LEN {
            self.send();
        }
    }

    /// Sends the batch being gathered to the workers.
    fn send(&mut self) {
        if self.batch.is_empty() {
            return;
        }
        let pieces = std::mem::take(&mut self.batch);
        self.batch_bytes = 0;
        let (reply, result) = mpsc::sync_channel(1);
        let pieces = match &self.jobs {
            Some(jobs) => match jobs.send(Job { pieces, reply }) {
                Ok(()) => {
                    self.queue.push_back(Slot::Pending(result));
                    return;
                }
                // No worker is left (one panicked): the main thread lowers them.
                Err(mpsc::SendError(job)) => job.pieces,
            },
            None => pieces,
        };
        let entries = pieces
            .into_iter()
            .map(|piece| Entry {
                piece,
                lowered: None,
            })
            .collect();
        self.queue.push_back(Slot::Ready(entries));
    }

    /// Whether the queue has room for another piece.
    fn has_room(&self) -> bool {
        self.queue.len() < self.limit && self.bytes < MAX_BYTES
    }

    /// The piece at the front of the queue, if it is ready; when the queue is
    /// full, or with `all`, it waits for it. `None` when the queue is empty,
    /// or its front is still being lowered and need not be waited for.
    pub fn next(&mut self, all: bool) -> Result<Option<Entry>, String> {
        let wait = all || !self.has_room();
        if self.front.is_empty() {
            if self.queue.is_empty() && wait {
                // The statements gathered so far are all that is left to wait for.
                self.send();
            }
            match take_front(&mut self.queue, wait) {
                Ok(Some(entries)) => self.front.extend(entries),
                Ok(None) => return Ok(None),
                Err(()) => {
                    return Err("a worker thread stopped while reading statements".to_string())
                }
            }
        }
        let Some(entry) = self.front.pop_front() else {
            return Ok(None);
        };
        self.bytes -= entry.piece.text.len();
        Ok(Some(entry))
    }
}
