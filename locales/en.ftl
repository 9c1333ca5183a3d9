## Chokepoint: the page's own words in English. The English names and help texts of measures,
## parameters, presets and materials live next to the model's tables in the code; ja.ftl and
## ko.ftl translate those as well.

page-title = Chokepoint: the 2019 Japan–South Korea export-control dispute, simulated
tagline = Simulate the 2019 Japan–South Korea export-control dispute: how licensing, white lists, diplomacy and Korea's responses moved lead times and trade in hydrogen fluoride, photoresist and fluorinated polyimide.
embed-tagline = The 2019 Japan–Korea export-control dispute, simulated
open-full = Open the full simulator ↗
language = Language
footer = Every number is computed in your browser from a documented model; nothing you do here is sent anywhere.
about-summary = About the model: mechanisms, parameters, sources and validation
about-language-note = The model document is written in English.

## Notices

notice-link = Parts of this link could not be used and were left at their defaults:
notice-file = Parts of this file could not be used and were left at their defaults:
notice-saved = Parts of this saved scenario could not be used and were left at their defaults:
notice-message = Parts of the scenario sent by the page could not be used and were left at their defaults:
dismiss = Dismiss

## Presets and controls

presets-label = Prepared scenarios
preset-reset = Reset to baseline
own-scenario = Your own scenario: edited from a preset.
controls-label = Measures and assumptions
controls-locked-note = The settings of this scenario (locked)
assumptions = Market assumptions
assumptions-help = Every number the model uses, with its source. The shaded bands vary the uncertain ones.
reset-changed = Reset { $count } changed { $count ->
    [one] assumption
   *[other] assumptions
}
changed-badge = { $count } changed
param-of-material = { $label } ({ $material })
param-default = Default { $value }: { $source }
param-value = { $value } { $unit }
change-state = { $measure }: state
change-from = { $measure }: from
from = from
remove-change = Remove this change of { $measure }
add-change = Add a change
schedule-full = A measure holds at most { $max } changes; remove one to add another.
show-all-changes = Show all { $count } changes ({ $hidden } more)
state-throughout = { $state } throughout.
timeline-segment = { $measure }: { $state } from { $date }

## Results

results-label = Results
headlines-label = Headline figures
figure-peak = Peak lead time
figure-exports-lost = Japanese exports lost
figure-shortfall = Months with a shortfall
figure-jp-share = Japan's share of imports, Dec 2023
figure-licence-wait-2020 = Wait for a new licence, 2020 average
days = { $count ->
    [one] { $days } day
   *[other] { $days } days
}
tonnes = { $tonnes } t
percent = { $value }%
vs-baseline = { $above } vs baseline, { $month }
what-changed = What changed
attribution-pending = Working out which measure caused how much…
download-svg = Download SVG
download-png = PNG

## What changed, in sentences

finding-unchanged = { $material }: lead time stays at its baseline level of about { $days } days.
finding-peak = { $material } lead time peaks at { $days } days in { $month }, { $above } days above baseline.
finding-peak-domestic = { $material } lead time peaks at { $days } days in { $month }, { $above } days above baseline; Korean producers cover { $share }% of demand by { $domestic-month }.
finding-exports = Japan's exports of { $material } to Korea are { $tonnes } t ({ $money }) lower over 2018–2023, and Japan ends with { $share }% of Korea's imports.
finding-shortfall = Korean users of { $material } go short in { $months } { $months ->
    [one] month
   *[other] months
}.

## Charts

chart-title-lead-time = Lead time: { $material }
chart-title-jp-exports = Japan's exports to Korea: { $material }
chart-title-supply = Korea's supply by source: { $material }
chart-title-inventory = Inventory cover: { $material }
chart-title-attribution = What raised the peak lead time: { $material }
axis-days = days
axis-tonnes-month = tonnes per month
axis-weeks = weeks of demand
legend-scenario = Scenario
legend-a = A: this scenario
legend-b = B: { $name }
legend-baseline = Baseline (no measures)
legend-band = p10–p90
legend-band-updating = p10–p90 …
legend-observed = Observed
legend-domestic = Korean producers
legend-third = Third countries
legend-japan = Japan
legend-shortfall = Shortfall
legend-demand = Demand
attribution-empty = No measure in this scenario.
attribution-value = { $value } days
caption-lead-time = Days from order to delivery for Korean buyers of { $material }, measured as the tonnes on order (waiting for a licence or on their way) divided by the tonnes delivered per day. { $band } Vertical lines mark the scenario's dated changes.
caption-jp-exports-observed = Tonnes shipped from Japan each month. Triangles are the observed figures (hover or focus for the source). { $band }
caption-jp-exports = Tonnes shipped from Japan each month, against the baseline. { $band }
caption-supply = Where Korea's supply came from each month; the dashed line is demand. Supply above demand goes into stock (precautionary buying, restocking).
caption-supply-a = Where Korea's supply came from each month in scenario A; the dashed line is demand. Supply above demand goes into stock (precautionary buying, restocking).
caption-inventory = Korean stocks at the end of each month, in weeks of that month's demand; a shortfall starts when they run out. { $band }
caption-attribution = Each measure's share (Shapley value) of the rise in peak lead time from { $from } to { $to } days; the shares add up to the whole rise. Japanese exports lost: { $lost }.
attribution-lost-item = { $measure } { $tonnes } t
observed-note = Observed { $period }: { $value } t. Source: { $source }
observed-note-with = Observed { $period }: { $value } t. Source: { $source } ({ $note })
observed-average = { $first } to { $last } (monthly average)

## Compare

compare-heading = Compare
compare-help = Keep a second scenario on the charts while you change this one.
compare-with = Compare with
compare-current = This scenario as it is now
compare-start = Compare
compare-a = A, solid line: the scenario the controls edit.
compare-b = B, dotted black line: { $name }.
compare-edited = an edited scenario
compare-swap = Swap A and B (edit B)
compare-stop = Stop comparing
compare-figures = Headline figures
compare-material = Material
compare-peak-a = Peak lead time, A
compare-peak-b = Peak lead time, B
compare-lost-a = Japanese exports lost, A
compare-lost-b = Japanese exports lost, B
compare-peak-when = , { $month }
compare-same = A and B have the same settings.
compare-differ = { $count } { $count ->
    [one] setting differs
   *[other] settings differ
}
compare-setting = Setting
schedule-throughout = { $state } throughout
schedule-from-start = { $state } from the start
schedule-from = { $state } from { $date }

## Share, download, embed

share-label = Share and download
copy-link = Copy link
link-copied = Link copied.
copy-by-hand = Copy this link:
download-csv = Download data (CSV)
save-json = Save scenario (JSON)
load-json = Load scenario
open-embed = Embed…
embed-title = Embed this scenario in a course page
embed-controls = Controls
embed-charts = Charts
embed-language = Language
embed-language-reader = The reader's browser language
embed-height = Height in pixels
embed-paste = Paste this into the course page:
embed-copy = Copy snippet
embed-copied = Snippet copied.
embed-open = Open the embedded view
embed-close = Close
embed-preview = Preview:
embed-preview-title = Preview of the embedded simulator
embed-iframe-title = Chokepoint: the 2019 Japan–Korea export-control dispute, simulated

## Saved scenarios

saved-summary = Saved scenarios ({ $count })
saved-name = Name
saved-placeholder = My scenario
saved-save = Save this scenario
saved-load = Load
saved-delete = Delete
saved-delete-label = Delete { $name }
saved-unavailable = This browser does not let the page keep saved scenarios.
saved-unreadable-kept = Your saved scenarios could not be read: { $reason }. They were kept aside in this browser's storage under '{ $key }'. A new list was started.
saved-not-written = This browser did not store the change (its storage may be full); the saved scenarios are as they were.
saved-unreadable-left = Your saved scenarios could not be read: { $reason }. There is no room to keep a copy aside, so they were left under '{ $key }'; the list cannot be changed until there is room.
saved-too-large = Not saved: the list would take { $bytes } bytes, more than the { $max } this page reads back. Delete some saved scenarios first.
saved-reason-too-large = they take { $bytes } bytes, more than the { $max } this page reads
saved-reason-not-list = they are not a list this page wrote ({ $reason })
saved-reason-version = they are in an unknown version ({ $version })

## Files

file-too-large = The file is { $bytes } bytes, more than the { $max } a scenario file can be.
file-not-scenario = This is not a Chokepoint scenario file ({ $reason }).
file-wrong-format = The file's format is '{ $format }', not 'chokepoint-scenario'.
file-wrong-version = Scenario files of version { $version } are not known; this page reads version 1.
file-link-too-long = The file's link is { $bytes } bytes, more than the { $max } this page reads; the file was not loaded and the scenario on screen is kept.
file-link-damaged = The compressed part of the file's link could not be read; the file was not loaded and the scenario on screen is kept.
file-unreadable = The file could not be read ({ $reason }).

## What a link (or file or message) could not use

warning-too-long = The link is { $bytes } bytes long, more than the { $max } accepted; the default scenario is shown instead.
warning-version = link version '{ $version }' is not known; read as version { $current }
warning-preset = '{ $value }' is not a preset ({ $known }); the baseline is used
warning-state = '{ $item }' ignored: '{ $value }' is not one of { $known }
warning-date = '{ $item }' ignored: '{ $value }' is not a date between 2018-01 and 2023-12
warning-clamped = { $value } is outside { $min }..{ $max } { $unit }; { $applied } is used
warning-not-number = '{ $value }' is not a number; the default { $default } is used
warning-unknown = unknown setting, ignored
warning-retired = this setting no longer exists in the model (it did in links of version { $version }), ignored
warning-too-many-changes = { $count } changes after the first { $max } were dropped (a measure holds at most { $max }), starting with { $dropped }
warning-packed = the compressed part of the link could not be read and was ignored: it may have been cut short when the link was copied, or it expands beyond what a link may hold
warning-not-in-file = a scenario file holds one scenario; this part of its link was not used
warning-step-from-one = { $value } is not a step (steps count from 1); the first step is shown
warning-same-date = { $count } changes on { $date }: only the last one listed applies
refused-too-long = The link is { $bytes } bytes long, more than the { $max } accepted; nothing was changed.
refused-unusable = The link cannot be used ({ $problem }); nothing was changed.
warning-more = { $count } more problems with this link are not listed
link-too-long-to-share = This link would be { $bytes } bytes, more than the { $max } a link can carry (the lesson in it is too long), so it is not handed out. Download the lesson or the scenario as a file to share it.
warning-compare-preset = unknown setting, ignored (the compared scenario's preset is compare=)
warning-material = '{ $value }' is not a material ({ $known })
warning-one-or-zero = '{ $value }' is not 1 or 0
warning-one-of = '{ $value }' is not one of { $known }
warning-chart = '{ $value }' ignored: not one of { $known }
warning-no-chart = no chart named; every chart is shown
warning-needs-embed = applies only with embed=1; ignored
warning-language = '{ $value }' is not a language of this page ({ $known })

## Data download

csv-model = Chokepoint model { $version }: monthly outputs 2018-01 to 2023-12
csv-scenario = scenario: { $link }
csv-bands = bands: { $draws } draws, seed { $seed }, { $kind ->
    [calibrated] weighted by their fit to the 2018–2019 data
   *[assumptions] every draw counted equally
}
csv-columns = columns: month; material; each output (t, days, weeks, shares, USD), then baseline_ for the same output without measures, then _p10 and _p90 for the 80% band

## Chart descriptions and data tables

chart-summary-series = { $title }, in { $unit }: { $start } in January 2018, highest { $peak } in { $peak-month }, { $end } in December 2023; the baseline reaches { $baseline }.
chart-summary-supply = { $title }, in { $unit }: in December 2023, { $domestic } from Korean producers, { $third } from third countries and { $japan } from Japan, against demand of { $demand }.
chart-summary-attribution = { $title }: { $measure } contributes most, { $value }.
table-show = Data table
table-month = Month
table-p10 = p10
table-p90 = p90
table-measure = Measure
table-peak-contribution = Contribution to the peak lead time
skip-results = Skip to the results
skip-controls = Skip to the controls

## When the simulator stops

crash-title = The simulator stopped
crash-what = Something went wrong inside the simulator: { $message }
crash-link = Your scenario's link, to copy and keep:
crash-reset = Start again from the baseline
about-loading = Loading the model document…
about-failed = The model document could not be loaded ({ $reason }). It is also docs/MODEL.md in the source.
warning-needs-lesson = applies only with a lesson; ignored

## Lessons

lesson-start = Guided story
lesson-label = Lesson
lesson-look-label = Look at
colon = :{" "}
list-separator = ;{" "}
lesson-guess-in = Your guess, in { $unit }
unit-days = days
unit-tonnes = tonnes
unit-percent = percent
lesson-hidden-note = Until you reveal the answer, the page hides this figure: make your guess first.
lesson-model-answer = The model's answer: { $answer }
lesson-range-pending = (likely range being computed…)
lesson-range-edited = (no likely range: the page no longer shows this step's scenario)
lesson-your-guess = Your guess: { $guess }, { $off } off ({ $percent }%).
lesson-compared = Without the change this question is about: { $other }.
lesson-print = Print a handout
handout-name = Name: ____________________   Class: ____________
handout-prediction = My prediction ({ $unit }): ____________
handout-why = Why do I think so?
hidden-figure = Hidden until you answer the lesson's question
hidden-chart = This chart shows the figure the lesson's question asks for. It appears when you reveal the answer.
hidden-sentences = Sentences that give the figure the lesson asks for appear when you reveal the answer.
qr-button = QR code
qr-title = QR code: { $what }
qr-label = QR code that opens { $what }
qr-close = Close
qr-step = step { $n } of this lesson
qr-this-scenario = this scenario
qr-too-long = This link is { $bytes } bytes, too long for a QR code that a phone can read from a projector (version { $version } at most). Share it as a link or a file instead.
qr-no-link = This page's link is too long to share, so it has no QR code.
lesson-preview = Preview: the step as students will see it
lesson-new-step = New step
lesson-editing = Editing step { $n }: change the scenario on screen or the fields, then save
lesson-save-step = Save the step with the scenario on screen
lesson-cancel-edit = Cancel editing
lesson-compare = Compare the answer with
lesson-explain = Why (shown with the answer)
lesson-explain-help = Write {"{"}answer{"}"}, {"{"}compare{"}"} and {"{"}change{"}"} for the model's answer, the compared scenario's figure and the difference between them.
lesson-has-question = (asks a question)
lesson-move-up = Move step { $n } up
lesson-move-down = Move step { $n } down
lesson-edit = Edit step { $n }
lesson-edit-short = Edit
lesson-edit-story = Edit the built-in story
lesson-edit-followed = Edit the lesson you are following
lesson-writer-loaded = Loaded { $title }: { $count } { $count ->
    [one] step
   *[other] steps
}, ready to edit.
lesson-writer-replace = The writer holds { $count } { $count ->
    [one] step
   *[other] steps
}. Replace { $count ->
    [one] it
   *[other] them
}, and anything typed in the fields, with the { $new } of { $title }?
lesson-writer-replace-yes = Replace them
lesson-writer-replace-no = Keep what I wrote
lesson-writer-replace-typed = Replace the title and the step you are writing with the { $new } { $new ->
    [one] step
   *[other] steps
} of { $title }?
lesson-writer-edit-unsaved = The step you are writing has changes that are not saved. Edit step { $n } and drop them?
lesson-compare-kept = The lesson's own scenario
lesson-step-of = Step { $n } of { $count }
lesson-jump = Go to step
lesson-back = Back
lesson-next = Next
lesson-close = Close the lesson
lesson-reveal = Reveal
lesson-refused = This lesson could not be used: { $reason }
lesson-writer = Write a lesson
lesson-writer-help = Set a scenario with the controls, describe it, and add it as a step. Texts are recorded in the page's language; a lesson's JSON can hold all three.
lesson-title-field = Lesson title
lesson-step-title = Step title
lesson-step-text = Step text
lesson-control = Control to look at
lesson-chart = Chart to look at
lesson-none = None
lesson-ask = Ask a question
lesson-prompt = Question
lesson-material = Material
lesson-figure = Figure
lesson-add = Add the scenario on screen as a step
lesson-remove = Remove step { $n }
lesson-download = Download lesson (JSON)
lesson-open = Open this lesson
lesson-load = Load a lesson (JSON)
lesson-steps-count = { $count } { $count ->
    [one] step
   *[other] steps
}
lesson-writer-full = A lesson holds at most { $max } steps; remove one to add another.
lesson-writer-refused = This step was not added: { $reason }
lesson-writer-not-kept = This lesson cannot be kept as it is: { $reason }
lesson-guess-not-number = Enter a number.
lesson-guess-out-of-range = Enter a number between { $min } and { $max }.

## Why a lesson was refused (after "This lesson could not be used:")

lesson-error-too-large = the lesson is { $bytes } bytes, more than the { $max } a lesson can be
lesson-error-not-lesson = it is not a lesson in the documented form ({ $reason })
lesson-error-format = its format is '{ $format }', not 'chokepoint-lesson'
lesson-error-version = lessons of version { $version } are not known; this page reads version 1
lesson-error-steps = a lesson has 1 to { $max } steps, not { $count }
lesson-error-unreadable = the file could not be read ({ $reason })
lesson-error-no-text = { $path }: no text in any language
lesson-error-language = { $path }: '{ $value }' is not a language of this page (en, ja, ko)
lesson-error-text-too-long = { $path }: longer than { $max } characters
lesson-error-link = { $path }: { $problem }
lesson-error-control = { $path }: '{ $value }' is neither a measure nor a parameter
lesson-error-chart = { $path }: '{ $value }' is not a chart
lesson-error-material = { $path }: '{ $value }' is not a material
lesson-error-figure = { $path }: '{ $value }' is not a figure a question can ask for

## Results first: layout, history, readouts
invite-heading = New here?
invite-text = Eight short steps through the 2019 dispute: each sets the scenario, asks you to predict, then shows what the model says.
invite-story = Start the guided story
invite-explore = Not now
undo = Undo
redo = Redo
undo-label = Undo the last change (Ctrl+Z)
redo-label = Redo (Shift+Ctrl+Z)
history-label = Undo and redo
tools = Share & save
open-controls = Change measures
close-controls = Close the controls
show-dates = Show all dates
range-title-calibrated = Likely range: the 10th to 90th percentile over { $draws } runs with uncertain assumptions, each weighted by how well it reproduces the 2018–2019 data
range-title-assumptions = Likely range: the 10th to 90th percentile over { $draws } runs with uncertain assumptions, all counted equally
range-note = (likely range { $low }–{ $high })
since-last = { $change } since the last change
unchanged-since-last = Unchanged by the last change
last-change = Last change:
against-baseline = Against no measures at all
legend-before = Before this change
event-key-item = { $date } — { $changes }
event-key-change = { $measure } → { $state }
events-key = Numbered lines on the charts
readout-hint = Point at the chart, tap it, or focus it and use the arrow keys to read every line at a month.
export-credit = Chokepoint, a model of the 2019 Japan–South Korea export-control dispute; its sources are in “About the model”.

## Measures: simple mode and schedule notes

schedule-sorted = Changes are kept in date order: the change of { $date } now comes before the change of { $before }.
schedule-same-date = Two or more changes fell on { $date }: only the later in the list, to { $state }, is kept.
schedule-redundant = The change on { $date } to { $state } was removed: { $measure } was already { $state } from { $since }.
schedule-redundant-start = The change on { $date } to { $state } was removed: { $measure } is { $state } until its first change.
schedule-over-cap = { $dropped ->
    [one] One change beyond the limit of { $max } was dropped.
   *[other] { $dropped } changes beyond the limit of { $max } were dropped.
}
schedule-date-needed = A change needs a date between { $first } and { $last }; the change keeps { $date }.
schedule-note-dismiss = Dismiss
schedule-note-dismiss-label = Dismiss this note
measure-history-line = As it happened: { $changes }
measure-history-change = { $state } from { $date }
measure-history-separator = {", "}
measure-edited = Edited dates
measure-edit-dates = Edit dates
measure-simple = Simple

## What the last edit did

edit-effect-none = { $material }: no effect.
edit-effect-from = { $material }: no effect before { $month }; from then on, { $changes }.
edit-effect-throughout = { $material }: { $changes }.
edit-effect-and = { $first }, { $second }
edit-effect-peak-unchanged = peak lead time unchanged
edit-effect-peak-longer = peak lead time +{ $days } { $days ->
    [one] day
   *[other] days
}
edit-effect-peak-shorter = peak lead time −{ $days } { $days ->
    [one] day
   *[other] days
}
edit-effect-exports-more = { $tonnes } t more Japanese exports lost
edit-effect-exports-fewer = { $tonnes } t fewer Japanese exports lost
cards-caption = Peak lead time (likely range) · tap a material for its charts

## What drives the uncertainty (Sobol indices)

chart-title-drivers = What drives the uncertainty in { $figure }: { $material }
drivers-figure-peak = peak lead time
drivers-figure-exports-lost = Japanese exports lost
drivers-figure-jp-share = Japan's share of imports at the end of 2023
drivers-figure-label = Figure
drivers-value = { $total } ({ $first } alone)
drivers-empty = { $figure } hardly varies in this scenario, so no assumption drives its uncertainty.
drivers-pending = Working out which assumptions matter…
drivers-progress = { $percent }% of { $runs } runs
caption-drivers = Share of the variance in { $figure } that each assumption explains: the whole bar with its interactions (total Sobol index), the dark part alone (first-order index). The { $shown } largest of { $varied } uncertain assumptions, each varied over its interval; { $runs } runs, each paired with its baseline run (Saltelli design, n = { $n }, seed { $seed }). Shares are estimates, good to about two percentage points.
chart-summary-drivers = { $title }: { $param } matters most, { $value }.
table-assumption = Assumption
table-total-index = Total index
table-first-index = First-order index
driver-badge = Top driver { $rank }
driver-badge-title = Explains { $share } of the variance in { $figure } ({ $material }), with its interactions
group-drivers = { $count ->
    [one] 1 top driver
   *[other] { $count } top drivers
}
sort-influence = Sort by influence

## Which bands are shown

band-calibrated = The band holds the middle 80% of { $draws } runs over the uncertain assumptions, each weighted by how well it reproduces the 2018–2019 data.
band-assumptions = The band holds the middle 80% of { $draws } runs over the uncertain assumptions, all counted equally.
bands-choice = Bands and ranges
bands-calibrated = Calibrated to 2018–2019 data
bands-assumptions = Assumptions only
bands-calibrated-note = { $draws } runs: the quarter closest to the data kept, each weighted by its fit, worth { $ess } equal runs
bands-calibrated-note-plain = { $draws } runs: the quarter closest to the data kept, each weighted by its fit
bands-assumptions-note = { $draws } runs over the assumptions' intervals, counted equally

## How good is the model?

checks-title = How good is the model?
checks-updating = Checking again for the assumptions now on screen; the figures below are for the previous ones.
checks-pending = Checking the model against the observed data…
checks-summary = In sample (2018–2019, the data the model is calibrated to): { $inside } of { $count } observed figures lie inside the model's likely range with the calibrated bands ({ $inside-assumptions } with the assumptions alone). The calibrated bands keep { $kept } of { $draws } runs, worth { $ess } equally weighted runs.
checks-at = The model's figures are for what happened (Japan's and Korea's measures as they were), computed with the assumptions on screen. A likely range is the model's 10th to 90th percentile, widened by each observation's measurement tolerance.
hypotheses-title = Two accounts of the long licence waits
hypotheses-intro = Korea's account: the waits followed political tension (the political lever, fitted at { $lever } days). Japan's account: the reviews were technical (the lever at 0 and the other calibrated values fitted again). The misfit is the sum of squared standardised differences from the { $targets } fitted figures: lower is closer. The difference in misfit between the two accounts is not a formal statistical test. Both are computed with the other assumptions on screen.
hypothesis-fitted = Political hold fitted (Korea's account)
hypothesis-technical_only = Technical reviews only (Japan's account)
hypothesis-use-label = Use this account: { $account }
hypothesis-in-use = In use
table-account = Account
table-fit = Misfit, { $targets } figures
table-licence-fit = Misfit, five licence dates
table-use = Use
checks-in-sample = In sample: 2018–2019
checks-in-sample-note = These figures were used to calibrate the model, so matching them shows only that the fit holds, not that the model can predict.
checks-out-of-sample = Out of sample: 2020–2023
checks-out-of-sample-note = This project holds no observation after 2019. These are the model's predictions of Japan's exports to Korea, to be checked against the trade statistics of those years.
table-observation = Observed figure
table-observed = Observed
table-model = Model
table-likely-range = Likely range
table-inside = Inside?
table-source = Source
table-prediction = Prediction
check-inside-yes = Yes
check-inside-no = No
check-not-fitted = (reported, not fitted: a broader trade code)
check-no-observation = Not in this project
check-months = { $first }–{ $last }
check-span = { $low }–{ $high }
check-year = { $year }
check-tonnes-japan = Japan's exports of { $material } to Korea, { $period }
check-tonnes-japan-average = Japan's exports of { $material } to Korea, { $period }, monthly average
check-tonnes-korea = Korea's imports of { $material } from Japan, { $period }
check-value = Korea's imports of { $material } from Japan, { $period }, value
check-share-value = Japan's share of Korea's { $material } imports, { $period }, by value
check-share-volume = Japan's share of Korea's { $material } imports, { $period }, by volume
check-licence = { $material }: days from 4 July 2019 until { $share }% of buyers held a licence
check-shortfall = { $material }: shortfall in 2018–2019, share of demand (no Korean line stopped)
check-prediction = Japan's exports of { $material } to Korea, { $year }
tonnes-a-month = { $tonnes } t a month
source-external = {" "}(another website, opens in a new tab)
source-own-data = {" "}(no web address: see the observed data below)
observed-data-title = Observed data
observed-sources = Sources of the observed figures
source-no-address = no web address found
observed-data-note = Every observed figure above, with its tolerance and its source's address, and this check with the model's values, as CSV files.
download-observed = Download the observed data (CSV)
download-checks = Download this check (CSV)
