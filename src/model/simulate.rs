//! The monthly simulation of the three materials under a schedule of measures.
//!
//! Each month is split into four steps, and further at every date a measure changes, so a measure
//! taking effect on 4 July acts from 4 July. Each step does, per
//! material: licence pipeline, expectations and substitution targets, qualification delays and
//! capacity ramps, purchasing and allocation over sources, inventory and shortfall, lead time.
//! The equations are written out for a policy reader in docs/MODEL.md.

use super::climate::{climate_from_states, expected_duration_months};
use super::licensing::{friction, Review};
use super::measures::{
    Dialogue, Gsomia, KoreaWhiteList, LicensingRegime, Material, MeasureState, Measures, Programme,
    Schedule, WhiteListGroup, WtoCase,
};
use super::params::{Params, G, M};
use super::time::{month_starts, DAYS_PER_MONTH, MONTHS, WEEKS_PER_MONTH};
use serde::ser::{Serialize, SerializeMap, Serializer};

/// A monthly output of the model, per material.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Output {
    /// Korean demand, tonnes in the month.
    DemandT,
    /// Japan's exports to Korea, tonnes in the month.
    JpExportsT,
    /// Supply from third countries (China, Taiwan, Belgium, the US), tonnes in the month.
    ThirdCountryT,
    /// Supply from Korean producers beyond their 2018 level, tonnes in the month.
    DomesticT,
    /// Korean inventory at the end of the month, in weeks of that month's demand.
    InventoryWeeks,
    /// Demand that could not be met, tonnes in the month.
    ShortfallT,
    /// Days from order to delivery for a Korean buyer, averaged over the sources taking orders.
    LeadTimeDays,
    /// Japan's share of Korea's imports (Japan plus third countries), by volume.
    JpShareOfImports,
    /// Japan's exports to Korea, US dollars in the month.
    JpExportsUsd,
    /// Korean inventory at the end of the month, tonnes.
    InventoryT,
    /// Expected wait for a licence on a new contract for the controlled grade, days (0 under bulk).
    LicenceWaitDays,
}

impl Output {
    /// Every output, in the column order of the command line's CSV (the last two are extra).
    pub const ALL: [Output; 11] = [
        Output::DemandT,
        Output::JpExportsT,
        Output::ThirdCountryT,
        Output::DomesticT,
        Output::InventoryWeeks,
        Output::ShortfallT,
        Output::LeadTimeDays,
        Output::JpShareOfImports,
        Output::JpExportsUsd,
        Output::InventoryT,
        Output::LicenceWaitDays,
    ];
    /// The outputs the issue-level CSV lists, in order.
    pub const CSV: [Output; 9] = [
        Output::DemandT,
        Output::JpExportsT,
        Output::ThirdCountryT,
        Output::DomesticT,
        Output::InventoryWeeks,
        Output::ShortfallT,
        Output::LeadTimeDays,
        Output::JpShareOfImports,
        Output::JpExportsUsd,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Output::DemandT => "demand_t",
            Output::JpExportsT => "jp_exports_t",
            Output::ThirdCountryT => "third_country_t",
            Output::DomesticT => "domestic_t",
            Output::InventoryWeeks => "inventory_weeks",
            Output::ShortfallT => "shortfall_t",
            Output::LeadTimeDays => "lead_time_days",
            Output::JpShareOfImports => "jp_share_of_imports",
            Output::JpExportsUsd => "jp_exports_usd",
            Output::InventoryT => "inventory_t",
            Output::LicenceWaitDays => "licence_wait_days",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Output::DemandT => "Korean demand",
            Output::JpExportsT => "Japan's exports to Korea",
            Output::ThirdCountryT => "Third-country supply",
            Output::DomesticT => "Korean producers",
            Output::InventoryWeeks => "Inventory cover",
            Output::ShortfallT => "Shortfall",
            Output::LeadTimeDays => "Lead time",
            Output::JpShareOfImports => "Japan's share of imports",
            Output::JpExportsUsd => "Japan's exports to Korea (value)",
            Output::InventoryT => "Inventory",
            Output::LicenceWaitDays => "Licence wait",
        }
    }

    pub fn unit(self) -> &'static str {
        match self {
            Output::DemandT
            | Output::JpExportsT
            | Output::ThirdCountryT
            | Output::DomesticT
            | Output::ShortfallT
            | Output::InventoryT => "t",
            Output::InventoryWeeks => "weeks",
            Output::LeadTimeDays | Output::LicenceWaitDays => "days",
            Output::JpShareOfImports => "share",
            Output::JpExportsUsd => "USD",
        }
    }

    fn slot(self) -> usize {
        self as usize
    }
}

const OUTPUTS: usize = Output::ALL.len();

/// Monthly values of every output for one material.
#[derive(Clone, Debug, PartialEq)]
pub struct MaterialSeries {
    data: Vec<f64>,
}

impl MaterialSeries {
    pub fn zeros() -> Self {
        MaterialSeries {
            data: vec![0.0; OUTPUTS * MONTHS],
        }
    }

    pub fn get(&self, output: Output) -> &[f64] {
        &self.data[output.slot() * MONTHS..(output.slot() + 1) * MONTHS]
    }

    pub fn get_mut(&mut self, output: Output) -> &mut [f64] {
        &mut self.data[output.slot() * MONTHS..(output.slot() + 1) * MONTHS]
    }
}

impl Serialize for MaterialSeries {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(OUTPUTS))?;
        for output in Output::ALL {
            map.serialize_entry(output.id(), self.get(output))?;
        }
        map.end()
    }
}

/// The outcome of one deterministic run.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Run {
    /// Per material, indexed by [`Material::index`].
    pub materials: [MaterialSeries; 3],
    /// Monthly mean of the diplomatic-climate index.
    pub climate_index: Vec<f64>,
}

impl Run {
    pub fn material(&self, material: Material) -> &MaterialSeries {
        &self.materials[material.index()]
    }
}

/// One step of the simulation grid and the measures in force during it.
#[derive(Clone, Debug)]
struct Step {
    start_day: f64,
    days: f64,
    /// Length in months of 30.44 days.
    months: f64,
    /// Index of `months` among the grid's distinct step lengths (see [`ExpTable`]).
    length_class: usize,
    /// Days from the previous step's middle to this one's, and its index among the distinct gaps.
    growth_gap: f64,
    growth_class: usize,
    month: usize,
    regimes: [LicensingRegime; 3],
    localization: bool,
    diversification: bool,
    wto_case: WtoCase,
    gsomia: Gsomia,
    korea_white_list: KoreaWhiteList,
    dialogue: Dialogue,
    /// Diplomatic-climate index, from the states above and the climate parameters.
    climate: f64,
    /// Weeks of Japanese supply pulled forward in this step, per material.
    rush_weeks: [f64; 3],
}

/// The simulation grid for one schedule of measures: shared by the three materials. The grid and
/// the states in force depend on the measures only; the climate and the precautionary buying also
/// depend on the parameters, and are refreshed by [`Timeline::set_params`] for each Monte Carlo draw.
#[derive(Clone, Debug)]
pub struct Timeline {
    steps: Vec<Step>,
    /// Restrictions that raise friction: (effect day, friction added), per material.
    rises: [Vec<(f64, f64)>; 3],
}

/// The regime that applies under a white-list group: a bulk licence is not available to a Group B
/// destination, so it becomes a special bulk licence.
fn with_white_list(regime: LicensingRegime, group: WhiteListGroup) -> LicensingRegime {
    match (regime, group) {
        (LicensingRegime::Bulk, WhiteListGroup::B) => LicensingRegime::SpecialBulk,
        _ => regime,
    }
}

fn effective_regime(measures: &Measures, material: Material, day: u32) -> LicensingRegime {
    with_white_list(
        measures.licensing[material.index()].state_on(day),
        measures.white_list.state_on(day),
    )
}

/// Walks a schedule forward day by day without recomputing dates: the grid visits days in order.
struct Cursor<S> {
    changes: Vec<(u32, S)>,
    next: usize,
    current: S,
}

impl<S: MeasureState> Cursor<S> {
    fn new(schedule: &Schedule<S>) -> Self {
        Cursor {
            changes: schedule
                .changes()
                .iter()
                .map(|c| (c.from.day_index(), c.state))
                .collect(),
            next: 0,
            current: S::default(),
        }
    }

    fn at(&mut self, day: u32) -> S {
        while let Some(&(from, state)) = self.changes.get(self.next) {
            if from > day {
                break;
            }
            self.current = state;
            self.next += 1;
        }
        self.current
    }
}

/// Index of `value` in `classes`, added if new.
fn class_of(classes: &mut Vec<f64>, value: f64) -> usize {
    classes.iter().position(|c| *c == value).unwrap_or_else(|| {
        classes.push(value);
        classes.len() - 1
    })
}

/// Days on which a material's effective regime becomes stricter, with the friction added.
fn friction_rises(measures: &Measures, material: Material) -> Vec<(f64, f64)> {
    let mut days: Vec<u32> = measures.licensing[material.index()]
        .changes()
        .iter()
        .map(|c| c.from.day_index())
        .chain(
            measures
                .white_list
                .changes()
                .iter()
                .map(|c| c.from.day_index()),
        )
        .filter(|day| *day > 0)
        .collect();
    days.sort_unstable();
    days.dedup();
    days.into_iter()
        .filter_map(|day| {
            let before = friction(effective_regime(measures, material, day - 1));
            let after = friction(effective_regime(measures, material, day));
            (after > before).then_some((f64::from(day), after - before))
        })
        .collect()
}

impl Timeline {
    pub fn new(measures: &Measures, params: &Params) -> Timeline {
        const STARTS: [u32; MONTHS + 1] = month_starts();
        let starts = &STARTS;
        // Quarter-month boundaries merged with the (sorted) days on which measures change.
        let changes = measures.change_days();
        let mut changes = changes.iter().map(|day| f64::from(*day)).peekable();
        let mut bounds: Vec<f64> = Vec::with_capacity(MONTHS * 4 + 32);
        for month in 0..MONTHS {
            let start = f64::from(starts[month]);
            let length = f64::from(starts[month + 1] - starts[month]);
            for quarter in 0..4 {
                let bound = start + length * f64::from(quarter) / 4.0;
                while let Some(change) = changes.next_if(|change| *change < bound - 1e-9) {
                    bounds.push(change);
                }
                changes.next_if(|change| (*change - bound).abs() <= 1e-9);
                bounds.push(bound);
            }
        }
        bounds.extend(changes);
        bounds.push(f64::from(starts[MONTHS]));

        let mut licensing = [
            Cursor::new(&measures.licensing[0]),
            Cursor::new(&measures.licensing[1]),
            Cursor::new(&measures.licensing[2]),
        ];
        let mut white_list = Cursor::new(&measures.white_list);
        let mut wto_case = Cursor::new(&measures.wto_case);
        let mut gsomia = Cursor::new(&measures.gsomia);
        let mut korea_white_list = Cursor::new(&measures.korea_white_list);
        let mut dialogue = Cursor::new(&measures.dialogue);
        let mut localization = Cursor::new(&measures.localization);
        let mut diversification = Cursor::new(&measures.diversification);
        let mut steps = Vec::with_capacity(bounds.len());
        let mut month = 0;
        for pair in bounds.windows(2) {
            let (start_day, end_day) = (pair[0], pair[1]);
            while month + 1 < MONTHS && f64::from(starts[month + 1]) <= start_day + 1e-9 {
                month += 1;
            }
            let day = start_day.floor() as u32;
            let group = white_list.at(day);
            steps.push(Step {
                start_day,
                days: end_day - start_day,
                months: (end_day - start_day) / DAYS_PER_MONTH,
                length_class: 0,
                growth_gap: 0.0,
                growth_class: 0,
                month,
                regimes: [0, 1, 2].map(|i| with_white_list(licensing[i].at(day), group)),
                localization: localization.at(day) == Programme::On,
                diversification: diversification.at(day) == Programme::On,
                wto_case: wto_case.at(day),
                gsomia: gsomia.at(day),
                korea_white_list: korea_white_list.at(day),
                dialogue: dialogue.at(day),
                climate: 0.0,
                rush_weeks: [0.0; 3],
            });
        }
        // Steps come in a few lengths; exponentials of a length are then computed once per run.
        let mut lengths: Vec<f64> = Vec::new();
        let mut gaps: Vec<f64> = Vec::new();
        let mut previous_middle = 0.0;
        for step in &mut steps {
            step.length_class = class_of(&mut lengths, step.months);
            let middle = step.start_day + step.days / 2.0;
            step.growth_gap = middle - previous_middle;
            step.growth_class = class_of(&mut gaps, step.growth_gap);
            previous_middle = middle;
        }
        let mut timeline = Timeline {
            steps,
            rises: Material::ALL.map(|material| friction_rises(measures, material)),
        };
        timeline.set_params(params);
        timeline
    }

    /// Recomputes what depends on the parameters: the climate index and precautionary buying in
    /// the notice window before each restriction.
    pub fn set_params(&mut self, params: &Params) {
        let notice = params.g(G::NoticeDays);
        let precaution_cap = params.g(G::PrecautionCapWeeks);
        let spare = params.g(G::RushSpareCapacity);
        let ready = Material::ALL.map(|m| params.m(M::ReadyStockWeeks, m));
        for step in &mut self.steps {
            step.climate = climate_from_states(
                params,
                step.wto_case,
                step.gsomia,
                step.korea_white_list,
                step.dialogue,
            );
            step.rush_weeks = [0.0; 3];
        }
        if notice <= 0.0 {
            return;
        }
        for material in Material::ALL {
            for &(effect, added) in &self.rises[material.index()] {
                let open = (effect - notice).max(0.0);
                let window = effect - open;
                if window <= 0.0 {
                    continue;
                }
                let total =
                    (ready[material.index()] + spare * notice / 7.0).min(precaution_cap) * added;
                // The window need not align with the grid: a step takes the part it overlaps.
                let first = self
                    .steps
                    .partition_point(|step| step.start_day + step.days <= open);
                for step in &mut self.steps[first..] {
                    if step.start_day >= effect {
                        break;
                    }
                    let overlap =
                        (step.start_day + step.days).min(effect) - step.start_day.max(open);
                    if overlap > 0.0 {
                        step.rush_weeks[material.index()] += total * overlap / window;
                    }
                }
            }
        }
    }

    /// Monthly mean of the climate index.
    pub fn monthly_climate(&self) -> Vec<f64> {
        let mut sums = vec![0.0; MONTHS];
        let mut days = vec![0.0; MONTHS];
        for step in &self.steps {
            sums[step.month] += step.climate * step.days;
            days[step.month] += step.days;
        }
        sums.iter()
            .zip(days)
            .map(|(sum, days)| sum / days)
            .collect()
    }
}

/// Remembers `exp(rate * x)` for the last two `x`: steps come in runs of equal length, and the
/// growth of demand alternates between two intervals around a month's end, so most exponentials
/// repeat.
#[derive(Clone, Copy, Debug)]
struct ExpCache {
    rate: f64,
    keys: [f64; 2],
    values: [f64; 2],
    older: usize,
}

impl ExpCache {
    fn new(rate: f64) -> Self {
        ExpCache {
            rate,
            keys: [0.0, f64::NAN],
            values: [1.0, 1.0],
            older: 1,
        }
    }

    fn exp(&mut self, x: f64) -> f64 {
        if x == self.keys[0] {
            return self.values[0];
        }
        if x == self.keys[1] {
            return self.values[1];
        }
        let slot = self.older;
        self.keys[slot] = x;
        self.values[slot] = libm::exp(self.rate * x);
        self.older = 1 - slot;
        self.values[slot]
    }
}

/// `exp(rate * x)` for each class of `x` (a step length), computed the first time a class is met.
#[derive(Clone, Copy, Debug)]
struct ExpTable {
    rate: f64,
    values: [f64; 32],
}

impl ExpTable {
    fn new(rate: f64) -> Self {
        ExpTable {
            rate,
            values: [f64::NAN; 32],
        }
    }

    fn exp(&mut self, class: usize, x: f64) -> f64 {
        match self.values.get_mut(class) {
            Some(value) if !value.is_nan() => *value,
            Some(value) => {
                *value = libm::exp(self.rate * x);
                *value
            }
            None => libm::exp(self.rate * x),
        }
    }
}

/// What the climate sets for one material, recomputed only when the climate index changes.
#[derive(Clone, Copy, Debug)]
struct ClimateTerms {
    climate: f64,
    review: Review,
    renewal_gap: f64,
    /// Share of the diversifying effort that pays for third-country and for Korean supply:
    /// expected duration / (expected duration + qualification time).
    third_outlasts: f64,
    domestic_outlasts: f64,
    /// exp(−hazard × days): the share of waiting buyers still waiting after a step.
    still_waiting: ExpCache,
}

/// A third-order delay: the standard system-dynamics picture of qualification, where a decision
/// to use a new source shows up as usable supply spread around `delay_months` later.
#[derive(Clone, Copy, Debug)]
struct ThirdOrderDelay {
    stages: [f64; 3],
    keep: Option<ExpTable>,
}

impl ThirdOrderDelay {
    fn new(delay_months: f64) -> Self {
        ThirdOrderDelay {
            stages: [0.0; 3],
            keep: (delay_months > 1e-9).then(|| ExpTable::new(-3.0 / delay_months)),
        }
    }

    fn advance(&mut self, input: f64, step: &Step) -> f64 {
        let Some(table) = &mut self.keep else {
            self.stages = [input; 3];
            return input;
        };
        let keep = table.exp(step.length_class, step.months);
        let mut upstream = input;
        for stage in &mut self.stages {
            *stage = upstream + (*stage - upstream) * keep;
            upstream = *stage;
        }
        upstream
    }
}

/// A capacity that moves toward its target: up at the ramp time constant, down at the decay one.
#[derive(Clone, Copy, Debug)]
struct Capacity {
    value: f64,
    ramp: ExpTable,
    decay: ExpTable,
}

impl Capacity {
    fn new(ramp_months: f64, decay_months: f64) -> Self {
        Capacity {
            value: 0.0,
            ramp: ExpTable::new(-1.0 / ramp_months.max(1e-6)),
            decay: ExpTable::new(-1.0 / decay_months.max(1e-6)),
        }
    }

    fn adjust(&mut self, target: f64, step: &Step) -> f64 {
        let keep = if target > self.value {
            self.ramp.exp(step.length_class, step.months)
        } else {
            self.decay.exp(step.length_class, step.months)
        };
        self.value = target + (self.value - target) * keep;
        self.value
    }
}

/// Running totals of the month being simulated, written out when the month ends.
struct MonthTotals {
    index: usize,
    /// Flows summed over the month, stocks at its end, and day-weighted sums of the times.
    sums: [f64; OUTPUTS],
    days: f64,
    /// Demand rate at the last step of the month, t/month.
    demand_at_end: f64,
}

impl MonthTotals {
    fn new(index: usize) -> Self {
        MonthTotals {
            index,
            sums: [0.0; OUTPUTS],
            days: 0.0,
            demand_at_end: 0.0,
        }
    }

    fn flush(&mut self, out: &mut MaterialSeries, price: f64) {
        let japan = self.sums[Output::JpExportsT.slot()];
        let third = self.sums[Output::ThirdCountryT.slot()];
        self.sums[Output::JpExportsUsd.slot()] = japan * price;
        self.sums[Output::JpShareOfImports.slot()] = if japan + third > 0.0 {
            japan / (japan + third)
        } else {
            0.0
        };
        self.sums[Output::InventoryWeeks.slot()] =
            self.sums[Output::InventoryT.slot()] / (self.demand_at_end / WEEKS_PER_MONTH);
        self.sums[Output::LeadTimeDays.slot()] /= self.days;
        self.sums[Output::LicenceWaitDays.slot()] /= self.days;
        for output in Output::ALL {
            out.data[output.slot() * MONTHS + self.index] = self.sums[output.slot()];
        }
    }
}

/// Korean inventory on 1 January 2018, tonnes: the starting cover at January 2018 demand.
pub fn initial_inventory_t(params: &Params, material: Material) -> f64 {
    params.m(M::InventoryCoverWeeks, material) / WEEKS_PER_MONTH
        * params.m(M::DemandTonnesPerMonth, material)
}

/// Simulates one material over the timeline.
pub fn simulate_material(
    timeline: &Timeline,
    params: &Params,
    material: Material,
) -> MaterialSeries {
    let p = |id: M| params.m(id, material);
    let demand_start = p(M::DemandTonnesPerMonth);
    let growth_per_year = 1.0 + p(M::DemandGrowthPctPerYear) / 100.0;
    let japan_share = p(M::JapanShare2018);
    let controlled = p(M::ControlledShare);
    let price = p(M::PriceUsdPerTonne);
    let cover_weeks = p(M::InventoryCoverWeeks);
    let jp_lead = p(M::JapanLeadDays);
    let third_lead = jp_lead + p(M::ThirdCountryExtraLeadDays);
    let domestic_lead = jp_lead + p(M::DomesticExtraLeadDays);
    let (third_max, third_qualification, third_ramp) = (
        p(M::ThirdCountryMaxShare),
        p(M::ThirdCountryQualificationMonths),
        p(M::ThirdCountryRampMonths),
    );
    let (domestic_max, domestic_qualification, domestic_ramp) = (
        p(M::DomesticMaxShare),
        p(M::DomesticQualificationMonths),
        p(M::DomesticRampMonths),
    );
    let restock_rate = 1.0 / params.g(G::RestockMonths);
    let special_bulk_days = params.g(G::SpecialBulkProcessingDays);
    let private_localization = params.g(G::PrivateLocalizationShare);
    let private_diversification = params.g(G::PrivateDiversificationShare);
    let structural_diversification = params.g(G::StructuralDiversificationShare);
    let intensity = params.g(G::LocalizationIntensity);
    let congestion = params.g(G::CongestionFactor);
    let third_decay = params.g(G::ThirdCountryDecayMonths);
    let domestic_decay = params.g(G::DomesticDecayMonths);
    let mut growth = ExpTable::new(libm::log(growth_per_year.max(1e-6)) / 365.25);

    let mut inventory = initial_inventory_t(params, material);
    let mut waiting_share = 0.0;
    let mut switched_on_day = 0.0;
    let mut previous = LicensingRegime::Bulk;
    let mut third_extra = Capacity::new(third_ramp, third_decay);
    let mut domestic_extra = Capacity::new(domestic_ramp, domestic_decay);
    let mut third_delay = ThirdOrderDelay::new(third_qualification);
    let mut domestic_delay = ThirdOrderDelay::new(domestic_qualification);
    let mut demand = demand_start;
    let mut climate_terms: Option<ClimateTerms> = None;
    // Tonnes bought ahead of a restriction and held as a buffer while it lasts.
    let mut held_tonnes = 0.0;

    let mut out = MaterialSeries::zeros();
    let mut month = MonthTotals::new(0);
    let index = material.index();

    for step in &timeline.steps {
        let step_months = step.months;
        // Demand at the middle of the step, grown from the middle of the previous one.
        demand *= growth.exp(step.growth_class, step.growth_gap);
        let regime = step.regimes[index];

        // Licence pipeline: a switch to individual licensing voids bulk coverage; a return to bulk
        // restores it; special bulk lets pending applications run on.
        if regime != previous {
            // Precautionary stock is kept in proportion to the friction it guards against.
            if friction(regime) < friction(previous) {
                held_tonnes *= friction(regime) / friction(previous);
            }
            match regime {
                LicensingRegime::Individual => {
                    waiting_share = 1.0;
                    switched_on_day = step.start_day;
                }
                LicensingRegime::Bulk => waiting_share = 0.0,
                LicensingRegime::SpecialBulk => {}
            }
            previous = regime;
        }
        let terms = match &mut climate_terms {
            Some(terms) if terms.climate == step.climate => terms,
            _ => {
                let review = Review::new(params, material, step.climate);
                let expected = expected_duration_months(params, step.climate);
                let terms = ClimateTerms {
                    climate: step.climate,
                    review,
                    renewal_gap: review.renewal_gap(params),
                    third_outlasts: expected / (expected + third_qualification),
                    domestic_outlasts: expected / (expected + domestic_qualification),
                    still_waiting: ExpCache::new(-review.hazard_per_day()),
                };
                climate_terms.insert(terms)
            }
        };
        let review = terms.review;
        if waiting_share > 0.0 && regime != LicensingRegime::Bulk {
            let age = step.start_day - switched_on_day;
            let exposed = review.exposed_days(age, age + step.days);
            if exposed > 0.0 {
                waiting_share *= terms.still_waiting.exp(exposed);
            }
            if waiting_share < 1e-9 {
                waiting_share = 0.0;
            }
        }
        let renewal_gap = if regime == LicensingRegime::Individual {
            terms.renewal_gap
        } else {
            0.0
        };
        let licensed = (1.0 - waiting_share) * (1.0 - renewal_gap);
        let licence_wait = match regime {
            LicensingRegime::Individual => review.expected_wait_days,
            LicensingRegime::SpecialBulk => special_bulk_days,
            LicensingRegime::Bulk => 0.0,
        };

        // Expectations: diversifying pays when the restriction is expected to outlast qualification.
        let severity = friction(regime) * controlled;
        let third_effort = severity
            * terms.third_outlasts
            * (private_diversification
                + (1.0 - private_diversification) * f64::from(u8::from(step.diversification)));
        let domestic_effort = (severity
            * terms.domestic_outlasts
            * (private_localization
                + (1.0 - private_localization)
                    * f64::from(u8::from(step.localization))
                    * intensity))
            .min(1.0);
        // Part of the third-country effort is emergency buying that lasts only while Japanese
        // supply of the controlled grade is blocked; the rest is a lasting hedge.
        let blocked = controlled * (1.0 - licensed);
        let third_target = third_max
            * demand
            * third_effort
            * (structural_diversification + (1.0 - structural_diversification) * blocked);
        let domestic_target = domestic_max * demand * domestic_effort;
        let third_ready = third_delay.advance(third_target, step);
        let domestic_ready = domestic_delay.advance(domestic_target, step);
        let third_extra = third_extra.adjust(third_ready, step);
        let domestic_extra = domestic_extra.adjust(domestic_ready, step);

        // Purchasing: meet demand and close the inventory gap; Korean producers first, then third
        // countries, then Japan for the rest.
        let inventory_target = cover_weeks / WEEKS_PER_MONTH * demand + held_tonnes;
        let purchases = (demand + (inventory_target - inventory) * restock_rate).max(0.0);
        let third_base = (1.0 - japan_share) * demand;
        let third_capacity = third_base + third_extra;
        let domestic_rate = domestic_extra.min(purchases);
        let third_rate = third_capacity.min(purchases - domestic_rate);
        let japan_orders = purchases - domestic_rate - third_rate;
        let japan_rate = japan_orders * (1.0 - controlled + controlled * licensed);
        let rush_tonnes = step.rush_weeks[index] * japan_orders / WEEKS_PER_MONTH;
        held_tonnes += rush_tonnes;

        let domestic_tonnes = domestic_rate * step_months;
        let third_tonnes = third_rate * step_months;
        let japan_tonnes = japan_rate * step_months + rush_tonnes;
        let need = demand * step_months;
        let available = inventory + domestic_tonnes + third_tonnes + japan_tonnes;
        let consumed = need.min(available);
        let shortfall = need - consumed;
        inventory = available - consumed;

        // Lead time: each source's order-to-delivery time, weighted by the orders it takes, plus
        // the wait behind unmet demand.
        // (Divisions are skipped where their numerator is zero: this loop is the model's hot path.)
        let third_gap = third_target - third_extra;
        let third_congestion = if third_gap > 0.0 {
            congestion * third_lead * third_gap / (third_target + third_base)
        } else {
            0.0
        };
        let domestic_gap = domestic_target - domestic_extra;
        let domestic_congestion = if domestic_gap > 0.0 {
            congestion * domestic_lead * domestic_gap / domestic_target
        } else {
            0.0
        };
        let japan_days = jp_lead + controlled * licence_wait;
        let route_days = if purchases > 0.0 {
            (domestic_rate * (domestic_lead + domestic_congestion)
                + third_rate * (third_lead + third_congestion)
                + japan_orders * japan_days)
                / purchases
        } else {
            japan_days
        };
        let lead_time = if shortfall > 0.0 {
            route_days + DAYS_PER_MONTH * shortfall / need
        } else {
            route_days
        };

        if step.month != month.index {
            month.flush(&mut out, price);
            month = MonthTotals::new(step.month);
        }
        month.sums[Output::DemandT.slot()] += need;
        month.sums[Output::JpExportsT.slot()] += japan_tonnes;
        month.sums[Output::ThirdCountryT.slot()] += third_tonnes;
        month.sums[Output::DomesticT.slot()] += domestic_tonnes;
        month.sums[Output::ShortfallT.slot()] += shortfall;
        month.sums[Output::InventoryT.slot()] = inventory;
        month.demand_at_end = demand;
        month.sums[Output::LeadTimeDays.slot()] += lead_time * step.days;
        month.sums[Output::LicenceWaitDays.slot()] += licence_wait * step.days;
        month.days += step.days;
    }
    month.flush(&mut out, price);
    out
}

/// Runs the model for a schedule of measures and a set of parameters.
pub fn simulate(measures: &Measures, params: &Params) -> Run {
    let timeline = Timeline::new(measures, params);
    Run {
        materials: Material::ALL.map(|material| simulate_material(&timeline, params, material)),
        climate_index: timeline.monthly_climate(),
    }
}
