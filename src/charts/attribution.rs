//! Which measure caused how much: one horizontal bar per measure, signed (a measure can also
//! shorten lead times or bring trade back). The same bars, with a darker part inside, show which
//! assumptions drive a figure's uncertainty: the total Sobol index with the first-order index
//! inside it (a tornado chart, largest on top).

use super::{anchored, font, palette, text_px, wrap, TEXT_PX};
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
    /// A part of each bar drawn darker, from zero to this value (empty: none).
    pub inner: &'a [f64],
}

/// Height of a line of a bar's label, in pixels.
const LABEL_LINE: i32 = 15;

/// Draws the bars on any plotters drawing area.
///
/// The label column is as wide as the longest label (estimated from its characters; at most 45%
/// of the width, longer labels wrap onto two lines), room is kept on each side for the values
/// written beside the bars, and the bars span the rest: positive ones to the right of zero,
/// negative ones to the left.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &AttributionChart,
) -> Result<(), String> {
    let error = |e: DrawingAreaErrorKind<DB::ErrorType>| e.to_string();
    area.fill(&WHITE).map_err(error)?;
    let title_bottom = super::draw_title(area, chart.title).map_err(error)?;
    let (_, body) = area.split_vertically(title_bottom + 6);
    if chart.bars.is_empty() {
        let (width, _) = body.dim_in_pixel();
        for (index, line) in wrap(chart.empty, width as i32 - 20, |l| text_px(l, 14))
            .into_iter()
            .enumerate()
        {
            body.draw(&Text::new(
                line,
                (10, 6 + index as i32 * 18),
                anchored(font(14), HPos::Left, VPos::Top),
            ))
            .map_err(error)?;
        }
        return Ok(());
    }
    let (width, height) = body.dim_in_pixel();
    let width = width as i32;
    let (margin, gap) = (10, 6);
    let longest = |values: &mut dyn Iterator<Item = &String>| {
        values.map(|text| text_px(text, TEXT_PX)).max().unwrap_or(0)
    };
    let label_width = longest(&mut chart.bars.iter().map(|(label, _, _)| label))
        .min(width * 45 / 100)
        .max(1);
    let labels: Vec<Vec<String>> = chart
        .bars
        .iter()
        .map(|(label, _, _)| {
            let mut lines = wrap(label, label_width, |l| text_px(l, TEXT_PX));
            if lines.len() > 2 {
                let rest = lines[1..].join(" ");
                lines.truncate(1);
                lines.push(super::ellipsize(&rest, label_width, |l| {
                    text_px(l, TEXT_PX)
                }));
            }
            lines
        })
        .collect();
    let high = chart.bars.iter().map(|(_, v, _)| *v).fold(0.0, f64::max);
    let low = chart.bars.iter().map(|(_, v, _)| *v).fold(0.0, f64::min);
    let (high, low) = if high - low > 0.0 {
        (high, low)
    } else {
        (1.0, 0.0)
    };
    // Room for the values written beside the bars: right of positive bars, left of negative ones.
    let right_text = longest(&mut chart.bars.iter().filter(|b| b.1 >= 0.0).map(|b| &b.2));
    let left_text = longest(&mut chart.bars.iter().filter(|b| b.1 < 0.0).map(|b| &b.2));
    let bars_left = margin + label_width + gap + if left_text > 0 { left_text + gap } else { 0 };
    let bars_right = width - margin - if right_text > 0 { right_text + gap } else { 0 };
    let span = f64::from((bars_right - bars_left).max(1));
    let x_of = |value: f64| bars_left + ((value - low) / (high - low) * span).round() as i32;
    let zero = x_of(0.0);
    let row = (height as i32 / chart.bars.len() as i32).clamp(18, 34);
    for (index, ((_, value, written), lines)) in chart.bars.iter().zip(&labels).enumerate() {
        let y = index as i32 * row + 2;
        let middle = y + row / 2;
        let colour = if *value >= 0.0 {
            palette::SCENARIO
        } else {
            palette::DOMESTIC
        };
        let end = x_of(*value);
        let (a, b) = if *value >= 0.0 {
            (zero, end.max(zero + 1))
        } else {
            (end.min(zero - 1), zero)
        };
        if chart.inner.is_empty() {
            body.draw(&Rectangle::new(
                [(a, y + 3), (b, y + row - 3)],
                colour.filled(),
            ))
            .map_err(error)?;
        } else {
            // The whole bar light, its inner part in full colour.
            body.draw(&Rectangle::new(
                [(a, y + 3), (b, y + row - 3)],
                colour.mix(0.35).filled(),
            ))
            .map_err(error)?;
            let inner = chart.inner.get(index).copied().unwrap_or(0.0);
            let inner_end = x_of(inner.clamp(low.min(0.0), *value));
            if inner_end > zero {
                body.draw(&Rectangle::new(
                    [(zero, y + 3), (inner_end, y + row - 3)],
                    colour.filled(),
                ))
                .map_err(error)?;
            }
        }
        let first = middle - (lines.len() as i32 - 1) * LABEL_LINE / 2;
        for (line_index, line) in lines.iter().enumerate() {
            body.draw(&Text::new(
                line.clone(),
                (margin + label_width, first + line_index as i32 * LABEL_LINE),
                anchored(font(TEXT_PX), HPos::Right, VPos::Center),
            ))
            .map_err(error)?;
        }
        let (x, h) = if *value >= 0.0 {
            (b + gap, HPos::Left)
        } else {
            (a - gap, HPos::Right)
        };
        body.draw(&Text::new(
            written.clone(),
            (x, middle),
            anchored(font(TEXT_PX), h, VPos::Center),
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
            inner: &[],
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
            inner: &[],
        };
        let (svg, ()) = to_svg((480, 100), |area| draw(area, &empty)).expect("drawn");
        assert!(svg.contains("No measure"));
    }

    fn bar_extents(svg: &str) -> Vec<(i32, i32)> {
        svg.match_indices("<rect")
            .skip(1)
            .map(|(i, _)| {
                let tag = &svg[i..i + svg[i..].find('>').unwrap()];
                let get = |n| {
                    crate::charts::check::attr(tag, n)
                        .unwrap()
                        .parse::<i32>()
                        .unwrap()
                };
                (get("x"), get("width"))
            })
            .collect()
    }

    #[test]
    fn bars_use_the_width_and_text_stays_inside() {
        let bars = vec![
            (
                "Individual licensing".to_string(),
                45.0,
                "+45 days".to_string(),
            ),
            (
                "White-list removal".to_string(),
                12.0,
                "+12 days".to_string(),
            ),
            ("Dialogue".to_string(), -3.0, "−3.0 days".to_string()),
        ];
        let title = "What raised the peak lead time: hydrogen fluoride";
        let chart = AttributionChart {
            title,
            bars: &bars,
            empty: "None",
            inner: &[],
        };
        for width in [300, 320, 900] {
            let (svg, ()) = to_svg((width, 130), |area| draw(area, &chart)).expect("drawn");
            crate::charts::check::assert_readable(&svg, width, title);
            let extents = bar_extents(&svg);
            assert_eq!(extents.len(), 3);
            assert!(extents
                .iter()
                .all(|(x, w)| *x >= 0 && x + w <= width as i32));
            if width == 900 {
                let longest = extents.iter().map(|(_, w)| *w).max().unwrap();
                assert!(longest > 450, "{extents:?}");
            }
        }
        // A label longer than the column wraps, and a Japanese title wraps at its characters.
        let long = vec![(
            "個別許可（フッ化水素、レジスト、フッ化ポリイミドの三品目）".to_string(),
            10.0,
            "+10日".to_string(),
        )];
        let title = "リードタイムの最大値を押し上げた要因：フッ化水素";
        let chart = AttributionChart {
            title,
            bars: &long,
            empty: "",
            inner: &[],
        };
        let (svg, ()) = to_svg((320, 100), |area| draw(area, &chart)).expect("drawn");
        crate::charts::check::assert_readable(&svg, 320, title);
    }

    #[test]
    fn a_tornado_draws_each_first_order_share_inside_its_total() {
        let bars = vec![
            (
                "Approval probability".to_string(),
                0.4,
                "40% (36% alone)".to_string(),
            ),
            (
                "Contract length".to_string(),
                0.2,
                "20% (20% alone)".to_string(),
            ),
        ];
        let chart = AttributionChart {
            title: "What drives the uncertainty in the peak lead time",
            bars: &bars,
            empty: "None",
            inner: &[0.36, 0.2],
        };
        let (svg, ()) = to_svg((600, 120), |area| draw(area, &chart)).expect("drawn");
        let extents = bar_extents(&svg);
        assert_eq!(extents.len(), 4, "two bars, each with its inner part");
        let (outer, inner) = (extents[0], extents[1]);
        assert_eq!(outer.0, inner.0, "both start at zero");
        let ratio = f64::from(inner.1) / f64::from(outer.1);
        assert!((ratio - 0.9).abs() < 0.03, "{extents:?}");
        assert_eq!(extents[2].1, extents[3].1, "all of it alone");
        assert!(svg.contains("40% (36% alone)"));
    }
}
