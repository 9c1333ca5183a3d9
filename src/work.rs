//! The page's heavy computations as data: what it asks for, what comes back, and which of the
//! requests waiting is run next. The browser runs them in a worker (`crate::worker`), off the
//! thread that paints; where no worker runs, the page calls [`run`] itself. Either way the numbers
//! are those of the model's functions, bit for bit.

use crate::model::attribution::{attribute_material, MaterialAttribution};
use crate::model::uncertainty::{
    bands_of, headline_ranges, Bands, HeadlineRanges, DEFAULT_DRAWS, DEFAULT_SEED,
};
use crate::model::{Material, MaterialSeries, Measures, Params};
use serde::{Deserialize, Serialize};

/// What to compute for a scenario.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Job {
    /// The p10–p90 bands of one material's charts.
    Bands(Material),
    /// The likely ranges of every headline figure.
    Ranges,
    /// The same, for the scenario compared with it.
    CompareRanges,
    /// Which measure caused how much of one material's outcome.
    Attribution(Material),
    /// The bands of every material, for the CSV download.
    AllBands,
}

impl Job {
    /// Jobs of one kind share a slot: a newer request in a slot makes an older one still waiting
    /// pointless. Slots are run in this order: what the charts show first.
    fn slot(self) -> u8 {
        match self {
            Job::Bands(_) => 0,
            // A download the reader asked for and waits on.
            Job::AllBands => 1,
            Job::Ranges => 2,
            Job::Attribution(_) => 3,
            Job::CompareRanges => 4,
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
}

/// A request and its answer: the page keeps the answer while the request is for what it shows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Response {
    pub request: Request,
    pub answer: Answer,
}

/// Runs a request with the page's number of draws and seed.
pub fn run(request: Request) -> Response {
    let Request {
        job,
        measures,
        params,
    } = &request;
    let answer = match *job {
        Job::Bands(material) => {
            let bands = bands_of(measures, params, DEFAULT_DRAWS, DEFAULT_SEED, &[material]);
            Answer::Bands(MaterialBands::of(&bands, material))
        }
        Job::AllBands => {
            let all = bands_of(
                measures,
                params,
                DEFAULT_DRAWS,
                DEFAULT_SEED,
                &Material::ALL,
            );
            Answer::AllBands(
                Material::ALL
                    .into_iter()
                    .map(|material| MaterialBands::of(&all, material))
                    .collect(),
            )
        }
        Job::Ranges | Job::CompareRanges => Answer::Ranges(headline_ranges(
            measures,
            params,
            DEFAULT_DRAWS,
            DEFAULT_SEED,
        )),
        Job::Attribution(material) => {
            Answer::Attribution(attribute_material(measures, params, material))
        }
    };
    Response { request, answer }
}

/// Takes the request to run next from those waiting (in the order they came): requests with a
/// newer one of their kind behind them are dropped, and of the rest the one whose kind comes first
/// (bands, the download's bands, ranges, attribution, the compared scenario's ranges) is taken.
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
        let Answer::Bands(bands) = run(history(Job::Bands(Material::Photoresist))).answer else {
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
            run(history(Job::Ranges)).answer,
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
        let Answer::AllBands(all) = run(history(Job::AllBands)).answer else {
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
            Job::Bands(Material::Hf),
            Job::AllBands,
            Job::Ranges,
            Job::Attribution(Material::Polyimide),
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
        let asked = Request::of(Job::Ranges, &history.measures, &history.params);
        assert!(asked.is(Job::Ranges, &history.measures, &history.params));
        assert!(!asked.is(Job::CompareRanges, &history.measures, &history.params));
        assert!(!asked.is(Job::Ranges, &Measures::default(), &history.params));
        let mut params = history.params.clone();
        let view = &crate::model::params::all_params()[0];
        params.set(view.param, view.values.max);
        assert!(!asked.is(Job::Ranges, &history.measures, &params));
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
        let Answer::Bands(mut bands) = run(history(Job::Bands(Material::Hf))).answer else {
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
            tagged(Job::Ranges, 2),
            tagged(Job::Bands(Material::Hf), 3),
            tagged(Job::CompareRanges, 4),
            tagged(Job::Bands(Material::Polyimide), 5),
            tagged(Job::Ranges, 6),
        ];
        let mut order = Vec::new();
        while let Some(request) = next(&mut waiting) {
            order.push(request);
        }
        assert_eq!(
            order,
            vec![
                tagged(Job::Bands(Material::Polyimide), 5),
                tagged(Job::Ranges, 6),
                tagged(Job::Attribution(Material::Hf), 1),
                tagged(Job::CompareRanges, 4),
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
        waiting.push(request(Job::Bands(Material::Hf)));
        assert_eq!(next(&mut waiting), Some(request(Job::Bands(Material::Hf))));
        waiting.push(request(Job::CompareRanges));
        assert_eq!(
            next(&mut waiting),
            Some(request(Job::Attribution(Material::Hf)))
        );
        assert_eq!(next(&mut waiting), Some(request(Job::CompareRanges)));
    }
}
