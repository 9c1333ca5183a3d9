//! The page's state: the scenario being edited and the one compared with it, the states the reader
//! has rested on (for undo and redo), and a reducer that applies the scenario module's own actions.

use crate::scenario::compare::{Workspace, WorkspaceAction};
use crate::scenario::history::History;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Clone, Debug, PartialEq)]
pub struct WorkspaceState {
    /// What the page shows now.
    pub workspace: Workspace,
    /// What it has rested on: committed once the controls rest, not on every slider step.
    /// Shared between states: a slider step does not copy it.
    pub history: Rc<History<Workspace>>,
}

impl WorkspaceState {
    pub fn new(workspace: Workspace) -> Self {
        WorkspaceState {
            history: Rc::new(History::new(workspace.clone())),
            workspace,
        }
    }

    /// Whether what is shown has not been committed yet.
    pub fn pending(&self) -> bool {
        self.workspace != *self.history.current()
    }

    /// The state before the last change: the committed one while a change is pending, else the
    /// one before it.
    pub fn before(&self) -> Option<&Workspace> {
        if self.pending() {
            Some(self.history.current())
        } else {
            self.history.previous()
        }
    }

    pub fn can_undo(&self) -> bool {
        self.pending() || self.history.can_undo()
    }

    pub fn can_redo(&self) -> bool {
        !self.pending() && self.history.can_redo()
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum StateAction {
    /// An action on the workspace.
    Do(WorkspaceAction),
    /// The controls rest: what is shown becomes a state to come back to.
    Commit,
    Undo,
    Redo,
    /// The browser went back or forward to a state (its address read back) at a position of the
    /// history, when its entry names one.
    Restore(Box<Workspace>, Option<usize>),
}

impl From<WorkspaceAction> for StateAction {
    fn from(action: WorkspaceAction) -> Self {
        StateAction::Do(action)
    }
}

impl Reducible for WorkspaceState {
    type Action = StateAction;

    fn reduce(self: Rc<Self>, action: StateAction) -> Rc<Self> {
        let mut history = self.history.clone();
        let workspace = match action {
            StateAction::Do(action) => {
                let next = self.workspace.apply(action);
                if next == self.workspace {
                    return self;
                }
                next
            }
            StateAction::Commit => {
                if !self.pending() {
                    return self;
                }
                Rc::make_mut(&mut history).commit(self.workspace.clone());
                self.workspace.clone()
            }
            StateAction::Undo => {
                if !self.can_undo() {
                    return self;
                }
                // A pending change is kept first, so that redo brings it back.
                let history = Rc::make_mut(&mut history);
                history.commit(self.workspace.clone());
                history
                    .undo()
                    .cloned()
                    .unwrap_or_else(|| self.workspace.clone())
            }
            StateAction::Redo => {
                if !self.can_redo() {
                    return self;
                }
                let history = Rc::make_mut(&mut history);
                history
                    .redo()
                    .cloned()
                    .unwrap_or_else(|| self.workspace.clone())
            }
            StateAction::Restore(workspace, position) => {
                Rc::make_mut(&mut history).restore(position, (*workspace).clone());
                *workspace
            }
        };
        Rc::new(WorkspaceState { workspace, history })
    }
}
