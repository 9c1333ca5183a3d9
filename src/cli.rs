//! The `chokepoint-cli` command: prints the monthly outputs of a preset or a scenario link.

use crate::model::attribution::attribute;
use crate::model::checks::{report, ChecksReport, PREDICTION_LABEL};
use crate::model::sensitivity::{
    headline_sensitivity, Figure, HeadlineSensitivity, DEFAULT_SAMPLES, MAX_SAMPLES,
};
use crate::model::time::{month_label, MONTHS};
use crate::model::uncertainty::{
    bands, calibrated_bands_of, calibration_weights, Bands, CALIBRATED_DRAWS, DEFAULT_DRAWS,
    DEFAULT_SEED,
};
use crate::model::{simulate, Material, Output, Run, MODEL_VERSION};
use crate::scenario::{decode, encode, Preset, Scenario};
use clap::{Parser, ValueEnum};
use std::io::Write;
use std::process::ExitCode;

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Csv,
    Json,
}

/// Output format of the checks report.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Csv,
    Json,
    Markdown,
}

/// Monthly lead times and trade volumes of hydrogen fluoride, photoresist and fluorinated polyimide
/// under a scenario of the 2019 Japan–South Korea export-control dispute.
#[derive(Debug, Parser)]
#[command(name = "chokepoint-cli", version)]
pub struct Args {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// A prepared scenario: baseline, history, escalation, settlement, no_localization, licensing_only.
    #[arg(long, conflicts_with = "scenario")]
    pub preset: Option<String>,
    /// A scenario link's query string, as the page writes it (for example 'v=3&preset=history').
    #[arg(long)]
    pub scenario: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value = "csv")]
    pub format: Format,
    /// Monte Carlo draws for the p10 and p90 bands [default: 200 for the assumptions-only bands,
    /// 800 for the calibrated ones, as on the page].
    #[arg(long)]
    pub draws: Option<usize>,
    /// Seed of the Monte Carlo; the same seed gives the same numbers everywhere.
    #[arg(long, default_value_t = DEFAULT_SEED)]
    pub seed: u64,
    /// Which uncertainty the bands show: every draw counted equally (`assumptions`), or the draws
    /// weighted by their fit to the 2018–2019 data (`calibrated`, the page's default).
    #[arg(long, value_enum, default_value = "assumptions")]
    pub bands: BandsArg,
    /// Print the parameter table (key, default, range, uncertainty, units, source) as Markdown and exit.
    #[arg(long)]
    pub parameters: bool,
    /// Write docs/MODEL.md as the HTML the page's "About the model" panel loads, to this file, and
    /// exit (the site build runs this).
    #[arg(long, value_name = "FILE")]
    pub model_html: Option<std::path::PathBuf>,
}

/// A sensitivity design's base size, read from the command line: 2 to [`MAX_SAMPLES`].
fn sample_size(text: &str) -> Result<usize, String> {
    let n: usize = text
        .parse()
        .map_err(|_| format!("'{text}' is not a whole number"))?;
    if (2..=MAX_SAMPLES).contains(&n) {
        Ok(n)
    } else {
        Err(format!("n must be from 2 to {MAX_SAMPLES}"))
    }
}

/// Which bands, as the command line names them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum BandsArg {
    Assumptions,
    Calibrated,
}

/// A material, as the command line names it.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum MaterialArg {
    Hf,
    Photoresist,
    Polyimide,
}

impl From<MaterialArg> for Material {
    fn from(material: MaterialArg) -> Material {
        match material {
            MaterialArg::Hf => Material::Hf,
            MaterialArg::Photoresist => Material::Photoresist,
            MaterialArg::Polyimide => Material::Polyimide,
        }
    }
}

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Fit the calibrated parameters to the 2018-2019 targets, print the fit report and write
    /// src/model/calibrated.rs.
    Calibrate {
        /// Write nothing; fail if the committed src/model/calibrated.rs differs from the fit.
        #[arg(long)]
        check: bool,
    },
    /// Variance-based (Sobol) sensitivity of a material's headline figures to the uncertain
    /// parameters: first-order and total index of each parameter, largest total first.
    Sensitivity {
        /// A prepared scenario: baseline, history, escalation, settlement, no_localization,
        /// licensing_only.
        #[arg(long, conflicts_with = "scenario")]
        preset: Option<String>,
        /// A scenario link's query string, as the page writes it.
        #[arg(long)]
        scenario: Option<String>,
        /// The material whose figures are analysed.
        #[arg(long, value_enum, default_value = "hf")]
        material: MaterialArg,
        /// Base sample size, 2 to 65,536 (the sequence's length): the model runs
        /// n·(parameters + 2) times, each with its baseline.
        #[arg(long, default_value_t = DEFAULT_SAMPLES, value_parser = sample_size)]
        n: usize,
        /// Seed of the sample; the same seed gives the same indices everywhere.
        #[arg(long, default_value_t = DEFAULT_SEED)]
        seed: u64,
        /// Output format.
        #[arg(long, value_enum, default_value = "csv")]
        format: Format,
    },
    /// The model against every 2018-2019 target: observed, the model at the scenario's
    /// parameters under what happened, and the calibrated and assumptions-only predictive
    /// p10-p90 of each; the calibration weights (draws, tolerance, effective sample size); both
    /// hypotheses' fit; and the predictions for 2020-2023, which have no observation here.
    Checks {
        /// The prepared scenario whose parameters are used (history when neither this nor
        /// --scenario is given); the measures are always those of what happened.
        #[arg(long, conflicts_with = "scenario")]
        preset: Option<String>,
        /// A scenario link's query string, as the page writes it.
        #[arg(long)]
        scenario: Option<String>,
        /// Monte Carlo draws weighted by the calibration.
        #[arg(long, default_value_t = CALIBRATED_DRAWS)]
        draws: usize,
        /// Seed of the draws; the same seed gives the same report everywhere.
        #[arg(long, default_value_t = DEFAULT_SEED)]
        seed: u64,
        /// Output format.
        #[arg(long, value_enum, default_value = "csv")]
        format: ReportFormat,
    },
}

/// The committed calibration, as compiled in.
const COMMITTED_CALIBRATION: &str = include_str!("model/calibrated.rs");

/// Runs the calibration, prints the report, and writes or checks the generated file.
fn calibrate(check: bool) -> ExitCode {
    use crate::calibration::{calibrate_both, generated_file, report};
    let started = std::time::Instant::now();
    let (fit, technical) = calibrate_both();
    println!("{}", report(&fit, &technical));
    println!("Calibration took {:.1} s.", started.elapsed().as_secs_f64());
    let text = generated_file(&fit, &technical);
    if check {
        if text == COMMITTED_CALIBRATION {
            println!("src/model/calibrated.rs matches the calibration.");
            return ExitCode::SUCCESS;
        }
        eprintln!("chokepoint-cli: src/model/calibrated.rs differs from what calibration produces:\n{text}");
        return ExitCode::FAILURE;
    }
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/model/calibrated.rs");
    match std::fs::write(path, text) {
        Ok(()) => {
            println!("Wrote {path}.");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("chokepoint-cli: {path}: {error}");
            ExitCode::from(2)
        }
    }
}

/// docs/MODEL.md rendered to HTML by build.rs.
pub const MODEL_HTML: &str = include_str!(concat!(env!("OUT_DIR"), "/model.html"));

/// The parameter table as Markdown, as docs/MODEL.md shows it.
pub fn parameter_table() -> String {
    use crate::model::params::all_params;
    let mut out = String::from("| key | what | default | range | uncertainty (p0–p100) | units | basis | source |\n|---|---|---|---|---|---|---|---|\n");
    for view in all_params() {
        let values = view.values;
        let uncertainty = values.uncertainty.map_or_else(
            || "fixed".to_string(),
            |(low, high)| format!("{low} – {high}"),
        );
        out.push_str(&format!(
            "| `{}` | {} | {} | {} – {} | {} | {} | {} | {} |\n",
            view.key,
            view.label,
            values.default,
            values.min,
            values.max,
            uncertainty,
            view.unit,
            values.basis.id(),
            values.source
        ));
    }
    out
}

/// The scenario named by the arguments, with any warnings about it.
/// The scenario read, with its warnings written to stderr; or, when it cannot be read, the reason
/// written there and the exit code.
fn announced(read: Result<(Scenario, Vec<String>), String>) -> Result<Scenario, ExitCode> {
    match read {
        Ok((scenario, warnings)) => {
            for warning in &warnings {
                eprintln!("warning: {warning}");
            }
            Ok(scenario)
        }
        Err(message) => {
            eprintln!("chokepoint-cli: {message}");
            Err(ExitCode::from(2))
        }
    }
}

pub fn scenario_of(args: &Args) -> Result<(Scenario, Vec<String>), String> {
    scenario_named(args.preset.as_deref(), args.scenario.as_deref())
}

/// The scenario of a preset id or a link's query string (the baseline when neither is given),
/// with any warnings about it.
pub fn scenario_named(
    preset: Option<&str>,
    query: Option<&str>,
) -> Result<(Scenario, Vec<String>), String> {
    match (preset, query) {
        (Some(id), _) => Preset::from_id(id)
            .map(|p| (p.scenario(), Vec::new()))
            .ok_or_else(|| {
                let known: Vec<&str> = Preset::ALL.iter().map(|p| p.id()).collect();
                format!("unknown preset '{id}'; choose one of {}", known.join(", "))
            }),
        (None, Some(query)) => {
            let (scenario, warnings) = decode(query);
            Ok((scenario, warnings.iter().map(ToString::to_string).collect()))
        }
        (None, None) => Ok((Preset::Baseline.scenario(), Vec::new())),
    }
}

/// A CSV error as the I/O error it wraps, so that a closed pipe is recognised as one.
fn io_error(error: csv::Error) -> std::io::Error {
    match error.into_kind() {
        csv::ErrorKind::Io(io) => io,
        other => std::io::Error::other(format!("{other:?}")),
    }
}

/// The CSV: one row per month and material.
pub fn write_csv(out: &mut impl Write, run: &Run, bands: &Bands) -> std::io::Result<()> {
    let mut writer = csv::Writer::from_writer(out);
    let mut header = vec!["month".to_string(), "material".to_string()];
    header.extend(Output::CSV.iter().map(|o| o.id().to_string()));
    for output in [Output::LeadTimeDays, Output::JpExportsT] {
        header.push(format!("{}_p10", output.id()));
        header.push(format!("{}_p90", output.id()));
    }
    writer.write_record(&header).map_err(io_error)?;
    for month in 0..MONTHS {
        for material in Material::ALL {
            let series = run.material(material);
            let mut row = vec![month_label(month), material.id().to_string()];
            row.extend(
                Output::CSV
                    .iter()
                    .map(|o| format!("{:.6}", series.get(*o)[month])),
            );
            for output in [Output::LeadTimeDays, Output::JpExportsT] {
                row.push(format!("{:.6}", bands.p10(material, output)[month]));
                row.push(format!("{:.6}", bands.p90(material, output)[month]));
            }
            writer.write_record(&row).map_err(io_error)?;
        }
    }
    writer.flush()
}

/// The sensitivity CSV: one row per figure and parameter (`figure,param,first,total`), each
/// figure's parameters largest total index first.
pub fn write_sensitivity_csv(
    out: &mut impl Write,
    sensitivity: &HeadlineSensitivity,
) -> std::io::Result<()> {
    let mut writer = csv::Writer::from_writer(out);
    writer
        .write_record(["figure", "param", "first", "total"])
        .map_err(io_error)?;
    for figure in Figure::ALL {
        for indices in sensitivity.ranked(figure) {
            writer
                .write_record([
                    figure.id(),
                    indices.param,
                    &format!("{:.6}", indices.first),
                    &format!("{:.6}", indices.total),
                ])
                .map_err(io_error)?;
        }
    }
    writer.flush()
}

/// Runs the sensitivity analysis of a scenario and prints it.
fn sensitivity(
    preset: Option<&str>,
    query: Option<&str>,
    material: Material,
    n: usize,
    seed: u64,
    format: Format,
) -> ExitCode {
    let scenario = match announced(scenario_named(preset, query)) {
        Ok(scenario) => scenario,
        Err(code) => return code,
    };
    let result = headline_sensitivity(&scenario.measures, &scenario.params, material, n, seed);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let written = match format {
        Format::Csv => write_sensitivity_csv(&mut out, &result),
        Format::Json => serde_json::to_writer_pretty(&mut out, &result)
            .map_err(std::io::Error::from)
            .and_then(|()| writeln!(out)),
    };
    finish(written)
}

/// The scenario of a preset id or a link's query string, `history` when neither is given, with
/// its checks report over `draws` draws of `seed`.
pub fn checks_report(
    preset: Option<&str>,
    query: Option<&str>,
    draws: usize,
    seed: u64,
) -> Result<(Scenario, Vec<String>, ChecksReport), String> {
    let preset = preset.or(query.is_none().then_some(Preset::History.id()));
    let (scenario, warnings) = scenario_named(preset, query)?;
    let weights = calibration_weights(&scenario.params, draws, seed);
    let report = report(&scenario.params, weights);
    Ok((scenario, warnings, report))
}

/// A prediction as a reader reads it.
/// The checks CSV ([`crate::export::checks_csv`]), written out.
pub fn write_checks_csv(out: &mut impl Write, report: &ChecksReport) -> std::io::Result<()> {
    out.write_all(crate::export::checks_csv(report).as_bytes())
}

/// A figure as the Markdown report writes it: four significant digits.
fn figure(value: f64) -> String {
    let rounded = crate::calibration::round4(value);
    if rounded != 0.0 && rounded.abs() < 1e-3 {
        format!("{rounded:.2e}")
    } else if rounded.abs() >= 1000.0 {
        format!("{rounded:.0}")
    } else {
        format!("{rounded}")
    }
}

/// The checks report as Markdown.
pub fn checks_markdown(report: &ChecksReport) -> String {
    let mut out = String::new();
    for line in crate::export::checks_summary_lines(report) {
        out.push_str(&format!("{line}\n\n"));
    }
    out.push_str("| sample | target | unit | observed | model | calibrated p10-p90 | inside | assumptions-only p10-p90 | inside | source |\n|---|---|---|---|---|---|---|---|---|---|\n");
    let yes = |inside: bool| if inside { "yes" } else { "no" };
    for (check, prior) in report.checks.iter().zip(&report.assumptions_only) {
        out.push_str(&format!(
            "| {} | {}{} | {} | {} | {} | {} – {} | {} | {} – {} | {} | {} |\n",
            if check.in_sample {
                "in sample"
            } else {
                "out of sample"
            },
            check.what,
            if check.fitted {
                ""
            } else {
                " (reported, not fitted)"
            },
            check.unit.id(),
            figure(check.observed),
            figure(check.model),
            figure(check.band.0),
            figure(check.band.1),
            yes(check.inside),
            figure(prior.band.0),
            figure(prior.band.1),
            yes(prior.inside),
            match &check.url {
                Some(url) => format!("[{}]({url})", check.source),
                None => check.source.clone(),
            }
        ));
    }
    out.push_str(&format!(
        "\nOut of sample ({PREDICTION_LABEL}):\n\n| material | year | unit | model | calibrated p10-p90 | assumptions-only p10-p90 |\n|---|---|---|---|---|---|\n"
    ));
    for (prediction, prior) in report
        .predictions
        .iter()
        .zip(&report.assumptions_only_predictions)
    {
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} – {} | {} – {} |\n",
            prediction.material.id(),
            prediction.year,
            prediction.unit.id(),
            figure(prediction.model),
            figure(prediction.band.0),
            figure(prediction.band.1),
            figure(prior.band.0),
            figure(prior.band.1)
        ));
    }
    out
}

/// The checks report as JSON: the scenario link, the model version and the report.
pub fn checks_json(scenario: &Scenario, report: &ChecksReport) -> serde_json::Value {
    serde_json::json!({
        "model_version": MODEL_VERSION,
        "scenario": encode(scenario),
        "prediction_label": PREDICTION_LABEL,
        "report": report,
    })
}

/// Prints the checks report of a scenario.
fn checks(
    preset: Option<&str>,
    query: Option<&str>,
    draws: usize,
    seed: u64,
    format: ReportFormat,
) -> ExitCode {
    let (scenario, report) = match checks_report(preset, query, draws, seed) {
        Ok((scenario, warnings, report)) => {
            for warning in &warnings {
                eprintln!("warning: {warning}");
            }
            (scenario, report)
        }
        Err(message) => {
            eprintln!("chokepoint-cli: {message}");
            return ExitCode::from(2);
        }
    };
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let written = match format {
        ReportFormat::Csv => write_checks_csv(&mut out, &report),
        ReportFormat::Json => {
            serde_json::to_writer_pretty(&mut out, &checks_json(&scenario, &report))
                .map_err(std::io::Error::from)
                .and_then(|()| writeln!(out))
        }
        ReportFormat::Markdown => out.write_all(checks_markdown(&report).as_bytes()),
    };
    finish(written)
}

/// The exit code of a finished write: a closed pipe (`| head`) is not an error.
fn finish(written: std::io::Result<()>) -> ExitCode {
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("chokepoint-cli: {error}");
            ExitCode::FAILURE
        }
    }
}

/// The JSON document: scenario link, model version, months, outputs, bands and attribution.
pub fn to_json(scenario: &Scenario, run: &Run, bands: &Bands) -> serde_json::Value {
    let months: Vec<String> = (0..MONTHS).map(month_label).collect();
    let mut materials = serde_json::Map::new();
    for material in Material::ALL {
        let mut bands_json = serde_json::Map::new();
        for output in crate::model::uncertainty::BANDED {
            bands_json.insert(
                format!("{}_p10", output.id()),
                serde_json::json!(bands.p10(material, output)),
            );
            bands_json.insert(
                format!("{}_p90", output.id()),
                serde_json::json!(bands.p90(material, output)),
            );
        }
        materials.insert(
            material.id().to_string(),
            serde_json::json!({ "outputs": run.material(material), "bands": bands_json }),
        );
    }
    serde_json::json!({
        "model_version": MODEL_VERSION,
        "scenario": encode(scenario),
        "draws": bands.draws,
        "seed": bands.seed,
        "months": months,
        "tension": run.tension,
        "materials": materials,
        "attribution": attribute(&scenario.measures, &scenario.params),
    })
}

pub fn main() -> ExitCode {
    let args = Args::parse();
    match &args.command {
        Some(Command::Calibrate { check }) => return calibrate(*check),
        Some(Command::Sensitivity {
            preset,
            scenario,
            material,
            n,
            seed,
            format,
        }) => {
            return sensitivity(
                preset.as_deref(),
                scenario.as_deref(),
                (*material).into(),
                *n,
                *seed,
                *format,
            )
        }
        Some(Command::Checks {
            preset,
            scenario,
            draws,
            seed,
            format,
        }) => {
            return checks(
                preset.as_deref(),
                scenario.as_deref(),
                *draws,
                *seed,
                *format,
            )
        }
        None => {}
    }
    if args.parameters {
        print!("{}", parameter_table());
        return ExitCode::SUCCESS;
    }
    if let Some(path) = &args.model_html {
        let written = path
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| std::fs::write(path, MODEL_HTML));
        return match written {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                eprintln!("chokepoint-cli: {}: {error}", path.display());
                ExitCode::from(2)
            }
        };
    }
    let scenario = match announced(scenario_of(&args)) {
        Ok(scenario) => scenario,
        Err(code) => return code,
    };
    let run = simulate(&scenario.measures, &scenario.params);
    let bands = match args.bands {
        BandsArg::Assumptions => bands(
            &scenario.measures,
            &scenario.params,
            args.draws.unwrap_or(DEFAULT_DRAWS),
            args.seed,
        ),
        BandsArg::Calibrated => {
            let draws = args.draws.unwrap_or(CALIBRATED_DRAWS);
            let weights = calibration_weights(&scenario.params, draws, args.seed);
            calibrated_bands_of(
                &scenario.measures,
                &scenario.params,
                &weights,
                &Material::ALL,
            )
        }
    };
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let written = match args.format {
        Format::Csv => write_csv(&mut out, &run, &bands),
        Format::Json => {
            let mut json = to_json(&scenario, &run, &bands);
            // Which bands: the draws counted equally, or weighted by their fit to the data.
            json["bands_kind"] = match args.bands {
                BandsArg::Assumptions => "assumptions",
                BandsArg::Calibrated => "calibrated",
            }
            .into();
            serde_json::to_writer_pretty(&mut out, &json)
                .map_err(std::io::Error::from)
                .and_then(|()| writeln!(out))
        }
    };
    finish(written)
}
