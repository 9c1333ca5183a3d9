//! The order pipeline of a supply route: tonnes ordered and not yet delivered.
//!
//! Each stage is a first-order material delay (Sterman, *Business Dynamics*, ch. 11):
//!
//! ```text
//! d(stage)/dt = inflow − outflow,   outflow = stage / delay
//! ```
//!
//! integrated over a step of `dt` by backward Euler, which keeps every stock non-negative and
//! conserves tonnes exactly:
//!
//! ```text
//! stage' = (stage + inflow × dt) / (1 + dt / delay),   delivered = stage' × dt / delay
//! ```
//!
//! In a steady state the stage holds `outflow × delay` (Little's law), which is how the model's
//! lead time is measured: supply line ÷ delivery rate.

/// The backward-Euler factor of a first-order delay over a step: the share of a stock that stays,
/// `1 / (1 + dt / delay)`. The simulation computes it once per step length.
pub fn keep(days: f64, delay_days: f64) -> f64 {
    if delay_days <= 0.0 {
        0.0
    } else {
        1.0 / (1.0 + days / delay_days)
    }
}

/// One delay stage of a route. Its stock is in tonnes.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Stage {
    /// Tonnes in the stage.
    pub tonnes: f64,
}

impl Stage {
    /// A stage already in the steady state of `rate` (t/month) through `delay_days`.
    pub fn steady(rate: f64, delay_days: f64) -> Stage {
        Stage {
            tonnes: rate * delay_days / super::time::DAYS_PER_MONTH,
        }
    }

    /// Takes `inflow` tonnes over `days` and returns the tonnes delivered in that time.
    pub fn advance(&mut self, inflow: f64, days: f64, delay_days: f64) -> f64 {
        self.advance_kept(inflow, keep(days, delay_days))
    }

    /// [`Stage::advance`] with the step's [`keep`] factor computed beforehand.
    pub fn advance_kept(&mut self, inflow: f64, keep: f64) -> f64 {
        let total = self.tonnes + inflow;
        self.tonnes = total * keep;
        total - self.tonnes
    }

    /// Removes up to `tonnes` from the stage (goods held back at a border) and returns what moved.
    pub fn take(&mut self, tonnes: f64) -> f64 {
        let moved = tonnes.clamp(0.0, self.tonnes);
        self.tonnes -= moved;
        moved
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tonnes_are_conserved_and_a_longer_delay_delivers_later() {
        let mut short = Stage::default();
        let mut long = Stage::default();
        let (mut short_out, mut long_out) = (0.0, 0.0);
        for _ in 0..4 {
            short_out += short.advance(100.0, 7.0, 21.0);
            long_out += long.advance(100.0, 7.0, 60.0);
        }
        assert!((short_out + short.tonnes - 400.0).abs() < 1e-9);
        assert!((long_out + long.tonnes - 400.0).abs() < 1e-9);
        assert!(long_out < short_out);
    }

    #[test]
    fn a_steady_stage_holds_rate_times_delay() {
        let mut stage = Stage::steady(300.0, 21.0);
        let rate_per_day = 300.0 / super::super::time::DAYS_PER_MONTH;
        let out = stage.advance(rate_per_day * 7.0, 7.0, 21.0);
        assert!((out - rate_per_day * 7.0).abs() < 1e-9);
        assert!((stage.tonnes - rate_per_day * 21.0).abs() < 1e-9);
    }
}
