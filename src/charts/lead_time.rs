//! Lead time of one material: the scenario against the baseline, with the scenario's p10–p90 band
//! and markers for the scenario's dated events.

use super::{draw_year_axis, palette};
use crate::model::time::MONTHS;
use plotters::coord::Shift;
use plotters::prelude::*;

/// What the chart shows; every series is monthly, 2018-01 to 2023-12.
pub struct LeadTimeChart<'a> {
    pub title: &'a str,
    pub y_label: &'a str,
    pub scenario_label: &'a str,
    pub baseline_label: &'a str,
    pub scenario: &'a [f64],
    pub baseline: &'a [f64],
    pub p10: &'a [f64],
    pub p90: &'a [f64],
    /// Month positions (0 = January 2018, fractional within a month) of the scenario's events.
    pub events: &'a [f64],
}

/// Draws the chart on any plotters drawing area.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &LeadTimeChart,
) -> Result<(), String> {
    let error = |e: DrawingAreaErrorKind<DB::ErrorType>| e.to_string();
    area.fill(&WHITE).map_err(error)?;
    let highest = chart
        .scenario
        .iter()
        .chain(chart.baseline)
        .chain(chart.p90)
        .copied()
        .filter(|v| v.is_finite())
        .fold(10.0, f64::max);
    let x_range = 0.0..MONTHS as f64;
    let mut ctx = ChartBuilder::on(area)
        .caption(
            chart.title,
            ("sans-serif", 18).into_font().color(&palette::TEXT),
        )
        .margin(10)
        .x_label_area_size(28)
        .y_label_area_size(44)
        .build_cartesian_2d(x_range, 0.0..highest * 1.1)
        .map_err(error)?;
    ctx.configure_mesh()
        .disable_x_mesh()
        .x_labels(0)
        .y_desc(chart.y_label)
        .y_labels(6)
        .y_label_formatter(&|v| format!("{v:.0}"))
        .light_line_style(TRANSPARENT)
        .bold_line_style(palette::GRID)
        .label_style(("sans-serif", 13).into_font().color(&palette::TEXT))
        .draw()
        .map_err(error)?;

    draw_year_axis(area, &mut ctx).map_err(error)?;
    for event in chart.events {
        ctx.draw_series(LineSeries::new(
            [(*event, 0.0), (*event, highest * 1.1)],
            palette::EVENT.mix(0.6).stroke_width(1),
        ))
        .map_err(error)?;
    }
    let centre = |month: usize| month as f64 + 0.5;
    let band: Vec<(f64, f64)> = (0..MONTHS)
        .map(|m| (centre(m), chart.p90[m]))
        .chain((0..MONTHS).rev().map(|m| (centre(m), chart.p10[m])))
        .collect();
    ctx.draw_series(std::iter::once(Polygon::new(
        band,
        palette::BAND.mix(0.35).filled(),
    )))
    .map_err(error)?
    .label("p10–p90")
    .legend(|(x, y)| {
        Rectangle::new(
            [(x, y - 5), (x + 16, y + 5)],
            palette::BAND.mix(0.35).filled(),
        )
    });
    ctx.draw_series(DashedLineSeries::new(
        (0..MONTHS).map(|m| (centre(m), chart.baseline[m])),
        6,
        4,
        palette::BASELINE.stroke_width(2),
    ))
    .map_err(error)?
    .label(chart.baseline_label)
    .legend(|(x, y)| PathElement::new([(x, y), (x + 16, y)], palette::BASELINE.stroke_width(2)));
    ctx.draw_series(LineSeries::new(
        (0..MONTHS).map(|m| (centre(m), chart.scenario[m])),
        palette::SCENARIO.stroke_width(3),
    ))
    .map_err(error)?
    .label(chart.scenario_label)
    .legend(|(x, y)| PathElement::new([(x, y), (x + 16, y)], palette::SCENARIO.stroke_width(3)));
    ctx.configure_series_labels()
        .position(SeriesLabelPosition::UpperRight)
        .background_style(WHITE.mix(0.85))
        .border_style(palette::GRID)
        .label_font(("sans-serif", 13).into_font().color(&palette::TEXT))
        .draw()
        .map_err(error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::to_svg;

    #[test]
    fn draws_the_scenario_baseline_band_and_events_to_svg() {
        let scenario: Vec<f64> = (0..MONTHS).map(|m| 20.0 + m as f64).collect();
        let baseline = vec![20.0; MONTHS];
        let p10: Vec<f64> = scenario.iter().map(|v| v - 5.0).collect();
        let p90: Vec<f64> = scenario.iter().map(|v| v + 5.0).collect();
        let chart = LeadTimeChart {
            title: "Lead time: test",
            y_label: "days",
            scenario_label: "Scenario",
            baseline_label: "Baseline",
            scenario: &scenario,
            baseline: &baseline,
            p10: &p10,
            p90: &p90,
            events: &[18.1, 19.9],
        };
        let svg = to_svg((640, 360), |area| draw(area, &chart)).expect("drawn");
        assert!(svg.starts_with("<svg"), "{}", &svg[..40]);
        for text in [
            "Lead time: test",
            "Scenario",
            "Baseline",
            "p10–p90",
            "2019",
            "2023",
            "days",
        ] {
            assert!(svg.contains(text), "missing {text}");
        }
        assert!(
            svg.matches("<polyline").count() >= 3,
            "lines and event markers"
        );
        assert!(svg.contains("<polygon"), "band");
    }
}
