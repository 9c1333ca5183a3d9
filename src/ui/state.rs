//! The page's state: the scenario and a reducer that applies the scenario's own actions.

use crate::scenario::actions::Action;
use crate::scenario::Scenario;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct ScenarioState {
    pub scenario: Scenario,
}

impl Reducible for ScenarioState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = self.scenario.apply(action);
        if next == self.scenario {
            self
        } else {
            Rc::new(ScenarioState { scenario: next })
        }
    }
}
