//! Undo and redo: the states the reader has rested on, oldest first, and where the page is among
//! them.
//!
//! A state is recorded when the controls rest (the page commits it), not on every step of a
//! slider, so one undo takes back one whole edit. A state shown but not yet committed is "pending";
//! undo first keeps it, so that redo can bring it back.

/// Most states kept; the oldest are forgotten first.
pub const MAX_ENTRIES: usize = 100;

#[derive(Clone, Debug, PartialEq)]
pub struct History<T> {
    entries: Vec<T>,
    at: usize,
}

impl<T: Clone + PartialEq> History<T> {
    /// A history holding only the state the page opened with.
    pub fn new(first: T) -> Self {
        History {
            entries: vec![first],
            at: 0,
        }
    }

    /// The state the page rests on.
    pub fn current(&self) -> &T {
        &self.entries[self.at]
    }

    /// Position of the current state, counted from the oldest kept.
    pub fn position(&self) -> usize {
        self.at
    }

    /// The state before the current one, if any.
    pub fn previous(&self) -> Option<&T> {
        self.at.checked_sub(1).map(|i| &self.entries[i])
    }

    /// Records `state` as the new current state, forgetting any redo. Returns whether it was new
    /// (a state equal to the current one is not recorded twice).
    pub fn commit(&mut self, state: T) -> bool {
        if *self.current() == state {
            return false;
        }
        self.entries.truncate(self.at + 1);
        self.entries.push(state);
        if self.entries.len() > MAX_ENTRIES {
            self.entries.remove(0);
        }
        self.at = self.entries.len() - 1;
        true
    }

    pub fn can_undo(&self) -> bool {
        self.at > 0
    }

    pub fn can_redo(&self) -> bool {
        self.at + 1 < self.entries.len()
    }

    /// Steps back one state and returns it.
    pub fn undo(&mut self) -> Option<&T> {
        self.at = self.at.checked_sub(1)?;
        Some(self.current())
    }

    /// Steps forward one state and returns it.
    pub fn redo(&mut self) -> Option<&T> {
        if !self.can_redo() {
            return None;
        }
        self.at += 1;
        Some(self.current())
    }

    /// Moves to a state the browser brought back: to `position` when the state recorded there is
    /// `state`, else as [`History::go_to`].
    pub fn restore(&mut self, position: Option<usize>, state: T) {
        match position {
            Some(p) if self.entries.get(p) == Some(&state) => self.at = p,
            _ => self.go_to(state),
        }
    }

    /// Moves to the recorded state equal to `state` nearest the current position (the browser's
    /// Back and Forward name a state, not a step), or records it when it is not known.
    pub fn go_to(&mut self, state: T) {
        let nearest = (0..self.entries.len())
            .filter(|&i| self.entries[i] == state)
            .min_by_key(|&i| i.abs_diff(self.at));
        match nearest {
            Some(i) => self.at = i,
            None => {
                self.commit(state);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn undo_and_redo_walk_the_committed_states() {
        let mut history = History::new(0);
        assert!(!history.can_undo() && !history.can_redo());
        assert!(history.commit(1));
        assert!(!history.commit(1), "the same state twice is one entry");
        assert!(history.commit(2));
        assert_eq!(history.previous(), Some(&1));
        assert_eq!(history.undo(), Some(&1));
        assert_eq!(history.undo(), Some(&0));
        assert_eq!(history.undo(), None);
        assert_eq!(history.current(), &0);
        assert_eq!(history.redo(), Some(&1));
        assert_eq!(history.redo(), Some(&2));
        assert_eq!(history.redo(), None);
    }

    #[test]
    fn a_new_edit_after_undo_forgets_the_redo() {
        let mut history = History::new("a");
        history.commit("b");
        history.commit("c");
        history.undo();
        assert!(history.commit("d"));
        assert!(!history.can_redo());
        assert_eq!(history.undo(), Some(&"b"));
    }

    #[test]
    fn only_the_newest_states_are_kept() {
        let mut history = History::new(0);
        for i in 1..=MAX_ENTRIES + 10 {
            history.commit(i);
        }
        assert_eq!(history.position(), MAX_ENTRIES - 1);
        let mut oldest = *history.current();
        while let Some(state) = history.undo() {
            oldest = *state;
        }
        assert_eq!(oldest, 11);
    }

    #[test]
    fn go_to_finds_the_nearest_equal_state_or_records_a_new_one() {
        let mut history = History::new(0);
        for state in [1, 0, 2] {
            history.commit(state);
        }
        history.go_to(0);
        assert_eq!(history.position(), 2, "the 0 nearest the current position");
        history.restore(Some(1), 0);
        assert_eq!(history.position(), 2, "position 1 holds another state");
        history.restore(Some(0), 0);
        assert_eq!(history.position(), 0);
        history.go_to(7);
        assert_eq!(history.current(), &7);
        assert!(!history.can_redo());
    }
}
