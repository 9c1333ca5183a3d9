//! Which measure caused how much: one horizontal bar per measure, signed (a measure can also
//! shorten lead times or bring trade back).

use super::{anchored, font, palette};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

pub struct AttributionChart<'a> {
    pub title: &'a str,
    /// (measure label, contribution, the contribution as written beside its bar), in the order to
    /// show, top first.
    pub bars: &'a [(String, f64, String)],
    /// What the chart says when there is no bar.
    pub empty: &'a str,
}

/// Draws the bars on any plotters drawing area.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &AttributionChart,
) -> Result<(), String> {
    let error = |e: DrawingAreaErrorKind<DB::ErrorType>| e.to_string();
    area.fill(&WHITE).map_err(error)?;
    let (title_area, body) = area.split_vertically(30);
    // Placed by SVG anchoring, not measured (see `time_chart`).
    title_area
        .draw(&Text::new(
            chart.title,
            (12, 8),
            anchored(
                font(super::title_size(chart.title, area)),
                HPos::Left,
                VPos::Top,
            ),
        ))
        .map_err(error)?;
    if chart.bars.is_empty() {
        body.draw(&Text::new(chart.empty, (20, 20), font(14)))
            .map_err(error)?;
        return Ok(());
    }
    let extent = chart
        .bars
        .iter()
        .map(|(_, v, _)| v.abs())
        .fold(0.0, f64::max)
        .max(1e-9);
    let low = chart.bars.iter().map(|(_, v, _)| *v).fold(0.0, f64::min);
    let low = if low < 0.0 { -extent * 1.15 } else { 0.0 };
    let (width, height) = body.dim_in_pixel();
    let label_width = (width as f64 * 0.42) as i32;
    let row = (height as i32 / chart.bars.len() as i32).clamp(14, 34);
    let x_of = |value: f64| {
        label_width
            + ((value - low) / (extent * 1.15 - low) * (width as f64 - label_width as f64 - 70.0))
                as i32
    };
    let zero = x_of(0.0);
    for (index, (label, value, written)) in chart.bars.iter().enumerate() {
        let y = index as i32 * row + 4;
        let colour = if *value >= 0.0 {
            palette::SCENARIO
        } else {
            palette::DOMESTIC
        };
        let (a, b) = if *value >= 0.0 {
            (zero, x_of(*value))
        } else {
            (x_of(*value), zero)
        };
        body.draw(&Rectangle::new(
            [(a, y + 3), (b.max(a + 1), y + row - 5)],
            colour.filled(),
        ))
        .map_err(error)?;
        body.draw(&Text::new(
            label.clone(),
            (label_width - 8, y + row / 2),
            anchored(font(12), HPos::Right, VPos::Center),
        ))
        .map_err(error)?;
        body.draw(&Text::new(
            written.clone(),
            (b.max(a + 1) + 6, y + row / 2),
            anchored(font(12), HPos::Left, VPos::Center),
        ))
        .map_err(error)?;
    }
    body.draw(&PathElement::new(
        [(zero, 0), (zero, chart.bars.len() as i32 * row + 4)],
        palette::BASELINE.stroke_width(1),
    ))
    .map_err(error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::to_svg;

    #[test]
    fn one_bar_per_measure_with_signed_values() {
        let bars = vec![
            ("Licensing".to_string(), 45.0, "+45 days".to_string()),
            ("Dialogue".to_string(), -3.0, "−3.0 days".to_string()),
        ];
        let chart = AttributionChart {
            title: "Contribution to peak lead time",
            bars: &bars,
            empty: "None",
        };
        let (svg, ()) = to_svg((480, 200), |area| draw(area, &chart)).expect("drawn");
        for text in [
            "Contribution to peak lead time",
            "Licensing",
            "Dialogue",
            "+45 days",
            "−3.0 days",
        ] {
            assert!(svg.contains(text), "missing {text}: {svg}");
        }
        assert_eq!(svg.matches("<rect").count(), 3, "background and two bars");
        // The longer bar is drawn wider.
        let widths: Vec<i32> = svg
            .match_indices("<rect")
            .skip(1)
            .map(|(i, _)| {
                let rest = &svg[i..];
                let w = &rest[rest.find("width=\"").unwrap() + 7..];
                w[..w.find('"').unwrap()].parse().unwrap()
            })
            .collect();
        assert!(widths[0] > 5 * widths[1], "{widths:?}");
        let empty = AttributionChart {
            title: "t",
            bars: &[],
            empty: "No measure",
        };
        let (svg, ()) = to_svg((480, 100), |area| draw(area, &empty)).expect("drawn");
        assert!(svg.contains("No measure"));
    }
}
