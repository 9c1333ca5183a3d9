//! Every text the page shows exists in every language: a missing translation fails here rather
//! than showing a blank (or its id) on the page.

#![cfg(not(target_arch = "wasm32"))]

use chokepoint::i18n::{self, names, Lang};
use fluent_syntax::ast;
use fluent_syntax::parser;
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// Each message and attribute id of a language, with the variables it uses.
fn messages(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    let resource = parser::parse(lang.source()).unwrap_or_else(|(_, errors)| {
        panic!("locales/{}.ftl does not parse: {errors:?}", lang.id())
    });
    let mut out = BTreeMap::new();
    for entry in resource.body {
        if let ast::Entry::Message(message) = entry {
            let id = message.id.name.to_string();
            if let Some(value) = &message.value {
                out.insert(id.clone(), variables(value));
            }
            for attribute in &message.attributes {
                out.insert(
                    format!("{id}.{}", attribute.id.name),
                    variables(&attribute.value),
                );
            }
        }
    }
    out
}

fn variables(pattern: &ast::Pattern<&str>) -> BTreeSet<String> {
    fn walk(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
        match expression {
            ast::Expression::Inline(inline) => inline_walk(inline, out),
            ast::Expression::Select { selector, variants } => {
                inline_walk(selector, out);
                for variant in variants {
                    out.extend(variables(&variant.value));
                }
            }
        }
    }
    fn inline_walk(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
        match inline {
            ast::InlineExpression::VariableReference { id } => {
                out.insert(id.name.to_string());
            }
            ast::InlineExpression::Placeable { expression } => walk(expression, out),
            _ => {}
        }
    }
    let mut out = BTreeSet::new();
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            walk(expression, &mut out);
        }
    }
    out
}

#[test]
fn every_language_has_every_message_with_the_same_variables() {
    let english = messages(Lang::En);
    for lang in [Lang::Ja, Lang::Ko] {
        let other = messages(lang);
        for (id, vars) in &english {
            let Some(theirs) = other.get(id) else {
                panic!("locales/{}.ftl has no '{id}'", lang.id());
            };
            assert_eq!(theirs, vars, "'{id}' in {} uses other variables", lang.id());
        }
        let domain: BTreeSet<String> = names::domain_ids().into_iter().collect();
        for id in other.keys() {
            assert!(
                english.contains_key(id) || domain.contains(id),
                "locales/{}.ftl has '{id}', which nothing uses",
                lang.id()
            );
        }
    }
}

#[test]
fn the_model_tables_are_translated() {
    for lang in [Lang::Ja, Lang::Ko] {
        for id in names::domain_ids() {
            assert!(
                i18n::has(lang, &id),
                "locales/{}.ftl has no '{id}'",
                lang.id()
            );
        }
    }
    for id in names::domain_ids() {
        assert!(
            !i18n::has(Lang::En, &id),
            "'{id}' is in locales/en.ftl, but the English of the tables lives in the code"
        );
    }
}

/// The message ids named in the code: the first argument of `t(`, `with(`, `text(` and
/// `text_with(` when it is a string literal.
fn ids_in_code() -> BTreeSet<String> {
    fn walk(dir: &Path, out: &mut BTreeSet<String>) {
        for entry in fs::read_dir(dir).expect("readable").flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = fs::read_to_string(&path).expect("readable");
                for call in [
                    ".t(\"",
                    ".with(\"",
                    "text(lang, \"",
                    "text_with(lang, \"",
                    "text(*lang, \"",
                ] {
                    for (at, _) in text.match_indices(call) {
                        let rest = &text[at + call.len()..];
                        if let Some(end) = rest.find('"') {
                            out.insert(rest[..end].to_string());
                        }
                    }
                }
                // Ids chosen between literals: tr.t(if ... { "a" } else { "b" }).
                for (at, _) in text.match_indices("tr.t(if ") {
                    let rest = &text[at..];
                    let block = &rest[..rest.find("})").unwrap_or(rest.len())];
                    for piece in block.split('"').skip(1).step_by(2) {
                        out.insert(piece.to_string());
                    }
                }
            }
        }
    }
    let mut out = BTreeSet::new();
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut out);
    out
}

#[test]
fn every_message_the_code_names_exists_in_english() {
    let english = messages(Lang::En);
    let named = ids_in_code();
    assert!(
        named.len() > 100,
        "found only {} ids: {named:?}",
        named.len()
    );
    for id in named {
        assert!(
            english.contains_key(&id) || i18n::has(Lang::En, &id),
            "the code names '{id}', which locales/en.ftl lacks"
        );
    }
}

#[test]
fn messages_render_in_each_language() {
    for lang in Lang::ALL {
        let text = i18n::text_with(lang, "reset-changed", &[("count", 3usize.into())]);
        assert!(
            text.contains('3') && !text.starts_with('['),
            "{lang:?}: {text}"
        );
        for id in ["tagline", "what-changed", "figure-peak"] {
            assert!(!i18n::text(lang, id).is_empty());
        }
    }
    assert_ne!(
        i18n::text(Lang::Ja, "tagline"),
        i18n::text(Lang::En, "tagline")
    );
}
