//! Licensing: the licence stage of the Japanese route, with the technical review, the political
//! hold, renewals, and exporters' and buyers' learning.
//!
//! Under individual licensing each controlled contract needs a licence. Buyers are *covered* (a
//! valid licence), *waiting* for a first licence, or *lapsed* (a renewal filed too late). Orders of
//! uncovered buyers for the controlled grade wait in the licence stage, and leave it as their
//! buyers are licensed; covered buyers' orders go straight to shipping. The licence wait is
//! therefore a stage of the pipeline, counted once.
//!
//! ```text
//! round   = m + (T − m)(1 − e^(−(cap − m)/(T − m)))     one technical round, cut at the cap
//! p       = p₀ + (1 − p₀) × documentation                approval in a round
//! W       = round / p + political_lever × tension       expected wait, days
//! waiting = w₁ + w₂ + w₃                                 three review stages in a row (an Erlang
//!                                                         delay): licences cluster around W
//! d(w₁)/dt = −k w₁,  d(w₂)/dt = k (w₁ − w₂),  d(w₃)/dt = k (w₂ − w₃),  licensed = k w₃
//! k       = 3 / (W − m)                                   (no licence before m days)
//! R       = max(R₀, Ŵ)                                    renewal filed R days before expiry
//! d(lapsed)/dt  = covered / V × [W > R] − lapsed / (W − R)
//! d(documentation)/dt = (1 − documentation) / τ_doc       exporters learn what is asked
//! d(Ŵ)/dt = (W − Ŵ) / τ_exp                               buyers learn the wait they meet
//! licence stage: in = uncovered share × controlled Japanese orders,
//!                out = stage × (licensed + renewed) / uncovered
//! ```
//!
//! Under special bulk (and bulk while Korea is in Group B) every buyer is covered and each shipment
//! takes `special_bulk_processing_days` more in the shipping stage; under bulk nothing waits.

use super::measures::{LicensingRegime, Material};
use super::params::{Params, G, M};
use super::pipeline::keep;
use super::time::DAYS_PER_MONTH;

/// Stages a first application passes through: the standard third-order delay of system dynamics,
/// which spreads licences around the expected wait rather than from its first day.
pub const REVIEW_STAGES: usize = 3;

/// The technical review of one material: fixed for a run.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Review {
    /// Shortest review: no licence comes sooner, days.
    pub min_days: f64,
    /// Expected length of one round after the cap, days.
    pub round_days: f64,
    /// Approval in a round before exporters have learned what is asked.
    pub first_approval: f64,
}

impl Review {
    pub fn new(params: &Params, material: Material) -> Review {
        let cap = params.g(G::ReviewCapDays);
        let min_days = params.g(G::ReviewMinDays).min(cap);
        let tail = params.m(M::ReviewDays, material) - min_days;
        let round_days = if tail <= 1e-9 {
            min_days
        } else {
            min_days + tail * (1.0 - libm::exp(-(cap - min_days) / tail))
        };
        Review {
            min_days,
            round_days,
            first_approval: params.m(M::ApprovalProbability, material),
        }
    }

    /// Approval in a round once exporters have learned `documentation` (0 to 1).
    pub fn approval(&self, documentation: f64) -> f64 {
        self.first_approval + (1.0 - self.first_approval) * documentation
    }

    /// Expected wait for a licence, days: the technical rounds plus the political hold.
    pub fn expected_wait_days(&self, documentation: f64, hold_days: f64) -> f64 {
        self.round_days / self.approval(documentation) + hold_days
    }
}

/// The licence stocks of one material.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Licences {
    /// Share of controlled buyers waiting for a first licence, in three review stages.
    pub waiting: [f64; REVIEW_STAGES],
    /// Share of controlled buyers whose renewal came late.
    pub lapsed: f64,
    /// What exporters have learned of the documentation asked for, 0 to 1.
    pub documentation: f64,
    /// The licence wait buyers expect, days (adaptive expectation).
    pub expected_wait_days: f64,
    /// Tonnes ordered by uncovered buyers, waiting for their licence: the licence stage.
    pub stage_t: f64,
    /// Days since individual licensing began.
    age_days: f64,
}

/// What a step's length sets for licensing, computed once per step length.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LicenceStep {
    pub days: f64,
    /// Keep factors of documentation learning and of buyers' expected wait.
    pub documentation_keep: f64,
    pub expectation_keep: f64,
    /// Share of licences that expire in the step: days / validity.
    pub expiring: f64,
}

impl LicenceStep {
    pub fn new(params: &Params, days: f64) -> LicenceStep {
        LicenceStep {
            days,
            documentation_keep: keep(
                days,
                params.g(G::DocumentationLearningMonths) * DAYS_PER_MONTH,
            ),
            expectation_keep: keep(days, params.g(G::ExpectationMonths) * DAYS_PER_MONTH),
            expiring: days / (params.g(G::IndividualValidityMonths) * DAYS_PER_MONTH),
        }
    }
}

/// What one step of licensing did.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct LicenceFlows {
    /// Tonnes released from the licence stage to shipping.
    pub released_t: f64,
    /// Expected wait for a new licence, days (0 under bulk; the extra processing under special
    /// bulk).
    pub wait_days: f64,
}

impl Licences {
    /// The status quo: every buyer covered by a bulk licence, buyers expecting the published
    /// standard review (`review_cap_days`) should licensing ever be individual.
    pub fn new(params: &Params) -> Licences {
        Licences {
            waiting: [0.0; REVIEW_STAGES],
            lapsed: 0.0,
            documentation: 0.0,
            expected_wait_days: params.g(G::ReviewCapDays),
            stage_t: 0.0,
            age_days: 0.0,
        }
    }

    /// Share of controlled buyers without a valid licence.
    pub fn uncovered(&self) -> f64 {
        self.waiting.iter().sum::<f64>() + self.lapsed
    }

    /// Individual licensing begins: every bulk licence is void and every buyer applies.
    pub fn start_individual(&mut self) {
        self.waiting = [1.0, 0.0, 0.0];
        self.lapsed = 0.0;
        self.age_days = 0.0;
    }

    /// Advances over `days` under `regime`, with `inflow_t` tonnes of uncovered buyers' orders.
    pub fn advance(
        &mut self,
        params: &Params,
        review: &Review,
        regime: LicensingRegime,
        hold_days: f64,
        inflow_t: f64,
        step: &LicenceStep,
    ) -> LicenceFlows {
        let days = step.days;
        self.stage_t += inflow_t;
        if regime != LicensingRegime::Individual {
            let released_t = self.stage_t;
            self.stage_t = 0.0;
            self.waiting = [0.0; REVIEW_STAGES];
            self.lapsed = 0.0;
            let wait_days = match regime {
                LicensingRegime::SpecialBulk => params.g(G::SpecialBulkProcessingDays),
                _ => 0.0,
            };
            return LicenceFlows {
                released_t,
                wait_days,
            };
        }
        let wait = review.expected_wait_days(self.documentation, hold_days);
        // First licences: none before the shortest review, then through the review stages.
        let exposed = (self.age_days + days) - self.age_days.max(review.min_days);
        let waiting_before: f64 = self.waiting.iter().sum();
        let mut moved = 0.0;
        if exposed > 0.0 {
            // (The spread is at least a day, so that a wait at its minimum cannot divide by zero.)
            let ratio = REVIEW_STAGES as f64 / (wait - review.min_days).max(1.0) * exposed;
            let stays = 1.0 / (1.0 + ratio);
            let mut passed = 0.0;
            for stage in &mut self.waiting {
                let total = *stage + passed;
                *stage = total * stays;
                passed = total - *stage;
            }
            moved += passed;
        }
        // Renewals: filed R days ahead of expiry; a longer wait leaves a gap of W − R days.
        let covered = 1.0 - waiting_before + moved - self.lapsed;
        let filed_ahead = params.g(G::RenewalLeadDays).max(self.expected_wait_days);
        let late = wait - filed_ahead;
        let uncovered_before = waiting_before + self.lapsed;
        let mut lapse = 0.0;
        if late > 0.0 {
            lapse = covered.max(0.0) * step.expiring;
            let total = self.lapsed + lapse;
            self.lapsed = total / (1.0 + days / late);
            moved += total - self.lapsed;
        } else {
            moved += self.lapsed;
            self.lapsed = 0.0;
        }
        let share = if uncovered_before + lapse > 0.0 {
            (moved / (uncovered_before + lapse)).min(1.0)
        } else {
            1.0
        };
        let released_t = self.stage_t * share;
        self.stage_t -= released_t;
        // Learning: exporters' documentation, and buyers' expectation of the wait.
        self.documentation = 1.0 + (self.documentation - 1.0) * step.documentation_keep;
        self.expected_wait_days = wait + (self.expected_wait_days - wait) * step.expectation_keep;
        self.age_days += days;
        LicenceFlows {
            released_t,
            wait_days: wait,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::params::ParamRef;

    #[test]
    fn documentation_and_a_smaller_hold_shorten_the_wait() {
        let params = Params::default();
        for material in Material::ALL {
            let review = Review::new(&params, material);
            assert!(review.round_days >= review.min_days);
            assert!(review.round_days <= params.g(G::ReviewCapDays) + 1e-9);
            assert!(review.expected_wait_days(1.0, 0.0) <= review.expected_wait_days(0.0, 0.0));
            assert!(review.expected_wait_days(0.5, 0.0) < review.expected_wait_days(0.5, 30.0));
        }
    }

    #[test]
    fn no_licence_before_the_shortest_review_and_all_released_under_bulk() {
        let params = Params::default();
        let review = Review::new(&params, Material::Hf);
        let mut licences = Licences::new(&params);
        licences.start_individual();
        let flows = licences.advance(
            &params,
            &review,
            LicensingRegime::Individual,
            0.0,
            100.0,
            &LicenceStep::new(&params, review.min_days - 1.0),
        );
        assert_eq!(flows.released_t, 0.0);
        assert_eq!(licences.uncovered(), 1.0);
        let flows = licences.advance(
            &params,
            &review,
            LicensingRegime::Bulk,
            0.0,
            0.0,
            &LicenceStep::new(&params, 7.0),
        );
        assert_eq!(flows.released_t, 100.0);
        assert_eq!(licences.uncovered(), 0.0);
    }

    #[test]
    fn buyers_who_learn_the_wait_file_renewals_in_time() {
        let mut params = Params::default();
        params.set(ParamRef::Global(G::PoliticalLeverDays), 0.0);
        params.set(
            ParamRef::Material(M::ApprovalProbability, Material::Hf),
            0.3,
        );
        params.set(ParamRef::Global(G::DocumentationLearningMonths), 36.0);
        let review = Review::new(&params, Material::Hf);
        let mut licences = Licences::new(&params);
        licences.start_individual();
        let mut gaps = Vec::new();
        let step = LicenceStep::new(&params, 7.6);
        for _ in 0..(4 * 36) {
            licences.advance(
                &params,
                &review,
                LicensingRegime::Individual,
                0.0,
                0.0,
                &step,
            );
            gaps.push(licences.lapsed);
        }
        let peak = gaps.iter().copied().fold(0.0, f64::max);
        assert!(peak > 0.0, "waits above the renewal lead leave gaps");
        assert!(
            *gaps.last().unwrap() < 0.2 * peak,
            "learning closes them: {gaps:?}"
        );
    }
}
