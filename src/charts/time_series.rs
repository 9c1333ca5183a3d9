//! A monthly series over the shared 2018–2023 axis: the scenario against the baseline, with an
//! optional p10–p90 band, markers for the scenario's dated events, and observed data points.

use super::{palette, time_chart, Hotspot, LegendMark, PlotArea};
use crate::i18n::Lang;
use crate::model::time::MONTHS;
use plotters::coord::Shift;
use plotters::prelude::*;

/// Opacity of the p10–p90 band.
const BAND_OPACITY: f64 = 0.35;

/// Opacity of a band computed for an earlier scenario, shown until the scenario's own arrives.
const STALE_BAND_OPACITY: f64 = 0.12;

/// Opacity of the run before the last change: faint, yet apart from the band.
pub const PREVIOUS_OPACITY: f64 = 0.45;

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
    /// The previous run of the same output ("before this change"), with its legend label: drawn
    /// as a faint line beneath the scenario's.
    pub previous: Option<(&'a str, &'a [f64])>,
    /// p10 and p90 of the scenario, when the output is banded.
    pub band: Option<(&'a [f64], &'a [f64])>,
    /// Whether the band is an earlier scenario's, shown faded until the scenario's own arrives.
    pub band_stale: bool,
    /// Month positions (0 = January 2018, fractional within a month) of the scenario's events,
    /// numbered 1, 2, 3… on the chart in this order.
    pub events: &'a [f64],
    pub observed: &'a [ObservedPoint],
    pub observed_label: &'a str,
}

/// Draws the chart on any plotters drawing area; returns the observed points' positions in pixels
/// so that a host can attach their notes, and where the plot sits so that it can read the month
/// under the pointer.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &TimeSeriesChart,
) -> Result<(Vec<Hotspot>, PlotArea), String> {
    let error = |e: DrawingAreaErrorKind<DB::ErrorType>| e.to_string();
    area.fill(&WHITE).map_err(error)?;
    let band_high = chart.band.map(|(_, p90)| p90).unwrap_or(&[]);
    let highest = chart
        .scenario
        .iter()
        .chain(chart.baseline)
        .chain(chart.compare.map_or(&[][..], |(_, values)| values))
        .chain(chart.previous.map_or(&[][..], |(_, values)| values))
        .chain(band_high)
        .copied()
        .chain(chart.observed.iter().map(|o| o.value))
        .filter(|v| v.is_finite())
        .fold(0.0, f64::max)
        .max(1e-9);
    let mut legend = vec![(chart.scenario_label, LegendMark::Line(palette::SCENARIO, 3))];
    if let Some((label, _)) = chart.previous {
        legend.push((label, LegendMark::Faint(palette::PREVIOUS, 2)));
    }
    legend.push((
        chart.baseline_label,
        LegendMark::Dashed(palette::BASELINE, 2),
    ));
    if let Some((label, _)) = chart.compare {
        legend.push((label, LegendMark::Dotted(palette::COMPARE, 3)));
    }
    let band_colour = palette::BAND.mix(if chart.band_stale {
        STALE_BAND_OPACITY
    } else {
        BAND_OPACITY
    });
    if chart.band.is_some() {
        legend.push((chart.band_label, LegendMark::Area(band_colour)));
    }
    if !chart.observed.is_empty() {
        legend.push((
            chart.observed_label,
            LegendMark::Triangle(palette::OBSERVED),
        ));
    }
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
    super::draw_event_lines(&mut ctx, chart.events).map_err(error)?;
    let centre = |month: usize| month as f64 + 0.5;
    if let Some((p10, p90)) = chart.band {
        let band: Vec<(f64, f64)> = (0..MONTHS)
            .map(|m| (centre(m), p90[m]))
            .chain((0..MONTHS).rev().map(|m| (centre(m), p10[m])))
            .collect();
        ctx.draw_series(std::iter::once(Polygon::new(band, band_colour.filled())))
            .map_err(error)?;
    }
    ctx.draw_series(DashedLineSeries::new(
        (0..MONTHS).map(|m| (centre(m), chart.baseline[m])),
        6,
        4,
        palette::BASELINE.stroke_width(2),
    ))
    .map_err(error)?;
    if let Some((_, values)) = chart.previous {
        ctx.draw_series(LineSeries::new(
            values
                .iter()
                .take(MONTHS)
                .enumerate()
                .map(|(m, v)| (centre(m), *v)),
            palette::PREVIOUS.mix(PREVIOUS_OPACITY).stroke_width(2),
        ))
        .map_err(error)?;
    }
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
    super::draw_event_markers(area, &ctx, chart.events).map_err(error)?;
    Ok((hotspots, PlotArea::of(&ctx)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::to_svg;

    #[test]
    fn an_earlier_scenarios_band_is_drawn_fainter_than_the_scenarios_own() {
        let values = vec![30.0; MONTHS];
        let (low, high) = (vec![25.0; MONTHS], vec![35.0; MONTHS]);
        let band_opacity = |stale: bool| {
            let chart = TimeSeriesChart {
                lang: Lang::En,
                title: "t",
                y_label: "days",
                scenario_label: "Scenario",
                baseline_label: "Baseline",
                band_label: "p10–p90",
                scenario: &values,
                baseline: &values,
                compare: None,
                previous: None,
                band: Some((&low, &high)),
                band_stale: stale,
                events: &[],
                observed: &[],
                observed_label: "Observed",
            };
            let (svg, _) = to_svg((640, 360), |area| draw(area, &chart)).expect("drawn");
            // The band is the chart's only polygon.
            let polygon = svg.split("<polygon").nth(1).expect("a band").to_string();
            let opacity = polygon
                .split("opacity=\"")
                .nth(1)
                .and_then(|rest| rest.split('"').next())
                .and_then(|value| value.parse::<f64>().ok())
                .expect("an opacity");
            opacity
        };
        let (own, earlier) = (band_opacity(false), band_opacity(true));
        assert!(earlier < own / 2.0, "{earlier} against {own}");
    }

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
            previous: None,
            band: Some((&p10, &p90)),
            band_stale: false,
            events: &[18.1, 19.9],
            observed: &observed,
            observed_label: "Observed",
        };
        let (svg, (hotspots, _)) = to_svg((640, 360), |area| draw(area, &chart)).expect("drawn");
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

    /// A chart with every part shown, its labels as long as the page's longest.
    fn full<'a>(
        series: &'a [Vec<f64>; 5],
        observed: &'a [ObservedPoint],
        events: &'a [f64],
        previous: bool,
    ) -> TimeSeriesChart<'a> {
        TimeSeriesChart {
            lang: Lang::En,
            title: "Japan's exports to Korea: hydrogen fluoride",
            y_label: "tonnes per month",
            scenario_label: "A: this scenario",
            baseline_label: "Baseline (no measures)",
            band_label: "p10–p90",
            scenario: &series[0],
            baseline: &series[1],
            compare: Some(("B: White-list removal", &series[2])),
            previous: previous.then_some(("Before this change", &series[3][..])),
            band: Some((&series[4], &series[0])),
            band_stale: false,
            events,
            observed,
            observed_label: "Observed",
        }
    }

    fn series() -> [Vec<f64>; 5] {
        let scenario: Vec<f64> = (0..MONTHS).map(|m| 3000.0 + 40.0 * m as f64).collect();
        [
            scenario.clone(),
            vec![3200.0; MONTHS],
            vec![2500.0; MONTHS],
            scenario.iter().map(|v| v * 0.8).collect(),
            scenario.iter().map(|v| v * 0.9).collect(),
        ]
    }

    #[test]
    fn text_is_readable_and_inside_the_chart_at_phone_and_desktop_widths() {
        let series = series();
        let observed = [ObservedPoint {
            first_month: 12,
            last_month: 17,
            value: 3500.0,
            note: "observed".into(),
        }];
        let events = [18.1, 18.3, 19.0, 23.6, 40.0];
        for width in [300, 320, 900] {
            let chart = full(&series, &observed, &events, true);
            let (svg, _) = to_svg((width, 240), |area| draw(area, &chart)).expect("drawn");
            crate::charts::check::assert_readable(&svg, width, chart.title);
        }
    }

    #[test]
    fn the_previous_run_is_a_faint_line_with_its_label() {
        let series = series();
        let polylines = |previous| {
            let chart = full(&series, &[], &[], previous);
            let (svg, _) = to_svg((640, 360), |area| draw(area, &chart)).expect("drawn");
            (svg.matches("<polyline").count(), svg)
        };
        let (without, svg) = polylines(false);
        assert!(!svg.contains("Before this change"));
        let (with, svg) = polylines(true);
        assert!(svg.contains("Before this change"));
        // The line itself and its mark in the legend.
        assert_eq!(with, without + 2);
        let faint = svg
            .split("<polyline")
            .filter(|p| p.contains(r#"opacity="0.45""#) && p.contains(r#"stroke-width="2""#))
            .map(|p| p[..p.find("/>").unwrap()].matches(',').count())
            .max();
        assert_eq!(faint, Some(MONTHS), "one faint point per month");
    }

    #[test]
    fn events_are_numbered_in_the_order_given() {
        let series = series();
        let events = [19.9, 18.1, 18.2, 40.0];
        let chart = full(&series, &[], &events, false);
        let (svg, _) = to_svg((340, 360), |area| draw(area, &chart)).expect("drawn");
        let numbers: Vec<String> = crate::charts::check::texts(&svg)
            .into_iter()
            .filter(|t| t.bold && t.size < 16.0)
            .map(|t| t.content)
            .collect();
        assert_eq!(numbers, ["1", "2", "3", "4"]);
        // The markers of the two events a few days apart are staggered: their circles differ in y.
        let circles: Vec<(i32, i32)> = svg
            .match_indices("<circle")
            .map(|(i, _)| {
                let tag = &svg[i..i + svg[i..].find('>').unwrap()];
                let get = |n| crate::charts::check::attr(tag, n).unwrap().parse().unwrap();
                (get("cx"), get("cy"))
            })
            .collect();
        let (second, third) = (circles[2], circles[4]);
        assert!(
            (second.0 - third.0).abs() < 18 && second.1 != third.1,
            "{circles:?}"
        );
    }

    #[test]
    fn the_plot_area_maps_months_to_pixels() {
        let series = series();
        for width in [320, 900] {
            let chart = full(&series, &[], &[18.0], false);
            let (_, (_, plot)) = to_svg((width, 300), |area| draw(area, &chart)).expect("drawn");
            for month in 0..MONTHS {
                assert_eq!(plot.month_at(plot.x_of(month)), month);
            }
            assert!(plot.x_of(0) > 0.0 && plot.x_of(MONTHS - 1) < f64::from(width));
            assert!(plot.top < plot.bottom && plot.bottom < 300.0 && plot.top > 0.0);
            // The scenario's first and last points are drawn where the plot area says.
            let chart = TimeSeriesChart {
                compare: None,
                band: None,
                band_stale: false,
                ..full(&series, &[], &[], false)
            };
            let (svg, (_, plot)) = to_svg((width, 300), |area| draw(area, &chart)).expect("drawn");
            let line = svg
                .split("<polyline")
                .find(|p| p.contains(r#"stroke-width="3""#) && p.matches(',').count() == MONTHS)
                .expect("the scenario's line");
            let points = crate::charts::check::attr(line, "points").unwrap();
            let xs: Vec<f64> = points
                .split_whitespace()
                .map(|p| p.split(',').next().unwrap().parse().unwrap())
                .collect();
            assert_eq!(xs[0], plot.left);
            assert_eq!(xs[MONTHS - 1], plot.right);
        }
    }
}
