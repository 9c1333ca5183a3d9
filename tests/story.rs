//! The built-in story states only what the data and the model say. Every number in a step's
//! English text is a date of an event in the observed data, a year, or a claim listed here with
//! the figure it must match; every claim is written in the Japanese and Korean texts too. Every
//! question asks about a change that really moves its answer, and explains why.

use chokepoint::i18n::Lang;
use chokepoint::model::observed::{events, licensing_facts, observations, Observation};
use chokepoint::model::params::{ParamRef, G};
use chokepoint::model::simulate::Output;
use chokepoint::model::summary::headlines;
use chokepoint::model::{simulate, Material, Measures};
use chokepoint::scenario::codec::decode_link;
use chokepoint::scenario::lesson::{figure_of, in_language, Figure, Lesson, Step};

use chokepoint::i18n::MONTHS_EN as MONTHS;

/// The headlines of a link's scenario, and its run.
fn run_of(
    link: &str,
) -> (
    chokepoint::model::simulate::Run,
    Vec<chokepoint::model::summary::Headline>,
) {
    let scenario = decode_link(link).0.scenario;
    let run = simulate(&scenario.measures, &scenario.params);
    let base = simulate(&Measures::default(), &scenario.params);
    let figures = headlines(&run, &base);
    (run, figures)
}

/// The observation of a material's output over the period written as in the data files.
fn observed(material: Material, output: Output, period: &str) -> f64 {
    observations()
        .into_iter()
        .find(|o: &Observation| {
            o.material == material && o.output == output && o.period_label() == period
        })
        .unwrap_or_else(|| panic!("an observation of {material:?} {output:?} in {period}"))
        .value
}

fn licence_fact(item: &str, quantity: &str) -> f64 {
    licensing_facts()
        .into_iter()
        .find(|row| row.item == item && row.quantity == quantity)
        .unwrap_or_else(|| panic!("a fact {item} {quantity}"))
        .value
        .parse()
        .expect("a number")
}

/// An event's detail containing `words`.
fn event_says(words: &str) -> bool {
    events().iter().any(|e| e.detail.contains(words))
}

/// A figure the data state in words: the figure, or NaN (which matches nothing) if they do not.
fn said(stated: bool, figure: f64) -> f64 {
    if stated {
        figure
    } else {
        f64::NAN
    }
}

/// A month index (0 = January 2018) from "August 2019".
fn month_index(text: &str) -> usize {
    let (month, year) = text.split_once(' ').expect("month and year");
    let month = MONTHS.iter().position(|m| *m == month).expect("a month");
    let year: usize = year.parse().expect("a year");
    (year - 2018) * 12 + month
}

/// A number a step states, as written in English, and the figures it stands for: each must round
/// to it (to the number's last written digit).
struct Claim {
    step: usize,
    written: &'static str,
    figures: Vec<f64>,
}

/// The numbers every step of the story states, each with where it comes from.
fn claims(story: &Lesson) -> Vec<Claim> {
    let link = |n: usize| story.steps[n - 1].link.clone();
    let history = "v=4&preset=history";
    let (baseline_run, baseline) = run_of("v=4");
    let _ = baseline_run;
    let share = |m: Material| 100.0 * baseline[m.index()].jp_share_at_end;
    let peak = |link: &str| figure_of(link, Material::Hf, Figure::PeakLeadTimeDays);
    let percent = |v: f64| 100.0 * v;
    vec![
        // 1: Japan's share of Korea's imports in 2018, observed and in the model's baseline.
        Claim {
            step: 1,
            written: "46%",
            figures: vec![
                percent(observed(Material::Hf, Output::JpShareOfImports, "2018")),
                share(Material::Hf),
            ],
        },
        Claim {
            step: 1,
            written: "93%",
            figures: vec![
                percent(observed(
                    Material::Photoresist,
                    Output::JpShareOfImports,
                    "2018",
                )),
                share(Material::Photoresist),
            ],
        },
        Claim {
            step: 1,
            written: "85%",
            figures: vec![
                percent(observed(
                    Material::Polyimide,
                    Output::JpShareOfImports,
                    "2018",
                )),
                share(Material::Polyimide),
            ],
        },
        // 1: the baseline's lead times, shortest and longest of the three materials.
        Claim {
            step: 1,
            written: "22",
            figures: vec![baseline
                .iter()
                .map(|h| h.peak_lead_time_days)
                .fold(f64::INFINITY, f64::min)],
        },
        Claim {
            step: 1,
            written: "26",
            figures: vec![baseline
                .iter()
                .map(|h| h.peak_lead_time_days)
                .fold(0.0, f64::max)],
        },
        Claim {
            step: 2,
            written: "90",
            figures: vec![licence_fact("review_standard", "max review period")],
        },
        // 2: the peak of licensing alone.
        Claim {
            step: 2,
            written: "August 2019",
            figures: vec![run_of(&link(2)).1[0].peak_month as f64],
        },
        Claim {
            step: 3,
            written: "34",
            figures: vec![licence_fact("first_licence", "photoresist (EUV)")],
        },
        Claim {
            step: 3,
            written: "56",
            figures: vec![licence_fact("first_licence", "hf gas")],
        },
        Claim {
            step: 3,
            written: "2,932",
            figures: vec![observed(Material::Hf, Output::JpExportsT, "2019-06")],
        },
        Claim {
            step: 3,
            written: "479",
            figures: vec![observed(Material::Hf, Output::JpExportsT, "2019-07")],
        },
        // 4: the items that lost their bulk licences, as the event's record says.
        Claim {
            step: 4,
            written: "1,120",
            figures: vec![said(event_says("about 1,120 items"), 1120.0)],
        },
        // 7: the programme's size, as the localization record says.
        Claim {
            step: 7,
            written: "5",
            figures: vec![said(
                chokepoint::model::observed::LOCALIZATION_CSV
                    .contains("more than 5 trillion won 2020-22"),
                5.0,
            )],
        },
        // 7: the month of Japan's share at the end, the last simulated.
        Claim {
            step: 7,
            written: "December 2023",
            figures: vec![(chokepoint::model::time::MONTHS - 1) as f64],
        },
        // 5: the peak without Korea's moves and as it happened.
        Claim {
            step: 5,
            written: "51",
            figures: vec![peak(&link(5))],
        },
        Claim {
            step: 5,
            written: "53",
            figures: vec![peak(history)],
        },
        // 6: the peak as it happened, before the talks.
        Claim {
            step: 6,
            written: "September 2019",
            figures: vec![
                run_of(history).1[0].peak_month as f64,
                run_of(&link(6)).1[0].peak_month as f64,
            ],
        },
    ]
}

/// Checks a claim's figures against its written number.
fn holds(claim: &Claim) -> Result<(), String> {
    let target = if MONTHS.iter().any(|m| claim.written.starts_with(m)) {
        month_index(claim.written) as f64
    } else {
        claim
            .written
            .trim_end_matches('%')
            .replace(',', "")
            .parse::<f64>()
            .map_err(|e| e.to_string())?
    };
    for figure in &claim.figures {
        // A NaN figure (a fact the data do not state) matches nothing.
        if figure.is_nan() || (figure - target).abs() > 0.5 + 1e-6 {
            return Err(format!(
                "step {} states {} where the figure is {figure:.2}",
                claim.step, claim.written
            ));
        }
    }
    Ok(())
}

/// The numbers in a text: runs of digits (with thousands commas), each with what stands before it
/// and after it, leaving out those fused to letters (DS590, EUV-1).
fn numbers(text: &str) -> Vec<(String, String, String)> {
    let chars: Vec<char> = text.chars().collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit() {
            let start = i;
            while i < chars.len()
                && (chars[i].is_ascii_digit()
                    || (chars[i] == ',' && chars.get(i + 1).is_some_and(char::is_ascii_digit)))
            {
                i += 1;
            }
            let fused = start > 0 && chars[start - 1].is_ascii_alphabetic();
            if !fused {
                let before: String = chars[start.saturating_sub(30)..start].iter().collect();
                let after: String = chars[i..(i + 30).min(chars.len())].iter().collect();
                found.push((chars[start..i].iter().collect(), before, after));
            }
        } else {
            i += 1;
        }
    }
    found
}

/// Whether a number is a day of a dated event: "7 August" (its year the step's, or the one after
/// the day).
fn is_event_day(number: &str, after: &str, years: &[u16]) -> bool {
    let Ok(day) = number.parse::<u8>() else {
        return false;
    };
    let after = after.trim_start();
    let Some(month) = MONTHS.iter().position(|m| after.starts_with(m)) else {
        return false;
    };
    events().iter().any(|e| {
        e.date.day == day && usize::from(e.date.month) == month + 1 && years.contains(&e.date.year)
    })
}

/// Every English text of a step: title, text, question and explanation.
fn english(step: &Step) -> String {
    let mut text = format!("{} {}", step.title["en"], step.text["en"]);
    if let Some(question) = &step.question {
        text.push(' ');
        text.push_str(&question.prompt["en"]);
        text.push(' ');
        text.push_str(&question.explain["en"]);
    }
    text
}

/// The text of a step in a language, question and explanation included.
fn in_lang(step: &Step, lang: Lang) -> String {
    let mut text = format!(
        "{} {}",
        in_language(&step.title, lang),
        in_language(&step.text, lang)
    );
    if let Some(question) = &step.question {
        text.push(' ');
        text.push_str(in_language(&question.prompt, lang));
        text.push(' ');
        text.push_str(in_language(&question.explain, lang));
    }
    text
}

#[test]
fn every_number_the_story_states_is_a_date_a_year_or_a_checked_claim() {
    let story = Lesson::story();
    let claims = claims(&story);
    for claim in &claims {
        holds(claim).unwrap();
        let step = &story.steps[claim.step - 1];
        assert!(
            english(step).contains(claim.written),
            "step {} states {}",
            claim.step,
            claim.written
        );
        // The same number in Japanese and Korean (a month as each writes it: 2019年8月, 2019년 8월).
        let month = MONTHS
            .iter()
            .any(|m| claim.written.starts_with(m))
            .then(|| month_index(claim.written));
        for lang in [Lang::Ja, Lang::Ko] {
            let digits = match (month, lang) {
                (Some(index), Lang::Ja) => format!("{}年{}月", 2018 + index / 12, index % 12 + 1),
                (Some(index), _) => format!("{}년 {}월", 2018 + index / 12, index % 12 + 1),
                (None, _) => claim.written.trim_end_matches('%').to_string(),
            };
            assert!(
                in_lang(step, lang).contains(&digits),
                "step {} in {lang:?} states {}",
                claim.step,
                claim.written
            );
        }
    }
    for (index, step) in story.steps.iter().enumerate() {
        let text = english(step);
        let years: Vec<u16> = numbers(&text)
            .iter()
            .filter_map(|(n, _, _)| n.parse::<u16>().ok())
            .filter(|y| (2016..=2023).contains(y))
            .collect();
        for (number, before, after) in numbers(&text) {
            let is_year = number.len() == 4 && (2016..=2023).contains(&number.parse().unwrap_or(0));
            let month = MONTHS
                .iter()
                .find(|m| before.trim_end().ends_with(*m))
                .filter(|_| is_year);
            let ok = match month {
                // "August 2019": a claim of the step, a month with an event, or an event's words.
                Some(month) => {
                    let written = format!("{month} {number}");
                    claims
                        .iter()
                        .any(|c| c.step == index + 1 && c.written == written)
                        || events().iter().any(|e| {
                            e.date.year.to_string() == number
                                && MONTHS[usize::from(e.date.month) - 1] == *month
                        })
                        || event_says(&written)
                }
                None => {
                    is_year
                        || claims.iter().any(|c| {
                            c.step == index + 1
                                && (c.written == number || c.written == format!("{number}%"))
                        })
                        || is_event_day(&number, &after, &years)
                }
            };
            assert!(
                ok,
                "step {}: '{before}[{number}]{after}' is neither a dated event, a year nor a claim",
                index + 1
            );
        }
    }
    // Facts in words that the data hold.
    assert!(event_says("first since June 2016"));
    assert!(events().iter().any(|e| e.measure == "wto_case"
        && e.change == "resumed"
        && e.date.year == 2020
        && e.date.month == 6));
    assert_eq!(
        licence_fact("licence_validity", "bulk"),
        36.0,
        "three-year bulk licences"
    );
}

#[test]
fn every_question_asks_about_a_change_that_moves_its_answer_and_says_why() {
    let story = Lesson::story();
    let questions: Vec<_> = story
        .steps
        .iter()
        .filter_map(|s| s.question.as_ref().map(|q| (s, q)))
        .collect();
    assert!(questions.len() >= 4, "{}", questions.len());
    for (step, question) in questions {
        let answer = question.answer(step);
        let compare = answer
            .compare
            .expect("every question of the story has a comparison");
        // At least a day, or a percentage point, and 3% of the figure.
        let moved = (answer.value - compare).abs();
        assert!(
            moved >= 1.0 && moved >= 0.03 * compare.abs().max(answer.value.abs()),
            "{}: {} against {compare}",
            step.title["en"],
            answer.value
        );
        for lang in Lang::ALL {
            let explain = in_language(&question.explain, lang);
            assert!(
                question.explain.contains_key(lang.id())
                    && explain.contains("{answer}")
                    && explain.contains("{compare}"),
                "{}: the explanation in {lang:?}",
                step.title["en"]
            );
        }
    }
}

#[test]
fn what_the_story_says_of_the_political_lever_and_of_2023_holds() {
    let story = Lesson::story();
    // Step 5: with the lever at zero, Korea's moves do not change the 2020 reviews.
    let step = &story.steps[4];
    let question = step.question.as_ref().expect("step 5 asks");
    let at_zero = |link: &str| {
        let mut scenario = decode_link(link).0.scenario;
        let _ = scenario
            .params
            .set(ParamRef::Global(G::PoliticalLeverDays), 0.0);
        let run = simulate(&scenario.measures, &scenario.params);
        let base = simulate(&Measures::default(), &scenario.params);
        question.figure().of(&headlines(&run, &base)[0])
    };
    let compare = question.compare.as_deref().expect("a comparison");
    assert!((at_zero(&step.link) - at_zero(compare)).abs() < 0.05);
    // Step 8: Japan's HF exports do not come back by the end of 2023 (under 5% of 2018's).
    let (run, _) = run_of(&story.steps[7].link);
    let exports = run.material(Material::Hf).get(Output::JpExportsT);
    let (y2018, y2023): (f64, f64) = (exports[..12].iter().sum(), exports[60..].iter().sum());
    assert!(y2023 < 0.05 * y2018, "{y2023} against {y2018}");
}
