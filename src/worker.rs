//! The worker side of `crate::work` (browser only): requests arrive as messages, wait in a queue,
//! and run one turn at a time, each after the messages that arrived meanwhile, so that a newer
//! request of a kind replaces an older one still waiting, and a long job makes way for short ones.

use crate::work::{Queue, Request, Response};
use gloo::timers::callback::Timeout;
use gloo::worker::{HandlerId, Registrable, Worker, WorkerScope};

/// Runs the page's requests (see [`crate::work::next`] for the order).
pub struct Computer {
    queue: Queue,
    /// The page's bridge, which every request comes from.
    page: Option<HandlerId>,
    /// The next turn, while one is due.
    turn: Option<Timeout>,
}

/// A turn of the worker's loop: run the next request waiting, or a share of a long job.
pub struct Turn;

impl Computer {
    /// Runs the next request after the messages already queued have arrived.
    fn schedule(&mut self, scope: &WorkerScope<Self>) {
        if self.turn.is_none() && !self.queue.is_idle() {
            let scope = scope.clone();
            self.turn = Some(Timeout::new(0, move || scope.send_message(Turn)));
        }
    }
}

impl Worker for Computer {
    type Message = Turn;
    type Input = Request;
    type Output = Response;

    fn create(_scope: &WorkerScope<Self>) -> Self {
        Computer {
            queue: Queue::default(),
            page: None,
            turn: None,
        }
    }

    fn update(&mut self, scope: &WorkerScope<Self>, _turn: Turn) {
        self.turn = None;
        if let (Some(response), Some(page)) = (self.queue.turn(), self.page) {
            scope.respond(page, response);
        }
        self.schedule(scope);
    }

    fn received(&mut self, scope: &WorkerScope<Self>, request: Request, id: HandlerId) {
        self.page = Some(id);
        self.queue.push(request);
        self.schedule(scope);
    }
}

/// Makes this worker answer the page.
pub fn register() {
    Computer::registrar().register();
}
