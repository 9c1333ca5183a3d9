//! Predict, then reveal: while a lesson's question is open, the figure it asks for is hidden
//! everywhere on the page (the cards, the sentences, the charts that show it, their readouts and
//! tables, the comparison) until the reader has answered.

use super::use_tr;
use crate::model::Material;
use crate::scenario::lesson::Figure;
use crate::scenario::view::ChartId;
use yew::prelude::*;

/// The figure an open question asks for, and its material; `Hidden(None)` when nothing is hidden.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Hidden(pub Option<(Material, Figure)>);

impl Hidden {
    /// Whether this figure of this material is hidden.
    pub fn hides(self, material: Material, figure: Figure) -> bool {
        self.0 == Some((material, figure))
    }

    /// Whether anything of this material is hidden: its last change's effect, whose sentence
    /// gives the figures' moves, is then hidden too.
    pub fn hides_any(self, material: Material) -> bool {
        self.0.is_some_and(|(m, _)| m == material)
    }

    /// Whether a chart of this material shows the hidden figure: the lead time shows its peak, the
    /// exports what is lost, the supply Japan's share, and the attribution both the peak and the
    /// exports lost. Nothing on the page shows the 2020 licence wait but the lesson's answer.
    pub fn hides_chart(self, chart: ChartId, material: Option<Material>) -> bool {
        let Some((hidden, figure)) = self.0 else {
            return false;
        };
        material == Some(hidden)
            && match figure {
                Figure::PeakLeadTimeDays => {
                    matches!(chart, ChartId::LeadTime | ChartId::Attribution)
                }
                Figure::ExportsLostT => matches!(chart, ChartId::JpExports | ChartId::Attribution),
                Figure::JpShareEndPercent => chart == ChartId::Supply,
                Figure::LicenceWait2020Days => false,
            }
    }
}

/// What is hidden, from the page.
#[hook]
pub fn use_hidden() -> Hidden {
    use_context::<Hidden>().unwrap_or_default()
}

/// A hidden figure's place: a question mark, and for a screen reader why it is there.
#[component]
pub fn HiddenFigure() -> Html {
    let tr = use_tr();
    html! {
        <span class="hidden-figure" data-hidden="figure" title={tr.t("hidden-figure")}>
            <span aria-hidden="true">{ "?" }</span>
            <span class="visually-hidden">{ tr.t("hidden-figure") }</span>
        </span>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_question_hides_its_figure_and_the_charts_that_show_it_only() {
        let hidden = Hidden(Some((Material::Hf, Figure::PeakLeadTimeDays)));
        assert!(hidden.hides(Material::Hf, Figure::PeakLeadTimeDays));
        assert!(!hidden.hides(Material::Photoresist, Figure::PeakLeadTimeDays));
        assert!(!hidden.hides(Material::Hf, Figure::ExportsLostT));
        assert!(hidden.hides_chart(ChartId::LeadTime, Some(Material::Hf)));
        assert!(hidden.hides_chart(ChartId::Attribution, Some(Material::Hf)));
        assert!(!hidden.hides_chart(ChartId::LeadTime, Some(Material::Polyimide)));
        assert!(!hidden.hides_chart(ChartId::Supply, Some(Material::Hf)));
        let share = Hidden(Some((Material::Hf, Figure::JpShareEndPercent)));
        assert!(share.hides_chart(ChartId::Supply, Some(Material::Hf)));
        assert!(!share.hides_chart(ChartId::LeadTime, Some(Material::Hf)));
        let wait = Hidden(Some((Material::Hf, Figure::LicenceWait2020Days)));
        assert!(ChartId::ALL
            .into_iter()
            .all(|chart| !wait.hides_chart(chart, Some(Material::Hf))));
        assert!(!Hidden::default().hides_any(Material::Hf));
        assert!(wait.hides_any(Material::Hf));
    }
}
