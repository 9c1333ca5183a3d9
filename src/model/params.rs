//! The parameter table: every number the model uses that a user may question, declared once with
//! its default, range, units, uncertainty and source.
//!
//! The controls on the page, the scenario codec, the Monte Carlo sampler and the documentation are
//! all generated from this table. `range` bounds what a user may set; `uncertainty` (when present)
//! is the interval the Monte Carlo samples, as a triangular distribution peaking at the default.
//! Parameters without an uncertainty are policy settings or published facts. Each value says how it
//! was obtained ([`Basis`]): sourced, calibrated (read from the generated `calibrated.rs`), or
//! assumed.

use super::measures::Material;

/// Where a parameter is shown on the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Group {
    /// Licence review, approval and validity.
    Licensing,
    /// Tension between the two governments, the political lever and firms' expectations.
    Climate,
    /// Korea's response programmes.
    KoreanResponse,
    /// Demand, prices and trade shares.
    Market,
    /// Inventories and precautionary buying.
    Inventory,
    /// Alternative supply: third countries and Korean producers.
    Substitution,
}

impl Group {
    pub const ALL: [Group; 6] = [
        Group::Licensing,
        Group::Climate,
        Group::KoreanResponse,
        Group::Market,
        Group::Inventory,
        Group::Substitution,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Group::Licensing => "licensing",
            Group::Climate => "climate",
            Group::KoreanResponse => "korean_response",
            Group::Market => "market",
            Group::Inventory => "inventory",
            Group::Substitution => "substitution",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Group::Licensing => "Licensing",
            Group::Climate => "Politics and expectations",
            Group::KoreanResponse => "Korea's programmes",
            Group::Market => "Market",
            Group::Inventory => "Inventories",
            Group::Substitution => "Substitution",
        }
    }
}

/// How a parameter's default was obtained.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Basis {
    /// Read from, or computed from, the source named beside it.
    Sourced,
    /// Fitted to the 2018–2019 targets by `chokepoint-cli calibrate` (src/calibration.rs); the
    /// value and its interval are read from the generated src/model/calibrated.rs.
    Calibrated,
    /// No published figure: a judgement, explored by the Monte Carlo where it has an interval.
    Assumed,
}

impl Basis {
    pub fn id(self) -> &'static str {
        match self {
            Basis::Sourced => "sourced",
            Basis::Calibrated => "calibrated",
            Basis::Assumed => "assumed",
        }
    }
}

/// Values of one parameter for one material (or for all, when the parameter is global).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Values {
    pub default: f64,
    pub min: f64,
    pub max: f64,
    /// Interval sampled by the Monte Carlo, or `None` when the value is not treated as uncertain.
    pub uncertainty: Option<(f64, f64)>,
    pub basis: Basis,
    /// What the default rests on: the source and what it is cited for, the calibration targets, or
    /// the reasoning behind an assumption.
    pub source: &'static str,
}

/// A value of the given basis; the range is `(min, max)`, `unc` the Monte Carlo's interval.
const fn with(
    basis: Basis,
    default: f64,
    range: (f64, f64),
    unc: Option<(f64, f64)>,
    source: &'static str,
) -> Values {
    Values {
        default,
        min: range.0,
        max: range.1,
        uncertainty: unc,
        basis,
        source,
    }
}

/// A sourced value.
const fn s(default: f64, min: f64, max: f64, unc: Option<(f64, f64)>, src: &'static str) -> Values {
    with(Basis::Sourced, default, (min, max), unc, src)
}

/// An assumed value.
const fn a(default: f64, min: f64, max: f64, unc: Option<(f64, f64)>, src: &'static str) -> Values {
    with(Basis::Assumed, default, (min, max), unc, src)
}

/// A calibrated value: the fit and its interval from the generated file.
const fn c(fit: (f64, f64, f64), min: f64, max: f64, src: &'static str) -> Values {
    with(
        Basis::Calibrated,
        fit.0,
        (min, max),
        Some((fit.1, fit.2)),
        src,
    )
}

/// A parameter that applies to all materials.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum G {
    NoticeDays,
    ReviewCapDays,
    ReviewMinDays,
    RenewalLeadDays,
    IndividualValidityMonths,
    ContractMonths,
    SpecialBulkProcessingDays,
    DocumentationLearningMonths,
    PoliticalLeverDays,
    DialogueRelief,
    ExpectationMonths,
    ExpectedDurationMonths,
    DurationClimateElasticity,
    LocalizationIntensity,
    PrivateLocalizationShare,
    PrivateDiversificationShare,
    StructuralDiversificationShare,
    RestockMonths,
    PrecautionCapWeeks,
    JapanRequalificationMonths,
    ActivityElasticity,
    KoreanCapacityScale,
}

/// A parameter with a value per material.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum M {
    DemandTonnesPerMonth,
    JapanShare2018,
    ControlledShare,
    PriceUsdPerTonne,
    ThirdPriceUsdPerTonne,
    InventoryCoverWeeks,
    ReadyStockWeeks,
    ReviewDays,
    ApprovalProbability,
    JapanLeadDays,
    ThirdCountryExtraLeadDays,
    DomesticExtraLeadDays,
    ThirdCountryMaxShare,
    ThirdCountryQualificationMonths,
    DomesticRampMonths,
    RecyclingShare,
    FeedstockImportShare,
}

/// Declaration of a global parameter.
#[derive(Clone, Copy, Debug)]
pub struct GlobalSpec {
    pub id: G,
    pub key: &'static str,
    pub label: &'static str,
    pub unit: &'static str,
    pub group: Group,
    pub step: f64,
    pub values: Values,
    pub help: &'static str,
}

/// Declaration of a per-material parameter.
#[derive(Clone, Copy, Debug)]
pub struct MaterialSpec {
    pub id: M,
    pub key: &'static str,
    pub label: &'static str,
    pub unit: &'static str,
    pub group: Group,
    pub step: f64,
    /// Values for hydrogen fluoride, photoresist and fluorinated polyimide, in that order.
    pub values: [Values; 3],
    pub help: &'static str,
}

use super::calibrated as fit;

/// What every calibrated value was fitted to (the targets are listed in docs/MODEL.md).
const CALIBRATED: &str = "Calibrated to the 2018-2019 targets in data/observed (chokepoint-cli calibrate); interval: profile of the fit";

/// Every global parameter, in the order of [`G`].
pub const GLOBAL_SPECS: [GlobalSpec; 22] = [
    GlobalSpec {
        id: G::NoticeDays,
        key: "notice_days",
        label: "Notice before a restriction takes effect",
        unit: "days",
        group: Group::Licensing,
        step: 1.0,
        values: s(3.0, 0.0, 60.0, None, "events.csv: METI announced on 1 July 2019 the licensing that took effect on 4 July (cited for the 3-day notice)"),
        help: "Days between the announcement of a stricter licensing regime and its effect. Buyers expect longer waits from the announcement and take what suppliers can ship at once.",
    },
    GlobalSpec {
        id: G::ReviewCapDays,
        key: "review_cap_days",
        label: "Standard maximum of one licence review",
        unit: "days",
        group: Group::Licensing,
        step: 5.0,
        values: s(90.0, 30.0, 180.0, None, "licensing_and_stocks.csv: Yomiuri 2019-07-04, KITA, NHK (cited for the 90-day standard screening period)"),
        help: "Published upper limit of one technical review round. A political hold is not bound by it.",
    },
    GlobalSpec {
        id: G::ReviewMinDays,
        key: "review_min_days",
        label: "Shortest licence review",
        unit: "days",
        group: Group::Licensing,
        step: 1.0,
        values: c(fit::REVIEW_MIN_DAYS, 5.0, 90.0, CALIBRATED),
        help: "No licence is granted sooner than this after an application: the dead time of the review.",
    },
    GlobalSpec {
        id: G::RenewalLeadDays,
        key: "renewal_lead_days",
        label: "Renewal filed ahead of expiry, at first",
        unit: "days",
        group: Group::Licensing,
        step: 5.0,
        values: a(90.0, 0.0, 180.0, Some((60.0, 120.0)), "Assumed: exporters first plan renewals around the published 90-day standard review"),
        help: "How long before a licence expires its renewal is filed, before buyers learn from the waits they meet; a renewal that takes longer leaves a gap.",
    },
    GlobalSpec {
        id: G::IndividualValidityMonths,
        key: "individual_validity_months",
        label: "Validity of an individual licence",
        unit: "months",
        group: Group::Licensing,
        step: 1.0,
        values: s(6.0, 1.0, 36.0, None, "licensing_and_stocks.csv: NHK; Taiwan News (cited for individual licences valid about six months)"),
        help: "An individual licence must be renewed after this long; bulk licences last three years.",
    },
    GlobalSpec {
        id: G::ContractMonths,
        key: "contract_months",
        label: "Use covered by one licensed contract",
        unit: "months",
        group: Group::Licensing,
        step: 0.5,
        values: s(1.5, 0.5, 6.0, Some((1.0, 2.0)), "events.csv: Yonhap via Korea Post, BusinessKorea, Maeil Business 2019-08-29 (cited for the first HF licence covering one to two months of use)"),
        help: "While a buyer waits for a licence, it holds one contract of this many months of its Japanese controlled supply in the licence stage and defers further orders.",
    },
    GlobalSpec {
        id: G::SpecialBulkProcessingDays,
        key: "special_bulk_processing_days",
        label: "Extra processing per shipment under special bulk",
        unit: "days",
        group: Group::Licensing,
        step: 1.0,
        values: a(7.0, 0.0, 90.0, Some((3.0, 30.0)), "Assumed: no figure per shipment was found; events.csv (Korea Herald 2023-06-27) reports exporters' processing of two to three months while Korea was in Group B, and about a week once back in Group A, for obtaining licences; a granted special bulk licence is taken to add about a week per shipment"),
        help: "Days of paperwork each shipment adds under a special bulk licence, or a bulk licence while Korea is in Group B.",
    },
    GlobalSpec {
        id: G::DocumentationLearningMonths,
        key: "documentation_learning_months",
        label: "Exporters' learning of the documentation",
        unit: "months",
        group: Group::Licensing,
        step: 0.5,
        values: c(fit::DOCUMENTATION_LEARNING_MONTHS, 0.5, 36.0, CALIBRATED),
        help: "Technical-review hypothesis: time constant with which exporters learn what the reviewers ask for, so that a review round ends in a licence more often.",
    },
    GlobalSpec {
        id: G::PoliticalLeverDays,
        key: "political_lever_days",
        label: "Political lever: extra review at full tension",
        unit: "days",
        group: Group::Climate,
        step: 5.0,
        values: with(
            Basis::Calibrated,
            fit::POLITICAL_LEVER_DAYS.0,
            (0.0, 365.0),
            Some((0.0, fit::POLITICAL_LEVER_DAYS.2)),
            "Calibrated to the 2018-2019 targets in data/observed (chokepoint-cli calibrate); the Monte Carlo samples it from 0 (Japan's account) to the top of its profile interval, so the bands span both hypotheses",
        ),
        help: "Political-lever hypothesis: days a review is held beyond the technical review when tension is at its highest. Zero is Japan's account (reviews were technical); above zero, Korea's (the reviews were a lever).",
    },
    GlobalSpec {
        id: G::DialogueRelief,
        key: "dialogue_relief",
        label: "Tension removed while the dialogue runs",
        unit: "share",
        group: Group::Climate,
        step: 0.05,
        values: a(0.5, 0.0, 1.0, Some((0.0, 1.0)), "Assumed: no measure of the talks' effect exists; the Monte Carlo spans no relief to full relief. It can lower tension at most to the pre-2019 status quo"),
        help: "Share of the tension that a resumed bureau-chief-level dialogue removes while it runs.",
    },
    GlobalSpec {
        id: G::ExpectationMonths,
        key: "expectation_months",
        label: "Time to learn from experienced waits",
        unit: "months",
        group: Group::Climate,
        step: 0.5,
        values: a(6.0, 0.5, 24.0, Some((3.0, 12.0)), "Assumed: exporters said in early 2020, about six months into licensing, that they would apply earlier"),
        help: "Buyers' expected lead time and licence wait follow what they experience with this time constant (adaptive expectations).",
    },
    GlobalSpec {
        id: G::ExpectedDurationMonths,
        key: "expected_duration_months",
        label: "Expected duration of the measures",
        unit: "months",
        group: Group::Climate,
        step: 1.0,
        values: a(12.0, 1.0, 60.0, Some((6.0, 24.0)), "Assumed: no survey of firms' expectations was found"),
        help: "How long firms expect a restriction to last with no tension; longer expectations make qualifying another supplier pay.",
    },
    GlobalSpec {
        id: G::DurationClimateElasticity,
        key: "duration_climate_elasticity",
        label: "Expected duration response to tension",
        unit: "share",
        group: Group::Climate,
        step: 0.1,
        values: a(1.0, 0.0, 2.0, Some((0.5, 1.5)), "Assumed: no survey of firms' expectations was found"),
        help: "Expected duration grows by this share at full tension.",
    },
    GlobalSpec {
        id: G::LocalizationIntensity,
        key: "localization_intensity",
        label: "Localization programme intensity",
        unit: "× 2019 programme",
        group: Group::KoreanResponse,
        step: 0.1,
        values: s(1.0, 0.0, 2.0, None, "localization.csv: Yonhap; NABO (cited for the size of the 2019 programme, more than 5 trillion won in 2020-22, which 1 stands for)"),
        help: "Scales the programme-backed part of the dated Korean capacity additions when the programme is on.",
    },
    GlobalSpec {
        id: G::PrivateLocalizationShare,
        key: "private_localization_share",
        label: "Localization without the programme",
        unit: "share",
        group: Group::KoreanResponse,
        step: 0.05,
        values: a(0.5, 0.0, 1.0, Some((0.25, 0.75)), "Assumed: the firms' own share of the capacity built; no split of private and public money per plant was found"),
        help: "Share of the dated Korean capacity additions that firms would have built without government money.",
    },
    GlobalSpec {
        id: G::PrivateDiversificationShare,
        key: "private_diversification_share",
        label: "Diversification without the drive",
        unit: "share",
        group: Group::KoreanResponse,
        step: 0.05,
        values: a(0.6, 0.0, 1.0, Some((0.4, 0.8)), "Assumed: chipmakers sought other suppliers on their own in July 2019, before any programme"),
        help: "Share of the shift to third-country suppliers firms would make without the government's drive.",
    },
    GlobalSpec {
        id: G::StructuralDiversificationShare,
        key: "structural_diversification_share",
        label: "Lasting share of third-country buying",
        unit: "share",
        group: Group::Substitution,
        step: 0.05,
        values: a(0.5, 0.0, 1.0, Some((0.25, 0.75)), "Assumed: part of the extra third-country buying is a hedge kept while the measures last, part an emergency while Japanese supply is blocked"),
        help: "Share of the extra third-country buying that stays while Japanese licences flow; the rest lasts only while Japanese supply is blocked.",
    },
    GlobalSpec {
        id: G::RestockMonths,
        key: "restock_months",
        label: "Time to correct stock and supply line",
        unit: "months",
        group: Group::Inventory,
        step: 0.5,
        values: c(fit::RESTOCK_MONTHS, 0.5, 12.0, CALIBRATED),
        help: "Buyers close a gap in inventory, and in orders on their way, over this many months (anchoring and adjustment).",
    },
    GlobalSpec {
        id: G::PrecautionCapWeeks,
        key: "precaution_cap_weeks",
        label: "Most extra stock buyers seek",
        unit: "weeks",
        group: Group::Inventory,
        step: 1.0,
        values: s(13.0, 0.0, 26.0, Some((8.0, 18.0)), "licensing_and_stocks.csv: USITC working paper, October 2019 (cited for Samsung asking vendors for three months of stock)"),
        help: "Safety stock against licence waits is capped at this many weeks of demand.",
    },
    GlobalSpec {
        id: G::JapanRequalificationMonths,
        key: "japan_requalification_months",
        label: "Time to requalify Japanese supply",
        unit: "months",
        group: Group::Substitution,
        step: 1.0,
        values: a(24.0, 3.0, 120.0, Some((12.0, 48.0)), "Assumed: a qualified source is kept while it serves (contracts and qualification are sunk); Japan wins volume back only as buyers requalify it, over years"),
        help: "Once the reason to diversify is gone, extra third-country supply gives way to Japanese supply over this time constant.",
    },
    GlobalSpec {
        id: G::ActivityElasticity,
        key: "activity_elasticity",
        label: "Material use per unit of chip and display output",
        unit: "elasticity",
        group: Group::Market,
        step: 0.05,
        values: a(0.5, 0.0, 1.5, Some((0.25, 0.75)), "Assumed: the production index counts output, which grows with memory bits per wafer; chemicals are used per wafer processed, so they grow less than the index"),
        help: "Demand moves by this share of the change in the production index against its 2018 average.",
    },
    GlobalSpec {
        id: G::KoreanCapacityScale,
        key: "korean_capacity_scale",
        label: "Size of the Korean capacity additions",
        unit: "× data/drivers",
        group: Group::KoreanResponse,
        step: 0.1,
        values: a(1.0, 0.0, 3.0, Some((0.5, 1.5)), "Assumed: the dated additions in data/drivers/korean_capacity.csv have sourced dates but partly assumed sizes; 1 takes them as written"),
        help: "Scales every dated Korean capacity addition, so that their partly assumed sizes are explored by the Monte Carlo.",
    },
];

/// Every per-material parameter, in the order of [`M`].
pub const MATERIAL_SPECS: [MaterialSpec; 17] = [
    MaterialSpec {
        id: M::DemandTonnesPerMonth,
        key: "demand_t",
        label: "Korean demand, 2018 average",
        unit: "t/month",
        group: Group::Market,
        step: 1.0,
        values: [
            s(6944.0, 1000.0, 20000.0, Some((6250.0, 7640.0)), "korea_imports.csv: KITA 2018 (cited for Korea's HF imports of 83,327 t), / 12"),
            s(85.8, 10.0, 300.0, Some((75.0, 96.0)), "korea_imports.csv: KITA (2018 imports from Japan, $298.9M, at the 2019 unit price, $268.4M / 861 t, / Japan's 93.2% share by value), / 12"),
            a(32.4, 5.0, 150.0, Some((20.0, 45.0)), "Assumed tonnage: 2018 imports from Japan of $19.73M (korea_imports.csv) / Japan's 84.5% share / the assumed unit price, / 12"),
        ],
        help: "Tonnes per month Korean users needed in 2018 (import-equivalent), before the production index moves it.",
    },
    MaterialSpec {
        id: M::JapanShare2018,
        key: "jp_share_2018",
        label: "Japan's share of supply in 2018",
        unit: "share",
        group: Group::Market,
        step: 0.01,
        values: [
            s(0.46, 0.0, 1.0, Some((0.42, 0.5)), "korea_imports.csv: KITA 2018 (cited for 46% of HF imports by volume)"),
            s(0.932, 0.0, 1.0, Some((0.9, 0.95)), "korea_imports.csv: KITA 2018 (cited for 93.2% of photoresist imports by value; with one price this is also the volume share)"),
            s(0.845, 0.0, 1.0, Some((0.8, 0.9)), "korea_imports.csv: KITA 2018 (cited for 84.5% of polyimide imports by value; with one price this is also the volume share)"),
        ],
        help: "Share of Korean supply that came from Japan before the dispute, by volume; the rest came from third countries.",
    },
    MaterialSpec {
        id: M::ControlledShare,
        key: "controlled_share",
        label: "Share of the trade the controls cover",
        unit: "share",
        group: Group::Licensing,
        step: 0.05,
        values: [
            c(fit::HF_CONTROLLED_SHARE, 0.0, 1.0, CALIBRATED),
            c(
                fit::PHOTORESIST_CONTROLLED_SHARE,
                0.0,
                0.5,
                "Calibrated to the 2018-2019 targets in data/observed (chokepoint-cli calibrate); interval: profile of the fit. The range stops at one half: the controls named resist for the most advanced lithography (EUV), a minority of Korea's resist use in 2019 (assumed bound)",
            ),
            a(0.5, 0.0, 1.0, Some((0.25, 0.75)), "Assumed: the polyimide trade code is broader than the controlled fluorinated grade (data/observed/README.md)"),
        ],
        help: "Share of Japan's shipments that fall under the controlled grade and so need a licence.",
    },
    MaterialSpec {
        id: M::PriceUsdPerTonne,
        key: "price_usd_per_t",
        label: "Unit price of Japanese supply",
        unit: "USD/t",
        group: Group::Market,
        step: 10.0,
        values: [
            s(1744.0, 500.0, 10000.0, Some((1650.0, 1850.0)), "korea_imports.csv: KITA 2018 (cited for $66.857M for 38,339 t from Japan)"),
            s(311700.0, 50000.0, 1000000.0, Some((280000.0, 340000.0)), "korea_imports.csv: KITA 2019 (cited for $268.4M for 861 t from Japan)"),
            a(60000.0, 10000.0, 300000.0, Some((30000.0, 120000.0)), "Assumed: no tonnage is published for the polyimide code"),
        ],
        help: "Turns tonnes exported by Japan into US dollars.",
    },
    MaterialSpec {
        id: M::ThirdPriceUsdPerTonne,
        key: "third_price_usd_per_t",
        label: "Unit price of third-country supply",
        unit: "USD/t",
        group: Group::Market,
        step: 10.0,
        values: [
            s(2059.0, 500.0, 10000.0, None, "korea_imports.csv: KITA 2018 (cited for imports from all but Japan: $92.6M for 44,988 t)"),
            a(311700.0, 50000.0, 1000000.0, None, "Assumed equal to Japan's price: no tonnage of third-country resist is published"),
            a(60000.0, 10000.0, 300000.0, None, "Assumed equal to Japan's price: no tonnage is published for the polyimide code"),
        ],
        help: "Used only to turn volume shares into the value shares that trade statistics report.",
    },
    MaterialSpec {
        id: M::InventoryCoverWeeks,
        key: "inventory_weeks",
        label: "Inventory cover sought in normal times",
        unit: "weeks",
        group: Group::Inventory,
        step: 0.5,
        values: [
            s(4.3, 0.0, 26.0, Some((2.2, 8.7)), "licensing_and_stocks.csv: Yomiuri 2019-07-04 (cited for about one month of stock); other reports range from half a month (etnews) to two months (Nikkei, Korea Times)"),
            s(4.3, 0.0, 26.0, Some((2.2, 8.7)), "licensing_and_stocks.csv: etnews via eeNews Europe (cited for about one month of regulated resist)"),
            s(6.5, 0.0, 26.0, Some((4.3, 8.7)), "licensing_and_stocks.csv: Nikkei via semimedia (cited for one to two months; the midpoint)"),
        ],
        help: "Weeks of demand buyers keep in stock when no licence is needed.",
    },
    MaterialSpec {
        id: M::ReadyStockWeeks,
        key: "ready_stock_weeks",
        label: "Japanese stock that can ship at once",
        unit: "weeks",
        group: Group::Inventory,
        step: 0.1,
        values: [
            c(fit::HF_READY_STOCK_WEEKS, 0.0, 13.0, CALIBRATED),
            c(fit::PHOTORESIST_READY_STOCK_WEEKS, 0.0, 13.0, CALIBRATED),
            a(2.0, 0.0, 13.0, Some((0.5, 4.0)), "Assumed: between HF, which is hard to store, and resist"),
        ],
        help: "Weeks of Korean demand that Japanese suppliers hold ready and can ship within the notice window before a restriction.",
    },
    MaterialSpec {
        id: M::ReviewDays,
        key: "review_days",
        label: "Mean technical review round",
        unit: "days",
        group: Group::Licensing,
        step: 1.0,
        values: [
            c(fit::HF_REVIEW_DAYS, 10.0, 180.0, CALIBRATED),
            c(fit::PHOTORESIST_REVIEW_DAYS, 10.0, 180.0, CALIBRATED),
            c(fit::POLYIMIDE_REVIEW_DAYS, 10.0, 180.0, CALIBRATED),
        ],
        help: "Average length of one technical review round, before the cap.",
    },
    MaterialSpec {
        id: M::ApprovalProbability,
        key: "approval_probability",
        label: "Approval in the first review round",
        unit: "probability",
        group: Group::Licensing,
        step: 0.05,
        values: [
            a(0.5, 0.05, 1.0, Some((0.3, 0.7)), "Assumed; Trade Law Daily 2019-10-02 (events.csv) is cited for nine documents and repeated requests for HF, so a first round often failed"),
            a(0.9, 0.05, 1.0, Some((0.75, 1.0)), "Assumed; Yonhap 2019-09-30 (events.csv) is cited for three resist licences by end-September, with no report of repeated requests"),
            a(0.8, 0.05, 1.0, Some((0.6, 0.95)), "Assumed: one polyimide licence by end-September 2019 (Yonhap 2019-09-30)"),
        ],
        help: "Chance that a review round ends in a licence before exporters have learned what is asked; otherwise more documents are requested and a new round starts.",
    },
    MaterialSpec {
        id: M::JapanLeadDays,
        key: "jp_lead_days",
        label: "Production and shipping from Japan",
        unit: "days",
        group: Group::Market,
        step: 1.0,
        values: [
            a(21.0, 3.0, 90.0, Some((14.0, 28.0)), "Assumed: three weeks from order to delivery for a chemical made to order and shipped by sea"),
            a(21.0, 3.0, 90.0, Some((14.0, 28.0)), "Assumed: three weeks from order to delivery"),
            a(21.0, 3.0, 90.0, Some((14.0, 28.0)), "Assumed: three weeks from order to delivery"),
        ],
        help: "Days from order to delivery from Japan with no licence wait: the delay of the Japanese shipping stage.",
    },
    MaterialSpec {
        id: M::ThirdCountryExtraLeadDays,
        key: "third_extra_lead_days",
        label: "Extra lead time from third countries",
        unit: "days over Japan",
        group: Group::Substitution,
        step: 1.0,
        values: [
            a(9.0, 0.0, 90.0, Some((4.0, 20.0)), "Assumed: China and Taiwan are about as near as Japan, with more handling"),
            a(14.0, 0.0, 90.0, Some((7.0, 25.0)), "Assumed: resist from Belgium or the US travels further"),
            a(14.0, 0.0, 90.0, Some((7.0, 25.0)), "Assumed"),
        ],
        help: "Days that an order from China, Taiwan, Belgium or the US takes beyond one from Japan.",
    },
    MaterialSpec {
        id: M::DomesticExtraLeadDays,
        key: "domestic_extra_lead_days",
        label: "Extra lead time from Korean producers",
        unit: "days over Japan",
        group: Group::Substitution,
        step: 1.0,
        values: [
            a(0.0, -14.0, 90.0, Some((-7.0, 7.0)), "Assumed: a Korean plant is nearer, but new"),
            a(7.0, -14.0, 90.0, Some((0.0, 20.0)), "Assumed: new lines ship qualification lots"),
            a(7.0, -14.0, 90.0, Some((0.0, 20.0)), "Assumed"),
        ],
        help: "Days that an order from a Korean plant takes beyond one from Japan.",
    },
    MaterialSpec {
        id: M::ThirdCountryMaxShare,
        key: "third_max_share",
        label: "Most extra supply third countries can take",
        unit: "share of demand",
        group: Group::Substitution,
        step: 0.01,
        values: [
            c(fit::HF_THIRD_MAX_SHARE, 0.0, 1.0, CALIBRATED),
            a(0.08, 0.0, 1.0, Some((0.04, 0.15)), "Assumed; korea_imports.csv: KITA reports Belgian resist imports rising from $2.64M to $14.03M in 2019 (about 4% of demand, a realised rise, so the most that could move is above it); no other qualified EUV resist before end-2021 (localization.csv)"),
            a(0.15, 0.0, 1.0, Some((0.05, 0.25)), "Assumed"),
        ],
        help: "Extra third-country supply, beyond its 2018 level, that buyers can move to if they try fully.",
    },
    MaterialSpec {
        id: M::ThirdCountryQualificationMonths,
        key: "third_qualification_months",
        label: "Qualifying a third-country supplier",
        unit: "months",
        group: Group::Substitution,
        step: 0.5,
        values: [
            a(1.0, 0.0, 24.0, Some((0.5, 4.0)), "Assumed; localization.csv: JoongAng via fluoridealert reports Taiwan's HF shipments to Korea at about 6x normal in August 2019, within a month, but from suppliers already qualified; Hankyoreh 2019-09-04 reports about two months for new HF on lines"),
            a(1.0, 0.0, 24.0, Some((0.5, 4.0)), "Assumed; localization.csv: Nikkei via Bits&Chips 2019-08-12 reports resist from the JSR-imec venture in Belgium by August 2019, a qualified supplier shipping from elsewhere"),
            a(4.0, 0.0, 24.0, Some((2.0, 8.0)), "Assumed"),
        ],
        help: "Months, on average, before a new foreign source is usable on production lines (a third-order delay).",
    },
    MaterialSpec {
        id: M::DomesticRampMonths,
        key: "domestic_ramp_months",
        label: "Ramp of a Korean plant",
        unit: "months",
        group: Group::Substitution,
        step: 0.5,
        values: [
            s(4.5, 0.25, 36.0, Some((3.0, 6.0)), "localization.csv: Hankyoreh 2019-09-04 (cited for three to six more months from first use on lines to mass production)"),
            a(6.0, 0.25, 36.0, Some((3.0, 12.0)), "Assumed"),
            a(6.0, 0.25, 36.0, Some((3.0, 12.0)), "Assumed"),
        ],
        help: "Time constant with which a dated Korean capacity addition reaches its size.",
    },
    MaterialSpec {
        id: M::RecyclingShare,
        key: "recycling_share",
        label: "Use saved by recycling and efficiency",
        unit: "share of demand",
        group: Group::Substitution,
        step: 0.01,
        values: [
            a(0.1, 0.0, 0.5, Some((0.0, 0.2)), "Assumed: chipmakers reported recycling HF after 2019; no share was found"),
            a(0.0, 0.0, 0.5, Some((0.0, 0.05)), "Assumed: resist is not recycled"),
            a(0.0, 0.0, 0.5, Some((0.0, 0.05)), "Assumed"),
        ],
        help: "Share of demand saved by recycling or leaner use once a restriction makes it pay, reached over the Korean ramp time.",
    },
    MaterialSpec {
        id: M::FeedstockImportShare,
        key: "feedstock_import_share",
        label: "Korean output made from imported feedstock",
        unit: "share",
        group: Group::Substitution,
        step: 0.05,
        values: [
            a(1.0, 0.0, 1.0, Some((0.5, 1.0)), "Assumed; localization.csv: NNA 2019-09-05 reports that early Korean HF was refined Chinese HF, applied here to all later output"),
            a(0.0, 0.0, 1.0, None, "Assumed: resist is made from many inputs"),
            a(0.0, 0.0, 1.0, None, "Assumed"),
        ],
        help: "Tonnes of third-country feedstock per tonne of new Korean output; they count as third-country imports in Japan's share of imports.",
    },
];

const GLOBAL_COUNT: usize = GLOBAL_SPECS.len();
/// Number of parameter values (globals plus three per material parameter).
pub const PARAM_COUNT: usize = GLOBAL_COUNT + MATERIAL_SPECS.len() * 3;

/// A reference to one parameter value: a global, or a per-material parameter for one material.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ParamRef {
    Global(G),
    Material(M, Material),
}

/// A parameter as the controls, the codec and the sampler see it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ParamView {
    pub param: ParamRef,
    /// Query key and identifier: `notice_days` or `hf.review_days`.
    pub key: &'static str,
    pub label: &'static str,
    pub unit: &'static str,
    pub group: Group,
    pub material: Option<Material>,
    pub step: f64,
    pub values: Values,
    pub help: &'static str,
}

impl ParamRef {
    /// Position of the value in [`Params`].
    pub fn index(self) -> usize {
        match self {
            ParamRef::Global(g) => g as usize,
            ParamRef::Material(m, material) => GLOBAL_COUNT + m as usize * 3 + material.index(),
        }
    }

    pub fn view(self) -> ParamView {
        all_params()[self.index()]
    }
}

macro_rules! material_keys {
    ($($key:literal),*) => {
        [$([concat!("hf.", $key), concat!("photoresist.", $key), concat!("polyimide.", $key)]),*]
    };
}

/// Query keys of the per-material parameters, per material, in the order of [`M`].
const MATERIAL_KEYS: [[&str; 3]; 17] = material_keys!(
    "demand_t",
    "jp_share_2018",
    "controlled_share",
    "price_usd_per_t",
    "third_price_usd_per_t",
    "inventory_weeks",
    "ready_stock_weeks",
    "review_days",
    "approval_probability",
    "jp_lead_days",
    "third_extra_lead_days",
    "domestic_extra_lead_days",
    "third_max_share",
    "third_qualification_months",
    "domestic_ramp_months",
    "recycling_share",
    "feedstock_import_share"
);

/// Every parameter value, in index order.
pub fn all_params() -> &'static [ParamView; PARAM_COUNT] {
    static TABLE: std::sync::OnceLock<[ParamView; PARAM_COUNT]> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut views = Vec::with_capacity(PARAM_COUNT);
        for spec in GLOBAL_SPECS {
            views.push(ParamView {
                param: ParamRef::Global(spec.id),
                key: spec.key,
                label: spec.label,
                unit: spec.unit,
                group: spec.group,
                material: None,
                step: spec.step,
                values: spec.values,
                help: spec.help,
            });
        }
        for (spec, keys) in MATERIAL_SPECS.iter().zip(MATERIAL_KEYS) {
            for material in Material::ALL {
                views.push(ParamView {
                    param: ParamRef::Material(spec.id, material),
                    key: keys[material.index()],
                    label: spec.label,
                    unit: spec.unit,
                    group: spec.group,
                    material: Some(material),
                    step: spec.step,
                    values: spec.values[material.index()],
                    help: spec.help,
                });
            }
        }
        views.try_into().expect("the table has PARAM_COUNT rows")
    })
}

/// Finds a parameter by its key.
pub fn find_param(key: &str) -> Option<&'static ParamView> {
    all_params().iter().find(|p| p.key == key)
}

/// A full set of parameter values.
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    values: [f64; PARAM_COUNT],
}

impl Default for Params {
    fn default() -> Self {
        let mut values = [0.0; PARAM_COUNT];
        for (value, view) in values.iter_mut().zip(all_params()) {
            *value = view.values.default;
        }
        Params { values }
    }
}

/// What happened to a value that did not fit its parameter's range.
#[derive(Clone, Debug, PartialEq)]
pub struct Clamped {
    pub key: &'static str,
    pub requested: f64,
    pub applied: f64,
}

impl Params {
    pub fn g(&self, id: G) -> f64 {
        self.values[ParamRef::Global(id).index()]
    }

    pub fn m(&self, id: M, material: Material) -> f64 {
        self.values[ParamRef::Material(id, material).index()]
    }

    pub fn get(&self, param: ParamRef) -> f64 {
        self.values[param.index()]
    }

    /// Sets a value, clamped to the parameter's range; reports the clamp if there was one.
    /// A value that is not a number leaves the parameter at its default.
    pub fn set(&mut self, param: ParamRef, value: f64) -> Option<Clamped> {
        let view = param.view();
        let applied = if value.is_nan() {
            view.values.default
        } else {
            value.clamp(view.values.min, view.values.max)
        };
        self.values[param.index()] = applied;
        (applied != value).then_some(Clamped {
            key: view.key,
            requested: value,
            applied,
        })
    }

    pub fn values(&self) -> &[f64; PARAM_COUNT] {
        &self.values
    }

    /// Parameters whose value differs from the default, in table order.
    pub fn changed(&self) -> impl Iterator<Item = (&'static ParamView, f64)> + '_ {
        all_params()
            .iter()
            .zip(self.values)
            .filter(|(view, value)| *value != view.values.default)
    }
}

/// Written as the list of values in table order, for the page's worker (the values were checked
/// when they were set, and are carried as they are).
impl serde::Serialize for Params {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.values.iter())
    }
}

/// Read from the list [`Params`] is written as; a list of another length is refused.
impl<'de> serde::Deserialize<'de> for Params {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let values: Vec<f64> = serde::Deserialize::deserialize(deserializer)?;
        let count = values.len();
        let values = values
            .try_into()
            .map_err(|_| serde::de::Error::invalid_length(count, &"one value per parameter"))?;
        Ok(Params { values })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_has_min_le_default_le_max_and_a_sane_uncertainty() {
        for view in all_params() {
            let Values {
                default,
                min,
                max,
                uncertainty,
                source,
                ..
            } = view.values;
            assert!(min <= default && default <= max, "{}", view.key);
            assert!(view.step > 0.0, "{}", view.key);
            assert!(
                !source.is_empty() && !view.help.is_empty() && !view.unit.is_empty(),
                "{}",
                view.key
            );
            if let Some((low, high)) = uncertainty {
                assert!(
                    min <= low && low <= default && default <= high && high <= max,
                    "{}",
                    view.key
                );
            }
        }
    }

    #[test]
    fn keys_are_unique_and_find_their_row() {
        for (index, view) in all_params().iter().enumerate() {
            assert_eq!(view.param.index(), index, "{}", view.key);
            assert_eq!(find_param(view.key).map(|p| p.param), Some(view.param));
        }
        assert_eq!(
            find_param("hf.review_days").unwrap().param,
            ParamRef::Material(M::ReviewDays, Material::Hf)
        );
        assert!(find_param("nonsense").is_none());
    }

    #[test]
    fn globals_and_material_specs_follow_their_enum_order() {
        for (index, spec) in GLOBAL_SPECS.iter().enumerate() {
            assert_eq!(spec.id as usize, index, "{}", spec.key);
        }
        for ((index, spec), keys) in MATERIAL_SPECS.iter().enumerate().zip(MATERIAL_KEYS) {
            assert_eq!(spec.id as usize, index, "{}", spec.key);
            assert_eq!(keys[0], format!("hf.{}", spec.key));
        }
    }

    #[test]
    fn set_clamps_and_reports() {
        let mut params = Params::default();
        let param = ParamRef::Global(G::NoticeDays);
        assert_eq!(params.set(param, 10.0), None);
        let clamped = params.set(param, 1e9).expect("clamped");
        assert_eq!(clamped.applied, 60.0);
        assert_eq!(params.g(G::NoticeDays), 60.0);
        assert_eq!(params.changed().count(), 1);
    }
}
