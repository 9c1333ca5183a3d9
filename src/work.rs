//! The page's heavy computations as data: what it asks for, what comes back, and which of the
//! requests waiting is run next. The browser runs them in a worker (`crate::worker`), off the
//! thread that paints; where no worker runs, the page calls [`run`] itself. Either way the numbers
//! are those of the model's functions, bit for bit.

use crate::model::attribution::{attribute_material, MaterialAttribution};
use crate::model::checks::{report, ChecksReport};
use crate::model::sensitivity::{HeadlineSensitivity, HeadlineSensitivityRun, DEFAULT_SAMPLES};
pub use crate::model::uncertainty::BandKind;
use crate::model::uncertainty::{
    bands_of, calibrated_bands_of, calibrated_headline_ranges, calibration_weights,
    headline_ranges, Bands, HeadlineRanges, Weights, CALIBRATED_DRAWS, DEFAULT_DRAWS, DEFAULT_SEED,
};
use crate::model::{Material, MaterialSeries, Measures, Params};
use serde::{Deserialize, Serialize};

/// What to compute for a scenario.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Job {
    /// The p10–p90 bands of one material's charts.
    Bands(Material, BandKind),
    /// The likely ranges of every headline figure.
    Ranges(BandKind),
    /// The same, for the scenario compared with it.
    CompareRanges(BandKind),
    /// Which measure caused how much of one material's outcome.
    Attribution(Material),
    /// The bands of every material, for the CSV download.
    AllBands(BandKind),
    /// The model against every observation, under what happened, at the scenario's assumptions
    /// (its measures do not matter: ask with the default ones).
    Checks,
    /// Which parameters drive the uncertainty of one material's headline figures: their Sobol
    /// indices. A long job, run a few rows of its design per turn ([`Queue`]).
    Sensitivity(Material),
}

impl Job {
    /// Jobs of one kind share a slot: a newer request in a slot makes an older one still waiting
    /// pointless. Slots are run in this order: what the charts show first.
    fn slot(self) -> u8 {
        match self {
            Job::Bands(..) => 0,
            // A download the reader asked for and waits on.
            Job::AllBands(_) => 1,
            Job::Ranges(_) => 2,
            Job::Attribution(_) => 3,
            Job::CompareRanges(_) => 4,
            // The drivers chart is on the charts' screen; the checks lower down.
            Job::Sensitivity(_) => 5,
            Job::Checks => 6,
        }
    }
}

/// A job for a scenario: its measures and assumptions.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Request {
    pub job: Job,
    pub measures: Measures,
    pub params: Params,
}

impl Request {
    /// A job for the scenario with these measures and assumptions.
    pub fn of(job: Job, measures: &Measures, params: &Params) -> Request {
        Request {
            job,
            measures: measures.clone(),
            params: params.clone(),
        }
    }

    /// Whether this asks for `job` for these measures and assumptions.
    pub fn is(&self, job: Job, measures: &Measures, params: &Params) -> bool {
        self.job == job && self.measures == *measures && self.params == *params
    }
}

/// One material's bands, as they travel (the others are not computed).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MaterialBands {
    pub material: Material,
    pub draws: usize,
    pub seed: u64,
    /// [`MaterialSeries::data`] of the p10 and p90 series.
    pub p10: Vec<f64>,
    pub p90: Vec<f64>,
}

impl MaterialBands {
    fn of(bands: &Bands, material: Material) -> Self {
        MaterialBands {
            material,
            draws: bands.draws,
            seed: bands.seed,
            p10: bands.p10[material.index()].data().to_vec(),
            p90: bands.p90[material.index()].data().to_vec(),
        }
    }

    /// The bands as [`bands_of`] returns them for this material alone (the others at zero), or
    /// `None` if a series has the wrong length.
    pub fn into_bands(self) -> Option<Bands> {
        Self::combine(vec![self])
    }

    /// The bands of several materials as one [`Bands`] (a material not given at zero), or `None`
    /// if a series has the wrong length or nothing is given.
    pub fn combine(parts: Vec<MaterialBands>) -> Option<Bands> {
        let (draws, seed) = parts.first().map(|first| (first.draws, first.seed))?;
        let mut p10 = [
            MaterialSeries::zeros(),
            MaterialSeries::zeros(),
            MaterialSeries::zeros(),
        ];
        let mut p90 = p10.clone();
        for part in parts {
            let slot = part.material.index();
            p10[slot] = MaterialSeries::from_data(part.p10)?;
            p90[slot] = MaterialSeries::from_data(part.p90)?;
        }
        Some(Bands {
            draws,
            seed,
            p10,
            p90,
        })
    }
}

/// What a job returns.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Answer {
    Bands(MaterialBands),
    /// Every material's bands, in [`Material::ALL`] order.
    AllBands(Vec<MaterialBands>),
    Ranges(HeadlineRanges),
    Attribution(MaterialAttribution),
    Checks(Box<ChecksReport>),
    Sensitivity(HeadlineSensitivity),
    /// How far a long job has come: model runs made, out of how many.
    Progress {
        done: usize,
        of: usize,
    },
}

/// A request and its answer: the page keeps the answer while the request is for what it shows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Response {
    pub request: Request,
    pub answer: Answer,
}

/// Runs a request with the page's number of draws and seed.
pub fn run(request: Request) -> Response {
    run_with(request, &mut |params: &Params| {
        calibration_weights(params, CALIBRATED_DRAWS, DEFAULT_SEED)
    })
}

/// Runs a request, taking the calibration weights of a scenario's assumptions from `weights_of`
/// (they depend on the assumptions only, and a queue keeps the last ones).
fn run_with(request: Request, weights_of: &mut dyn FnMut(&Params) -> Weights) -> Response {
    let Request {
        job,
        measures,
        params,
    } = &request;
    let bands = |kind: BandKind,
                 materials: &[Material],
                 weights_of: &mut dyn FnMut(&Params) -> Weights| match kind {
        BandKind::Assumptions => bands_of(measures, params, DEFAULT_DRAWS, DEFAULT_SEED, materials),
        BandKind::Calibrated => {
            calibrated_bands_of(measures, params, &weights_of(params), materials)
        }
    };
    let answer = match *job {
        Job::Bands(material, kind) => Answer::Bands(MaterialBands::of(
            &bands(kind, &[material], weights_of),
            material,
        )),
        Job::AllBands(kind) => {
            let all = bands(kind, &Material::ALL, weights_of);
            Answer::AllBands(
                Material::ALL
                    .into_iter()
                    .map(|material| MaterialBands::of(&all, material))
                    .collect(),
            )
        }
        Job::Ranges(kind) | Job::CompareRanges(kind) => Answer::Ranges(match kind {
            BandKind::Assumptions => headline_ranges(measures, params, DEFAULT_DRAWS, DEFAULT_SEED),
            BandKind::Calibrated => {
                calibrated_headline_ranges(measures, params, &weights_of(params))
            }
        }),
        Job::Attribution(material) => {
            Answer::Attribution(attribute_material(measures, params, material))
        }
        Job::Checks => Answer::Checks(Box::new(report(params, weights_of(params)))),
        Job::Sensitivity(material) => {
            let mut run = sensitivity_run(&request, material, DEFAULT_SAMPLES);
            run.advance(DEFAULT_SAMPLES);
            Answer::Sensitivity(run.result())
        }
    };
    Response { request, answer }
}

fn sensitivity_run(request: &Request, material: Material, n: usize) -> HeadlineSensitivityRun {
    HeadlineSensitivityRun::new(
        &request.measures,
        &request.params,
        material,
        n,
        DEFAULT_SEED,
    )
}

/// Rows of a sensitivity design run per turn: each row is a few dozen pairs of runs, so a turn
/// takes some tens of milliseconds and newer requests wait no longer than that.
pub const SENSITIVITY_ROWS_PER_TURN: usize = 32;

/// The requests waiting and the long job under way, run one turn at a time.
pub struct Queue {
    waiting: Vec<Request>,
    running: Option<(Request, HeadlineSensitivityRun)>,
    /// Base sample size of the sensitivity designs.
    samples: usize,
    /// The calibration weights last computed, with the assumptions they are of.
    weights: Option<(Params, Weights)>,
    /// The last sensitivity job finished, with its answer.
    finished: Option<Response>,
    /// A long job reports its progress every this many turns (each report re-renders the page).
    progress_every: usize,
}

/// The page's queue reports a long job's progress every fourth turn: about eight times a job.
const PROGRESS_EVERY_TURNS: usize = 4;

impl Default for Queue {
    fn default() -> Self {
        Queue {
            progress_every: PROGRESS_EVERY_TURNS,
            ..Queue::with_samples(DEFAULT_SAMPLES)
        }
    }
}

impl Queue {
    /// A queue whose sensitivity designs have base size `samples` (the page's is
    /// [`DEFAULT_SAMPLES`]), reporting a long job's progress every turn.
    pub fn with_samples(samples: usize) -> Self {
        Queue {
            waiting: Vec::new(),
            running: None,
            samples,
            weights: None,
            finished: None,
            progress_every: 1,
        }
    }

    pub fn push(&mut self, request: Request) {
        self.waiting.push(request);
    }

    /// Whether nothing is waiting or under way.
    pub fn is_idle(&self) -> bool {
        self.waiting.is_empty() && self.running.is_none()
    }

    /// One turn of work: the next request waiting ([`next`]), or a share of the long job under
    /// way (the queue is not idle until it is done, even on a turn that returns nothing). A newer sensitivity request for another scenario or material replaces the one under
    /// way; the same one again leaves it going. Returns what the turn
    /// produced: an answer, or a long job's progress.
    pub fn turn(&mut self) -> Option<Response> {
        // A request waiting whose kind comes before the long job under way (or of its kind) goes
        // first; one whose kind comes after waits for it.
        let waiting_first = self.waiting.iter().map(|r| r.job.slot()).min();
        let running = self.running.as_ref().map(|(r, _)| r.job.slot());
        let from_waiting = match (waiting_first, running) {
            (Some(waiting), Some(running)) => waiting <= running,
            (waiting, _) => waiting.is_some(),
        };
        if from_waiting {
            let request = next(&mut self.waiting)?;
            let Job::Sensitivity(material) = request.job else {
                let cache = &mut self.weights;
                return Some(run_with(request, &mut |params: &Params| match cache {
                    Some((of, weights)) if of == params => weights.clone(),
                    _ => {
                        let weights = calibration_weights(params, CALIBRATED_DRAWS, DEFAULT_SEED);
                        *cache = Some((params.clone(), weights.clone()));
                        weights
                    }
                }));
            };
            // Asked again once done (the page went back to a scenario or material): the answer
            // kept.
            if let Some(done) = self
                .finished
                .as_ref()
                .filter(|done| done.request == request)
            {
                return Some(done.clone());
            }
            // The same request again (the page asked twice) goes on where it is.
            if self
                .running
                .as_ref()
                .is_none_or(|(under_way, _)| *under_way != request)
            {
                let started = sensitivity_run(&request, material, self.samples);
                self.running = Some((request, started));
            }
        }
        let (request, job) = self.running.as_mut()?;
        job.advance(SENSITIVITY_ROWS_PER_TURN);
        let answer = if job.is_done() {
            Answer::Sensitivity(job.result())
        } else {
            let (done, of) = job.progress();
            let turns = job.rows_done() / SENSITIVITY_ROWS_PER_TURN;
            if !turns.is_multiple_of(self.progress_every) {
                return None;
            }
            Answer::Progress { done, of }
        };
        let response = Response {
            request: request.clone(),
            answer,
        };
        if job.is_done() {
            self.running = None;
            self.finished = Some(response.clone());
        }
        Some(response)
    }
}

/// Takes the request to run next from those waiting (in the order they came): requests with a
/// newer one of their kind behind them are dropped, and of the rest the one whose kind comes first
/// (bands, the download's bands, ranges, attribution, the compared scenario's ranges, sensitivity,
/// checks) is taken.
pub fn next(waiting: &mut Vec<Request>) -> Option<Request> {
    let mut kept: Vec<Request> = Vec::with_capacity(waiting.len());
    for request in waiting.drain(..).rev() {
        if !kept
            .iter()
            .any(|later| later.job.slot() == request.job.slot())
        {
            kept.push(request);
        }
    }
    kept.reverse();
    let first = kept
        .iter()
        .enumerate()
        .min_by_key(|(_, request)| request.job.slot())
        .map(|(i, _)| i)?;
    let request = kept.remove(first);
    *waiting = kept;
    Some(request)
}

// Native only: bincode is a native test dependency (in the browser it comes with gloo-worker).
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::model::attribution::attribute_material;
    use crate::scenario::Preset;

    fn history(job: Job) -> Request {
        let scenario = Preset::History.scenario();
        Request {
            job,
            measures: scenario.measures,
            params: scenario.params,
        }
    }

    #[test]
    fn each_job_returns_what_the_model_functions_return() {
        let scenario = Preset::History.scenario();
        let (measures, params) = (&scenario.measures, &scenario.params);
        let Answer::Bands(bands) = run(history(Job::Bands(
            Material::Photoresist,
            BandKind::Assumptions,
        )))
        .answer
        else {
            panic!("bands expected");
        };
        assert_eq!(
            bands.into_bands(),
            Some(bands_of(
                measures,
                params,
                DEFAULT_DRAWS,
                DEFAULT_SEED,
                &[Material::Photoresist]
            ))
        );
        assert_eq!(
            run(history(Job::Ranges(BandKind::Assumptions))).answer,
            Answer::Ranges(headline_ranges(
                measures,
                params,
                DEFAULT_DRAWS,
                DEFAULT_SEED
            ))
        );
        assert_eq!(
            run(history(Job::Attribution(Material::Hf))).answer,
            Answer::Attribution(attribute_material(measures, params, Material::Hf))
        );
        let Answer::AllBands(all) = run(history(Job::AllBands(BandKind::Assumptions))).answer
        else {
            panic!("every material's bands expected");
        };
        assert_eq!(
            MaterialBands::combine(all),
            Some(crate::model::uncertainty::bands(
                measures,
                params,
                DEFAULT_DRAWS,
                DEFAULT_SEED
            ))
        );
        assert_eq!(MaterialBands::combine(Vec::new()), None);
    }

    #[test]
    fn a_response_reads_back_bit_for_bit_from_the_workers_encoding() {
        // The worker and the page exchange bincode (gloo-worker's codec): every f64 is its bits.
        for job in [
            Job::Bands(Material::Hf, BandKind::Assumptions),
            Job::AllBands(BandKind::Assumptions),
            Job::Ranges(BandKind::Assumptions),
            Job::Attribution(Material::Polyimide),
            Job::Bands(Material::Photoresist, BandKind::Calibrated),
            Job::Checks,
        ] {
            let mut request = history(job);
            // A value with no short decimal form.
            let view = &crate::model::params::all_params()[3];
            let value = view.values.min + (view.values.max - view.values.min) / 3.0;
            request.params.set(view.param, value);
            let response = run(request);
            let bytes = bincode::serialize(&response).unwrap();
            let read: Response = bincode::deserialize(&bytes).unwrap();
            assert_eq!(read, response);
            let bits = |r: &Response| bincode::serialize(r).unwrap();
            assert_eq!(bits(&read), bytes);
        }
    }

    #[test]
    fn a_request_is_for_its_job_measures_and_assumptions_only() {
        let history = Preset::History.scenario();
        let asked = Request::of(
            Job::Ranges(BandKind::Assumptions),
            &history.measures,
            &history.params,
        );
        assert!(asked.is(
            Job::Ranges(BandKind::Assumptions),
            &history.measures,
            &history.params
        ));
        assert!(!asked.is(
            Job::CompareRanges(BandKind::Assumptions),
            &history.measures,
            &history.params
        ));
        assert!(!asked.is(
            Job::Ranges(BandKind::Assumptions),
            &Measures::default(),
            &history.params
        ));
        let mut params = history.params.clone();
        let view = &crate::model::params::all_params()[0];
        params.set(view.param, view.values.max);
        assert!(!asked.is(
            Job::Ranges(BandKind::Assumptions),
            &history.measures,
            &params
        ));
    }

    #[test]
    fn params_of_another_length_are_refused() {
        let short: Vec<f64> = vec![1.0; 3];
        let bytes = bincode::serialize(&short).unwrap();
        let error = bincode::deserialize::<Params>(&bytes).unwrap_err();
        assert!(
            error.to_string().contains("one value per parameter"),
            "{error}"
        );
    }

    #[test]
    fn bands_of_the_wrong_length_are_refused() {
        let Answer::Bands(mut bands) =
            run(history(Job::Bands(Material::Hf, BandKind::Assumptions))).answer
        else {
            panic!("bands expected");
        };
        bands.p90.pop();
        assert_eq!(bands.into_bands(), None);
    }

    #[test]
    fn the_newest_request_of_each_kind_runs_and_bands_come_first() {
        // Requests told apart by the value of the first parameter.
        let view = &crate::model::params::all_params()[0];
        let tagged = |job: Job, tag: u32| {
            let mut scenario = Preset::Baseline.scenario();
            let value =
                view.values.min + (view.values.max - view.values.min) * f64::from(tag) / 10.0;
            scenario.params.set(view.param, value);
            Request {
                job,
                measures: scenario.measures,
                params: scenario.params,
            }
        };
        let mut waiting = vec![
            tagged(Job::Attribution(Material::Hf), 1),
            tagged(Job::Ranges(BandKind::Assumptions), 2),
            tagged(Job::Bands(Material::Hf, BandKind::Assumptions), 3),
            tagged(Job::CompareRanges(BandKind::Assumptions), 4),
            tagged(Job::Bands(Material::Polyimide, BandKind::Assumptions), 5),
            tagged(Job::Ranges(BandKind::Assumptions), 6),
        ];
        let mut order = Vec::new();
        while let Some(request) = next(&mut waiting) {
            order.push(request);
        }
        assert_eq!(
            order,
            vec![
                tagged(Job::Bands(Material::Polyimide, BandKind::Assumptions), 5),
                tagged(Job::Ranges(BandKind::Assumptions), 6),
                tagged(Job::Attribution(Material::Hf), 1),
                tagged(Job::CompareRanges(BandKind::Assumptions), 4),
            ]
        );
        assert!(waiting.is_empty());
        assert_eq!(next(&mut waiting), None);
    }

    #[test]
    fn a_request_arriving_later_waits_behind_the_kinds_before_it() {
        let request = |job| Request {
            job,
            measures: Measures::default(),
            params: Params::default(),
        };
        let mut waiting = vec![request(Job::Attribution(Material::Hf))];
        waiting.push(request(Job::Bands(Material::Hf, BandKind::Assumptions)));
        assert_eq!(
            next(&mut waiting),
            Some(request(Job::Bands(Material::Hf, BandKind::Assumptions)))
        );
        waiting.push(request(Job::CompareRanges(BandKind::Assumptions)));
        assert_eq!(
            next(&mut waiting),
            Some(request(Job::Attribution(Material::Hf)))
        );
        assert_eq!(
            next(&mut waiting),
            Some(request(Job::CompareRanges(BandKind::Assumptions)))
        );
    }

    #[test]
    fn the_queue_runs_sensitivity_in_turns_behind_newer_short_requests() {
        use crate::model::sensitivity::headline_sensitivity;
        let samples = 4 * SENSITIVITY_ROWS_PER_TURN;
        let mut queue = Queue::with_samples(samples);
        assert!(queue.is_idle());
        let sensitivity = history(Job::Sensitivity(Material::Photoresist));
        queue.push(sensitivity.clone());
        let mut progress = Vec::new();
        // Two turns of the long job, then a short request arrives and is answered next.
        for _ in 0..2 {
            let response = queue.turn().expect("a turn of work");
            assert_eq!(response.request, sensitivity);
            let Answer::Progress { done, of } = response.answer else {
                panic!("progress expected");
            };
            progress.push((done, of));
        }
        queue.push(history(Job::Ranges(BandKind::Assumptions)));
        let short = queue.turn().expect("the short request");
        assert_eq!(short.request.job, Job::Ranges(BandKind::Assumptions));
        let result = loop {
            let response = queue.turn().expect("the long job goes on");
            match &response.answer {
                Answer::Progress { done, of } => progress.push((*done, *of)),
                Answer::Sensitivity(result) => {
                    // The indices and their parameters' keys read back exactly from the worker's
                    // encoding.
                    let bytes = bincode::serialize(&response).unwrap();
                    assert_eq!(bincode::deserialize::<Response>(&bytes).unwrap(), response);
                    break result.clone();
                }
                other => panic!("unexpected {other:?}"),
            }
        };
        assert!(queue.is_idle() && queue.turn().is_none());
        let history = Preset::History.scenario();
        assert_eq!(
            result,
            headline_sensitivity(
                &history.measures,
                &history.params,
                Material::Photoresist,
                samples,
                DEFAULT_SEED
            )
        );
        let of = progress[0].1;
        assert_eq!(of, result.runs);
        assert_eq!(progress.len(), 3, "{progress:?}");
        assert!(progress.windows(2).all(|w| w[0].0 < w[1].0 && w[1].1 == of));
        assert!(progress.last().unwrap().0 < of);
    }

    #[test]
    fn calibrated_jobs_return_the_calibrated_functions_and_reuse_the_weights() {
        use crate::model::uncertainty::{calibrated_bands_of, calibrated_headline_ranges};
        let scenario = Preset::History.scenario();
        let (measures, params) = (&scenario.measures, &scenario.params);
        let weights = calibration_weights(params, CALIBRATED_DRAWS, DEFAULT_SEED);
        let mut queue = Queue::default();
        queue.push(history(Job::Bands(Material::Hf, BandKind::Calibrated)));
        let Answer::Bands(bands) = queue.turn().unwrap().answer else {
            panic!("bands expected");
        };
        assert_eq!(
            bands.into_bands(),
            Some(calibrated_bands_of(
                measures,
                params,
                &weights,
                &[Material::Hf]
            ))
        );
        let cached = queue.weights.clone().expect("the weights are kept");
        assert_eq!((&cached.0, &cached.1), (params, &weights));
        queue.push(history(Job::Ranges(BandKind::Calibrated)));
        assert_eq!(
            queue.turn().unwrap().answer,
            Answer::Ranges(calibrated_headline_ranges(measures, params, &weights))
        );
        // The checks are of the assumptions, whatever the measures asked with.
        let checks = Request::of(Job::Checks, &Measures::default(), params);
        let Answer::Checks(report) = run(checks).answer else {
            panic!("checks expected");
        };
        assert_eq!(*report, crate::model::checks::report(params, weights));
        // Calibrated and assumptions-only bands differ.
        let Answer::Bands(assumed) =
            run(history(Job::Bands(Material::Hf, BandKind::Assumptions))).answer
        else {
            panic!("bands expected");
        };
        assert_ne!(
            assumed.into_bands(),
            Some(calibrated_bands_of(
                measures,
                params,
                &calibration_weights(params, CALIBRATED_DRAWS, DEFAULT_SEED),
                &[Material::Hf]
            ))
        );
        assert_eq!(
            BandKind::from_id("assumptions"),
            Some(BandKind::Assumptions)
        );
        assert_eq!(BandKind::default(), BandKind::Calibrated);
    }

    #[test]
    fn the_checks_wait_for_the_sensitivity_under_way_and_a_finished_one_is_answered_at_once() {
        let mut queue = Queue::with_samples(2 * SENSITIVITY_ROWS_PER_TURN);
        let sensitivity = history(Job::Sensitivity(Material::Polyimide));
        queue.push(sensitivity.clone());
        assert!(matches!(
            queue.turn().unwrap().answer,
            Answer::Progress { .. }
        ));
        let checks = Request::of(Job::Checks, &Measures::default(), &Params::default());
        queue.push(checks.clone());
        // The long job goes on first; the checks come after it.
        let done = queue.turn().unwrap();
        assert!(matches!(done.answer, Answer::Sensitivity(_)));
        assert_eq!(queue.turn().unwrap().request, checks);
        assert!(queue.is_idle());
        // The same sensitivity again: its answer, at once.
        queue.push(sensitivity);
        assert_eq!(queue.turn(), Some(done));
        assert!(queue.is_idle());
    }

    #[test]
    fn the_page_s_queue_reports_progress_every_fourth_turn() {
        let mut queue = Queue {
            progress_every: PROGRESS_EVERY_TURNS,
            ..Queue::with_samples(9 * SENSITIVITY_ROWS_PER_TURN)
        };
        queue.push(history(Job::Sensitivity(Material::Polyimide)));
        let mut said = Vec::new();
        while !queue.is_idle() {
            said.push(
                queue
                    .turn()
                    .map(|r| matches!(r.answer, Answer::Progress { .. })),
            );
        }
        // Nine turns: progress after the fourth and the eighth, the indices after the ninth.
        let progress = Some(true);
        assert_eq!(
            said,
            vec![
                None,
                None,
                None,
                progress,
                None,
                None,
                None,
                progress,
                Some(false)
            ]
        );
    }

    #[test]
    fn the_same_sensitivity_request_again_does_not_start_over() {
        let mut queue = Queue::with_samples(4 * SENSITIVITY_ROWS_PER_TURN);
        let request = history(Job::Sensitivity(Material::Polyimide));
        queue.push(request.clone());
        let first = queue.turn().expect("a turn");
        queue.push(request.clone());
        let second = queue.turn().expect("a turn");
        let (Answer::Progress { done: one, .. }, Answer::Progress { done: two, .. }) =
            (first.answer, second.answer)
        else {
            panic!("progress expected");
        };
        assert_eq!(two, 2 * one);
    }

    #[test]
    fn a_newer_sensitivity_request_replaces_the_one_under_way() {
        let mut queue = Queue::with_samples(64);
        queue.push(history(Job::Sensitivity(Material::Hf)));
        assert!(queue.turn().is_some());
        let newer = history(Job::Sensitivity(Material::Polyimide));
        queue.push(newer.clone());
        let mut last = None;
        while let Some(response) = queue.turn() {
            assert_eq!(response.request, newer);
            last = Some(response.answer);
        }
        let Some(Answer::Sensitivity(result)) = last else {
            panic!("the newer request's indices expected");
        };
        assert_eq!(result.material, Material::Polyimide);
    }
}
