//! Korea's supply of one material by source, stacked: Korean producers, third countries, Japan,
//! and any shortfall on top, with the scenario's events and Korean demand as a line.

use super::{anchored, font, palette, time_chart, LegendMark, PlotArea, TEXT_PX};
use crate::i18n::Lang;
use crate::model::time::MONTHS;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// The legend labels in English: Korean producers, third countries, Japan, shortfall, demand.
pub const ENGLISH_LABELS: [&str; 5] = [
    "Korean producers",
    "Third countries",
    "Japan",
    "Shortfall",
    "Demand",
];

pub struct SupplyChart<'a> {
    /// The language numbers are written in.
    pub lang: Lang,
    pub title: &'a str,
    pub y_label: &'a str,
    pub domestic: &'a [f64],
    pub third_country: &'a [f64],
    pub japan: &'a [f64],
    pub shortfall: &'a [f64],
    pub demand: &'a [f64],
    /// Month positions of the scenario's events, numbered 1, 2, 3… on the chart in this order.
    pub events: &'a [f64],
    /// Legend labels: Korean producers, third countries, Japan, shortfall, demand.
    pub labels: [&'a str; 5],
}

/// Draws the stacked supply chart on any plotters drawing area; returns where the plot sits so that
/// a host can read the month under the pointer.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &SupplyChart,
) -> Result<PlotArea, String> {
    let error = |e: DrawingAreaErrorKind<DB::ErrorType>| e.to_string();
    area.fill(&WHITE).map_err(error)?;
    let layers: [&[f64]; 4] = [
        chart.domestic,
        chart.third_country,
        chart.japan,
        chart.shortfall,
    ];
    let colours = [
        palette::DOMESTIC,
        palette::THIRD,
        palette::SCENARIO,
        palette::SHORTFALL,
    ];
    let mut tops = vec![[0.0; 4]; MONTHS];
    for (month, top) in tops.iter_mut().enumerate() {
        let mut running = 0.0;
        for (layer, values) in layers.iter().enumerate() {
            running += values[month].max(0.0);
            top[layer] = running;
        }
    }
    let highest = tops
        .iter()
        .map(|t| t[3])
        .chain(chart.demand.iter().copied())
        .fold(0.0, f64::max)
        .max(1e-9);
    let legend: Vec<(&str, LegendMark)> = (0..4)
        .rev()
        .map(|layer| {
            (
                chart.labels[layer],
                LegendMark::Area(colours[layer].mix(0.85)),
            )
        })
        .chain(std::iter::once((
            chart.labels[4],
            LegendMark::Dashed(palette::TEXT, 2),
        )))
        .collect();
    // Room above the highest value for the events' numbers.
    let headroom = if chart.events.is_empty() { 1.08 } else { 1.15 };
    let mut ctx = time_chart(
        area,
        chart.lang,
        chart.title,
        chart.y_label,
        highest * headroom,
        &legend,
    )
    .map_err(error)?;
    // Layers are drawn from the top down so that each lower one covers the one above it.
    for layer in (0..4).rev() {
        let colour = colours[layer];
        let points: Vec<(f64, f64)> = (0..MONTHS)
            .flat_map(|m| [(m as f64, tops[m][layer]), (m as f64 + 1.0, tops[m][layer])])
            .collect();
        ctx.draw_series(AreaSeries::new(points, 0.0, colour.mix(0.85).filled()))
            .map_err(error)?;
    }
    super::draw_event_lines(&mut ctx, chart.events).map_err(error)?;
    ctx.draw_series(DashedLineSeries::new(
        (0..MONTHS).map(|m| (m as f64 + 0.5, chart.demand[m])),
        3,
        3,
        palette::TEXT.stroke_width(2),
    ))
    .map_err(error)?;
    // Each layer is also named where it is thick enough, so that the layers are told apart by
    // more than their colour.
    let at = MONTHS - 6;
    let (plot_left, _) = ctx.backend_coord(&(0.0, 0.0));
    for layer in 0..4 {
        let bottom = if layer == 0 { 0.0 } else { tops[at][layer - 1] };
        let top = tops[at][layer];
        let (x, y_top) = ctx.backend_coord(&(at as f64, top));
        let (_, y_bottom) = ctx.backend_coord(&(at as f64, bottom));
        if y_bottom - y_top < 18 {
            continue;
        }
        let label = chart.labels[layer];
        let width = super::text_px(label, TEXT_PX) + 8;
        if x - width < plot_left {
            continue;
        }
        let y = (y_top + y_bottom) / 2;
        area.draw(&Rectangle::new(
            [(x - width, y - 9), (x, y + 9)],
            WHITE.mix(0.85).filled(),
        ))
        .map_err(error)?;
        area.draw(&Text::new(
            label.to_string(),
            (x - 4, y),
            anchored(font(TEXT_PX), HPos::Right, VPos::Center),
        ))
        .map_err(error)?;
    }
    super::draw_event_markers(area, &ctx, chart.events).map_err(error)?;
    Ok(PlotArea::of(&ctx))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::to_svg;

    #[test]
    fn stacks_every_source_and_shows_demand() {
        let ones = vec![1.0; MONTHS];
        let zeros = vec![0.0; MONTHS];
        let demand = vec![3.0; MONTHS];
        let chart = SupplyChart {
            lang: Lang::En,
            title: "Supply: test",
            y_label: "t",
            domestic: &ones,
            third_country: &ones,
            japan: &ones,
            shortfall: &zeros,
            demand: &demand,
            events: &[],
            labels: ENGLISH_LABELS,
        };
        let (svg, _) = to_svg((640, 320), |area| draw(area, &chart)).expect("drawn");
        for text in [
            "Supply: test",
            "Korean producers",
            "Third countries",
            "Japan",
            "Shortfall",
            "Demand",
        ] {
            assert!(svg.contains(text), "missing {text}");
        }
        assert!(svg.matches("<polygon").count() >= 4, "one area per layer");
        // The three thick layers are named in place as well as in the legend; the empty one is not.
        for text in ["Korean producers", "Third countries", "Japan"] {
            assert_eq!(svg.matches(text).count(), 2, "{text}");
        }
        assert_eq!(svg.matches("Shortfall").count(), 1);
    }

    #[test]
    fn text_is_readable_events_numbered_and_months_mapped_at_every_width() {
        let ones = vec![1.0; MONTHS];
        let demand = vec![3.5; MONTHS];
        let events = [18.1, 18.2, 19.9];
        for (lang, title, labels) in [
            (
                Lang::En,
                "Korea's supply by source: hydrogen fluoride",
                ENGLISH_LABELS,
            ),
            (
                Lang::Ja,
                "韓国の供給源別の供給：フッ化水素",
                ["韓国の生産者", "第三国", "日本", "不足", "需要"],
            ),
        ] {
            for width in [300, 320, 900] {
                let chart = SupplyChart {
                    lang,
                    title,
                    y_label: "tonnes per month",
                    domestic: &ones,
                    third_country: &ones,
                    japan: &ones,
                    shortfall: &ones,
                    demand: &demand,
                    events: &events,
                    labels,
                };
                let (svg, plot) = to_svg((width, 240), |area| draw(area, &chart)).expect("drawn");
                crate::charts::check::assert_readable(&svg, width, title);
                let numbers: Vec<String> = crate::charts::check::texts(&svg)
                    .into_iter()
                    .filter(|t| t.bold && t.size < 16.0)
                    .map(|t| t.content)
                    .collect();
                assert_eq!(numbers, ["1", "2", "3"]);
                for month in 0..MONTHS {
                    assert_eq!(plot.month_at(plot.x_of(month)), month);
                }
                assert!(plot.x_of(0) > 0.0 && plot.x_of(MONTHS - 1) < f64::from(width));
                // Demand's first dash starts at the plot area's left.
                let first = svg
                    .split("<polyline")
                    .filter(|p| p.contains(r##"stroke="#212529" stroke-width="2""##))
                    .filter_map(|p| {
                        let points = crate::charts::check::attr(p, "points")?;
                        let mut first = points.split_whitespace().next()?.split(',');
                        let x: f64 = first.next()?.parse().ok()?;
                        let y: f64 = first.next()?.parse().ok()?;
                        // Not the legend's mark, which is above the plot.
                        (y >= plot.top).then_some(x)
                    })
                    .fold(f64::INFINITY, f64::min);
                assert_eq!(first, plot.left);
            }
        }
    }
}
