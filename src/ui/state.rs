//! The page's state: the scenario being edited and the one compared with it, and a reducer that
//! applies the scenario module's own actions.

use crate::scenario::compare::{Workspace, WorkspaceAction};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct WorkspaceState {
    pub workspace: Workspace,
}

impl Reducible for WorkspaceState {
    type Action = WorkspaceAction;

    fn reduce(self: Rc<Self>, action: WorkspaceAction) -> Rc<Self> {
        let next = self.workspace.apply(action);
        if next == self.workspace {
            self
        } else {
            Rc::new(WorkspaceState { workspace: next })
        }
    }
}
