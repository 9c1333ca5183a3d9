## Chokepoint：日本語

page-title = Chokepoint：2019年の日韓輸出管理紛争シミュレーター
tagline = 2019年の日韓輸出管理紛争をシミュレーションします。輸出許可制度、ホワイト国、外交、そして韓国の対応が、フッ化水素・フォトレジスト・フッ化ポリイミドのリードタイムと貿易量をどう動かしたかを示します。
embed-tagline = 2019年の日韓輸出管理紛争のシミュレーション
open-full = シミュレーター全体を開く ↗
language = 言語
footer = すべての数値は、文書化されたモデルからこのブラウザー内で計算されます。ここで行った操作はどこにも送信されません。
about-summary = モデルについて：仕組み、パラメーター、出典、検証
about-language-note = モデルの解説文書は英語で書かれています。

## お知らせ

notice-link = このリンクの一部は使えなかったため、既定値のままにしました：
notice-file = このファイルの一部は使えなかったため、既定値のままにしました：
notice-message = 埋め込み元のページから送られたシナリオの一部は使えなかったため、既定値のままにしました：
dismiss = 閉じる

## プリセットと操作

presets-label = 用意されたシナリオ
preset-reset = ベースラインに戻す
own-scenario = 独自のシナリオ：プリセットから編集されています。
controls-label = 措置と前提
controls-locked-note = このシナリオの設定（変更不可）
assumptions = 市場の前提
assumptions-help = モデルが使うすべての数値と、その出典です。網掛けの帯は不確かな値を変化させた範囲です。
reset-changed = 変更した前提 { $count } 件を元に戻す
changed-badge = { $count } 件変更
param-of-material = { $label }（{ $material }）
param-default = 既定値 { $value }：{ $source }
param-value = { $value } { $unit }
change-state = { $measure }：状態
change-from = { $measure }：開始日
from = 開始
remove-change = { $measure } のこの変更を削除
add-change = 変更を追加
state-throughout = 全期間にわたり{ $state }。
timeline-segment = { $measure }：{ $date }から{ $state }

## 結果

results-label = 結果
headlines-label = 主な数値
figure-peak = リードタイムの最大値
figure-exports-lost = 日本の輸出の減少
figure-shortfall = 供給不足の月数
figure-jp-share = 輸入に占める日本の割合（2023年12月）
days = { $days } 日
tonnes = { $tonnes } トン
percent = { $value }%
vs-baseline = ベースライン比 { $above }、{ $month }
what-changed = 何が変わったか
attribution-pending = どの措置がどれだけ影響したかを計算中…
download-svg = SVGをダウンロード
download-png = PNG

## 何が変わったか

finding-unchanged = { $material }：リードタイムはベースライン並みの約 { $days } 日のままです。
finding-peak = { $material }のリードタイムは{ $month }に { $days } 日でピークとなり、ベースラインより { $above } 日長くなります。
finding-peak-domestic = { $material }のリードタイムは{ $month }に { $days } 日でピークとなり、ベースラインより { $above } 日長くなります。{ $domestic-month }までに韓国の生産者が需要の { $share }% を賄います。
finding-exports = 日本から韓国への{ $material }の輸出は2018〜2023年に { $tonnes } トン（{ $money }）減少し、期末の韓国の輸入に占める日本の割合は { $share }% です。
finding-shortfall = 韓国の{ $material }のユーザーは { $months } か月間、供給不足に陥ります。

## グラフ

chart-title-lead-time = リードタイム：{ $material }
chart-title-jp-exports = 日本から韓国への輸出：{ $material }
chart-title-supply = 韓国の供給源別供給：{ $material }
chart-title-inventory = 在庫：{ $material }
chart-title-attribution = リードタイムの最大値を押し上げた要因：{ $material }
axis-days = 日
axis-tonnes-month = トン／月
axis-weeks = 需要の週数
legend-scenario = シナリオ
legend-a = A：このシナリオ
legend-b = B：{ $name }
legend-baseline = ベースライン（措置なし）
legend-band = p10〜p90
legend-observed = 実績値
legend-domestic = 韓国の生産者
legend-third = 第三国
legend-japan = 日本
legend-shortfall = 供給不足
legend-demand = 需要
attribution-empty = このシナリオには措置がありません。
attribution-value = { $value } 日
caption-lead-time = 韓国の{ $material }の買い手が発注してから受け取るまでの日数（受注している供給源の平均）。帯は不確かな前提を変えた { $draws } 回の計算のうち80%が入る範囲、縦線はシナリオで日付の決まった変更を示します。
caption-jp-exports-observed = 日本から毎月出荷されたトン数。三角は実績値です（ポインターを重ねるかフォーカスすると出典が表示されます）。帯は計算の80%が入る範囲です。
caption-jp-exports = 日本から毎月出荷されたトン数をベースラインと比べたもの。帯は計算の80%が入る範囲です。
caption-supply = 韓国の供給が毎月どこから来たか。破線は需要です。需要を上回る供給は在庫になります（予防的な買い増し、在庫の積み戻し）。
caption-supply-a = シナリオAで韓国の供給が毎月どこから来たか。破線は需要です。需要を上回る供給は在庫になります（予防的な買い増し、在庫の積み戻し）。
caption-inventory = 各月末の韓国の在庫を、その月の需要の週数で示します。在庫が尽きると供給不足が始まります。
caption-attribution = リードタイムの最大値が { $from } 日から { $to } 日へ上がった分のうち、各措置の寄与（シャープレイ値）。寄与の合計は上昇分全体に等しくなります。日本の輸出の減少：{ $lost }。
attribution-lost-item = { $measure } { $tonnes } トン
observed-note = 実績 { $period }：{ $value } トン。出典：{ $source }
observed-note-with = 実績 { $period }：{ $value } トン。出典：{ $source }（{ $note }）
observed-average = { $first }〜{ $last }（月平均）

## 比較

compare-heading = 比較
compare-help = このシナリオを変えている間も、もう一つのシナリオをグラフに表示しておけます。
compare-with = 比較対象
compare-current = 現在のこのシナリオ
compare-start = 比較する
compare-a = A（実線）：操作パネルで編集しているシナリオ。
compare-b = B（黒の点線）：{ $name }。
compare-edited = 編集されたシナリオ
compare-swap = AとBを入れ替える（Bを編集）
compare-stop = 比較をやめる
compare-figures = 主な数値
compare-material = 品目
compare-peak-a = リードタイムの最大値（A）
compare-peak-b = リードタイムの最大値（B）
compare-lost-a = 日本の輸出の減少（A）
compare-lost-b = 日本の輸出の減少（B）
compare-peak-cell = { $days } 日（{ $month }）
compare-same = AとBの設定は同じです。
compare-differ = 異なる設定：{ $count } 件
compare-setting = 設定
schedule-throughout = 全期間にわたり{ $state }
schedule-from-start = 当初から{ $state }
schedule-from = { $date }から{ $state }

## 共有・ダウンロード・埋め込み

share-label = 共有とダウンロード
copy-link = リンクをコピー
link-copied = リンクをコピーしました。
copy-by-hand = このリンクをコピーしてください：
download-csv = データをダウンロード（CSV）
save-json = シナリオを保存（JSON）
load-json = シナリオを読み込む
open-embed = 埋め込み…
embed-title = このシナリオを授業のページに埋め込む
embed-controls = 操作パネル
embed-charts = グラフ
embed-language = 言語
embed-language-reader = 閲覧者のブラウザーの言語
embed-height = 高さ（ピクセル）
embed-paste = 次のコードを授業のページに貼り付けてください：
embed-copy = コードをコピー
embed-copied = コードをコピーしました。
embed-open = 埋め込み表示を開く
embed-close = 閉じる
embed-preview = プレビュー：
embed-preview-title = 埋め込み表示のプレビュー
embed-iframe-title = Chokepoint：2019年の日韓輸出管理紛争シミュレーター

## 保存したシナリオ

saved-summary = 保存したシナリオ（{ $count }）
saved-name = 名前
saved-placeholder = 自分のシナリオ
saved-save = このシナリオを保存
saved-load = 読み込む
saved-delete = 削除
saved-delete-label = { $name } を削除
saved-unavailable = このブラウザーでは、シナリオを保存できません。
saved-unreadable = 保存したシナリオを読み込めませんでした：{ $reason }。新しい一覧を作成しました。
saved-unreadable-kept = 保存したシナリオを読み込めませんでした：{ $reason }。このブラウザーのストレージに「{ $key }」として退避しました。新しい一覧を作成しました。
saved-not-written = このブラウザーにシナリオを保存できませんでした。

## ファイル

file-too-large = ファイルは { $bytes } バイトで、シナリオファイルの上限 { $max } バイトを超えています。
file-not-scenario = Chokepointのシナリオファイルではありません（{ $reason }）。
file-wrong-format = ファイルの形式は「{ $format }」で、「chokepoint-scenario」ではありません。
file-wrong-version = バージョン { $version } のシナリオファイルには対応していません。このページが読めるのはバージョン1です。
file-unreadable = ファイルを読み込めませんでした（{ $reason }）。

## リンク（ファイル、メッセージ）で使えなかった部分

warning-too-long = リンクは { $bytes } バイトで、上限の { $max } バイトを超えています。既定のシナリオを表示します。
warning-version = リンクのバージョン「{ $version }」は不明です。バージョン { $current } として読み込みました
warning-preset = 「{ $value }」はプリセットではありません（{ $known }）。ベースラインを使います
warning-state = 「{ $item }」を無視しました：「{ $value }」は { $known } のいずれでもありません
warning-date = 「{ $item }」を無視しました：「{ $value }」は2018-01〜2023-12の日付ではありません
warning-clamped = { $value } は範囲 { $min }..{ $max } { $unit } の外です。{ $applied } を使います
warning-not-number = 「{ $value }」は数値ではありません。既定値 { $default } を使います
warning-unknown = 不明な設定のため無視しました
warning-compare-preset = 不明な設定のため無視しました（比較するシナリオのプリセットは compare= で指定します）
warning-material = 「{ $value }」は品目ではありません（{ $known }）
warning-one-or-zero = 「{ $value }」は1でも0でもありません
warning-one-of = 「{ $value }」は { $known } のいずれでもありません
warning-chart = 「{ $value }」を無視しました：{ $known } のいずれでもありません
warning-no-chart = グラフの指定がないため、すべてのグラフを表示します
warning-needs-embed = embed=1 のときだけ有効なため無視しました
warning-language = 「{ $value }」はこのページの言語ではありません（{ $known }）

## データのダウンロード

csv-model = Chokepoint モデル { $version }：月次の出力 2018-01〜2023-12
csv-scenario = シナリオ：{ $link }
csv-bands = 帯：{ $draws } 回の計算、シード { $seed }
csv-columns = 列：month（月）、material（品目）、各出力（トン、日、週、割合、米ドル）、次に同じ出力の措置なしの値 baseline_、最後に80%の帯の _p10 と _p90

## 品目

material-hf = フッ化水素
material-photoresist = フォトレジスト
material-polyimide = フッ化ポリイミド

## 措置

-licensing-help = 包括許可：3年間有効の許可ですべての取引をまかないます。個別許可：契約ごとに審査を待ちます（最長90日、緊張した情勢ではさらに長く、許可の有効期間は約6か月）。特別一般包括許可：認定された輸出者は約1週間の手続きで出荷できます。2019年7月4日から（読売新聞）。レジストは2019年12月20日に特別一般包括許可へ（聯合ニュース）。2023年3月16日に包括許可へ戻りました（経済産業省）。
measure-licensing_hf = 輸出許可：フッ化水素
    .help = { -licensing-help }
measure-licensing_photoresist = 輸出許可：フォトレジスト
    .help = { -licensing-help }
measure-licensing_polyimide = 輸出許可：フッ化ポリイミド
    .help = { -licensing-help }
measure-white_list = 韓国のホワイト国の扱い
    .help = グループB：キャッチオール規制が適用され、一般包括許可が使えなくなるため、包括許可は特別一般包括許可になります。韓国は2019年8月28日にグループBへ移され（KBS）、2023年7月21日にグループAへ戻りました。
measure-wto_case = WTO提訴
    .help = 韓国のWTO提訴（DS590）は外交的な緊張を高め、パネル段階で最も強く影響します。2019年9月11日に協議要請、2019年11月22日に手続き停止、2020年7月29日にパネル設置、2023年3月23日に取り下げ。
measure-gsomia = GSOMIA
    .help = 軍事情報包括保護協定の終了は緊張を高めます。2019年8月22日に終了を通告し、期限切れ直前の2019年11月22日に通告の効力を停止しました（聯合ニュース）。
measure-korea_white_list = 韓国のホワイト国からの日本の除外
    .help = 韓国が独自に日本を新設のグループA2へ移したこと（2019年9月18日施行、2023年4月24日に復帰）は緊張を高めます。
measure-localization = 国産化プログラム
    .help = 韓国の生産者への政府資金（2020〜22年に5兆ウォン超）は、企業が築く国内の生産能力を高めます。その規模はパラメーター（国産化の強度）で決まります。
measure-diversification = 調達先多角化の推進
    .help = 中国、台湾、ベルギー、米国の供給者を認定する政府の後押しは、企業が確保する第三国からの供給を増やします。
measure-dialogue = 輸出管理政策対話
    .help = 局長級の輸出管理政策対話は緊張を和らげ、許可を早め、措置が続くという予想期間を短くします。2016年6月以来初めて、2019年12月16日に再開されました。

state-bulk = 包括許可
state-individual = 個別許可
state-special_bulk = 特別一般包括許可
state-a = グループA（ホワイト国）
state-b = グループB
state-none = 提訴なし
state-consultations = 協議要請
state-suspended = 手続き停止
state-panel = パネル設置
state-withdrawn = 取り下げ
state-in_force = 有効
state-notified = 終了を通告
state-terminated = 終了
state-listed = 日本は韓国のホワイト国
state-removed = 日本を除外
state-off = なし
state-on = あり
state-frozen = 中断
state-resumed = 再開

side-japan = 日本の措置
side-korea = 韓国の対応
side-both = 対話

## プリセット

preset-baseline = ベースライン（措置なし）
    .description = 措置なし：2018年と同じように貿易が続き、需要の伸びだけがあります。
preset-history = 実際の経過
    .description = 2019年7月の個別許可から2023年の解除まで、実際に起きたとおりの紛争。
preset-escalation = 激化
    .description = 2019年11月にGSOMIAが終了し、対話はなく、WTOパネルが進み、何も解除されません。
preset-settlement = 2019年12月に決着
    .description = 2019年12月の対話までは実際のとおりで、そこで紛争が決着します：包括許可とグループAに戻ります。
preset-no_localization = 韓国の国産化なし
    .description = 実際のとおりですが、韓国は国産化プログラムも調達先多角化の推進も行いません。
preset-licensing_only = 輸出許可のみ
    .description = 2019年7月から2023年3月までの日本の個別許可だけ。ホワイト国の変更も韓国の対応もありません。

## パラメーターのグループ

group-licensing = 輸出許可
group-climate = 外交情勢
group-korean_response = 韓国のプログラム
group-market = 市場
group-inventory = 在庫
group-substitution = 代替

## パラメーター

param-notice_days = 規制が発効するまでの予告期間
    .unit = 日
    .help = より厳しい許可制度の発表から発効までの日数。この間に買い手は出荷を前倒しします。
param-review_cap_days = 標準的な審査期間の上限
    .unit = 日
    .help = 1回の審査の公表された上限。緊張した外交情勢ではこれが延びます。
param-review_min_fraction = 最短の許可待ち（予想待ち時間に対する割合）
    .unit = 割合
    .help = 許可は予想待ち時間のこの割合より早くは出ないため、最初の許可は一定の空白期間の後になります。
param-renewal_lead_days = 期限前の更新申請
    .unit = 日
    .help = 買い手は現在の個別許可が切れるこの日数前に次の許可を申請します。待ち時間が長いと空白が生じます。
param-individual_validity_months = 個別許可の有効期間
    .unit = か月
    .help = 個別許可はこの期間の後に更新が必要です。特別一般包括許可と包括許可は36か月有効です。
param-special_bulk_processing_days = 特別一般包括許可での出荷ごとの手続き
    .unit = 日
    .help = 特別一般包括許可の下で（または韓国がグループBにある間の包括許可で）出荷ごとにかかる追加の手続き日数。
param-climate_weight_wto = 外交情勢におけるWTO提訴の重み
    .unit = 指数
    .help = 進行中のWTO提訴が外交的な緊張をどれだけ高めるか（パネル＝最大の重み）。
param-climate_weight_gsomia = 外交情勢におけるGSOMIAの重み
    .unit = 指数
    .help = 情報保護協定の終了が緊張をどれだけ高めるか（終了＝最大の重み）。
param-climate_weight_korea_white_list = 韓国独自のホワイト国変更の重み
    .unit = 指数
    .help = 韓国のホワイト国から日本を外すことが緊張をどれだけ高めるか。
param-climate_weight_dialogue = 対話による緩和
    .unit = 指数
    .help = 局長級の対話の再開が緊張をどれだけ和らげるか。
param-review_climate_stretch = 緊張が最大のときの審査上限の延び
    .unit = 割合
    .help = 緊張が最大のとき、90日の上限がこの割合だけ延びます（1＝2倍）。
param-review_climate_elasticity = 外交情勢に対する審査期間の反応
    .unit = 割合
    .help = 平均審査期間は緊張が最大のときこの割合だけ延び、緩和されると縮みます。
param-approval_climate_elasticity = 外交情勢に対する許可の反応
    .unit = 割合
    .help = 1回の審査が許可で終わる確率は、緊張が最大のときこの割合だけ下がります（そうでなければ追加の書類が求められます）。
param-expected_duration_months = 措置の予想継続期間
    .unit = か月
    .help = 中立的な情勢で、企業が規制はどれだけ続くと予想するか。予想が長いほど調達先の多角化が割に合います。
param-duration_climate_elasticity = 外交情勢に対する予想継続期間の反応
    .unit = 割合
    .help = 予想継続期間は緊張が最大のときこの割合だけ延び、緩和されると縮みます。
param-localization_intensity = 国産化プログラムの強度
    .unit = × 2019年のプログラム
    .help = 実施されている場合の、韓国の素材・部品・装備プログラムの規模。
param-private_localization_share = プログラムなしの国産化
    .unit = 割合
    .help = 政府資金がなくても企業が自ら行う国内生産拡大の割合。
param-private_diversification_share = 推進策なしの多角化
    .unit = 割合
    .help = 政府の推進策がなくても企業が行う第三国の供給者への移行の割合。
param-structural_diversification_share = 第三国からの購入のうち残る割合
    .unit = 割合
    .help = 日本の許可が再び出るようになっても残る、第三国からの追加購入の割合。残りは供給が止まっている間だけ続きます。
param-restock_months = 在庫を戻すまでの期間
    .unit = か月
    .help = 買い手は目標在庫と実際の在庫の差をこの月数で埋めます。
param-rush_spare_capacity = 予告1週あたりの追加出荷
    .unit = 週分の供給／予告週
    .help = 手元の在庫に加えて、供給者は規制前の予告1週ごとにこれだけ追加で出荷できます。
param-precaution_cap_weeks = 買い手が求める追加在庫の上限
    .unit = 週
    .help = 予防的な買い増しは、この週数分の追加供給で止まります。
param-congestion_factor = 立ち上げ中の供給者の混雑
    .unit = 割合
    .help = まだ供給できない需要1単位あたり、代替ルートで生じる追加の待ち時間（通常のリードタイムに対する割合）。
param-third_country_decay_months = 第三国との契約の縮小
    .unit = か月
    .help = 多角化する理由がなくなると、第三国からの追加供給はこの期間で減っていきます。
param-domestic_decay_months = 韓国の生産能力の縮小
    .unit = か月
    .help = 対応として建てられた韓国の工場は埋没投資であり、ゆっくりとしか縮小しません。
param-demand_t = 2018年1月の韓国の需要
    .unit = トン／月
    .help = 2018年初めに韓国のユーザーが必要としていた月あたりのトン数（輸入換算）。
param-demand_growth_pct = 需要の伸び
    .unit = %／年
    .help = 韓国の需要の年間伸び率。なだらかに適用されます。
param-jp_share_2018 = 2018年の供給に占める日本の割合
    .unit = 割合
    .help = 紛争前に韓国の供給のうち日本から来ていた割合。残りは第三国からでした。
param-controlled_share = 規制対象となる貿易の割合
    .unit = 割合
    .help = 日本の出荷のうち規制対象の品質等級に当たり、許可が必要になる割合。
param-price_usd_per_t = 日本からの供給の単価
    .unit = 米ドル／トン
    .help = 日本が輸出したトン数を米ドルに換算します。
param-inventory_weeks = 当初の在庫
    .unit = 週
    .help = 紛争前に在庫として持っていた需要の週数。買い手はこの水準を保とうとします。
param-ready_stock_weeks = 前倒しできる供給
    .unit = 週
    .help = 規制が発表されるとすぐに買い手が引き取れる、在庫として用意された日本の供給の週数。
param-review_days = 中立的な情勢での平均審査期間
    .unit = 日
    .help = 外交情勢による伸び縮みの前の、1回の審査の平均期間。
param-approval_probability = 1回の審査での許可
    .unit = 確率
    .help = 1回の審査が許可で終わる確率。そうでなければ輸出者は追加の書類を求められ、再び待ちます。
param-jp_lead_days = 日本での生産と輸送
    .unit = 日
    .help = 許可待ちがない場合の、日本への発注から納品までの日数。
param-third_extra_lead_days = 第三国からの追加リードタイム
    .unit = 日（日本比）
    .help = 中国、台湾、ベルギー、米国への発注が日本への発注より余計にかかる日数。買い手は日本を選んでいたので、負にはなりません。
param-domestic_extra_lead_days = 韓国の生産者からの追加リードタイム
    .unit = 日（日本比）
    .help = 新たに認定された韓国の工場への発注が日本への発注より余計にかかる日数（認定用ロット、立ち上げ）。
param-third_max_share = 第三国が担える追加供給の上限
    .unit = 需要に対する割合
    .help = 買い手が本格的に取り組んだ場合に移せる、2018年の水準を超える第三国からの追加供給。
param-third_qualification_months = 第三国の供給者の認定
    .unit = か月
    .help = 新しい海外の供給源を生産ラインで使えるようになるまでの月数。
param-third_ramp_months = 第三国からの供給の立ち上げ
    .unit = か月
    .help = 認定後に第三国からの供給が増えていく時定数。
param-domestic_max_share = 韓国の生産者が担える需要の上限
    .unit = 需要に対する割合
    .help = 建設と認定が済んだ韓国の工場が賄える需要の割合。
param-domestic_qualification_months = 韓国産の供給の認定
    .unit = か月
    .help = 韓国産の製品を生産ラインで使えるようになるまでの月数。
param-domestic_ramp_months = 韓国での生産の立ち上げ
    .unit = か月
    .help = 認定後に韓国での生産が増えていく時定数。

## グラフと埋め込みの選択肢

chart-lead-time = リードタイム
chart-jp-exports = 日本の輸出
chart-supply = 韓国の供給源別供給
chart-inventory = 在庫
chart-attribution = リードタイムの最大値を押し上げた要因
controls-shown = 表示：閲覧者がシナリオを変更できます
controls-locked = 固定：表示されますが変更できません
controls-hidden = 非表示：結果のみ

## グラフの説明とデータ表

chart-summary-series = { $title }（単位：{ $unit }）：2018年1月は { $start }、最大は{ $peak-month }の { $peak }、2023年12月は { $end }。ベースラインの最大は { $baseline }。
chart-summary-supply = { $title }（単位：{ $unit }）：2023年12月には、需要 { $demand } に対し、韓国の生産者から { $domestic }、第三国から { $third }、日本から { $japan }。
chart-summary-attribution = { $title }：最も大きく寄与したのは{ $measure }で、{ $value }。
table-show = データ表
table-month = 月
table-p10 = p10
table-p90 = p90
table-measure = 措置
table-peak-contribution = リードタイムの最大値への寄与
skip-results = 結果へ移動
skip-controls = 操作パネルへ移動

## シミュレーターが停止したとき

crash-title = シミュレーターが停止しました
crash-what = シミュレーターの内部で問題が起きました：{ $message }
crash-link = あなたのシナリオのリンク（コピーして保存してください）：
crash-reset = ベースラインからやり直す
about-loading = モデルの解説文書を読み込んでいます…
about-failed = モデルの解説文書を読み込めませんでした（{ $reason }）。ソースの docs/MODEL.md にもあります。
warning-needs-lesson = レッスンがあるときだけ有効なため無視しました

## レッスン

lesson-start = ガイド付きストーリー
lesson-label = レッスン
lesson-step-of = ステップ { $n } / { $count }
lesson-jump = ステップへ移動
lesson-back = 戻る
lesson-next = 次へ
lesson-close = レッスンを閉じる
lesson-look = 注目：{ $what }
lesson-guess = あなたの予想
lesson-reveal = 答えを見る
lesson-answer = モデルの答え：{ $answer }。あなたの予想：{ $guess }、差は { $off }（{ $percent }%）。
lesson-refused = このレッスンは使えません：{ $reason }
lesson-writer = レッスンを作る
lesson-writer-help = 操作パネルでシナリオを設定し、説明を書いてステップとして追加します。テキストはページの言語で記録されます。レッスンのJSONには3言語すべてを入れられます。
lesson-title-field = レッスンのタイトル
lesson-step-title = ステップのタイトル
lesson-step-text = ステップの説明
lesson-control = 注目する操作
lesson-chart = 注目するグラフ
lesson-none = なし
lesson-ask = 質問をする
lesson-prompt = 質問
lesson-material = 品目
lesson-figure = 数値
lesson-add = 表示中のシナリオをステップとして追加
lesson-remove = ステップ { $n } を削除
lesson-download = レッスンをダウンロード（JSON）
lesson-open = このレッスンを開く
lesson-load = レッスンを読み込む（JSON）
lesson-steps-count = { $count } ステップ
