//! The measures a scenario schedules, each as a dated list of state changes.
//!
//! A measure is in its default state (the pre-2019 status quo) until its first change. The state
//! identifiers (`individual`, `notified`, ...) are stable: they appear in scenario links and files.

use super::time::Date;
use serde::{Deserialize, Serialize};

/// The three controlled materials.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Material {
    /// Hydrogen fluoride (etching gas and liquid).
    Hf,
    /// Photoresist (lithography resist).
    Photoresist,
    /// Fluorinated polyimide (flexible display substrates).
    Polyimide,
}

impl Material {
    pub const ALL: [Material; 3] = [Material::Hf, Material::Photoresist, Material::Polyimide];

    /// Stable identifier, as in scenario links and the command line's CSV.
    pub fn id(self) -> &'static str {
        match self {
            Material::Hf => "hf",
            Material::Photoresist => "photoresist",
            Material::Polyimide => "polyimide",
        }
    }

    /// English name as shown on the page.
    pub fn name(self) -> &'static str {
        match self {
            Material::Hf => "Hydrogen fluoride",
            Material::Photoresist => "Photoresist",
            Material::Polyimide => "Fluorinated polyimide",
        }
    }

    pub fn index(self) -> usize {
        self as usize
    }

    pub fn from_id(id: &str) -> Option<Material> {
        Material::ALL.into_iter().find(|m| m.id() == id)
    }
}

/// The state of one measure at a point in time.
pub trait MeasureState: Copy + Eq + Default + std::fmt::Debug + 'static {
    /// Every state, the default first.
    const ALL: &'static [Self];
    /// Stable identifier of the state.
    fn id(self) -> &'static str;
    /// English label of the state.
    fn label(self) -> &'static str;

    fn from_id(id: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|s| s.id() == id)
    }
}

macro_rules! measure_state {
    ($(#[$meta:meta])* $name:ident { $( $(#[$vmeta:meta])* $variant:ident = ($id:literal, $label:literal) ),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
        pub enum $name {
            #[default]
            $( $(#[$vmeta])* #[serde(rename = $id)] $variant ),+
        }

        impl MeasureState for $name {
            const ALL: &'static [Self] = &[$($name::$variant),+];
            fn id(self) -> &'static str {
                match self { $($name::$variant => $id),+ }
            }
            fn label(self) -> &'static str {
                match self { $($name::$variant => $label),+ }
            }
        }
    };
}

measure_state! {
    /// Japan's licensing regime for exports of one material to Korea.
    LicensingRegime {
        /// General bulk licence, valid three years (the status quo since 2004).
        Bulk = ("bulk", "Bulk"),
        /// Individual licence per contract, reviewed up to 90 days, valid about six months.
        Individual = ("individual", "Individual"),
        /// Special bulk licence for exporters with a certified compliance programme.
        SpecialBulk = ("special_bulk", "Special bulk"),
    }
}

measure_state! {
    /// Korea's group in Japan's export-control country groups.
    WhiteListGroup {
        /// Group A, the "white list".
        A = ("a", "Group A (white list)"),
        /// Group B: catch-all controls apply and general bulk licences are unavailable.
        B = ("b", "Group B"),
    }
}

measure_state! {
    /// Korea's WTO case against the measures (DS590).
    WtoCase {
        None = ("none", "No case"),
        Consultations = ("consultations", "Consultations requested"),
        Suspended = ("suspended", "Suspended"),
        Panel = ("panel", "Panel established"),
        Withdrawn = ("withdrawn", "Withdrawn"),
    }
}

measure_state! {
    /// The Korea–Japan General Security of Military Information Agreement.
    Gsomia {
        InForce = ("in_force", "In force"),
        Notified = ("notified", "Termination notified"),
        Terminated = ("terminated", "Terminated"),
    }
}

measure_state! {
    /// Japan's place in Korea's own strategic-goods country groups.
    KoreaWhiteList {
        Listed = ("listed", "Japan on Korea's white list"),
        Removed = ("removed", "Japan removed"),
    }
}

measure_state! {
    /// A Korean government programme (localization or diversification).
    Programme {
        Off = ("off", "Off"),
        On = ("on", "On"),
    }
}

measure_state! {
    /// The bureau-chief-level export-control policy dialogue.
    Dialogue {
        Frozen = ("frozen", "Frozen"),
        Resumed = ("resumed", "Resumed"),
    }
}

/// One dated change of a measure's state.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Change<S> {
    pub from: Date,
    pub state: S,
}

/// Most changes a schedule holds. A schedule is read from links, files, messages and storage, and
/// edited on the page; every one of these goes through [`Schedule::new`] or
/// [`Schedule::new_capped`], so no input can make a schedule longer (the history has at most three
/// changes per measure).
pub const MAX_SCHEDULE_CHANGES: usize = 24;

/// What making a list of (date, state index) changes canonical did to it, as data: the page
/// words it, so that no edit of a schedule is changed or dropped without saying so.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Adjustment {
    /// The changes were put in date order: the change on `date` now comes before the change on
    /// `before`, which was listed ahead of it (the first change out of order).
    Sorted { date: Date, before: Date },
    /// Two or more changes fell on one date: the later in the list, to `state`, was kept.
    SameDate { date: Date, state: usize },
    /// A change to the state already in force was removed. `since` is the date of the change
    /// that put that state in force, or `None` when it is the default state from the start.
    Redundant {
        date: Date,
        state: usize,
        since: Option<Date>,
    },
    /// Changes beyond [`MAX_SCHEDULE_CHANGES`] were dropped.
    OverCap { dropped: usize },
}

/// A list of (date, state index) changes made canonical as [`Schedule::new`] makes it (sorted by
/// date, on one date the later in the list kept, no change to the state already in force, at most
/// [`MAX_SCHEDULE_CHANGES`] changes; state 0 is the default), and what that did to the list, in
/// that order: sorting, same dates, redundant changes, the cap. An already canonical list comes
/// back unchanged with no adjustment.
pub fn canonical_changes(changes: &[(Date, usize)]) -> (Vec<(Date, usize)>, Vec<Adjustment>) {
    let (kept, _, adjustments) = canonicalise(changes);
    (kept, adjustments)
}

/// [`canonical_changes`], with the changes dropped by the cap.
#[allow(clippy::type_complexity)]
fn canonicalise(
    changes: &[(Date, usize)],
) -> (Vec<(Date, usize)>, Vec<(Date, usize)>, Vec<Adjustment>) {
    let mut adjustments = Vec::new();
    // The first change listed after a later date: it moves ahead of the earliest such date.
    let mut latest: Option<Date> = None;
    for (i, &(date, _)) in changes.iter().enumerate() {
        if latest.is_some_and(|l| date < l) {
            let before = changes[..i]
                .iter()
                .map(|c| c.0)
                .filter(|d| *d > date)
                .min()
                .unwrap_or(date);
            adjustments.push(Adjustment::Sorted { date, before });
            break;
        }
        latest = latest.max(Some(date));
    }
    // A stable sort keeps the listed order within a date; the last change of each date wins.
    let mut all = changes.to_vec();
    all.sort_by_key(|c| c.0);
    let mut sorted: Vec<(Date, usize)> = Vec::with_capacity(all.len());
    let mut collided: Vec<Date> = Vec::new();
    for change in all {
        match sorted.last_mut() {
            Some(last) if last.0 == change.0 => {
                last.1 = change.1;
                if collided.last() != Some(&change.0) {
                    collided.push(change.0);
                }
            }
            _ => sorted.push(change),
        }
    }
    for date in collided {
        let state = sorted.iter().find(|c| c.0 == date).map_or(0, |c| c.1);
        adjustments.push(Adjustment::SameDate { date, state });
    }
    let mut canonical: Vec<(Date, usize)> = Vec::with_capacity(sorted.len());
    let (mut current, mut since) = (0, None);
    for (date, state) in sorted {
        if state != current {
            current = state;
            since = Some(date);
            canonical.push((date, state));
        } else {
            adjustments.push(Adjustment::Redundant { date, state, since });
        }
    }
    let dropped = if canonical.len() > MAX_SCHEDULE_CHANGES {
        canonical.split_off(MAX_SCHEDULE_CHANGES)
    } else {
        Vec::new()
    };
    if !dropped.is_empty() {
        adjustments.push(Adjustment::OverCap {
            dropped: dropped.len(),
        });
    }
    (canonical, dropped, adjustments)
}

/// A measure's dated schedule: the default state, then each change in date order.
///
/// The list is kept canonical (sorted, one change per date, no change to the state already in
/// force) so that two schedules that mean the same thing compare equal, and holds at most
/// [`MAX_SCHEDULE_CHANGES`] changes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Schedule<S: MeasureState> {
    changes: Vec<Change<S>>,
}

impl<S: MeasureState> Default for Schedule<S> {
    fn default() -> Self {
        Schedule {
            changes: Vec::new(),
        }
    }
}

impl<S: MeasureState> Schedule<S> {
    /// A canonical schedule from changes in any order; on one date the last change listed wins.
    /// Changes after the first [`MAX_SCHEDULE_CHANGES`] are dropped; [`Schedule::new_capped`]
    /// says which.
    pub fn new(changes: impl IntoIterator<Item = Change<S>>) -> Self {
        Schedule::new_capped(changes).0
    }

    /// A canonical schedule, as [`Schedule::new`], and the canonical changes that were dropped
    /// because they came after the first [`MAX_SCHEDULE_CHANGES`], in date order.
    pub fn new_capped(changes: impl IntoIterator<Item = Change<S>>) -> (Self, Vec<Change<S>>) {
        // The states as indices in `S::ALL` (the default is index 0), canonicalised by the one
        // function that also reports what it did.
        let indexed: Vec<(Date, usize)> = changes
            .into_iter()
            .map(|c| {
                (
                    c.from,
                    S::ALL.iter().position(|s| *s == c.state).unwrap_or(0),
                )
            })
            .collect();
        let (kept, dropped, _) = canonicalise(&indexed);
        let of = |list: Vec<(Date, usize)>| -> Vec<Change<S>> {
            list.into_iter()
                .map(|(from, index)| Change {
                    from,
                    state: S::ALL[index],
                })
                .collect()
        };
        (Schedule { changes: of(kept) }, of(dropped))
    }

    /// A measure switched to `state` from `start`, and back to the default from `end` if given.
    pub fn between(state: S, start: Date, end: Option<Date>) -> Self {
        let mut changes = vec![Change { from: start, state }];
        if let Some(end) = end.filter(|end| *end > start) {
            changes.push(Change {
                from: end,
                state: S::default(),
            });
        }
        Schedule::new(changes)
    }

    pub fn changes(&self) -> &[Change<S>] {
        &self.changes
    }

    /// True when the measure never leaves its default state.
    pub fn is_inactive(&self) -> bool {
        self.changes.is_empty()
    }

    /// State in force on a day (days since 2018-01-01).
    pub fn state_on(&self, day: u32) -> S {
        self.changes
            .iter()
            .take_while(|c| c.from.day_index() <= day)
            .last()
            .map_or_else(S::default, |c| c.state)
    }
}

/// Identifies a measure, for attribution and for listing what a scenario contains.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MeasureId {
    LicensingHf,
    LicensingPhotoresist,
    LicensingPolyimide,
    WhiteList,
    WtoCase,
    Gsomia,
    KoreaWhiteList,
    Localization,
    Diversification,
    Dialogue,
}

impl MeasureId {
    pub const ALL: [MeasureId; 10] = [
        MeasureId::LicensingHf,
        MeasureId::LicensingPhotoresist,
        MeasureId::LicensingPolyimide,
        MeasureId::WhiteList,
        MeasureId::WtoCase,
        MeasureId::Gsomia,
        MeasureId::KoreaWhiteList,
        MeasureId::Localization,
        MeasureId::Diversification,
        MeasureId::Dialogue,
    ];

    /// Licensing of one material.
    pub fn licensing(material: Material) -> MeasureId {
        match material {
            Material::Hf => MeasureId::LicensingHf,
            Material::Photoresist => MeasureId::LicensingPhotoresist,
            Material::Polyimide => MeasureId::LicensingPolyimide,
        }
    }

    /// The material whose licensing this is, if it is a licensing measure.
    pub fn licensed_material(self) -> Option<Material> {
        match self {
            MeasureId::LicensingHf => Some(Material::Hf),
            MeasureId::LicensingPhotoresist => Some(Material::Photoresist),
            MeasureId::LicensingPolyimide => Some(Material::Polyimide),
            _ => None,
        }
    }

    /// Whether the measure can change the outcomes of a material at all: licensing of another
    /// material cannot.
    pub fn can_affect(self, material: Material) -> bool {
        self.licensed_material().is_none_or(|m| m == material)
    }

    /// Stable identifier.
    pub fn id(self) -> &'static str {
        match self {
            MeasureId::LicensingHf => "licensing_hf",
            MeasureId::LicensingPhotoresist => "licensing_photoresist",
            MeasureId::LicensingPolyimide => "licensing_polyimide",
            MeasureId::WhiteList => "white_list",
            MeasureId::WtoCase => "wto_case",
            MeasureId::Gsomia => "gsomia",
            MeasureId::KoreaWhiteList => "korea_white_list",
            MeasureId::Localization => "localization",
            MeasureId::Diversification => "diversification",
            MeasureId::Dialogue => "dialogue",
        }
    }

    /// The states of the measure, (identifier, English label), the default first.
    pub fn states(self) -> Vec<(&'static str, &'static str)> {
        fn of<S: MeasureState>() -> Vec<(&'static str, &'static str)> {
            S::ALL.iter().map(|s| (s.id(), s.label())).collect()
        }
        match self {
            MeasureId::LicensingHf
            | MeasureId::LicensingPhotoresist
            | MeasureId::LicensingPolyimide => of::<LicensingRegime>(),
            MeasureId::WhiteList => of::<WhiteListGroup>(),
            MeasureId::WtoCase => of::<WtoCase>(),
            MeasureId::Gsomia => of::<Gsomia>(),
            MeasureId::KoreaWhiteList => of::<KoreaWhiteList>(),
            MeasureId::Localization | MeasureId::Diversification => of::<Programme>(),
            MeasureId::Dialogue => of::<Dialogue>(),
        }
    }

    /// Who takes the measure, for grouping the controls.
    pub fn side(self) -> Side {
        match self {
            MeasureId::LicensingHf
            | MeasureId::LicensingPhotoresist
            | MeasureId::LicensingPolyimide
            | MeasureId::WhiteList => Side::Japan,
            MeasureId::Dialogue => Side::Both,
            _ => Side::Korea,
        }
    }

    /// What the measure is and what the model does with it, one or two sentences with the source.
    pub fn help(self) -> &'static str {
        match self {
            MeasureId::LicensingHf => {
                "Individual: each buyer's orders of hydrogen fluoride wait for its licence (review rounds of up to 90 days; a licence lasts about six months); Bulk: one three-year licence covers all trade. Individual from 4 July 2019 (Yomiuri), back to bulk 16 March 2023 (METI)."
            }
            MeasureId::LicensingPhotoresist => {
                "Individual: each buyer's orders of photoresist wait for its licence (review rounds of up to 90 days; a licence lasts about six months); Special bulk: vetted exporters ship with extra paperwork per shipment. Individual from 4 July 2019 (Yomiuri), special bulk for continuing trade between firms 20 December 2019 (Yonhap), back to bulk 16 March 2023 (METI)."
            }
            MeasureId::LicensingPolyimide => {
                "Individual: each buyer's orders of fluorinated polyimide wait for its licence (review rounds of up to 90 days; a licence lasts about six months); Bulk: one three-year licence covers all trade. Individual from 4 July 2019 (Yomiuri), back to bulk 16 March 2023 (METI)."
            }
            MeasureId::WhiteList => {
                "Group B: catch-all controls apply and general bulk licences are unavailable, so a bulk regime becomes special bulk; it is also one of the five escalation steps that make up tension. Korea moved to Group B on 28 August 2019 (KBS) and back to Group A on 21 July 2023."
            }
            MeasureId::WtoCase => {
                "Korea's WTO complaint DS590 is one of the five escalation steps of tension while consultations or a panel are under way: consultations requested 11 September 2019, suspended 22 November 2019, panel 29 July 2020, withdrawn 23 March 2023."
            }
            MeasureId::Gsomia => {
                "A notified or completed end of the intelligence pact is one of the five escalation steps of tension. Termination notified 22 August 2019, suspended hours before expiry on 22 November 2019 (Yonhap)."
            }
            MeasureId::KoreaWhiteList => {
                "Korea's own move of Japan to a new group A2 (effective 18 September 2019, restored 24 April 2023) is one of the five escalation steps of tension."
            }
            MeasureId::Localization => {
                "Government money for Korean producers (more than 5 trillion won in 2020-22): with it, the dated Korean capacity additions come in full; without it, only the share firms would have built alone (a parameter)."
            }
            MeasureId::Diversification => {
                "A government push to qualify suppliers in China, Taiwan, Belgium and the US raises the effort buyers put into qualifying third-country supply."
            }
            MeasureId::Dialogue => {
                "Bureau-chief-level export-control talks remove a share of the tension while they run, never below the pre-2019 level: reviews are held less long where the political lever is above zero, and firms expect shorter measures. Resumed 16 December 2019, the first since June 2016."
            }
        }
    }

    /// English label as shown on the page.
    pub fn label(self) -> &'static str {
        match self {
            MeasureId::LicensingHf => "Licensing: hydrogen fluoride",
            MeasureId::LicensingPhotoresist => "Licensing: photoresist",
            MeasureId::LicensingPolyimide => "Licensing: fluorinated polyimide",
            MeasureId::WhiteList => "Korea's white-list status",
            MeasureId::WtoCase => "WTO case",
            MeasureId::Gsomia => "GSOMIA",
            MeasureId::KoreaWhiteList => "Japan off Korea's white list",
            MeasureId::Localization => "Localization programme",
            MeasureId::Diversification => "Diversification drive",
            MeasureId::Dialogue => "Export-control dialogue",
        }
    }
}

/// Who takes a measure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Side {
    Japan,
    Korea,
    Both,
}

impl Side {
    pub const ALL: [Side; 3] = [Side::Japan, Side::Korea, Side::Both];

    pub fn label(self) -> &'static str {
        match self {
            Side::Japan => "Japan's measures",
            Side::Korea => "Korea's responses",
            Side::Both => "Dialogue",
        }
    }
}

/// Every measure's schedule: the dated part of a scenario.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Measures {
    /// Japan's licensing regime, per material (index by [`Material::index`]).
    pub licensing: [Schedule<LicensingRegime>; 3],
    pub white_list: Schedule<WhiteListGroup>,
    pub wto_case: Schedule<WtoCase>,
    pub gsomia: Schedule<Gsomia>,
    pub korea_white_list: Schedule<KoreaWhiteList>,
    pub localization: Schedule<Programme>,
    pub diversification: Schedule<Programme>,
    pub dialogue: Schedule<Dialogue>,
}

impl Measures {
    /// Whether a measure leaves its default state at some point.
    pub fn is_active(&self, id: MeasureId) -> bool {
        !match id {
            MeasureId::LicensingHf => self.licensing[0].is_inactive(),
            MeasureId::LicensingPhotoresist => self.licensing[1].is_inactive(),
            MeasureId::LicensingPolyimide => self.licensing[2].is_inactive(),
            MeasureId::WhiteList => self.white_list.is_inactive(),
            MeasureId::WtoCase => self.wto_case.is_inactive(),
            MeasureId::Gsomia => self.gsomia.is_inactive(),
            MeasureId::KoreaWhiteList => self.korea_white_list.is_inactive(),
            MeasureId::Localization => self.localization.is_inactive(),
            MeasureId::Diversification => self.diversification.is_inactive(),
            MeasureId::Dialogue => self.dialogue.is_inactive(),
        }
    }

    /// The measures that leave their default state, in a fixed order.
    pub fn active(&self) -> Vec<MeasureId> {
        MeasureId::ALL
            .into_iter()
            .filter(|id| self.is_active(*id))
            .collect()
    }

    /// Returns the measure to its default state for the whole period.
    pub fn clear(&mut self, id: MeasureId) {
        match id {
            MeasureId::LicensingHf => self.licensing[0] = Schedule::default(),
            MeasureId::LicensingPhotoresist => self.licensing[1] = Schedule::default(),
            MeasureId::LicensingPolyimide => self.licensing[2] = Schedule::default(),
            MeasureId::WhiteList => self.white_list = Schedule::default(),
            MeasureId::WtoCase => self.wto_case = Schedule::default(),
            MeasureId::Gsomia => self.gsomia = Schedule::default(),
            MeasureId::KoreaWhiteList => self.korea_white_list = Schedule::default(),
            MeasureId::Localization => self.localization = Schedule::default(),
            MeasureId::Diversification => self.diversification = Schedule::default(),
            MeasureId::Dialogue => self.dialogue = Schedule::default(),
        }
    }

    /// A copy keeping only the measures in `keep`.
    pub fn only(&self, keep: &[MeasureId]) -> Measures {
        let mut copy = self.clone();
        for id in MeasureId::ALL {
            if !keep.contains(&id) {
                copy.clear(id);
            }
        }
        copy
    }

    /// A measure's schedule as (date, index of the state in its `ALL`), so that one editor can
    /// handle every measure alike.
    pub fn changes_of(&self, id: MeasureId) -> Vec<(Date, usize)> {
        fn list<S: MeasureState>(schedule: &Schedule<S>) -> Vec<(Date, usize)> {
            schedule
                .changes()
                .iter()
                .map(|c| {
                    (
                        c.from,
                        S::ALL.iter().position(|s| *s == c.state).unwrap_or(0),
                    )
                })
                .collect()
        }
        match id {
            MeasureId::LicensingHf => list(&self.licensing[0]),
            MeasureId::LicensingPhotoresist => list(&self.licensing[1]),
            MeasureId::LicensingPolyimide => list(&self.licensing[2]),
            MeasureId::WhiteList => list(&self.white_list),
            MeasureId::WtoCase => list(&self.wto_case),
            MeasureId::Gsomia => list(&self.gsomia),
            MeasureId::KoreaWhiteList => list(&self.korea_white_list),
            MeasureId::Localization => list(&self.localization),
            MeasureId::Diversification => list(&self.diversification),
            MeasureId::Dialogue => list(&self.dialogue),
        }
    }

    /// Replaces a measure's schedule with (date, state index) changes; out-of-range indices are
    /// dropped and the schedule is made canonical.
    pub fn set_changes(&mut self, id: MeasureId, changes: &[(Date, usize)]) {
        fn build<S: MeasureState>(changes: &[(Date, usize)]) -> Schedule<S> {
            Schedule::new(changes.iter().filter_map(|(from, index)| {
                S::ALL.get(*index).map(|state| Change {
                    from: *from,
                    state: *state,
                })
            }))
        }
        match id {
            MeasureId::LicensingHf => self.licensing[0] = build(changes),
            MeasureId::LicensingPhotoresist => self.licensing[1] = build(changes),
            MeasureId::LicensingPolyimide => self.licensing[2] = build(changes),
            MeasureId::WhiteList => self.white_list = build(changes),
            MeasureId::WtoCase => self.wto_case = build(changes),
            MeasureId::Gsomia => self.gsomia = build(changes),
            MeasureId::KoreaWhiteList => self.korea_white_list = build(changes),
            MeasureId::Localization => self.localization = build(changes),
            MeasureId::Diversification => self.diversification = build(changes),
            MeasureId::Dialogue => self.dialogue = build(changes),
        }
    }

    /// Days on which any measure changes state, sorted and without repeats.
    pub fn change_days(&self) -> Vec<u32> {
        fn days<S: MeasureState>(schedule: &Schedule<S>, out: &mut Vec<u32>) {
            out.extend(schedule.changes().iter().map(|c| c.from.day_index()));
        }
        let mut out = Vec::new();
        for schedule in &self.licensing {
            days(schedule, &mut out);
        }
        days(&self.white_list, &mut out);
        days(&self.wto_case, &mut out);
        days(&self.gsomia, &mut out);
        days(&self.korea_white_list, &mut out);
        days(&self.localization, &mut out);
        days(&self.diversification, &mut out);
        days(&self.dialogue, &mut out);
        out.sort_unstable();
        out.dedup();
        out
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_schedule_keeps_at_most_its_cap_and_names_the_rest() {
        use crate::model::time::Date;
        // Alternating states on consecutive days: every change is canonical.
        let changes: Vec<Change<WhiteListGroup>> = (0..(MAX_SCHEDULE_CHANGES as u32 + 5))
            .map(|i| Change {
                from: Date::from_day_index(10 + i),
                state: if i % 2 == 0 {
                    WhiteListGroup::B
                } else {
                    WhiteListGroup::default()
                },
            })
            .rev()
            .collect();
        let (schedule, dropped) = Schedule::new_capped(changes.clone());
        assert_eq!(schedule.changes().len(), MAX_SCHEDULE_CHANGES);
        assert_eq!(dropped.len(), 5);
        assert!(dropped[0].from > schedule.changes().last().unwrap().from);
        assert_eq!(Schedule::new(changes), schedule);
    }

    use super::*;

    fn date(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    #[test]
    fn schedules_are_canonical() {
        let messy = Schedule::new([
            Change {
                from: date("2020-01"),
                state: WtoCase::Panel,
            },
            Change {
                from: date("2019-09-11"),
                state: WtoCase::Consultations,
            },
            Change {
                from: date("2019-10"),
                state: WtoCase::Consultations,
            },
            Change {
                from: date("2018-01"),
                state: WtoCase::None,
            },
        ]);
        let clean = Schedule::new([
            Change {
                from: date("2019-09-11"),
                state: WtoCase::Consultations,
            },
            Change {
                from: date("2020-01"),
                state: WtoCase::Panel,
            },
        ]);
        assert_eq!(messy, clean);
        assert_eq!(
            messy.state_on(date("2019-09-10").day_index()),
            WtoCase::None
        );
        assert_eq!(
            messy.state_on(date("2019-09-11").day_index()),
            WtoCase::Consultations
        );
        assert_eq!(
            messy.state_on(date("2023-12-31").day_index()),
            WtoCase::Panel
        );
    }

    fn d(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    #[test]
    fn canonical_changes_leave_a_canonical_list_alone() {
        let list = vec![
            (d("2019-12-16"), 1),
            (d("2020-06-02"), 0),
            (d("2023-03-16"), 1),
        ];
        assert_eq!(canonical_changes(&list), (list.clone(), Vec::new()));
        assert_eq!(canonical_changes(&[]), (Vec::new(), Vec::new()));
    }

    #[test]
    fn canonical_changes_report_sorting_and_the_change_made_redundant() {
        // The dialogue's 2023 "Resumed" moved to 2019-09-01: it sorts first, and the 2019-12-16
        // "Resumed" becomes a change to the state already in force.
        let list = [
            (d("2019-12-16"), 1),
            (d("2020-06-02"), 0),
            (d("2019-09-01"), 1),
        ];
        let (kept, adjustments) = canonical_changes(&list);
        assert_eq!(kept, vec![(d("2019-09-01"), 1), (d("2020-06-02"), 0)]);
        assert_eq!(
            adjustments,
            vec![
                Adjustment::Sorted {
                    date: d("2019-09-01"),
                    before: d("2019-12-16"),
                },
                Adjustment::Redundant {
                    date: d("2019-12-16"),
                    state: 1,
                    since: Some(d("2019-09-01")),
                },
            ]
        );
        // A change to the default state before any other change is in force from the start.
        let (kept, adjustments) = canonical_changes(&[(d("2019-01-01"), 0)]);
        assert!(kept.is_empty());
        assert_eq!(
            adjustments,
            vec![Adjustment::Redundant {
                date: d("2019-01-01"),
                state: 0,
                since: None,
            }]
        );
    }

    #[test]
    fn canonical_changes_keep_the_later_of_two_changes_on_one_date() {
        let list = [
            (d("2019-07-04"), 1),
            (d("2019-07-04"), 2),
            (d("2020-01-01"), 0),
        ];
        let (kept, adjustments) = canonical_changes(&list);
        assert_eq!(kept, vec![(d("2019-07-04"), 2), (d("2020-01-01"), 0)]);
        assert_eq!(
            adjustments,
            vec![Adjustment::SameDate {
                date: d("2019-07-04"),
                state: 2,
            }]
        );
    }

    #[test]
    fn canonical_changes_count_what_the_cap_drops() {
        let list: Vec<(Date, usize)> = (0..MAX_SCHEDULE_CHANGES as u32 + 3)
            .map(|i| (Date::from_day_index(100 + i), (i as usize + 1) % 2))
            .collect();
        let (kept, adjustments) = canonical_changes(&list);
        assert_eq!(kept.len(), MAX_SCHEDULE_CHANGES);
        assert_eq!(adjustments, vec![Adjustment::OverCap { dropped: 3 }]);
    }

    #[test]
    fn between_returns_to_the_default() {
        let s = Schedule::between(Programme::On, date("2019-08"), Some(date("2020-08")));
        assert_eq!(s.changes().len(), 2);
        assert_eq!(s.state_on(date("2020-07-31").day_index()), Programme::On);
        assert_eq!(s.state_on(date("2020-08-01").day_index()), Programme::Off);
    }

    #[test]
    fn changes_round_trip_through_state_indices() {
        let mut m = Measures::default();
        for id in MeasureId::ALL {
            let states = id.states();
            assert!(states.len() >= 2, "{id:?}");
            let changes = vec![(date("2019-07-04"), 1), (date("2021-01"), 0)];
            m.set_changes(id, &changes);
            assert_eq!(m.changes_of(id), changes, "{id:?}");
            assert!(m.is_active(id));
            m.set_changes(id, &[(date("2019-07-04"), 99)]);
            assert!(!m.is_active(id), "an unknown state index is dropped");
        }
    }

    #[test]
    fn only_keeps_the_named_measures() {
        let m = Measures {
            gsomia: Schedule::between(Gsomia::Notified, date("2019-08-22"), None),
            dialogue: Schedule::between(Dialogue::Resumed, date("2019-12-16"), None),
            ..Measures::default()
        };
        assert_eq!(m.active(), vec![MeasureId::Gsomia, MeasureId::Dialogue]);
        assert_eq!(
            m.only(&[MeasureId::Dialogue]).active(),
            vec![MeasureId::Dialogue]
        );
    }
}
