//! A monthly series over the shared 2018–2023 axis: the scenario against the baseline, with an
//! optional p10–p90 band, markers for the scenario's dated events, and observed data points.

use super::{palette, time_chart, Hotspot, LegendMark};
use crate::i18n::Lang;
use crate::model::time::MONTHS;
use plotters::coord::Shift;
use plotters::prelude::*;

/// An observed figure to set against the model: one month, or a monthly average over a range.
#[derive(Clone, Debug, PartialEq)]
pub struct ObservedPoint {
    pub first_month: usize,
    pub last_month: usize,
    pub value: f64,
    /// Shown on hover: the figure and its source.
    pub note: String,
}

/// What the chart shows; every series is monthly, 2018-01 to 2023-12.
pub struct TimeSeriesChart<'a> {
    /// The language numbers are written in.
    pub lang: Lang,
    pub title: &'a str,
    pub y_label: &'a str,
    pub scenario_label: &'a str,
    pub baseline_label: &'a str,
    /// Legend label of the p10–p90 band.
    pub band_label: &'a str,
    pub scenario: &'a [f64],
    pub baseline: &'a [f64],
    /// A second scenario drawn over the first, with its legend label.
    pub compare: Option<(&'a str, &'a [f64])>,
    /// p10 and p90 of the scenario, when the output is banded.
    pub band: Option<(&'a [f64], &'a [f64])>,
    /// Month positions (0 = January 2018, fractional within a month) of the scenario's events.
    pub events: &'a [f64],
    pub observed: &'a [ObservedPoint],
    pub observed_label: &'a str,
}

/// Draws the chart on any plotters drawing area; returns the observed points' positions in pixels
/// so that a host can attach their notes.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &TimeSeriesChart,
) -> Result<Vec<Hotspot>, String> {
    let error = |e: DrawingAreaErrorKind<DB::ErrorType>| e.to_string();
    area.fill(&WHITE).map_err(error)?;
    let band_high = chart.band.map(|(_, p90)| p90).unwrap_or(&[]);
    let highest = chart
        .scenario
        .iter()
        .chain(chart.baseline)
        .chain(chart.compare.map_or(&[][..], |(_, values)| values))
        .chain(band_high)
        .copied()
        .chain(chart.observed.iter().map(|o| o.value))
        .filter(|v| v.is_finite())
        .fold(0.0, f64::max)
        .max(1e-9);
    let mut legend = vec![
        (chart.scenario_label, LegendMark::Line(palette::SCENARIO, 3)),
        (
            chart.baseline_label,
            LegendMark::Dashed(palette::BASELINE, 2),
        ),
    ];
    if let Some((label, _)) = chart.compare {
        legend.push((label, LegendMark::Dotted(palette::COMPARE, 3)));
    }
    if chart.band.is_some() {
        legend.push((chart.band_label, LegendMark::Area(palette::BAND.mix(0.35))));
    }
    if !chart.observed.is_empty() {
        legend.push((
            chart.observed_label,
            LegendMark::Triangle(palette::OBSERVED),
        ));
    }
    let mut ctx = time_chart(
        area,
        chart.lang,
        chart.title,
        chart.y_label,
        highest * 1.08,
        &legend,
    )
    .map_err(error)?;
    let top = highest * 1.08;
    for event in chart.events {
        ctx.draw_series(LineSeries::new(
            [(*event, 0.0), (*event, top)],
            palette::EVENT.mix(0.55).stroke_width(1),
        ))
        .map_err(error)?;
    }
    let centre = |month: usize| month as f64 + 0.5;
    if let Some((p10, p90)) = chart.band {
        let band: Vec<(f64, f64)> = (0..MONTHS)
            .map(|m| (centre(m), p90[m]))
            .chain((0..MONTHS).rev().map(|m| (centre(m), p10[m])))
            .collect();
        ctx.draw_series(std::iter::once(Polygon::new(
            band,
            palette::BAND.mix(0.35).filled(),
        )))
        .map_err(error)?;
    }
    ctx.draw_series(DashedLineSeries::new(
        (0..MONTHS).map(|m| (centre(m), chart.baseline[m])),
        6,
        4,
        palette::BASELINE.stroke_width(2),
    ))
    .map_err(error)?;
    ctx.draw_series(LineSeries::new(
        (0..MONTHS).map(|m| (centre(m), chart.scenario[m])),
        palette::SCENARIO.stroke_width(3),
    ))
    .map_err(error)?;
    if let Some((_, values)) = chart.compare {
        ctx.draw_series(DashedLineSeries::new(
            (0..MONTHS).map(|m| (centre(m), values[m])),
            3,
            5,
            palette::COMPARE.stroke_width(3),
        ))
        .map_err(error)?;
    }

    let mut hotspots = Vec::new();
    if !chart.observed.is_empty() {
        for point in chart.observed {
            if point.last_month > point.first_month {
                ctx.draw_series(LineSeries::new(
                    [
                        (point.first_month as f64, point.value),
                        (point.last_month as f64 + 1.0, point.value),
                    ],
                    palette::OBSERVED.stroke_width(3),
                ))
                .map_err(error)?;
            }
        }
        ctx.draw_series(chart.observed.iter().map(|point| {
            let x = (point.first_month + point.last_month + 1) as f64 / 2.0;
            // A diamond, so observed points differ from the model's lines by shape, not colour alone.
            TriangleMarker::new((x, point.value), 6, palette::OBSERVED.filled())
        }))
        .map_err(error)?;
        for point in chart.observed {
            let x = (point.first_month + point.last_month + 1) as f64 / 2.0;
            let (px, py) = ctx.backend_coord(&(x, point.value));
            hotspots.push(Hotspot {
                x: px,
                y: py,
                note: point.note.clone(),
            });
        }
    }
    Ok(hotspots)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::to_svg;

    #[test]
    fn draws_the_scenario_baseline_band_events_and_observations_to_svg() {
        let scenario: Vec<f64> = (0..MONTHS).map(|m| 20.0 + m as f64).collect();
        let baseline = vec![20.0; MONTHS];
        let compared = vec![150.0; MONTHS];
        let p10: Vec<f64> = scenario.iter().map(|v| v - 5.0).collect();
        let p90: Vec<f64> = scenario.iter().map(|v| v + 5.0).collect();
        let observed = [ObservedPoint {
            first_month: 19,
            last_month: 19,
            value: 40.0,
            note: "2019-08: 40 observed (a source)".into(),
        }];
        let chart = TimeSeriesChart {
            lang: Lang::En,
            title: "Lead time: test",
            y_label: "days",
            scenario_label: "Scenario",
            baseline_label: "Baseline",
            band_label: "p10–p90",
            scenario: &scenario,
            baseline: &baseline,
            compare: Some(("B: compared", &compared)),
            band: Some((&p10, &p90)),
            events: &[18.1, 19.9],
            observed: &observed,
            observed_label: "Observed",
        };
        let (svg, hotspots) = to_svg((640, 360), |area| draw(area, &chart)).expect("drawn");
        assert!(svg.starts_with("<svg"), "{}", &svg[..40]);
        for text in [
            "Lead time: test",
            "Scenario",
            "Baseline",
            "p10–p90",
            "Observed",
            "B: compared",
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
        assert!(
            svg.contains(">\n150\n</text>"),
            "the compared line sets the scale"
        );
        assert_eq!(hotspots.len(), 1);
        assert!(
            hotspots[0].x > 0 && hotspots[0].x < 640 && hotspots[0].y > 0 && hotspots[0].y < 360
        );
    }
}
