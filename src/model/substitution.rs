//! Substitution: third-country suppliers qualified against the risk of Japanese supply, Korean
//! capacity from dated additions, and recycling.
//!
//! ```text
//! delay     = max(0, jp_lead + E_w − third_lead)                how much slower Japan's route is expected to be
//! severity  = controlled × delay / (delay + third_lead)         0 while Japan is no slower
//! pays      = D / (D + q)                                      D: expected duration, q: qualification
//! effort    = severity × pays × (private + (1 − private) × drive)
//! target    = third_max × effort × (lasting + (1 − lasting) × blocked)
//! qualified = third-order delay of target over q while it rises;
//!             d(qualified)/dt = (target − qualified) / requalification while it falls
//! korean capacity: d(K)/dt = (Σ realised additions − K) / ramp  (never falls: plants are sunk)
//! recycling:       d(r)/dt = (recycling_share × [ever restricted] − r) / ramp
//! ```
//!
//! A qualified source is kept while it serves: contracts and qualification are sunk costs, so
//! Japan wins volume back only as buyers requalify it.

use super::pipeline::keep;
use super::time::DAYS_PER_MONTH;

/// How much the expected delay of Japan's route, licence wait included, exceeds the third-country
/// route's, as a share that grows from 0 (Japan no slower) toward 1, for the controlled grade.
pub fn severity(
    controlled: f64,
    expected_wait_days: f64,
    jp_lead_days: f64,
    third_lead_days: f64,
) -> f64 {
    let delay = jp_lead_days + expected_wait_days - third_lead_days;
    if delay <= 0.0 {
        0.0
    } else {
        controlled * delay / (delay + third_lead_days)
    }
}

/// Share of a qualification effort that pays: the restriction is expected to outlast it.
pub fn pays(expected_duration_months: f64, qualification_months: f64) -> f64 {
    expected_duration_months / (expected_duration_months + qualification_months)
}

/// Extra third-country supply that buyers have qualified, as a share of demand.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct ThirdCountries {
    /// The qualification pipeline: three stages of a third-order delay.
    stages: [f64; 3],
    /// Qualified extra share of demand.
    pub qualified: f64,
}

impl ThirdCountries {
    /// Advances over `days` toward `target`, qualifying over `qualification_months` and giving way
    /// to requalified Japanese supply over `requalification_months`.
    pub fn advance(
        &mut self,
        target: f64,
        days: f64,
        qualification_months: f64,
        requalification_months: f64,
    ) -> f64 {
        self.advance_kept(
            target,
            keep(days, qualification_months * DAYS_PER_MONTH / 3.0),
            keep(days, requalification_months * DAYS_PER_MONTH),
        )
    }

    /// [`ThirdCountries::advance`] with the step's keep factors of one qualification stage and of
    /// requalification computed beforehand.
    pub fn advance_kept(&mut self, target: f64, stage_keep: f64, requalification_keep: f64) -> f64 {
        let mut upstream = target;
        for stage in &mut self.stages {
            *stage = upstream + (*stage - upstream) * stage_keep;
            upstream = *stage;
        }
        let ready = self.stages[2];
        if ready >= self.qualified {
            self.qualified = ready;
        } else {
            self.qualified = ready + (self.qualified - ready) * requalification_keep;
        }
        self.qualified
    }
}

/// A share that moves up toward a target with a time constant and never falls (sunk capacity).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct SunkShare {
    pub share: f64,
}

impl SunkShare {
    pub fn advance(&mut self, target: f64, days: f64, ramp_months: f64) -> f64 {
        self.advance_kept(target, keep(days, ramp_months * DAYS_PER_MONTH))
    }

    /// [`SunkShare::advance`] with the step's keep factor computed beforehand.
    pub fn advance_kept(&mut self, target: f64, keep: f64) -> f64 {
        if target > self.share {
            self.share = target + (self.share - target) * keep;
        }
        self.share
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn severity_grows_with_the_wait_and_is_zero_without_one() {
        assert_eq!(severity(1.0, 0.0, 21.0, 30.0), 0.0);
        assert!(severity(1.0, 90.0, 21.0, 30.0) > severity(1.0, 20.0, 21.0, 30.0));
        assert!(severity(0.5, 90.0, 21.0, 30.0) < severity(1.0, 90.0, 21.0, 30.0));
        // A slower Japanese route makes diversifying more attractive, never less.
        assert!(severity(1.0, 90.0, 60.0, 30.0) > severity(1.0, 90.0, 21.0, 30.0));
    }

    #[test]
    fn qualified_supply_comes_late_and_leaves_slowly() {
        let mut third = ThirdCountries::default();
        let first = third.advance(0.3, 7.6, 2.0, 24.0);
        assert!(first > 0.0 && first < 0.05, "{first}");
        for _ in 0..40 {
            third.advance(0.3, 7.6, 2.0, 24.0);
        }
        assert!(third.qualified > 0.29);
        for _ in 0..4 {
            third.advance(0.0, 7.6, 2.0, 24.0);
        }
        assert!(
            third.qualified > 0.2,
            "kept while it serves: {}",
            third.qualified
        );
    }

    #[test]
    fn sunk_capacity_never_falls() {
        let mut k = SunkShare::default();
        k.advance(0.3, 30.0, 3.0);
        let built = k.share;
        k.advance(0.0, 300.0, 3.0);
        assert_eq!(k.share, built);
    }
}
