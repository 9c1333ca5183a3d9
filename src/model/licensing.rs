//! The licence pipeline under individual licensing.
//!
//! One review round lasts at least a quarter of its mean, then ends with a constant chance per day
//! (a shifted exponential), and is decided by the cap at the latest. A round ends in a licence with
//! the approval probability; otherwise the exporter must file more documents and a new round starts,
//! so the expected total wait is the expected round divided by the approval probability.
//! The total wait is approximated by a shifted exponential with that mean and a dead time of a
//! fixed share of it (no licence comes sooner), so that the share of buyers still waiting can be
//! carried as a single number through changes in the climate.

use super::measures::{LicensingRegime, Material};
use super::params::{Params, G, M};

/// How hard a regime is on trade, from 0 (bulk) to 1 (individual licensing). Used to size
/// precautionary buying and the pressure to diversify.
pub fn friction(regime: LicensingRegime) -> f64 {
    match regime {
        LicensingRegime::Bulk => 0.0,
        LicensingRegime::SpecialBulk => 0.25,
        LicensingRegime::Individual => 1.0,
    }
}

/// Review conditions for one material at one moment.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Review {
    /// Mean length of one round, days.
    pub mean_days: f64,
    /// Cap on one round, days.
    pub cap_days: f64,
    /// Shortest total wait (no licence comes sooner), days.
    pub min_days: f64,
    /// Expected length of one round after the cap, days.
    pub expected_round_days: f64,
    /// Chance that a round ends in a licence.
    pub approval_probability: f64,
    /// Expected total wait over all rounds, days.
    pub expected_wait_days: f64,
}

impl Review {
    pub fn new(params: &Params, material: Material, climate: f64) -> Review {
        let mean_days = (params.m(M::ReviewDays, material)
            * (1.0 + params.g(G::ReviewClimateElasticity) * climate))
            .max(1.0);
        let cap_days = params.g(G::ReviewCapDays)
            * (1.0 + params.g(G::ReviewClimateStretch) * climate.max(0.0));
        // One round: at least a quarter of the mean, then a constant chance per day, cut at the cap.
        let round_min_days = (0.25 * mean_days).min(cap_days);
        let tail_days = mean_days - round_min_days;
        let expected_round_days = if tail_days <= 1e-9 {
            round_min_days
        } else {
            round_min_days + tail_days * (1.0 - libm::exp(-(cap_days - round_min_days) / tail_days))
        };
        let approval_probability = (params.m(M::ApprovalProbability, material)
            * (1.0 - params.g(G::ApprovalClimateElasticity) * climate))
            .clamp(0.05, 1.0);
        let expected_wait_days = expected_round_days / approval_probability;
        Review {
            mean_days,
            cap_days,
            min_days: params.g(G::ReviewMinFraction) * expected_wait_days,
            expected_round_days,
            approval_probability,
            expected_wait_days,
        }
    }

    /// Share of the buyers still waiting at `age_from` who get their licence by `age_to` (days
    /// since the regime switched to individual licensing).
    pub fn licensed_share_between(&self, age_from: f64, age_to: f64) -> f64 {
        let exposed = self.exposed_days(age_from, age_to);
        if exposed <= 0.0 {
            return 0.0;
        }
        1.0 - libm::exp(-exposed * self.hazard_per_day())
    }

    /// Days between two ages (days since the switch) that fall after the dead time.
    pub fn exposed_days(&self, age_from: f64, age_to: f64) -> f64 {
        age_to - age_from.max(self.min_days)
    }

    /// Chance per day that a buyer still waiting past the dead time gets a licence.
    pub fn hazard_per_day(&self) -> f64 {
        1.0 / (self.expected_wait_days - self.min_days).max(1.0)
    }

    /// Share of the time an established buyer is without a valid licence because renewals take
    /// longer than the lead with which they are filed.
    pub fn renewal_gap(&self, params: &Params) -> f64 {
        let validity_days = params.g(G::IndividualValidityMonths) * super::time::DAYS_PER_MONTH;
        ((self.expected_wait_days - params.g(G::RenewalLeadDays)).max(0.0) / validity_days).min(1.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tension_lengthens_waits_and_relief_shortens_them() {
        let params = Params::default();
        for material in Material::ALL {
            let neutral = Review::new(&params, material, 0.0);
            let tense = Review::new(&params, material, 0.8);
            let relieved = Review::new(&params, material, -0.5);
            assert!(
                tense.expected_wait_days > neutral.expected_wait_days,
                "{material:?}"
            );
            assert!(
                relieved.expected_wait_days < neutral.expected_wait_days,
                "{material:?}"
            );
            assert!(neutral.expected_round_days <= neutral.cap_days + 1e-9);
            assert!(neutral.min_days <= neutral.expected_wait_days);
        }
    }

    #[test]
    fn no_licence_before_the_shortest_round() {
        let review = Review::new(&Params::default(), Material::Photoresist, 0.0);
        assert_eq!(
            review.licensed_share_between(0.0, review.min_days - 0.5),
            0.0
        );
        let later = review.licensed_share_between(0.0, review.min_days + 30.0);
        assert!(later > 0.0 && later < 1.0);
    }

    #[test]
    fn renewal_gaps_appear_only_when_waits_exceed_the_lead() {
        let params = Params::default();
        let neutral = Review::new(&params, Material::Photoresist, 0.0);
        assert_eq!(neutral.renewal_gap(&params), 0.0);
        let tense = Review::new(&params, Material::Hf, 1.0);
        assert!(tense.renewal_gap(&params) > 0.0);
    }
}
