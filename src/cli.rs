//! The `chokepoint-cli` command: prints the monthly outputs of a preset or a scenario link.

use crate::model::attribution::attribute;
use crate::model::sensitivity::{
    headline_sensitivity, Figure, HeadlineSensitivity, DEFAULT_SAMPLES,
};
use crate::model::time::{month_label, MONTHS};
use crate::model::uncertainty::{bands, Bands, DEFAULT_DRAWS, DEFAULT_SEED};
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
    /// Monte Carlo draws for the p10 and p90 bands.
    #[arg(long, default_value_t = DEFAULT_DRAWS)]
    pub draws: usize,
    /// Seed of the Monte Carlo; the same seed gives the same numbers everywhere.
    #[arg(long, default_value_t = DEFAULT_SEED)]
    pub seed: u64,
    /// Print the parameter table (key, default, range, uncertainty, units, source) as Markdown and exit.
    #[arg(long)]
    pub parameters: bool,
    /// Write docs/MODEL.md as the HTML the page's "About the model" panel loads, to this file, and
    /// exit (the site build runs this).
    #[arg(long, value_name = "FILE")]
    pub model_html: Option<std::path::PathBuf>,
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
        /// Base sample size: the model runs n·(parameters + 2) times, each with its baseline.
        #[arg(long, default_value_t = DEFAULT_SAMPLES)]
        n: usize,
        /// Seed of the sample; the same seed gives the same indices everywhere.
        #[arg(long, default_value_t = DEFAULT_SEED)]
        seed: u64,
        /// Output format.
        #[arg(long, value_enum, default_value = "csv")]
        format: Format,
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
    let text = generated_file(&fit);
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
    let bands = bands(&scenario.measures, &scenario.params, args.draws, args.seed);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let written = match args.format {
        Format::Csv => write_csv(&mut out, &run, &bands),
        Format::Json => serde_json::to_writer_pretty(&mut out, &to_json(&scenario, &run, &bands))
            .map_err(std::io::Error::from)
            .and_then(|()| writeln!(out)),
    };
    finish(written)
}
