//! The names and help texts of the model's tables in each language: materials, measures and their
//! states, presets, parameter groups, parameters, charts and embed options.

use super::{domain, Lang};
use crate::model::measures::Side;
use crate::model::params::{Group, ParamView};
use crate::model::{Material, MeasureId};
use crate::scenario::view::{ChartId, Controls};
use crate::scenario::Preset;

pub fn material(lang: Lang, m: Material) -> String {
    domain(lang, &format!("material-{}", m.id()), m.name())
}

pub fn measure(lang: Lang, id: MeasureId) -> String {
    domain(lang, &format!("measure-{}", id.id()), id.label())
}

pub fn measure_help(lang: Lang, id: MeasureId) -> String {
    domain(lang, &format!("measure-{}.help", id.id()), id.help())
}

/// The label of a measure's state, by its index in the measure's states.
pub fn state(lang: Lang, id: MeasureId, index: usize) -> String {
    let states = id.states();
    let (state_id, english) = states.get(index).copied().unwrap_or(states[0]);
    domain(lang, &format!("state-{state_id}"), english)
}

pub fn side(lang: Lang, side: Side) -> String {
    let id = match side {
        Side::Japan => "side-japan",
        Side::Korea => "side-korea",
        Side::Both => "side-both",
    };
    domain(lang, id, side.label())
}

pub fn preset(lang: Lang, p: Preset) -> String {
    domain(lang, &format!("preset-{}", p.id()), p.label())
}

pub fn preset_description(lang: Lang, p: Preset) -> String {
    domain(
        lang,
        &format!("preset-{}.description", p.id()),
        p.description(),
    )
}

pub fn group(lang: Lang, g: Group) -> String {
    domain(lang, &format!("group-{}", g.id()), g.label())
}

/// A parameter's message id: the key without its material (`hf.review_days` -> `review_days`).
fn param_id(view: &ParamView) -> String {
    let base = view.key.rsplit('.').next().unwrap_or(view.key);
    format!("param-{base}")
}

/// A parameter's label, with its material when it has one.
pub fn param(lang: Lang, view: &ParamView) -> String {
    let label = domain(lang, &param_id(view), view.label);
    match view.material {
        Some(m) => super::text_with(
            lang,
            "param-of-material",
            &[
                ("label", label.into()),
                ("material", material_lower(lang, m).into()),
            ],
        ),
        None => label,
    }
}

pub fn param_unit(lang: Lang, view: &ParamView) -> String {
    domain(lang, &format!("{}.unit", param_id(view)), view.unit)
}

pub fn param_help(lang: Lang, view: &ParamView) -> String {
    domain(lang, &format!("{}.help", param_id(view)), view.help)
}

/// A material's name inside a sentence: lower case in English, as is in Japanese and Korean.
pub fn material_lower(lang: Lang, m: Material) -> String {
    match lang {
        Lang::En => m.name().to_lowercase(),
        _ => material(lang, m),
    }
}

pub fn chart(lang: Lang, c: ChartId) -> String {
    domain(lang, &format!("chart-{}", c.id()), c.label())
}

pub fn controls(lang: Lang, c: Controls) -> String {
    domain(lang, &format!("controls-{}", c.id()), c.label())
}

/// Every message id the tables need in a language other than English.
pub fn domain_ids() -> Vec<String> {
    let mut ids = Vec::new();
    ids.extend(Material::ALL.map(|m| format!("material-{}", m.id())));
    for id in MeasureId::ALL {
        ids.push(format!("measure-{}", id.id()));
        ids.push(format!("measure-{}.help", id.id()));
        ids.extend(id.states().into_iter().map(|(s, _)| format!("state-{s}")));
    }
    ids.extend(["side-japan", "side-korea", "side-both"].map(String::from));
    for p in Preset::ALL {
        ids.push(format!("preset-{}", p.id()));
        ids.push(format!("preset-{}.description", p.id()));
    }
    ids.extend(Group::ALL.map(|g| format!("group-{}", g.id())));
    for view in crate::model::params::all_params() {
        let id = param_id(view);
        ids.push(format!("{id}.unit"));
        ids.push(format!("{id}.help"));
        ids.push(id);
    }
    ids.extend(ChartId::ALL.map(|c| format!("chart-{}", c.id())));
    ids.extend(Controls::ALL.map(|c| format!("controls-{}", c.id())));
    ids.sort();
    ids.dedup();
    ids
}
