//! Two scenarios side by side: the one the controls edit and a second one shown against it, what
//! can be done to the pair, and the list of settings in which they differ.

use super::actions::Action;
use super::Scenario;
use crate::model::params::all_params;
use crate::model::time::Date;
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

/// One setting in which two scenarios differ, in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Difference {
    /// The measure's or parameter's name.
    pub setting: String,
    pub a: String,
    pub b: String,
}

/// A measure's schedule in words: "Bulk throughout" or "Individual from 2019-07-04, Bulk from
/// 2023-03".
pub fn describe_schedule(measure: MeasureId, changes: &[(Date, usize)]) -> String {
    let states = measure.states();
    if changes.is_empty() {
        return format!("{} throughout", states[0].1);
    }
    changes
        .iter()
        .map(|(date, state)| {
            let label = states.get(*state).map_or("?", |s| s.1);
            if *date == Date::START {
                format!("{label} from the start")
            } else {
                format!("{label} from {date}")
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Every measure and parameter that differs between two scenarios, measures first, in the order
/// of the controls.
pub fn differences(a: &Scenario, b: &Scenario) -> Vec<Difference> {
    let mut out = Vec::new();
    for measure in MeasureId::ALL {
        let (ca, cb) = (
            a.measures.changes_of(measure),
            b.measures.changes_of(measure),
        );
        if ca != cb {
            out.push(Difference {
                setting: measure.label().to_string(),
                a: describe_schedule(measure, &ca),
                b: describe_schedule(measure, &cb),
            });
        }
    }
    for view in all_params() {
        let (va, vb) = (a.params.get(view.param), b.params.get(view.param));
        if va != vb {
            let setting = match view.material {
                Some(material) => format!("{} ({})", view.label, material.name().to_lowercase()),
                None => view.label.to_string(),
            };
            out.push(Difference {
                setting,
                a: format!("{va} {}", view.unit),
                b: format!("{vb} {}", view.unit),
            });
        }
    }
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
    fn differences_name_each_setting_with_both_values() {
        let a = Preset::History.scenario();
        assert!(differences(&a, &a).is_empty());
        let mut b = a.clone();
        b.measures.set_changes(MeasureId::Dialogue, &[]);
        b.params.set(ParamRef::Global(G::NoticeDays), 10.0);
        let found = differences(&a, &b);
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].setting, MeasureId::Dialogue.label());
        assert!(found[0].a.contains("2019-12-16"), "{:?}", found[0]);
        assert!(found[0].b.ends_with("throughout"), "{:?}", found[0]);
        assert!(found[1].a.starts_with("3 "), "{:?}", found[1]);
        assert!(found[1].b.starts_with("10 "), "{:?}", found[1]);
        // Every measure of history differs from the baseline.
        let from_baseline = differences(&a, &Scenario::default());
        assert_eq!(from_baseline.len(), a.measures.active().len());
    }
}
