//! The page's side of `crate::work`: it asks for bands, ranges and attribution, and keeps what
//! comes back. The work runs in the page's worker when the page names one (the release build
//! does; see `scripts/post-build.mjs`), so that the thread that paints never waits for it. Without
//! one, or when the worker does not answer, the page runs the same requests itself, one per turn
//! of its event loop once the controls have rested.

use crate::model::attribution::MaterialAttribution;
use crate::model::checks::ChecksReport;
use crate::model::sensitivity::HeadlineSensitivity;
use crate::model::uncertainty::{Bands, HeadlineRanges};
use crate::work::{next, Answer, Job, MaterialBands, Queue, Request, Response};
use crate::worker::Computer as WorkerProgram;
use gloo::timers::callback::Timeout;
use gloo::worker::{Spawnable, WorkerBridge};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// How long the controls must rest before the page computes a request itself, in milliseconds.
const REST_MS: u32 = 100;

/// How long the controls must rest before a long job (sensitivity, the checks) is asked for, in
/// milliseconds: a slider being dragged would otherwise start one per step, each soon replaced.
const LONG_JOB_REST_MS: u32 = 300;

/// How long the page waits for the worker's first answer before it computes itself, in
/// milliseconds (the worker's program loads after the page's, on a slow phone in a few seconds).
const WORKER_WAIT_MS: u32 = 15_000;

/// The latest answer of each kind, with the request it answers.
#[derive(Clone, Default, PartialEq)]
pub struct Computed {
    pub bands: Option<(Request, Rc<Bands>)>,
    pub ranges: Option<(Request, Rc<HeadlineRanges>)>,
    pub compare_ranges: Option<(Request, Rc<HeadlineRanges>)>,
    pub attribution: Option<(Request, Rc<MaterialAttribution>)>,
    /// Every material's bands, for the CSV download.
    pub all_bands: Option<(Request, Rc<Bands>)>,
    pub sensitivity: Option<(Request, Rc<HeadlineSensitivity>)>,
    /// The model against the observed data, at the scenario's assumptions.
    pub checks: Option<(Request, Rc<ChecksReport>)>,
    /// How far the sensitivity request under way has come: runs made, out of how many.
    pub sensitivity_progress: Option<(Request, (usize, usize))>,
}

impl Reducible for Computed {
    type Action = Response;

    fn reduce(self: Rc<Self>, response: Response) -> Rc<Self> {
        let mut next = (*self).clone();
        let Response { request, answer } = response;
        match (request.job, answer) {
            (Job::Bands(..), Answer::Bands(bands)) => {
                if let Some(bands) = bands.into_bands() {
                    next.bands = Some((request, Rc::new(bands)));
                }
            }
            (Job::Ranges(_), Answer::Ranges(ranges)) => {
                next.ranges = Some((request, Rc::new(ranges)));
            }
            (Job::CompareRanges(_), Answer::Ranges(ranges)) => {
                next.compare_ranges = Some((request, Rc::new(ranges)));
            }
            (Job::Attribution(_), Answer::Attribution(attribution)) => {
                next.attribution = Some((request, Rc::new(attribution)));
            }
            (Job::Sensitivity(_), Answer::Sensitivity(result)) => {
                next.sensitivity_progress = None;
                next.sensitivity = Some((request, Rc::new(result)));
            }
            (Job::Sensitivity(_), Answer::Progress { done, of }) => {
                next.sensitivity_progress = Some((request, (done, of)));
            }
            (Job::Checks, Answer::Checks(report)) => {
                next.checks = Some((request, Rc::from(report)));
            }
            (Job::AllBands(_), Answer::AllBands(parts)) => {
                if let Some(bands) = MaterialBands::combine(parts) {
                    next.all_bands = Some((request, Rc::new(bands)));
                }
            }
            _ => return self,
        }
        Rc::new(next)
    }
}

/// Where requests go.
enum Runner {
    Worker {
        bridge: WorkerBridge<WorkerProgram>,
        /// Requests sent and not yet answered, the newest of each kind, to run here if the
        /// worker never answers.
        unanswered: Vec<Request>,
        answered: bool,
        watchdog: Option<Timeout>,
    },
    Here {
        /// Boxed: a sensitivity run under way holds two timelines.
        queue: Box<Queue>,
        timer: Option<Timeout>,
    },
}

/// Sends requests and delivers their responses to the page's [`Computed`].
#[derive(Clone)]
pub struct Computer {
    runner: Rc<RefCell<Runner>>,
    deliver: UseReducerDispatcher<Computed>,
    /// The long jobs waiting for the controls to rest: sensitivity, then the checks.
    resting: Rc<RefCell<[Option<Timeout>; 2]>>,
}

impl PartialEq for Computer {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.runner, &other.runner)
    }
}

/// The page names its worker's loader in `<meta name="chokepoint-worker" content="...">`.
fn worker_url() -> Option<String> {
    gloo::utils::document()
        .query_selector(r#"meta[name="chokepoint-worker"]"#)
        .ok()
        .flatten()
        .and_then(|meta| meta.get_attribute("content"))
        .filter(|url| !url.is_empty())
}

impl Computer {
    fn new(deliver: UseReducerDispatcher<Computed>) -> Self {
        let runner = Rc::new(RefCell::new(Runner::Here {
            queue: Box::default(),
            timer: None,
        }));
        let computer = Computer {
            runner,
            deliver,
            resting: Rc::default(),
        };
        if let Some(url) = worker_url() {
            let weak = Rc::downgrade(&computer.runner);
            let deliver = computer.deliver.clone();
            let bridge = WorkerProgram::spawner()
                .callback(move |response: Response| {
                    if let Some(runner) = weak.upgrade() {
                        if let Runner::Worker {
                            unanswered,
                            answered,
                            watchdog,
                            ..
                        } = &mut *runner.borrow_mut()
                        {
                            *answered = true;
                            *watchdog = None;
                            if !matches!(response.answer, Answer::Progress { .. }) {
                                unanswered.retain(|r| *r != response.request);
                            }
                        }
                    }
                    deliver.dispatch(response);
                })
                .spawn_with_loader(&url);
            *computer.runner.borrow_mut() = Runner::Worker {
                bridge,
                unanswered: Vec::new(),
                answered: false,
                watchdog: None,
            };
        }
        computer
    }

    /// Asks for a long job once the controls have rested; a newer one asked before then replaces
    /// it.
    pub fn ask_when_rested(&self, request: Request) {
        let slot = match request.job {
            crate::work::Job::Sensitivity(_) => 0,
            _ => 1,
        };
        let this = self.clone();
        let timer = Timeout::new(LONG_JOB_REST_MS, move || this.ask(request));
        self.resting.borrow_mut()[slot] = Some(timer);
    }

    /// Asks for a job; a newer request of its kind makes this one pointless, and it may never be
    /// answered.
    pub fn ask(&self, request: Request) {
        let mut runner = self.runner.borrow_mut();
        match &mut *runner {
            Runner::Worker {
                bridge,
                unanswered,
                answered,
                watchdog,
            } => {
                unanswered.push(request.clone());
                // Keep only the newest of each kind.
                let mut newest = std::mem::take(unanswered);
                while let Some(kept) = next(&mut newest) {
                    unanswered.push(kept);
                }
                bridge.send(request);
                if !*answered && watchdog.is_none() {
                    let this = self.clone();
                    *watchdog = Some(Timeout::new(WORKER_WAIT_MS, move || this.give_up()));
                }
            }
            Runner::Here { queue, .. } => {
                queue.push(request);
                drop(runner);
                self.run_here_later(REST_MS);
            }
        }
    }

    /// The worker did not answer in time: the page computes from now on, starting with what the
    /// worker was asked last.
    fn give_up(&self) {
        let waiting = {
            let mut runner = self.runner.borrow_mut();
            let Runner::Worker { unanswered, .. } = &mut *runner else {
                return;
            };
            let waiting = std::mem::take(unanswered);
            gloo::console::warn!("the page's worker did not answer; computing on the page");
            *runner = Runner::Here {
                queue: Box::default(),
                timer: None,
            };
            waiting
        };
        for request in waiting {
            self.ask(request);
        }
    }

    /// Runs the next request waiting after `delay_ms`, unless a run is already due; then the
    /// next, one per turn of the event loop so that the page paints and reads input between them.
    fn run_here_later(&self, delay_ms: u32) {
        let this = self.clone();
        let mut runner = self.runner.borrow_mut();
        if let Runner::Here { timer, .. } = &mut *runner {
            // A request arriving while the controls move restarts the wait.
            *timer = Some(Timeout::new(delay_ms, move || this.run_here()));
        }
    }

    fn run_here(&self) {
        let response = {
            let mut runner = self.runner.borrow_mut();
            let Runner::Here { queue, timer } = &mut *runner else {
                return;
            };
            *timer = None;
            queue.turn()
        };
        if let Some(response) = response {
            self.deliver.dispatch(response);
        }
        // A turn of a long job may have nothing to say; the queue goes on until it is idle.
        let more = matches!(&*self.runner.borrow(), Runner::Here { queue, .. } if !queue.is_idle());
        if more {
            self.run_here_later(0);
        }
    }
}

/// The page's computer and what it has computed so far.
#[hook]
pub fn use_computer() -> (Computer, UseReducerHandle<Computed>) {
    let computed = use_reducer(Computed::default);
    let deliver = computed.dispatcher();
    let computer = use_memo((), move |()| Computer::new(deliver));
    ((*computer).clone(), computed)
}
