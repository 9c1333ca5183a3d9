//! The parameter table: every number the model uses that a user may question, declared once with
//! its default, range, units, uncertainty and source.
//!
//! The controls on the page, the scenario codec, the Monte Carlo sampler and the documentation are
//! all generated from this table. `range` bounds what a user may set; `uncertainty` (when present)
//! is the interval the Monte Carlo samples, as a triangular distribution peaking at the default.
//! Parameters without an uncertainty are policy settings or published facts.

use super::measures::Material;

/// Where a parameter is shown on the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Group {
    /// Licence review, approval and validity.
    Licensing,
    /// How the diplomatic climate acts on reviews and on expectations.
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
            Group::Climate => "Diplomatic climate",
            Group::KoreanResponse => "Korea's programmes",
            Group::Market => "Market",
            Group::Inventory => "Inventories",
            Group::Substitution => "Substitution",
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
    /// Where the default comes from.
    pub source: &'static str,
}

const fn v(
    default: f64,
    min: f64,
    max: f64,
    unc: Option<(f64, f64)>,
    source: &'static str,
) -> Values {
    Values {
        default,
        min,
        max,
        uncertainty: unc,
        source,
    }
}

/// A parameter that applies to all materials.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum G {
    NoticeDays,
    ReviewCapDays,
    ReviewMinFraction,
    RenewalLeadDays,
    IndividualValidityMonths,
    SpecialBulkProcessingDays,
    ClimateWeightWto,
    ClimateWeightGsomia,
    ClimateWeightKoreaWhiteList,
    ClimateWeightDialogue,
    ReviewClimateStretch,
    ReviewClimateElasticity,
    ApprovalClimateElasticity,
    ExpectedDurationMonths,
    DurationClimateElasticity,
    LocalizationIntensity,
    PrivateLocalizationShare,
    PrivateDiversificationShare,
    StructuralDiversificationShare,
    RestockMonths,
    RushSpareCapacity,
    PrecautionCapWeeks,
    CongestionFactor,
    ThirdCountryDecayMonths,
    DomesticDecayMonths,
}

/// A parameter with a value per material.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum M {
    DemandTonnesPerMonth,
    DemandGrowthPctPerYear,
    JapanShare2018,
    ControlledShare,
    PriceUsdPerTonne,
    InventoryCoverWeeks,
    ReadyStockWeeks,
    ReviewDays,
    ApprovalProbability,
    JapanLeadDays,
    ThirdCountryExtraLeadDays,
    DomesticExtraLeadDays,
    ThirdCountryMaxShare,
    ThirdCountryQualificationMonths,
    ThirdCountryRampMonths,
    DomesticMaxShare,
    DomesticQualificationMonths,
    DomesticRampMonths,
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

const ASSUMED: &str = "Assumption (no published figure); explored by the Monte Carlo";

/// Every global parameter, in the order of [`G`].
pub const GLOBAL_SPECS: [GlobalSpec; 25] = [
    GlobalSpec {
        id: G::NoticeDays,
        key: "notice_days",
        label: "Notice before a restriction takes effect",
        unit: "days",
        group: Group::Licensing,
        step: 1.0,
        values: v(3.0, 0.0, 60.0, None, "METI announced on 1 July 2019 the licensing that took effect on 4 July (events.csv)"),
        help: "Days between the announcement of a stricter licensing regime and its effect; buyers pull shipments forward in this window.",
    },
    GlobalSpec {
        id: G::ReviewCapDays,
        key: "review_cap_days",
        label: "Standard maximum licence review",
        unit: "days",
        group: Group::Licensing,
        step: 5.0,
        values: v(90.0, 30.0, 180.0, None, "Yomiuri 2019-07-04; KITA; NHK: screening takes up to 90 days (licensing_and_stocks.csv)"),
        help: "Published upper limit of one review round; a tense diplomatic climate stretches it.",
    },
    GlobalSpec {
        id: G::ReviewMinFraction,
        key: "review_min_fraction",
        label: "Shortest licence wait as a share of the expected wait",
        unit: "share",
        group: Group::Licensing,
        step: 0.05,
        values: v(0.8, 0.3, 0.95, Some((0.65, 0.9)), "Calibrated: first licences after 34 days (EUV resist), about 75 days (polyimide) and 135 days (liquid HF) (licensing_and_stocks.csv)"),
        help: "No licence is granted faster than this share of the expected wait, so first licences come after a dead time.",
    },
    GlobalSpec {
        id: G::RenewalLeadDays,
        key: "renewal_lead_days",
        label: "Renewal filed ahead of expiry",
        unit: "days",
        group: Group::Licensing,
        step: 5.0,
        values: v(90.0, 0.0, 180.0, Some((60.0, 120.0)), "Assumption: exporters plan around the 90-day standard review"),
        help: "Buyers apply for the next individual licence this long before the current one expires; longer waits leave gaps.",
    },
    GlobalSpec {
        id: G::IndividualValidityMonths,
        key: "individual_validity_months",
        label: "Validity of an individual licence",
        unit: "months",
        group: Group::Licensing,
        step: 1.0,
        values: v(6.0, 1.0, 36.0, None, "NHK; Taiwan News: individual licences valid about six months (licensing_and_stocks.csv)"),
        help: "An individual licence must be renewed after this long; special bulk and bulk licences last 36 months.",
    },
    GlobalSpec {
        id: G::SpecialBulkProcessingDays,
        key: "special_bulk_processing_days",
        label: "Processing per shipment under special bulk",
        unit: "days",
        group: Group::Licensing,
        step: 1.0,
        values: v(7.0, 0.0, 30.0, Some((3.0, 14.0)), "Korea Herald 2023-06-27: processing of about a week once licences are bulk"),
        help: "Extra days of paperwork per shipment under a special bulk licence, or a bulk licence while Korea is in Group B.",
    },
    GlobalSpec {
        id: G::ClimateWeightWto,
        key: "climate_weight_wto",
        label: "Weight of the WTO case in the climate",
        unit: "index",
        group: Group::Climate,
        step: 0.05,
        values: v(0.3, 0.0, 1.0, Some((0.15, 0.45)), ASSUMED),
        help: "How much an active WTO case adds to diplomatic tension (panel = full weight).",
    },
    GlobalSpec {
        id: G::ClimateWeightGsomia,
        key: "climate_weight_gsomia",
        label: "Weight of GSOMIA in the climate",
        unit: "index",
        group: Group::Climate,
        step: 0.05,
        values: v(0.45, 0.0, 1.0, Some((0.25, 0.6)), ASSUMED),
        help: "How much ending the intelligence pact adds to tension (terminated = full weight).",
    },
    GlobalSpec {
        id: G::ClimateWeightKoreaWhiteList,
        key: "climate_weight_korea_white_list",
        label: "Weight of Korea's own white-list move",
        unit: "index",
        group: Group::Climate,
        step: 0.05,
        values: v(0.25, 0.0, 1.0, Some((0.1, 0.4)), ASSUMED),
        help: "How much removing Japan from Korea's white list adds to tension.",
    },
    GlobalSpec {
        id: G::ClimateWeightDialogue,
        key: "climate_weight_dialogue",
        label: "Relief from the dialogue",
        unit: "index",
        group: Group::Climate,
        step: 0.05,
        values: v(0.5, 0.0, 1.0, Some((0.25, 0.75)), "Calibrated: liquid HF licences came within weeks of the talks resuming (events.csv, November-December 2019)"),
        help: "How much a resumed bureau-chief-level dialogue lowers tension.",
    },
    GlobalSpec {
        id: G::ReviewClimateStretch,
        key: "review_climate_stretch",
        label: "Stretch of the review cap at full tension",
        unit: "share",
        group: Group::Climate,
        step: 0.1,
        values: v(1.0, 0.0, 3.0, Some((0.5, 1.5)), "Calibrated: liquid HF licences after 135 and 173 days against a 90-day standard (licensing_and_stocks.csv)"),
        help: "At full tension the 90-day cap grows by this share (1 = doubled).",
    },
    GlobalSpec {
        id: G::ReviewClimateElasticity,
        key: "review_climate_elasticity",
        label: "Review time response to the climate",
        unit: "share",
        group: Group::Climate,
        step: 0.05,
        values: v(0.4, 0.0, 1.0, Some((0.2, 0.6)), ASSUMED),
        help: "Mean review time grows by this share at full tension and shrinks with relief.",
    },
    GlobalSpec {
        id: G::ApprovalClimateElasticity,
        key: "approval_climate_elasticity",
        label: "Approval response to the climate",
        unit: "share",
        group: Group::Climate,
        step: 0.05,
        values: v(0.3, 0.0, 0.95, Some((0.15, 0.5)), "Calibrated: Korea reported nine documents and repeated requests for HF by October 2019 (Trade Law Daily 2019-10-02)"),
        help: "The chance that a review round ends in approval falls by this share at full tension (otherwise more documents are requested).",
    },
    GlobalSpec {
        id: G::ExpectedDurationMonths,
        key: "expected_duration_months",
        label: "Expected duration of the measures",
        unit: "months",
        group: Group::Climate,
        step: 1.0,
        values: v(12.0, 1.0, 60.0, Some((6.0, 24.0)), ASSUMED),
        help: "How long firms expect a restriction to last in a neutral climate; longer expectations make diversification pay.",
    },
    GlobalSpec {
        id: G::DurationClimateElasticity,
        key: "duration_climate_elasticity",
        label: "Expected duration response to the climate",
        unit: "share",
        group: Group::Climate,
        step: 0.1,
        values: v(1.0, 0.0, 2.0, Some((0.5, 1.5)), ASSUMED),
        help: "Expected duration grows by this share at full tension and shrinks with relief.",
    },
    GlobalSpec {
        id: G::LocalizationIntensity,
        key: "localization_intensity",
        label: "Localization programme intensity",
        unit: "× 2019 programme",
        group: Group::KoreanResponse,
        step: 0.1,
        values: v(1.0, 0.0, 2.0, None, "1 = the 2019 programme: more than 5 trillion won in 2020-22 (Yonhap; NABO, localization.csv)"),
        help: "Size of Korea's materials, parts and equipment programme when it is on.",
    },
    GlobalSpec {
        id: G::PrivateLocalizationShare,
        key: "private_localization_share",
        label: "Localization without the programme",
        unit: "share",
        group: Group::KoreanResponse,
        step: 0.05,
        values: v(0.4, 0.0, 1.0, Some((0.2, 0.6)), ASSUMED),
        help: "Share of the domestic build-up firms would make on their own, without government money.",
    },
    GlobalSpec {
        id: G::PrivateDiversificationShare,
        key: "private_diversification_share",
        label: "Diversification without the drive",
        unit: "share",
        group: Group::KoreanResponse,
        step: 0.05,
        values: v(0.6, 0.0, 1.0, Some((0.4, 0.8)), ASSUMED),
        help: "Share of the shift to third-country suppliers firms would make without the government's drive.",
    },
    GlobalSpec {
        id: G::StructuralDiversificationShare,
        key: "structural_diversification_share",
        label: "Lasting share of third-country buying",
        unit: "share",
        group: Group::Substitution,
        step: 0.05,
        values: v(0.5, 0.0, 1.0, Some((0.3, 0.7)), "Calibrated: Japan kept part of the HF trade once licences came (794 t in December 2019, hf_japan_exports_monthly.csv), while Taiwan's August surge (6x normal) was an emergency"),
        help: "Share of the extra third-country buying that stays once Japanese licences flow again; the rest lasts only while supply is blocked.",
    },
    GlobalSpec {
        id: G::RestockMonths,
        key: "restock_months",
        label: "Time to rebuild inventories",
        unit: "months",
        group: Group::Inventory,
        step: 0.5,
        values: v(4.0, 0.5, 12.0, Some((2.0, 6.0)), "Calibrated: Japan's HF exports to Korea were only 794 t in December 2019 once licences came (hf_japan_exports_monthly.csv)"),
        help: "Buyers close a gap between target and actual stock over this many months.",
    },
    GlobalSpec {
        id: G::RushSpareCapacity,
        key: "rush_spare_capacity",
        label: "Extra shipments per week of notice",
        unit: "weeks of supply per week",
        group: Group::Inventory,
        step: 0.1,
        values: v(0.5, 0.0, 2.0, Some((0.25, 1.0)), ASSUMED),
        help: "Besides ready stock, suppliers can ship this much extra per week of notice before a restriction.",
    },
    GlobalSpec {
        id: G::PrecautionCapWeeks,
        key: "precaution_cap_weeks",
        label: "Most extra stock buyers seek",
        unit: "weeks",
        group: Group::Inventory,
        step: 1.0,
        values: v(13.0, 0.0, 26.0, Some((8.0, 18.0)), "Samsung asked vendors for three months of stock (USITC working paper, October 2019)"),
        help: "Precautionary buying stops at this many weeks of extra supply.",
    },
    GlobalSpec {
        id: G::CongestionFactor,
        key: "congestion_factor",
        label: "Congestion on ramping suppliers",
        unit: "share",
        group: Group::Substitution,
        step: 0.1,
        values: v(1.0, 0.0, 3.0, Some((0.5, 1.5)), ASSUMED),
        help: "Extra waiting on an alternative route per unit of demand it cannot yet supply, as a share of its normal lead time.",
    },
    GlobalSpec {
        id: G::ThirdCountryDecayMonths,
        key: "third_country_decay_months",
        label: "Fade of third-country contracts",
        unit: "months",
        group: Group::Substitution,
        step: 1.0,
        values: v(24.0, 3.0, 120.0, Some((12.0, 36.0)), ASSUMED),
        help: "Once the reason to diversify is gone, extra third-country supply fades over this time.",
    },
    GlobalSpec {
        id: G::DomesticDecayMonths,
        key: "domestic_decay_months",
        label: "Fade of Korean capacity",
        unit: "months",
        group: Group::Substitution,
        step: 6.0,
        values: v(120.0, 12.0, 240.0, Some((60.0, 180.0)), ASSUMED),
        help: "Korean plants built in response are sunk investments and fade only slowly.",
    },
];

/// Every per-material parameter, in the order of [`M`].
pub const MATERIAL_SPECS: [MaterialSpec; 18] = [
    MaterialSpec {
        id: M::DemandTonnesPerMonth,
        key: "demand_t",
        label: "Korean demand in January 2018",
        unit: "t/month",
        group: Group::Market,
        step: 1.0,
        values: [
            v(6944.0, 1000.0, 20000.0, Some((6250.0, 7640.0)), "KITA 2018: Korea imported 83,327 t of HF (korea_imports.csv), / 12"),
            v(85.8, 10.0, 300.0, Some((75.0, 96.0)), "Derived: 2018 imports from Japan of $298.9M at the 2019 unit price ($268.4M / 861 t), / Japan's 93.2% share, / 12 (korea_imports.csv)"),
            v(32.4, 5.0, 150.0, Some((20.0, 45.0)), "Derived: 2018 imports from Japan of $19.73M / Japan's 84.5% share at the assumed unit price, / 12 (korea_imports.csv)"),
        ],
        help: "Tonnes per month Korean users needed at the start of 2018 (import-equivalent).",
    },
    MaterialSpec {
        id: M::DemandGrowthPctPerYear,
        key: "demand_growth_pct",
        label: "Demand growth",
        unit: "% per year",
        group: Group::Market,
        step: 0.5,
        values: [
            v(0.0, -10.0, 20.0, Some((-4.0, 4.0)), ASSUMED),
            v(0.0, -10.0, 20.0, Some((-4.0, 6.0)), ASSUMED),
            v(10.0, -10.0, 40.0, Some((3.0, 20.0)), "Assumption: flexible OLED output grew fast; the broad polyimide code rose 59.5% in 2019 (korea_imports.csv)"),
        ],
        help: "Yearly growth of Korean demand, applied smoothly.",
    },
    MaterialSpec {
        id: M::JapanShare2018,
        key: "jp_share_2018",
        label: "Japan's share of supply in 2018",
        unit: "share",
        group: Group::Market,
        step: 0.01,
        values: [
            v(0.46, 0.0, 1.0, Some((0.42, 0.5)), "KITA 2018: 46% of HF imports by volume (korea_imports.csv)"),
            v(0.932, 0.0, 1.0, Some((0.9, 0.95)), "KITA 2018: 93.2% of photoresist imports (korea_imports.csv)"),
            v(0.845, 0.0, 1.0, Some((0.8, 0.9)), "KITA 2018: 84.5% of polyimide imports (korea_imports.csv)"),
        ],
        help: "Share of Korean supply that came from Japan before the dispute; the rest came from third countries.",
    },
    MaterialSpec {
        id: M::ControlledShare,
        key: "controlled_share",
        label: "Share of the trade the controls cover",
        unit: "share",
        group: Group::Licensing,
        step: 0.05,
        values: [
            v(0.99, 0.0, 1.0, Some((0.95, 1.0)), "Calibrated: Japan's HF exports to Korea fell to 0 t in August 2019 (hf_japan_exports_monthly.csv)"),
            v(0.25, 0.0, 1.0, Some((0.1, 0.4)), "Calibrated: photoresist imports from Japan in August 2019 (95.71 t) matched August 2018 (korea_imports.csv)"),
            v(0.5, 0.0, 1.0, Some((0.25, 0.75)), "Assumption: the polyimide trade code is broader than the controlled fluorinated grade (data README)"),
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
            v(1744.0, 500.0, 10000.0, Some((1650.0, 1850.0)), "KITA 2018: $66.857M for 38,339 t from Japan (korea_imports.csv)"),
            v(311700.0, 50000.0, 1000000.0, Some((280000.0, 340000.0)), "KITA 2019: $268.4M for 861 t from Japan (korea_imports.csv)"),
            v(60000.0, 10000.0, 300000.0, Some((30000.0, 120000.0)), ASSUMED),
        ],
        help: "Turns tonnes exported by Japan into US dollars.",
    },
    MaterialSpec {
        id: M::InventoryCoverWeeks,
        key: "inventory_weeks",
        label: "Inventory cover at the start",
        unit: "weeks",
        group: Group::Inventory,
        step: 0.5,
        values: [
            v(6.5, 0.0, 26.0, Some((4.3, 8.7)), "Nikkei: one to two months of stock; Yomiuri 2019-07-04: about one month (licensing_and_stocks.csv)"),
            v(4.3, 0.0, 26.0, Some((2.2, 8.7)), "etnews via eeNews Europe: about one month of regulated resist (licensing_and_stocks.csv)"),
            v(6.5, 0.0, 26.0, Some((4.3, 8.7)), "Nikkei via semimedia: one to two months (licensing_and_stocks.csv)"),
        ],
        help: "Weeks of demand held in stock before the dispute; buyers aim to keep this cover.",
    },
    MaterialSpec {
        id: M::ReadyStockWeeks,
        key: "ready_stock_weeks",
        label: "Supply that can be pulled forward",
        unit: "weeks",
        group: Group::Inventory,
        step: 0.1,
        values: [
            v(0.1, 0.0, 13.0, Some((0.0, 0.3)), "Calibrated: Japan's HF exports to Korea were 479 t in July 2019 (hf_japan_exports_monthly.csv)"),
            v(4.5, 0.0, 13.0, Some((3.0, 6.0)), "Calibrated: photoresist imports from Japan rose 87.5% month on month in July 2019 (korea_imports.csv)"),
            v(3.0, 0.0, 13.0, Some((1.0, 6.0)), ASSUMED),
        ],
        help: "Weeks of Japanese supply, ready in stock, that buyers can take as soon as a restriction is announced.",
    },
    MaterialSpec {
        id: M::ReviewDays,
        key: "review_days",
        label: "Mean licence review in a neutral climate",
        unit: "days",
        group: Group::Licensing,
        step: 1.0,
        values: [
            v(70.0, 10.0, 180.0, Some((55.0, 85.0)), "Calibrated: first HF gas licence after 56 days, liquid HF after 135 and 173 days (licensing_and_stocks.csv)"),
            v(40.0, 10.0, 180.0, Some((32.0, 50.0)), "Calibrated: first EUV resist licence after 34 days (Dong-A 2019-08-09)"),
            v(65.0, 10.0, 180.0, Some((50.0, 80.0)), "Calibrated: first polyimide licence after about 75 days (Money Today 2019-09-30)"),
        ],
        help: "Average length of one review round, before the climate stretches or shortens it.",
    },
    MaterialSpec {
        id: M::ApprovalProbability,
        key: "approval_probability",
        label: "Approval in one review round",
        unit: "probability",
        group: Group::Licensing,
        step: 0.05,
        values: [
            v(0.65, 0.05, 1.0, Some((0.5, 0.8)), "Calibrated: nine documents and repeated requests for HF (Trade Law Daily 2019-10-02)"),
            v(0.9, 0.05, 1.0, Some((0.8, 1.0)), "Calibrated: three resist licences by end-September 2019 (Yonhap 2019-09-30)"),
            v(0.8, 0.05, 1.0, Some((0.65, 0.95)), "Calibrated: one polyimide licence by end-September 2019 (Yonhap 2019-09-30)"),
        ],
        help: "Chance that a review round ends in a licence; otherwise the exporter is asked for more documents and waits again.",
    },
    MaterialSpec {
        id: M::JapanLeadDays,
        key: "jp_lead_days",
        label: "Production and shipping from Japan",
        unit: "days",
        group: Group::Market,
        step: 1.0,
        values: [
            v(21.0, 3.0, 90.0, Some((14.0, 28.0)), ASSUMED),
            v(21.0, 3.0, 90.0, Some((14.0, 28.0)), ASSUMED),
            v(21.0, 3.0, 90.0, Some((14.0, 28.0)), ASSUMED),
        ],
        help: "Days from order to delivery from Japan with no licence wait.",
    },
    MaterialSpec {
        id: M::ThirdCountryExtraLeadDays,
        key: "third_extra_lead_days",
        label: "Extra lead time from third countries",
        unit: "days over Japan",
        group: Group::Substitution,
        step: 1.0,
        values: [
            v(9.0, 0.0, 90.0, Some((4.0, 20.0)), ASSUMED),
            v(14.0, 0.0, 90.0, Some((7.0, 25.0)), ASSUMED),
            v(14.0, 0.0, 90.0, Some((7.0, 25.0)), ASSUMED),
        ],
        help: "Days that an order from China, Taiwan, Belgium or the US takes beyond one from Japan; never negative, since buyers preferred Japan.",
    },
    MaterialSpec {
        id: M::DomesticExtraLeadDays,
        key: "domestic_extra_lead_days",
        label: "Extra lead time from Korean producers",
        unit: "days over Japan",
        group: Group::Substitution,
        step: 1.0,
        values: [
            v(4.0, 0.0, 90.0, Some((0.0, 14.0)), ASSUMED),
            v(7.0, 0.0, 90.0, Some((0.0, 20.0)), ASSUMED),
            v(7.0, 0.0, 90.0, Some((0.0, 20.0)), ASSUMED),
        ],
        help: "Days that an order from a newly qualified Korean plant takes beyond one from Japan (qualification lots, ramp-up).",
    },
    MaterialSpec {
        id: M::ThirdCountryMaxShare,
        key: "third_max_share",
        label: "Most extra supply third countries can take",
        unit: "share of demand",
        group: Group::Substitution,
        step: 0.01,
        values: [
            v(0.3, 0.0, 1.0, Some((0.2, 0.4)), "Calibrated: Taiwan's HF shipments to Korea about 6x normal in August 2019; Japan's share fell from 46% to 32% in 2019 (localization.csv; korea_imports.csv)"),
            v(0.04, 0.0, 1.0, Some((0.02, 0.08)), "Belgian resist imports rose from $2.64M to $14.03M in 2019, about 4% of demand (korea_imports.csv)"),
            v(0.15, 0.0, 1.0, Some((0.05, 0.25)), ASSUMED),
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
            v(0.5, 0.0, 24.0, Some((0.25, 1.0)), "Taiwan's HF shipments jumped within a month (August 2019, localization.csv)"),
            v(1.0, 0.0, 24.0, Some((0.5, 2.0)), "Resist from the JSR-imec venture in Belgium by August 2019 (Nikkei via Bits&Chips 2019-08-12)"),
            v(4.0, 0.0, 24.0, Some((2.0, 8.0)), ASSUMED),
        ],
        help: "Months before a new foreign source can be used on production lines.",
    },
    MaterialSpec {
        id: M::ThirdCountryRampMonths,
        key: "third_ramp_months",
        label: "Ramp of third-country supply",
        unit: "months",
        group: Group::Substitution,
        step: 0.5,
        values: [
            v(1.0, 0.25, 24.0, Some((0.5, 2.0)), "Calibrated: Japan's HF share of Korean imports fell to 32% over 2019 (korea_imports.csv)"),
            v(3.0, 0.25, 24.0, Some((1.5, 6.0)), ASSUMED),
            v(6.0, 0.25, 24.0, Some((3.0, 12.0)), ASSUMED),
        ],
        help: "Time constant of the build-up of third-country supply once qualified.",
    },
    MaterialSpec {
        id: M::DomesticMaxShare,
        key: "domestic_max_share",
        label: "Most demand Korean producers can take",
        unit: "share of demand",
        group: Group::Substitution,
        step: 0.01,
        values: [
            v(0.2, 0.0, 1.0, Some((0.1, 0.35)), "Calibrated with the third-country share to Japan's 32% share of 2019 imports; Soulbrain's doubled capacity (two-thirds of chipmakers' needs) refines Chinese HF, which trade data count as third-country supply (localization.csv)"),
            v(0.3, 0.0, 1.0, Some((0.1, 0.45)), "Assumption: Dongjin's EUV resist and DuPont's Cheonan plant (localization.csv)"),
            v(0.5, 0.0, 1.0, Some((0.3, 0.7)), "Assumption: Kolon and SKC colorless polyimide, and redesign toward ultra-thin glass (localization.csv)"),
        ],
        help: "Share of demand Korean plants can cover once built and qualified.",
    },
    MaterialSpec {
        id: M::DomesticQualificationMonths,
        key: "domestic_qualification_months",
        label: "Qualifying Korean supply",
        unit: "months",
        group: Group::Substitution,
        step: 0.5,
        values: [
            v(2.0, 0.0, 60.0, Some((1.0, 4.0)), "Domestic HF on some Samsung lines about two months after the curbs (Hankyoreh 2019-09-04)"),
            v(29.0, 0.0, 60.0, Some((18.0, 40.0)), "Dongjin's EUV resist passed Samsung qualification at the end of 2021, 29 months after the curbs (etnews 2022-12-02)"),
            v(6.0, 0.0, 60.0, Some((3.0, 12.0)), "Assumption: substitution by product redesign (localization.csv)"),
        ],
        help: "Months before Korean output can be used on production lines.",
    },
    MaterialSpec {
        id: M::DomesticRampMonths,
        key: "domestic_ramp_months",
        label: "Ramp of Korean production",
        unit: "months",
        group: Group::Substitution,
        step: 0.5,
        values: [
            v(3.0, 0.25, 36.0, Some((2.0, 5.0)), "Three to six more months to mass production (Hankyoreh 2019-09-04); 12N liquid HF in mass production by January 2020"),
            v(12.0, 0.25, 36.0, Some((6.0, 24.0)), ASSUMED),
            v(12.0, 0.25, 36.0, Some((6.0, 24.0)), ASSUMED),
        ],
        help: "Time constant of the build-up of Korean production once qualified.",
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
const MATERIAL_KEYS: [[&str; 3]; 18] = material_keys!(
    "demand_t",
    "demand_growth_pct",
    "jp_share_2018",
    "controlled_share",
    "price_usd_per_t",
    "inventory_weeks",
    "ready_stock_weeks",
    "review_days",
    "approval_probability",
    "jp_lead_days",
    "third_extra_lead_days",
    "domestic_extra_lead_days",
    "third_max_share",
    "third_qualification_months",
    "third_ramp_months",
    "domestic_max_share",
    "domestic_qualification_months",
    "domestic_ramp_months"
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
