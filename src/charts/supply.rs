//! Korea's supply of one material by source, stacked: Korean producers, third countries, Japan,
//! and any shortfall on top, with the scenario's events and Korean demand as a line.

use super::{anchored, font, palette, time_chart, LegendMark};
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
    pub events: &'a [f64],
    /// Legend labels: Korean producers, third countries, Japan, shortfall, demand.
    pub labels: [&'a str; 5],
}

/// Draws the stacked supply chart on any plotters drawing area.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &SupplyChart,
) -> Result<(), String> {
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
    let mut ctx = time_chart(
        area,
        chart.lang,
        chart.title,
        chart.y_label,
        highest * 1.08,
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
    for event in chart.events {
        ctx.draw_series(LineSeries::new(
            [(*event, 0.0), (*event, highest * 1.08)],
            palette::EVENT.mix(0.55).stroke_width(1),
        ))
        .map_err(error)?;
    }
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
    for layer in 0..4 {
        let bottom = if layer == 0 { 0.0 } else { tops[at][layer - 1] };
        let top = tops[at][layer];
        let (x, y_top) = ctx.backend_coord(&(at as f64, top));
        let (_, y_bottom) = ctx.backend_coord(&(at as f64, bottom));
        if y_bottom - y_top < 18 {
            continue;
        }
        let label = chart.labels[layer];
        let width = super::text_width(label, 7) + 8;
        let y = (y_top + y_bottom) / 2;
        area.draw(&Rectangle::new(
            [(x - width, y - 9), (x, y + 9)],
            WHITE.mix(0.85).filled(),
        ))
        .map_err(error)?;
        area.draw(&Text::new(
            label.to_string(),
            (x - 4, y),
            anchored(font(12), HPos::Right, VPos::Center),
        ))
        .map_err(error)?;
    }
    Ok(())
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
        let (svg, ()) = to_svg((640, 320), |area| draw(area, &chart)).expect("drawn");
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
}
