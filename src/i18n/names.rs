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

/// The message id of a parameter's source note: the whole key, `.` written `-`
/// (`hf.review_days` -> `source-hf-review_days`), since the notes differ between materials.
fn param_source_id(view: &ParamView) -> String {
    format!("source-{}", view.key.replace('.', "-"))
}

/// What a parameter's default rests on: its source, calibration or assumption
/// (`locales/{ja,ko}-sources.ftl`).
pub fn param_source(lang: Lang, view: &ParamView) -> String {
    domain(lang, &param_source_id(view), view.values.source)
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
        ids.push(param_source_id(view));
    }
    ids.extend(ChartId::ALL.map(|c| format!("chart-{}", c.id())));
    ids.extend(Controls::ALL.map(|c| format!("controls-{}", c.id())));
    ids.sort();
    ids.dedup();
    ids
}

// Native only: the tests read the result with crates the wasm build does not have.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::model::params::all_params;
    use fluent_bundle::{FluentBundle, FluentResource};
    use fluent_syntax::ast::Entry;
    use std::collections::BTreeSet;

    /// The numbers written in a text, as digits without leading zeros: a comma between digits (a
    /// thousands separator) joins them, so "83,327" is one number, and "2019-07-04" and
    /// "2019年7月4日" hold the same ones.
    fn numbers(text: &str) -> BTreeSet<String> {
        let chars: Vec<char> = text.chars().collect();
        let mut out = BTreeSet::new();
        let mut run = String::new();
        for (i, &c) in chars.iter().enumerate() {
            let separator =
                c == ',' && !run.is_empty() && chars.get(i + 1).is_some_and(|n| n.is_ascii_digit());
            if c.is_ascii_digit() {
                run.push(c);
            } else if !separator && !run.is_empty() {
                out.insert(std::mem::take(&mut run));
            }
        }
        if !run.is_empty() {
            out.insert(run);
        }
        out.into_iter()
            .map(|n| match n.trim_start_matches('0') {
                "" => "0".to_string(),
                trimmed => trimmed.to_string(),
            })
            .collect()
    }

    #[test]
    fn numbers_are_read_as_written_in_each_language() {
        let set = |items: &[&str]| items.iter().map(|s| s.to_string()).collect::<BTreeSet<_>>();
        assert_eq!(numbers("83,327 t, / 12"), set(&["83327", "12"]));
        assert_eq!(numbers("2019-07-04"), numbers("2019年7月4日"));
        assert_eq!(numbers("$66.857M; 0"), set(&["66", "857", "0"]));
        assert_eq!(numbers("2018, 2019"), set(&["2018", "2019"]));
    }

    #[test]
    fn every_parameter_has_its_source_note_in_japanese_and_korean() {
        for view in all_params() {
            let english = view.values.source;
            assert_eq!(param_source(Lang::En, view), english, "{}", view.key);
            for lang in [Lang::Ja, Lang::Ko] {
                let note = param_source(lang, view);
                assert!(
                    !note.is_empty() && !note.contains("[source-"),
                    "{}: no {} note: {note}",
                    view.key,
                    lang.id()
                );
                assert_ne!(
                    note,
                    english,
                    "{}: the {} note is English",
                    view.key,
                    lang.id()
                );
                let missing: Vec<String> = numbers(english)
                    .difference(&numbers(&note))
                    .cloned()
                    .collect();
                assert!(
                    missing.is_empty(),
                    "{}: the {} note lacks {missing:?}: {note}",
                    view.key,
                    lang.id()
                );
            }
        }
    }

    #[test]
    fn the_source_notes_name_only_parameters_and_parse_into_their_bundles() {
        let ids: BTreeSet<String> = all_params().iter().map(param_source_id).collect();
        assert!(Lang::En.param_sources().is_none());
        for lang in [Lang::Ja, Lang::Ko] {
            let source = lang.param_sources().expect("a file of source notes");
            let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(_, e)| {
                panic!("locales/{}-sources.ftl does not parse: {e:?}", lang.id())
            });
            let mut named = BTreeSet::new();
            for entry in resource.entries() {
                match entry {
                    Entry::Message(message) => {
                        let id = message.id.name.to_string();
                        assert!(
                            ids.contains(&id),
                            "locales/{}-sources.ftl has '{id}', which no parameter uses",
                            lang.id()
                        );
                        assert!(
                            message.attributes.is_empty(),
                            "'{id}' in {} has attributes",
                            lang.id()
                        );
                        assert!(named.insert(id.clone()), "'{id}' twice in {}", lang.id());
                    }
                    Entry::Term(term) => panic!("unexpected term -{}", term.id.name),
                    _ => {}
                }
            }
            assert_eq!(named, ids, "{}: one note per parameter", lang.id());
            // Together with the language's main file: every file parses, and no id is defined
            // twice (the bundle would keep the first and report the second).
            let mut bundle: FluentBundle<FluentResource> =
                FluentBundle::new(vec![lang.id().parse().expect("a valid language tag")]);
            for (index, text) in lang.resources().enumerate() {
                let resource =
                    FluentResource::try_new(text.to_string()).unwrap_or_else(|(_, e)| {
                        panic!("resource {index} of {} does not parse: {e:?}", lang.id())
                    });
                if let Err(errors) = bundle.add_resource(resource) {
                    panic!("resource {index} of {} clashes: {errors:?}", lang.id());
                }
            }
        }
    }
}
