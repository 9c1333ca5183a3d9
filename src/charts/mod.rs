//! Charts: pure draw functions over any plotters backend. Each takes the model's outputs (already
//! computed) and a spec of what to show; none runs the model. The page renders them to SVG, and the
//! native tests render the same functions to SVG strings.

pub mod lead_time;

use crate::model::time::{month_label, FIRST_YEAR, MONTHS};
use plotters::style::RGBColor;

/// Colour-blind-safe palette (Okabe–Ito).
pub mod palette {
    use plotters::style::RGBColor;
    pub const SCENARIO: RGBColor = RGBColor(0, 114, 178);
    pub const BASELINE: RGBColor = RGBColor(86, 86, 86);
    pub const BAND: RGBColor = RGBColor(86, 180, 233);
    pub const OBSERVED: RGBColor = RGBColor(213, 94, 0);
    pub const EVENT: RGBColor = RGBColor(204, 121, 167);
    pub const GRID: RGBColor = RGBColor(220, 220, 220);
    pub const TEXT: RGBColor = RGBColor(33, 37, 41);
}

/// Draws the shared time axis: a grid line at each January and the year's label centred under it.
pub fn draw_year_axis<DB: plotters::prelude::DrawingBackend>(
    area: &plotters::prelude::DrawingArea<DB, plotters::coord::Shift>,
    ctx: &mut plotters::prelude::ChartContext<
        '_,
        DB,
        plotters::prelude::Cartesian2d<
            plotters::coord::types::RangedCoordf64,
            plotters::coord::types::RangedCoordf64,
        >,
    >,
) -> Result<(), plotters::drawing::DrawingAreaErrorKind<DB::ErrorType>> {
    use plotters::prelude::*;
    let (_, y_range) = (ctx.x_range(), ctx.y_range());
    for year in 0..=MONTHS / 12 {
        let x = (year * 12) as f64;
        ctx.draw_series(LineSeries::new(
            [(x, y_range.start), (x, y_range.end)],
            palette::GRID.stroke_width(1),
        ))?;
        if year < MONTHS / 12 {
            let (px, py) = ctx.backend_coord(&(x + 6.0, y_range.start));
            area.draw(&Text::new(
                format!("{}", usize::from(FIRST_YEAR) + year),
                (px, py + 6),
                ("sans-serif", 13).into_font().color(&palette::TEXT).pos(
                    plotters::style::text_anchor::Pos::new(
                        plotters::style::text_anchor::HPos::Center,
                        plotters::style::text_anchor::VPos::Top,
                    ),
                ),
            ))?;
        }
    }
    Ok(())
}

/// Month label for a position on the month axis, for tooltips and tables.
pub fn month_at(position: usize) -> String {
    month_label(position.min(MONTHS - 1))
}

/// A colour as CSS, for legends drawn outside the chart.
pub fn css(color: RGBColor) -> String {
    format!("#{:02x}{:02x}{:02x}", color.0, color.1, color.2)
}

/// Renders a draw function to an SVG string of the given size.
pub fn to_svg<F>(size: (u32, u32), draw: F) -> Result<String, String>
where
    F: FnOnce(
        &plotters::drawing::DrawingArea<plotters::backend::SVGBackend<'_>, plotters::coord::Shift>,
    ) -> Result<(), String>,
{
    use plotters::prelude::*;
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, size).into_drawing_area();
        draw(&root)?;
        root.present().map_err(|e| e.to_string())?;
    }
    Ok(svg)
}
