//! What a user can do to a scenario, and the pure function that does it. The page's reducer wraps
//! this; side effects (the address bar) live in the page, never here.

use super::{Preset, Scenario};
use crate::model::params::{ParamRef, Params};
use crate::model::time::Date;
use crate::model::MeasureId;

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Replace the whole scenario with a preset.
    LoadPreset(Preset),
    /// Set one parameter; the value is clamped to its range.
    SetParam(ParamRef, f64),
    /// Set several parameters at once (one account's calibrated values, for instance); each
    /// value is clamped to its range.
    SetParams(Vec<(ParamRef, f64)>),
    /// Put every parameter back to its default, keeping the measures.
    ResetParams,
    /// Replace a measure's dated changes, as (date, state index) pairs.
    SetChanges(MeasureId, Vec<(Date, usize)>),
    /// Replace the whole scenario (a loaded file, for instance).
    Replace(Box<Scenario>),
}

impl Scenario {
    /// The scenario after an action.
    pub fn apply(&self, action: Action) -> Scenario {
        match action {
            Action::LoadPreset(preset) => preset.scenario(),
            Action::SetParam(param, value) => {
                let mut next = self.clone();
                next.params.set(param, value);
                next
            }
            Action::SetParams(values) => {
                let mut next = self.clone();
                for (param, value) in values {
                    next.params.set(param, value);
                }
                next
            }
            Action::ResetParams => Scenario {
                measures: self.measures.clone(),
                params: Params::default(),
            },
            Action::SetChanges(id, changes) => {
                let mut next = self.clone();
                next.measures.set_changes(id, &changes);
                next
            }
            Action::Replace(scenario) => *scenario,
        }
    }

    /// The preset this scenario is exactly, if any.
    pub fn matching_preset(&self) -> Option<Preset> {
        Preset::ALL
            .into_iter()
            .find(|preset| preset.scenario() == *self)
    }

    /// How many parameters differ from their defaults.
    pub fn changed_param_count(&self) -> usize {
        self.params.changed().count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::params::G;

    #[test]
    fn actions_change_only_what_they_name() {
        let history = Preset::History.scenario();
        let loaded = Scenario::default().apply(Action::LoadPreset(Preset::History));
        assert_eq!(loaded, history);
        assert_eq!(loaded.matching_preset(), Some(Preset::History));

        let tuned = history.apply(Action::SetParam(ParamRef::Global(G::NoticeDays), 1e6));
        assert_eq!(tuned.params.g(G::NoticeDays), 60.0, "clamped to the range");
        assert_eq!(tuned.measures, history.measures);
        assert_eq!(tuned.matching_preset(), None);
        assert_eq!(tuned.apply(Action::ResetParams), history);
        let several = history.apply(Action::SetParams(vec![
            (ParamRef::Global(G::NoticeDays), 10.0),
            (ParamRef::Global(G::PoliticalLeverDays), -5.0),
        ]));
        assert_eq!(several.params.g(G::NoticeDays), 10.0);
        assert_eq!(
            several.params.g(G::PoliticalLeverDays),
            0.0,
            "clamped to the range"
        );
        assert_eq!(several.measures, history.measures);

        let date = Date::parse("2020-01").unwrap();
        let edited = history.apply(Action::SetChanges(MeasureId::Dialogue, vec![(date, 1)]));
        assert_eq!(
            edited.measures.changes_of(MeasureId::Dialogue),
            vec![(date, 1)]
        );
        assert_eq!(edited.params, history.params);
        let cleared = edited.apply(Action::SetChanges(MeasureId::Dialogue, Vec::new()));
        assert!(!cleared.measures.is_active(MeasureId::Dialogue));
        assert_eq!(
            cleared.apply(Action::Replace(Box::new(history.clone()))),
            history
        );
    }
}
