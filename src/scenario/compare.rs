//! Two scenarios side by side: the one the controls edit and a second one shown against it, what
//! can be done to the pair, and the list of settings in which they differ.

use super::actions::Action;
use super::Scenario;
use crate::model::params::all_params;
use crate::model::MeasureId;

/// The scenario being edited and, when comparing, the other one.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Workspace {
    pub scenario: Scenario,
    pub compare: Option<Scenario>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum WorkspaceAction {
    /// An action on the scenario being edited.
    Edit(Action),
    /// Compare with a scenario, or stop comparing.
    CompareWith(Option<Box<Scenario>>),
    /// Edit the compared scenario instead: the two change places.
    Swap,
    /// Replace both (a link sent by an embedding page, for instance).
    Replace(Box<Workspace>),
}

impl Workspace {
    /// The pair after an action.
    pub fn apply(&self, action: WorkspaceAction) -> Workspace {
        match action {
            WorkspaceAction::Edit(action) => Workspace {
                scenario: self.scenario.apply(action),
                compare: self.compare.clone(),
            },
            WorkspaceAction::CompareWith(other) => Workspace {
                scenario: self.scenario.clone(),
                compare: other.map(|b| *b),
            },
            WorkspaceAction::Swap => match &self.compare {
                Some(other) => Workspace {
                    scenario: other.clone(),
                    compare: Some(self.scenario.clone()),
                },
                None => self.clone(),
            },
            WorkspaceAction::Replace(workspace) => *workspace,
        }
    }
}

/// A setting in which two scenarios can differ.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Setting {
    Measure(MeasureId),
    /// A parameter, by its index in the parameter table.
    Param(usize),
}

/// Every measure and parameter that differs between two scenarios, measures first, in the order
/// of the controls. The page words each with both values.
pub fn differences(a: &Scenario, b: &Scenario) -> Vec<Setting> {
    let mut out: Vec<Setting> = MeasureId::ALL
        .into_iter()
        .filter(|m| a.measures.changes_of(*m) != b.measures.changes_of(*m))
        .map(Setting::Measure)
        .collect();
    out.extend(
        all_params()
            .iter()
            .enumerate()
            .filter(|(_, view)| a.params.get(view.param) != b.params.get(view.param))
            .map(|(index, _)| Setting::Param(index)),
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::params::{ParamRef, G};
    use crate::scenario::Preset;

    #[test]
    fn the_pair_changes_only_as_asked() {
        let history = Preset::History.scenario();
        let start = Workspace {
            scenario: history.clone(),
            compare: None,
        };
        let compared = start.apply(WorkspaceAction::CompareWith(Some(Box::new(
            Scenario::default(),
        ))));
        assert_eq!(compared.scenario, history);
        assert_eq!(compared.compare, Some(Scenario::default()));
        let edited = compared.apply(WorkspaceAction::Edit(Action::SetParam(
            ParamRef::Global(G::NoticeDays),
            10.0,
        )));
        assert_eq!(
            edited.compare,
            Some(Scenario::default()),
            "editing leaves b alone"
        );
        assert_eq!(edited.scenario.params.g(G::NoticeDays), 10.0);
        let swapped = edited.apply(WorkspaceAction::Swap);
        assert_eq!(swapped.scenario, Scenario::default());
        assert_eq!(swapped.compare, Some(edited.scenario.clone()));
        assert_eq!(swapped.apply(WorkspaceAction::Swap), edited);
        assert_eq!(start.apply(WorkspaceAction::Swap), start, "nothing to swap");
        assert_eq!(
            edited.apply(WorkspaceAction::CompareWith(None)).compare,
            None
        );
    }

    #[test]
    fn differences_name_each_setting_that_differs() {
        let a = Preset::History.scenario();
        assert!(differences(&a, &a).is_empty());
        let mut b = a.clone();
        b.measures.set_changes(MeasureId::Dialogue, &[]);
        b.params.set(ParamRef::Global(G::NoticeDays), 10.0);
        let found = differences(&a, &b);
        let notice = all_params()
            .iter()
            .position(|v| v.param == ParamRef::Global(G::NoticeDays))
            .unwrap();
        assert_eq!(
            found,
            [
                Setting::Measure(MeasureId::Dialogue),
                Setting::Param(notice)
            ]
        );
        // Every measure of history differs from the baseline.
        let from_baseline = differences(&a, &Scenario::default());
        assert_eq!(from_baseline.len(), a.measures.active().len());
    }
}
