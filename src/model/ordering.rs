//! Ordering: the buyers' stock-management rule, with the supply line (anchoring and adjustment,
//! Sterman, *Business Dynamics*, ch. 17).
//!
//! ```text
//! orders      = max(0, demand + (I* − I) / τ + (SL* − SL) / τ)
//! I*          = demand × (cover + min(cap, safety))            desired inventory
//! safety      = Japan's share × controlled × exposure × E_w     cover against the expected licence wait
//! SL*         = demand × expected lead time                     desired supply line
//! expected lead time = Σ route share × route delay + Japan's share × controlled × exposure × Ŵ
//! ```
//!
//! `τ` is `restock_months`, for inventory and supply line alike. `exposure` is the share of buyers
//! without a valid licence (all of them in a notice window): a licensed buyer needs no cover. `E_w` is the wait buyers expect
//! under the regime in force or announced (Ŵ under individual licensing, the extra processing under
//! special bulk). A longer expected lead time raises the desired supply line and the safety stock,
//! so it raises orders and draws stock down.
//!
//! Precautionary buying before a restriction follows from the same rule: the announcement raises
//! the expected wait, and with it the targets. Orders placed in a notice of three days could not
//! clear Japanese customs in time through the normal three-week shipping stage, so what arrives
//! before the restriction is what suppliers hold ready: the gap to the new targets is filled from
//! the suppliers' ready stock, which is a stock of its own (`ready_stock_weeks`), spread over the
//! notice window.

/// Orders per month from the stock-management rule; `per_adjust_month` is 1 / τ.
pub fn orders(
    demand: f64,
    desired_inventory: f64,
    inventory: f64,
    desired_supply_line: f64,
    supply_line: f64,
    per_adjust_month: f64,
) -> f64 {
    (demand
        + (desired_inventory - inventory + desired_supply_line - supply_line) * per_adjust_month)
        .max(0.0)
}

/// Desired inventory, tonnes: normal cover plus a safety stock against the expected licence wait
/// on the Japanese controlled share, capped.
pub fn desired_inventory(
    demand: f64,
    cover_months: f64,
    japan_controlled_share: f64,
    expected_wait_months: f64,
    cap_months: f64,
) -> f64 {
    demand * (cover_months + (japan_controlled_share * expected_wait_months).min(cap_months))
}

/// Tonnes taken from Japanese suppliers' ready stock in a step of a notice window: the gap to the
/// targets, spread over what is left of the window, up to the ready stock left.
pub fn rush(gap_t: f64, window_share: f64, ready_left_t: f64) -> f64 {
    (gap_t.max(0.0) * window_share).min(ready_left_t)
}

/// Orders per route (t/month), split in proportion to the shares of demand that buyers have
/// qualified: Korean plants, third countries, and Japan for the rest. Restocking is spread the same
/// way.
pub fn allocate(orders: f64, korean_share: f64, third_share: f64) -> [f64; 3] {
    let japan_share = (1.0 - korean_share - third_share).max(0.0);
    [
        orders * korean_share,
        orders * third_share,
        orders * japan_share,
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_longer_expected_lead_time_raises_orders() {
        let short = orders(100.0, 100.0, 100.0, 70.0, 70.0, 1.0 / 3.0);
        let long = orders(100.0, 100.0, 100.0, 200.0, 70.0, 1.0 / 3.0);
        assert_eq!(short, 100.0);
        assert!(long > short);
        assert_eq!(orders(100.0, 0.0, 1000.0, 0.0, 1000.0, 1.0), 0.0);
    }

    #[test]
    fn safety_stock_is_capped_and_the_rush_by_ready_stock() {
        assert_eq!(desired_inventory(100.0, 1.0, 0.5, 2.0, 3.0), 200.0);
        assert_eq!(desired_inventory(100.0, 1.0, 1.0, 9.0, 3.0), 400.0);
        assert_eq!(rush(500.0, 0.5, 100.0), 100.0);
        assert_eq!(rush(100.0, 0.5, 500.0), 50.0);
        assert_eq!(rush(-5.0, 1.0, 500.0), 0.0);
    }

    #[test]
    fn orders_are_split_by_the_qualified_shares() {
        assert_eq!(allocate(100.0, 0.25, 0.25), [25.0, 25.0, 50.0]);
        assert_eq!(allocate(10.0, 0.5, 0.5), [5.0, 5.0, 0.0]);
    }
}
