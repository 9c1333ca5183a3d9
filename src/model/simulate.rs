//! The monthly simulation: the stocks and flows of each material, stepped over a grid of half
//! months.
//!
//! Each month is split into two steps, and further at every date a measure changes, so a measure
//! taking effect on 4 July acts from 4 July. Every stage is integrated by backward Euler, which is
//! stable at any step length; halving the step to a quarter month moves yearly totals by under 1%
//! and the months of 2019 by a few per cent. Each mechanism is a unit of its own, and this file
//! only wires them together in the order of one step:
//! [`politics`](super::politics) (tension), [`demand`](super::demand),
//! [`substitution`](super::substitution) (qualified sources, Korean capacity, recycling),
//! [`ordering`](super::ordering) (the stock-management rule), [`licensing`](super::licensing) (the
//! licence stage) and [`pipeline`](super::pipeline) (the shipping stages). The equations are
//! written out for a policy reader in docs/MODEL.md.

use super::demand::{demand_rate, driver};
use super::licensing::{LicenceStep, Licences, Review};
use super::measures::{
    LicensingRegime, Material, MeasureState, Measures, Programme, Schedule, WhiteListGroup,
};
use super::ordering::{allocate, desired_inventory, orders, rush};
use super::params::{Params, G, M};
use super::pipeline::{keep, Stage};
use super::politics::{expected_duration_months, political_hold_days, tension, PoliticalStates};
use super::substitution::{pays, severity, SunkShare, ThirdCountries};
use super::time::{month_starts, Date, DAYS_PER_MONTH, MONTHS, WEEKS_PER_MONTH};
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
    /// Days from order to delivery, measured from the pipeline by Little's law: tonnes ordered and
    /// not yet delivered ÷ tonnes delivered per day.
    LeadTimeDays,
    /// Japan's share of Korea's imports (Japan, third countries, and the feedstock Korean plants
    /// import), by volume.
    JpShareOfImports,
    /// Japan's exports to Korea, US dollars in the month.
    JpExportsUsd,
    /// Korean inventory at the end of the month, tonnes.
    InventoryT,
    /// Expected wait for a licence on a new contract for the controlled grade, days (0 under bulk;
    /// the extra processing per shipment under special bulk).
    LicenceWaitDays,
    /// Tonnes ordered and not yet delivered at the end of the month: the licence stage and the
    /// three routes' shipping stages.
    SupplyLineT,
    /// Japan's share of Korea's imports by value, with third-country supply at its own price.
    JpShareOfImportsByValue,
}

impl Output {
    /// Every output, in the column order of the command line's CSV (the last four are extra).
    pub const ALL: [Output; 13] = [
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
        Output::SupplyLineT,
        Output::JpShareOfImportsByValue,
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
            Output::SupplyLineT => "supply_line_t",
            Output::JpShareOfImportsByValue => "jp_share_of_imports_by_value",
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
            Output::SupplyLineT => "Supply line",
            Output::JpShareOfImportsByValue => "Japan's share of imports (value)",
        }
    }

    pub fn unit(self) -> &'static str {
        match self {
            Output::DemandT
            | Output::JpExportsT
            | Output::ThirdCountryT
            | Output::DomesticT
            | Output::ShortfallT
            | Output::InventoryT
            | Output::SupplyLineT => "t",
            Output::InventoryWeeks => "weeks",
            Output::LeadTimeDays | Output::LicenceWaitDays => "days",
            Output::JpShareOfImports | Output::JpShareOfImportsByValue => "share",
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

    /// Every output's months, one output after another in [`Output::ALL`] order.
    pub fn data(&self) -> &[f64] {
        &self.data
    }

    /// The series held in `data` (as [`MaterialSeries::data`] gives it), if it has the length
    /// of every output's months.
    pub fn from_data(data: Vec<f64>) -> Option<Self> {
        (data.len() == OUTPUTS * MONTHS).then_some(MaterialSeries { data })
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
    /// Monthly mean of tension between the two governments, 0 to 1 (see [`super::politics`]).
    pub tension: Vec<f64>,
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
    /// Index of `days` among the grid's distinct step lengths: factors that depend on a step's
    /// length are computed once per length.
    length_class: usize,
    month: usize,
    regimes: [LicensingRegime; 3],
    diversification: bool,
    politics: PoliticalStates,
    /// Demand driver at the middle of the step, per material (2018 mean = 1).
    driver: [f64; 3],
    /// Tension, from the states above and the parameters.
    tension: f64,
    /// Per material, when the step lies in the notice window of a stricter regime: the regime
    /// announced, and the share of the rest of the window that the step covers.
    notice: [Option<(LicensingRegime, f64)>; 3],
    /// Per material, whether a notice window opens in this step.
    notice_opens: [bool; 3],
}

/// A dated Korean capacity addition as the scenario realises it.
#[derive(Clone, Copy, Debug)]
struct Addition {
    day: f64,
    share: f64,
    programme: bool,
}

/// The simulation grid for one schedule of measures, shared by the three materials. The grid, the
/// states and the Korean additions depend on the measures only; tension and notice windows also
/// depend on the parameters, and are refreshed by [`Timeline::set_params`] for each Monte Carlo
/// draw.
#[derive(Clone, Debug)]
pub struct Timeline {
    steps: Vec<Step>,
    /// The step lengths, days: a step's `length_class` indexes it.
    lengths: Vec<f64>,
    /// What each step length sets for licensing, from the parameters.
    licence_steps: Vec<LicenceStep>,
    /// Days on which a material's regime becomes stricter, with the regime it becomes.
    rises: [Vec<(f64, LicensingRegime)>; 3],
    additions: [Vec<Addition>; 3],
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

/// How strict a regime is, in order: bulk, special bulk, individual.
fn strictness(regime: LicensingRegime) -> u8 {
    match regime {
        LicensingRegime::Bulk => 0,
        LicensingRegime::SpecialBulk => 1,
        LicensingRegime::Individual => 2,
    }
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

/// Days on which a material's effective regime becomes stricter, and the regime it becomes.
fn regime_rises(measures: &Measures, material: Material) -> Vec<(f64, LicensingRegime)> {
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
            let before = effective_regime(measures, material, day - 1);
            let after = effective_regime(measures, material, day);
            (strictness(after) > strictness(before)).then_some((f64::from(day), after))
        })
        .collect()
}

/// The dated capacity additions of `data/drivers/korean_capacity.csv`: (material, days after 4 July
/// 2019, share of demand).
pub fn capacity_additions() -> &'static [(Material, f64, f64)] {
    static ROWS: std::sync::OnceLock<Vec<(Material, f64, f64)>> = std::sync::OnceLock::new();
    ROWS.get_or_init(|| {
        let start = f64::from(Date::new(2019, 7, 4).expect("date").day_index());
        let mut reader = csv::ReaderBuilder::new()
            .comment(Some(b'#'))
            .from_reader(include_str!(concat!(env!("OUT_DIR"), "/korean_capacity.csv")).as_bytes());
        reader
            .records()
            .map(|record| {
                let record = record.expect("the capacity file is valid CSV");
                let material = Material::from_id(&record[0]).expect("a material id");
                let day = Date::parse(&record[1]).expect("a date").day_index();
                let share: f64 = record[2].parse().expect("a share");
                (material, f64::from(day) - start, share)
            })
            .collect()
    })
}

/// Korean additions as a scenario realises them: each comes as long after the material's first
/// restriction as it came after 4 July 2019, and only if the material is still restricted then.
fn realised_additions(measures: &Measures, material: Material) -> Vec<Addition> {
    let days = super::time::total_days();
    // The first day the material is restricted: a change to a stricter regime or to Group B.
    let licensing = measures.licensing[material.index()]
        .changes()
        .iter()
        .filter(|c| c.state != LicensingRegime::Bulk)
        .map(|c| c.from.day_index());
    let group_b = measures
        .white_list
        .changes()
        .iter()
        .filter(|c| c.state == WhiteListGroup::B)
        .map(|c| c.from.day_index());
    let Some(first) = licensing.chain(group_b).min() else {
        return Vec::new();
    };
    capacity_additions()
        .iter()
        .filter(|(m, _, _)| *m == material)
        .filter_map(|(_, after, share)| {
            let day = f64::from(first) + after;
            let day_index = day as u32;
            (day_index < days
                && effective_regime(measures, material, day_index) != LicensingRegime::Bulk)
                .then(|| Addition {
                    day,
                    share: *share,
                    programme: measures.localization.state_on(day_index) == Programme::On,
                })
        })
        .collect()
}

/// A month-by-month series interpolated at a day, between month middles.
fn at_day(series: &[f64; MONTHS], position: f64) -> f64 {
    let x = (position - 0.5).clamp(0.0, (MONTHS - 1) as f64);
    // x is not negative, so truncation is the floor.
    let below = x as usize;
    let above = (below + 1).min(MONTHS - 1);
    series[below] + (series[above] - series[below]) * (x - below as f64)
}

impl Timeline {
    pub fn new(measures: &Measures, params: &Params) -> Timeline {
        const STARTS: [u32; MONTHS + 1] = month_starts();
        let starts = &STARTS;
        // Half-month boundaries merged with the (sorted) days on which measures change.
        let changes = measures.change_days();
        let mut changes = changes.iter().map(|day| f64::from(*day)).peekable();
        let mut bounds: Vec<f64> = Vec::with_capacity(MONTHS * 4 + 32);
        for month in 0..MONTHS {
            let start = f64::from(starts[month]);
            let length = f64::from(starts[month + 1] - starts[month]);
            for part in 0..STEPS_PER_MONTH {
                let bound = start + length * f64::from(part) / f64::from(STEPS_PER_MONTH);
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
        let mut diversification = Cursor::new(&measures.diversification);
        let drivers = Material::ALL.map(driver);
        let mut lengths: Vec<f64> = Vec::new();
        let mut steps = Vec::with_capacity(bounds.len());
        let mut month = 0;
        for pair in bounds.windows(2) {
            let (start_day, end_day) = (pair[0], pair[1]);
            while month + 1 < MONTHS && f64::from(starts[month + 1]) <= start_day + 1e-9 {
                month += 1;
            }
            let day = start_day as u32; // not negative: truncation is the floor
            let group = white_list.at(day);
            let regimes = [0, 1, 2].map(|i| with_white_list(licensing[i].at(day), group));
            let middle = (start_day + end_day) / 2.0;
            let month_length = f64::from(starts[month + 1] - starts[month]);
            let position = month as f64 + (middle - f64::from(starts[month])) / month_length;
            let length = end_day - start_day;
            // Regular half months come in four lengths, met first; a step cut by a change is
            // usually a length of its own, so only the regular ones are looked up.
            let length_class = lengths[..lengths.len().min(4)]
                .iter()
                .position(|l| *l == length)
                .unwrap_or_else(|| {
                    lengths.push(length);
                    lengths.len() - 1
                });
            steps.push(Step {
                start_day,
                days: length,
                length_class,
                month,
                regimes,
                diversification: diversification.at(day) == Programme::On,
                politics: PoliticalStates {
                    regimes,
                    white_list: group,
                    wto_case: wto_case.at(day),
                    gsomia: gsomia.at(day),
                    korea_white_list: korea_white_list.at(day),
                    dialogue: dialogue.at(day),
                },
                driver: drivers.map(|series| at_day(series, position)),
                tension: 0.0,
                notice: [None; 3],
                notice_opens: [false; 3],
            });
        }
        let mut timeline = Timeline {
            steps,
            lengths,
            licence_steps: Vec::new(),
            rises: Material::ALL.map(|material| regime_rises(measures, material)),
            additions: Material::ALL.map(|material| realised_additions(measures, material)),
        };
        timeline.set_params(params);
        timeline
    }

    /// Recomputes what depends on the parameters: tension and the notice windows.
    pub fn set_params(&mut self, params: &Params) {
        self.licence_steps = self
            .lengths
            .iter()
            .map(|days| LicenceStep::new(params, *days))
            .collect();
        let notice = params.g(G::NoticeDays);
        for step in &mut self.steps {
            step.tension = tension(params, &step.politics);
            step.notice = [None; 3];
            step.notice_opens = [false; 3];
        }
        if notice <= 0.0 {
            return;
        }
        for material in Material::ALL {
            let index = material.index();
            for &(effect, regime) in &self.rises[index] {
                let open = (effect - notice).max(0.0);
                let first = self
                    .steps
                    .partition_point(|step| step.start_day + step.days <= open);
                let mut opened = false;
                for step in &mut self.steps[first..] {
                    if step.start_day >= effect {
                        break;
                    }
                    let from = step.start_day.max(open);
                    let overlap = (step.start_day + step.days).min(effect) - from;
                    if overlap > 0.0 {
                        step.notice[index] = Some((regime, overlap / (effect - from)));
                        step.notice_opens[index] = !opened;
                        opened = true;
                    }
                }
            }
        }
    }

    /// Monthly mean of tension.
    pub fn monthly_tension(&self) -> Vec<f64> {
        let mut sums = vec![0.0; MONTHS];
        let mut days = vec![0.0; MONTHS];
        for step in &self.steps {
            sums[step.month] += step.tension * step.days;
            days[step.month] += step.days;
        }
        sums.iter()
            .zip(days)
            .map(|(sum, days)| sum / days)
            .collect()
    }

    /// Korean capacity that has come by `day`, as a share of demand.
    fn korean_capacity_target(
        &self,
        material: Material,
        day: f64,
        programme_factor: f64,
        private: f64,
    ) -> f64 {
        self.additions[material.index()]
            .iter()
            .filter(|addition| addition.day <= day)
            .map(|addition| {
                addition.share
                    * if addition.programme {
                        programme_factor
                    } else {
                        private
                    }
            })
            .sum()
    }
}

/// Japan's share of Korea's imports: Japan's tonnes against third-country tonnes plus the feedstock
/// Korean plants import; by value when `prices` (Japan's, third countries') are given.
pub fn japan_share_of_imports(
    japan_t: f64,
    third_t: f64,
    feedstock_t: f64,
    prices: Option<(f64, f64)>,
) -> f64 {
    let (japan_price, third_price) = prices.unwrap_or((1.0, 1.0));
    let japan = japan_t * japan_price;
    let others = (third_t + feedstock_t) * third_price;
    if japan + others > 0.0 {
        japan / (japan + others)
    } else {
        0.0
    }
}

/// Running totals of the month being simulated, written out when the month ends.
struct MonthTotals {
    index: usize,
    /// Flows summed over the month, stocks at its end, and day-weighted sums of the times.
    sums: [f64; OUTPUTS],
    days: f64,
    /// Feedstock imported for Korean output, tonnes in the month.
    feedstock: f64,
    /// The supply line integrated over the month's days (t·days), and tonnes delivered.
    line_days: f64,
    delivered: f64,
    /// Demand rate at the last step of the month, t/month.
    demand_at_end: f64,
}

impl MonthTotals {
    fn new(index: usize) -> Self {
        MonthTotals {
            index,
            sums: [0.0; OUTPUTS],
            days: 0.0,
            feedstock: 0.0,
            line_days: 0.0,
            delivered: 0.0,
            demand_at_end: 0.0,
        }
    }

    /// Writes the month out. Lead time is Little's law over the month: the mean supply line ÷ the
    /// tonnes delivered per day; a month with no delivery keeps the lead time of the month before.
    fn flush(
        &mut self,
        out: &mut MaterialSeries,
        price: f64,
        third_price: f64,
        lead_time: &mut f64,
    ) {
        if self.delivered > 0.0 {
            *lead_time = self.line_days / self.delivered;
        }
        self.sums[Output::LeadTimeDays.slot()] = *lead_time;
        let japan = self.sums[Output::JpExportsT.slot()];
        let third = self.sums[Output::ThirdCountryT.slot()];
        self.sums[Output::JpExportsUsd.slot()] = japan * price;
        self.sums[Output::JpShareOfImports.slot()] =
            japan_share_of_imports(japan, third, self.feedstock, None);
        self.sums[Output::JpShareOfImportsByValue.slot()] =
            japan_share_of_imports(japan, third, self.feedstock, Some((price, third_price)));
        self.sums[Output::InventoryWeeks.slot()] =
            self.sums[Output::InventoryT.slot()] / (self.demand_at_end / WEEKS_PER_MONTH);
        self.sums[Output::LicenceWaitDays.slot()] /= self.days;
        for output in Output::ALL {
            out.data[output.slot() * MONTHS + self.index] = self.sums[output.slot()];
        }
    }
}

/// Korean inventory on 1 January 2018, tonnes: the normal cover at January 2018 demand.
pub fn initial_inventory_t(params: &Params, material: Material) -> f64 {
    params.m(M::InventoryCoverWeeks, material) / WEEKS_PER_MONTH * initial_demand(params, material)
}

/// Demand at the start of January 2018, t/month.
fn initial_demand(params: &Params, material: Material) -> f64 {
    demand_rate(
        params.m(M::DemandTonnesPerMonth, material),
        at_day(driver(material), 0.0),
        params.g(G::ActivityElasticity),
        0.0,
    )
}

/// The stocks of one material: each declared once, with its unit.
struct Stocks {
    /// Korean inventory, t.
    inventory_t: f64,
    /// Licences, the licence stage (t) and what buyers and exporters have learned.
    licences: Licences,
    /// Shipping stage from Japan, t.
    japan_t: Stage,
    /// Shipping stage from third countries, t.
    third_t: Stage,
    /// Shipping stage from Korean plants, t.
    korean_t: Stage,
    /// Extra third-country supply qualified, share of demand.
    third_qualified: ThirdCountries,
    /// Korean capacity built in response, share of demand.
    korean_capacity: SunkShare,
    /// Use saved by recycling and efficiency, share of demand.
    recycled: SunkShare,
    /// Japanese suppliers' ready stock left in a notice window, t.
    ready_t: f64,
}

impl Stocks {
    /// Tonnes ordered and not yet delivered: the licence stage and the three shipping stages.
    fn supply_line_t(&self) -> f64 {
        self.licences.stage_t + self.japan_t.tonnes + self.third_t.tonnes + self.korean_t.tonnes
    }
}

/// The flows of one step, tonnes over the step.
struct Flows {
    /// Korean demand.
    demand_t: f64,
    /// Deliveries per route (Japan's includes what its ready stock ships in a notice window).
    japan_t: f64,
    third_t: f64,
    korean_t: f64,
    /// Demand that neither deliveries nor stock could meet.
    shortfall_t: f64,
}

/// Steps of the regular grid per month; every date a measure changes adds a boundary.
const STEPS_PER_MONTH: u32 = 2;

/// Months in a day, to multiply by rather than divide.
const MONTHS_PER_DAY: f64 = 1.0 / DAYS_PER_MONTH;

/// The factors of one step length for one material: the backward-Euler keep factor of each
/// delay, computed once per length rather than once per step.
struct StepRates {
    months: f64,
    japan: f64,
    japan_special_bulk: f64,
    third: f64,
    korean: f64,
    qualification_stage: f64,
    requalification: f64,
    ramp: f64,
}

/// Simulates one material over the timeline.
pub fn simulate_material(
    timeline: &Timeline,
    params: &Params,
    material: Material,
) -> MaterialSeries {
    let p = |id: M| params.m(id, material);
    let demand_2018 = p(M::DemandTonnesPerMonth);
    let elasticity = params.g(G::ActivityElasticity);
    let japan_share = p(M::JapanShare2018);
    let controlled = p(M::ControlledShare);
    let (price, third_price) = (p(M::PriceUsdPerTonne), p(M::ThirdPriceUsdPerTonne));
    let cover_months = p(M::InventoryCoverWeeks) / WEEKS_PER_MONTH;
    let cap_months = params.g(G::PrecautionCapWeeks) / WEEKS_PER_MONTH;
    let ready_months = p(M::ReadyStockWeeks) / WEEKS_PER_MONTH;
    let japan_lead = p(M::JapanLeadDays);
    let third_lead = japan_lead + p(M::ThirdCountryExtraLeadDays);
    let korean_lead = (japan_lead + p(M::DomesticExtraLeadDays)).max(1.0);
    let third_max = p(M::ThirdCountryMaxShare);
    let qualification = p(M::ThirdCountryQualificationMonths);
    let ramp = p(M::DomesticRampMonths);
    let recycling = p(M::RecyclingShare);
    let feedstock = p(M::FeedstockImportShare);
    let adjust = params.g(G::RestockMonths);
    let contract_months = params.g(G::ContractMonths);
    let special_bulk_days = params.g(G::SpecialBulkProcessingDays);
    let private_diversification = params.g(G::PrivateDiversificationShare);
    let lasting = params.g(G::StructuralDiversificationShare);
    let requalification = params.g(G::JapanRequalificationMonths);
    let private_localization = params.g(G::PrivateLocalizationShare);
    let capacity_scale = params.g(G::KoreanCapacityScale);
    let programme_factor = capacity_scale
        * (private_localization
            + (1.0 - private_localization) * params.g(G::LocalizationIntensity));
    let private_localization = capacity_scale * private_localization;
    let review = Review::new(params, material);
    let index = material.index();
    let per_adjust = 1.0 / adjust;
    let rates: Vec<StepRates> = timeline
        .lengths
        .iter()
        .map(|&days| StepRates {
            months: days / DAYS_PER_MONTH,
            japan: keep(days, japan_lead),
            japan_special_bulk: keep(days, japan_lead + special_bulk_days),
            third: keep(days, third_lead),
            korean: keep(days, korean_lead),
            qualification_stage: keep(days, qualification * DAYS_PER_MONTH / 3.0),
            requalification: keep(days, requalification * DAYS_PER_MONTH),
            ramp: keep(days, ramp * DAYS_PER_MONTH),
        })
        .collect();
    // What tension sets, recomputed only when tension changes.
    let mut tension_terms = (f64::NAN, 0.0, 0.0);

    let demand_0 = initial_demand(params, material);
    let mut stocks = Stocks {
        inventory_t: initial_inventory_t(params, material),
        licences: Licences::new(params),
        japan_t: Stage::steady(japan_share * demand_0, japan_lead),
        third_t: Stage::steady((1.0 - japan_share) * demand_0, third_lead),
        korean_t: Stage::default(),
        third_qualified: ThirdCountries::default(),
        korean_capacity: SunkShare::default(),
        recycled: SunkShare::default(),
        ready_t: 0.0,
    };

    let mut previous = LicensingRegime::Bulk;
    let mut restricted = false;
    let mut lead_time = 0.0;
    let mut out = MaterialSeries::zeros();
    let mut month = MonthTotals::new(0);

    for step in &timeline.steps {
        let days = step.days;
        let rate = &rates[step.length_class];
        let months = rate.months;
        let regime = step.regimes[index];
        if regime != previous {
            if regime == LicensingRegime::Individual {
                // Every bulk licence is void: controlled goods not yet exported wait for a licence.
                stocks.licences.start_individual();
                let held = stocks.japan_t.tonnes * controlled;
                stocks.licences.stage_t += stocks.japan_t.take(held);
            }
            previous = regime;
        }
        restricted |= regime != LicensingRegime::Bulk;
        let notice = step.notice[index];
        let individual = regime == LicensingRegime::Individual
            || matches!(notice, Some((LicensingRegime::Individual, _)));
        // The licence wait buyers expect on controlled Japanese supply, and their exposure to it.
        let expected_wait = if individual {
            stocks.licences.expected_wait_days
        } else if regime == LicensingRegime::SpecialBulk || notice.is_some() {
            special_bulk_days
        } else {
            0.0
        };
        let exposure = if notice.is_some() {
            1.0
        } else {
            stocks.licences.uncovered()
        };

        // Demand, net of recycling once a restriction has made it pay.
        // Until a first restriction is announced, no substitution, recycling or licensing moves:
        // their stocks stay at zero, and the step skips them.
        let disturbed = restricted || notice.is_some();
        let recycled = if restricted {
            stocks.recycled.advance_kept(recycling, rate.ramp)
        } else {
            0.0
        };
        let demand = demand_rate(demand_2018, step.driver[index], elasticity, recycled);

        // Substitution: qualified third-country supply and Korean capacity.
        if tension_terms.0 != step.tension {
            let duration = expected_duration_months(params, step.tension);
            tension_terms = (
                step.tension,
                pays(duration, qualification),
                political_hold_days(params, step.tension),
            );
        }
        let (_, pays_off, hold) = tension_terms;
        let drive = if step.diversification { 1.0 } else { 0.0 };
        let effort = severity(controlled, expected_wait, japan_lead, third_lead)
            * pays_off
            * (private_diversification + (1.0 - private_diversification) * drive);
        let (third_extra, korean_share) = if disturbed {
            let blocked = controlled * stocks.licences.uncovered();
            let third_target = third_max * effort * (lasting + (1.0 - lasting) * blocked);
            let third_extra = stocks.third_qualified.advance_kept(
                third_target,
                rate.qualification_stage,
                rate.requalification,
            );
            let korean_target = timeline.korean_capacity_target(
                material,
                step.start_day + days,
                programme_factor,
                private_localization,
            );
            let korean_share = stocks
                .korean_capacity
                .advance_kept(korean_target, rate.ramp)
                .min(1.0);
            (third_extra, korean_share)
        } else {
            (0.0, 0.0)
        };
        let third_share = ((1.0 - japan_share) + third_extra).min(1.0 - korean_share);
        let japan_route_share = (1.0 - korean_share - third_share).max(0.0);

        // Ordering: the stock-management rule with the supply line.
        let japan_days = japan_lead
            + if regime == LicensingRegime::SpecialBulk {
                special_bulk_days
            } else {
                0.0
            };
        let expected_lead_days = korean_share * korean_lead
            + third_share * third_lead
            + japan_route_share * (japan_days + controlled * exposure * expected_wait);
        let japan_controlled = japan_route_share * controlled;
        let desired_stock = desired_inventory(
            demand,
            cover_months,
            japan_controlled * exposure,
            expected_wait * MONTHS_PER_DAY,
            cap_months,
        );
        let desired_line = demand * expected_lead_days * MONTHS_PER_DAY;
        let supply_line = stocks.supply_line_t();
        let licences = &mut stocks.licences;
        let order_rate = orders(
            demand,
            desired_stock,
            stocks.inventory_t,
            desired_line,
            supply_line,
            per_adjust,
        );
        let [korean_orders, third_orders, japan_orders] =
            allocate(order_rate, korean_share, third_share).map(|rate| rate * months);

        // Japanese ready stock in a notice window.
        if step.notice_opens[index] {
            stocks.ready_t = ready_months * demand;
        }
        let rushed = match notice {
            Some((_, share)) => {
                let gap = desired_stock + desired_line - stocks.inventory_t - supply_line;
                let taken = rush(gap, share, stocks.ready_t);
                stocks.ready_t -= taken;
                taken
            }
            None => 0.0,
        };

        // Licensing: uncovered buyers hold one contract in the licence stage and defer the rest.
        let uncovered = licences.uncovered();
        let room =
            (uncovered * japan_controlled * demand * contract_months - licences.stage_t).max(0.0);
        let to_licence = (japan_orders * controlled * uncovered).min(room);
        let licensed_orders = japan_orders * (1.0 - controlled * uncovered);
        let licence = licences.advance(
            params,
            &review,
            regime,
            hold,
            to_licence,
            &timeline.licence_steps[step.length_class],
        );

        // Shipping stages.
        let flows = {
            let japan_keep = if regime == LicensingRegime::SpecialBulk {
                rate.japan_special_bulk
            } else {
                rate.japan
            };
            let japan = stocks
                .japan_t
                .advance_kept(licensed_orders + licence.released_t, japan_keep)
                + rushed;
            let third = stocks.third_t.advance_kept(third_orders, rate.third);
            let korean = stocks.korean_t.advance_kept(korean_orders, rate.korean);
            let need = demand * months;
            let available = stocks.inventory_t + japan + third + korean;
            let consumed = need.min(available);
            stocks.inventory_t = available - consumed;
            Flows {
                demand_t: need,
                japan_t: japan,
                third_t: third,
                korean_t: korean,
                shortfall_t: need - consumed,
            }
        };

        // Lead time, measured by Little's law over the month: the supply line it held on average
        // ÷ tonnes delivered per day (see MonthTotals::flush).
        let supply_line = stocks.supply_line_t();
        let delivered = flows.japan_t + flows.third_t + flows.korean_t;

        if step.month != month.index {
            month.flush(&mut out, price, third_price, &mut lead_time);
            month = MonthTotals::new(step.month);
        }
        month.sums[Output::DemandT.slot()] += flows.demand_t;
        month.sums[Output::JpExportsT.slot()] += flows.japan_t;
        month.sums[Output::ThirdCountryT.slot()] += flows.third_t;
        month.sums[Output::DomesticT.slot()] += flows.korean_t;
        month.sums[Output::ShortfallT.slot()] += flows.shortfall_t;
        month.sums[Output::InventoryT.slot()] = stocks.inventory_t;
        month.sums[Output::SupplyLineT.slot()] = supply_line;
        month.feedstock += feedstock * flows.korean_t;
        month.demand_at_end = demand;
        month.line_days += supply_line * days;
        month.delivered += delivered;
        month.sums[Output::LicenceWaitDays.slot()] += licence.wait_days * days;
        month.days += days;
    }
    month.flush(&mut out, price, third_price, &mut lead_time);
    out
}

/// Runs the model for a schedule of measures and a set of parameters.
pub fn simulate(measures: &Measures, params: &Params) -> Run {
    let timeline = Timeline::new(measures, params);
    Run {
        materials: Material::ALL.map(|material| simulate_material(&timeline, params, material)),
        tension: timeline.monthly_tension(),
    }
}
