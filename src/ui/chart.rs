//! One chart on the page: the picture drawn by the charts module, a crosshair readout of every
//! series at the month under the pointer, finger or keyboard focus, the key of its numbered
//! event lines, downloads that carry the title, the scenario's link and the credit, and its data
//! table (built only once opened).

use super::browser::{download, download_png, page_url};
use super::results::{Drawn, Rows};
use super::spoiler::use_hidden;
use super::use_tr;
use crate::charts::{framed, text_px, wrap};
use crate::i18n::month_year;
use crate::model::time::MONTHS;
use crate::scenario::codec::shareable;
use crate::scenario::view::Link;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChartProps {
    pub drawn: Rc<Drawn>,
    /// What the page shows: the link an exported picture carries and the name of its file.
    pub link: Rc<Link>,
}

/// The readout's sentence at a month: each series' value, then an observed figure's source.
fn readout(drawn: &Drawn, month: usize, lang: crate::i18n::Lang) -> Option<String> {
    let Rows::Monthly(series) = &drawn.table.rows else {
        return None;
    };
    let values = drawn
        .table
        .columns
        .iter()
        .skip(1)
        .zip(series)
        .filter_map(|(column, values)| {
            let value = values.get(month).copied()?;
            (!value.is_nan()).then(|| format!("{column} {}", super::results::cell(value)))
        })
        .collect::<Vec<_>>()
        .join(" · ");
    let note = drawn
        .notes
        .iter()
        .find(|(first, last, _)| *first <= month && month <= *last)
        .map(|(_, _, note)| format!(" — {note}"))
        .unwrap_or_default();
    Some(format!("{}: {values}{note}", month_year(lang, month)))
}

#[component]
pub fn Chart(props: &ChartProps) -> Html {
    let tr = use_tr();
    let open = use_state(|| false);
    // The month the crosshair stands on, and a note tapped in the chart (an observed figure).
    let month = use_state(|| None::<usize>);
    let tapped = use_state(|| None::<String>);
    let drawn = &props.drawn;
    let name = drawn.chart.id();
    let file = {
        let material = drawn
            .material
            .map_or(String::new(), |m| format!("-{}", m.id()));
        format!(
            "chokepoint-{}{material}-{name}",
            props.link.scenario.file_name()
        )
    };
    // The exported picture: the chart (it draws its own title), the key of its numbered lines,
    // the scenario's link and the credit. Lines are wrapped to the chart's width; the link alone
    // is cut, as it is too long to read anyway.
    let exported = {
        let (drawn, link) = (drawn.clone(), props.link.clone());
        move || {
            let address = shareable(&link)
                .map(|query| page_url(&query))
                .unwrap_or_default();
            let width = drawn.size.0 as i32 - 24;
            let mut lines: Vec<String> = drawn
                .events
                .iter()
                .enumerate()
                .flat_map(|(i, key)| wrap(&format!("{} {key}", i + 1), width, |t| text_px(t, 12)))
                .collect();
            lines.push(address);
            lines.extend(wrap(&tr.t("export-credit"), width, |t| text_px(t, 12)));
            let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
            framed(&drawn.svg, drawn.size, "", &lines)
        }
    };
    let on_download = {
        let (exported, file) = (exported.clone(), file.clone());
        Callback::from(move |_: MouseEvent| {
            download(&format!("{file}.svg"), "image/svg+xml", &exported())
        })
    };
    let on_png = {
        let file = file.clone();
        Callback::from(move |_: MouseEvent| download_png(&format!("{file}.png"), &exported()))
    };
    let on_toggle = {
        let open = open.clone();
        Callback::from(move |event: Event| {
            let details: web_sys::HtmlDetailsElement = event.target_unchecked_into();
            open.set(details.open());
        })
    };
    // Where a pointer or finger is, as a month: the picture is drawn at the size it is shown, but
    // a zoomed page scales it, so the position is taken in the picture's own units.
    let picture = use_node_ref();
    let month_at = {
        let plot = drawn.plot;
        let width = f64::from(drawn.size.0);
        let picture = picture.clone();
        move |event: &PointerEvent| -> Option<usize> {
            let plot = plot?;
            // The picture itself: the event's current target is where Yew listens, not the chart.
            let target = picture.cast::<web_sys::Element>()?;
            let rect = target.get_bounding_client_rect();
            if rect.width() <= 0.0 {
                return None;
            }
            let x = (f64::from(event.client_x()) - rect.left()) * width / rect.width();
            Some(plot.month_at(x))
        }
    };
    let on_move = {
        let month = month.clone();
        let month_at = month_at.clone();
        Callback::from(move |event: PointerEvent| {
            if let Some(m) = month_at(&event) {
                month.set(Some(m));
            }
        })
    };
    let on_leave = {
        let month = month.clone();
        Callback::from(move |event: PointerEvent| {
            // A finger lifted leaves the readout where it was; a mouse that leaves takes it away.
            if event.pointer_type() == "mouse" {
                month.set(None);
            }
        })
    };
    let on_tap = {
        let tapped = tapped.clone();
        Callback::from(move |event: MouseEvent| {
            let note = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|e| e.closest(".hotspot").ok().flatten())
                .and_then(|e| e.get_attribute("data-note"));
            tapped.set(note);
        })
    };
    let peak = drawn.peak_month;
    let on_focus = {
        let month = month.clone();
        Callback::from(move |_: FocusEvent| {
            if month.is_none() {
                month.set(Some(peak));
            }
        })
    };
    let on_blur = {
        let month = month.clone();
        Callback::from(move |_: FocusEvent| month.set(None))
    };
    let on_key = {
        let month = month.clone();
        Callback::from(move |event: KeyboardEvent| {
            let now = month.unwrap_or(peak) as i64;
            let next = match event.key().as_str() {
                "ArrowLeft" | "ArrowDown" => now - 1,
                "ArrowRight" | "ArrowUp" => now + 1,
                "PageUp" => now - 12,
                "PageDown" => now + 12,
                "Home" => 0,
                "End" => MONTHS as i64 - 1,
                _ => return,
            };
            event.prevent_default();
            month.set(Some(next.clamp(0, MONTHS as i64 - 1) as usize));
        })
    };
    let table_id = format!("table-{name}");
    let readout_id = format!("readout-{name}");
    let has_plot = drawn.plot.is_some();
    let readout_text = month
        .and_then(|m| readout(drawn, m, tr.0))
        .or_else(|| (*tapped).clone());
    let crosshair = match (drawn.plot, *month) {
        (Some(plot), Some(m)) => {
            let x = format!("{:.1}", plot.x_of(m));
            html! {
                <svg class="crosshair" viewBox={format!("0 0 {} {}", drawn.size.0, drawn.size.1)}
                     preserveAspectRatio="none" aria-hidden="true" focusable="false">
                    <line x1={x.clone()} x2={x} y1={format!("{:.1}", plot.top)} y2={format!("{:.1}", plot.bottom)} />
                </svg>
            }
        }
        _ => html! {},
    };
    // While a lesson's question asks for a figure this chart shows, the chart, its caption (which
    // can name the figure), readout and table wait for the answer; the frame keeps its size, so
    // nothing moves when it comes.
    if use_hidden().hides_chart(drawn.chart, drawn.material) {
        return html! {
            <figure class="chart withheld" data-chart={name} data-hidden="chart">
                <div class="chart-frame">
                    <div class="chart-withheld">
                        <svg viewBox={format!("0 0 {} {}", drawn.size.0, drawn.size.1)} aria-hidden="true" focusable="false"></svg>
                        <p>{ tr.t("hidden-chart") }</p>
                    </div>
                </div>
            </figure>
        };
    }
    html! {
        <figure class="chart" data-chart={name}
                data-band={drawn.band.map(|own| if own { "own" } else { "earlier" })}
                data-bands={drawn.band_kind.map(|kind| kind.id())}>
            <div class="chart-frame">
                if has_plot {
                    <div class="chart-picture" role="img" aria-label={drawn.description.clone()}
                         ref={picture} tabindex="0" aria-describedby={readout_id.clone()} data-readout-for={name}
                         onpointermove={on_move.clone()} onpointerdown={on_move} onpointerleave={on_leave}
                         onclick={on_tap} onfocus={on_focus} onblur={on_blur} onkeydown={on_key}>
                        { Html::from_html_unchecked(AttrValue::from(drawn.svg.clone())) }
                    </div>
                } else {
                    <div class="chart-picture" role="img" aria-label={drawn.description.clone()}>
                        { Html::from_html_unchecked(AttrValue::from(drawn.svg.clone())) }
                    </div>
                }
                { crosshair }
            </div>
            if has_plot {
                <p class="readout" id={readout_id} aria-live="polite" data-readout={name}>
                    { readout_text.unwrap_or_else(|| tr.t("readout-hint")) }
                </p>
            }
            if !drawn.events.is_empty() {
                <ol class="event-key" aria-label={tr.t("events-key")}>
                    { for drawn.events.iter().map(|label| html! { <li>{ label.clone() }</li> }) }
                </ol>
            }
            <figcaption>
                { drawn.caption.clone() }
                <span class="chart-downloads">
                    <button type="button" class="chart-download" data-action="download-svg" onclick={on_download}>
                        { tr.t("download-svg") }
                    </button>
                    <button type="button" class="chart-download" data-action="download-png" onclick={on_png}>
                        { tr.t("download-png") }
                    </button>
                </span>
            </figcaption>
            <details class="chart-table" ontoggle={on_toggle} data-table={name}>
                <summary>{ tr.t("table-show") }</summary>
                if *open {
                    <div class="table-scroll" tabindex="0" role="region" aria-labelledby={table_id.clone()}>
                        <table>
                            <caption id={table_id}>{ drawn.description.clone() }</caption>
                            <thead><tr>
                                { for drawn.table.columns.iter().map(|c| html! { <th scope="col">{ c.clone() }</th> }) }
                            </tr></thead>
                            <tbody>
                                { for drawn.table.rows.written().into_iter().map(|row| html! {
                                    <tr>
                                        <th scope="row">{ row[0].clone() }</th>
                                        { for row[1..].iter().map(|value| html! { <td>{ value.clone() }</td> }) }
                                    </tr>
                                }) }
                            </tbody>
                        </table>
                    </div>
                }
            </details>
        </figure>
    }
}

use wasm_bindgen::JsCast;
