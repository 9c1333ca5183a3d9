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
notice-saved = この保存したシナリオの一部を使えなかったため、既定値のままにしました：
notice-message = 埋め込み元のページから送られたシナリオの一部は使えなかったため、既定値のままにしました：
dismiss = 閉じる

## プリセットと操作

presets-label = 用意されたシナリオ
preset-reset = ベースラインに戻す
own-scenario = 独自のシナリオ：プリセットを変更しています。
controls-label = 措置と前提
controls-locked-note = このシナリオの設定（変更不可）
assumptions = 市場の前提
assumptions-help = モデルが使うすべての数値と、その出典です。網掛けの帯は不確かな値を変化させた範囲です。
reset-changed = 変更した前提{ $count }件を元に戻す
changed-badge = { $count }件変更
param-of-material = { $label }（{ $material }）
param-default = 既定値は{ $value }。{ $source }
param-value = { $value }{ $unit }
change-state = { $measure }：状態
change-from = { $measure }：開始日
from = 開始
remove-change = { $measure }のこの変更を削除
add-change = 変更を追加
schedule-full = 1つの措置に設定できる変更は{ $max }件までです。追加するには、いずれかを削除してください。
show-all-changes = 変更{ $count }件をすべて表示（あと{ $hidden }件）
state-throughout = 全期間にわたり{ $state }。
timeline-segment = { $measure }：{ $date }から{ $state }

## 結果

results-label = 結果
headlines-label = 主な数値
figure-peak = リードタイムの最大値
figure-exports-lost = 日本の輸出の減少
figure-shortfall = 供給不足の月数
figure-jp-share = 輸入に占める日本の割合（2023年12月）
figure-licence-wait-2020 = 新規許可の待ち日数（2020年平均）
days = { $count ->
   *[other] { $days }日
}
tonnes = { $tonnes }トン
percent = { $value }%
vs-baseline = ベースライン比{ $above }、{ $month }
what-changed = 何が変わったか
attribution-pending = どの措置がどれだけ影響したかを計算中…
download-svg = SVGをダウンロード
download-png = PNG

## 何が変わったか

finding-unchanged = { $material }：リードタイムはベースライン並みの約{ $days }日のままです。
finding-peak = { $material }のリードタイムは{ $month }に{ $days }日でピークとなり、ベースラインより{ $above }日長くなります。
finding-peak-domestic = { $material }のリードタイムは{ $month }に{ $days }日でピークとなり、ベースラインより{ $above }日長くなります。{ $domestic-month }までに韓国の生産者が需要の{ $share }%を賄います。
finding-exports = 日本から韓国への{ $material }の輸出は2018〜2023年に{ $tonnes }トン（{ $money }）減少し、期末の韓国の輸入に占める日本の割合は{ $share }%です。
finding-shortfall = 韓国の{ $material }のユーザーは{ $months }か月間、供給不足に陥ります。

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
legend-band-updating = p10〜p90 …
legend-observed = 実績値
legend-domestic = 韓国の生産者
legend-third = 第三国
legend-japan = 日本
legend-shortfall = 供給不足
legend-demand = 需要
attribution-empty = このシナリオには措置がありません。
attribution-value = { $value }日
caption-lead-time = 韓国の{ $material }の買い手が発注してから受け取るまでの日数。発注済みで未着の量（許可待ちや輸送中のもの）を1日あたりの納入量で割って測ります。{ $band }縦線はシナリオで日付の決まった変更を示します。
caption-jp-exports-observed = 日本から毎月出荷されたトン数。三角は実績値です（画面ではポインターを重ねるかフォーカスすると出典が表示されます）。{ $band }
caption-jp-exports = 日本から毎月出荷されたトン数をベースラインと比べたもの。{ $band }
caption-supply = 韓国の供給が毎月どこから来たか。破線は需要です。需要を上回る供給は在庫になります（予防的な買い増し、在庫の補充）。
caption-supply-a = シナリオAで韓国の供給が毎月どこから来たか。破線は需要です。需要を上回る供給は在庫になります（予防的な買い増し、在庫の補充）。
caption-inventory = 各月末の韓国の在庫を、その月の需要の週数で示します。在庫が尽きると供給不足が始まります。{ $band }
caption-attribution = リードタイムの最大値が{ $from }日から{ $to }日へ上がった分のうち、各措置の寄与（シャープレイ値）。寄与の合計は上昇分全体に等しくなります。日本の輸出の減少：{ $lost }。
attribution-lost-item = { $measure } { $tonnes }トン
observed-note = 実績{ $period }：{ $value }トン。出典：{ $source }
observed-note-with = 実績{ $period }：{ $value }トン。出典：{ $source }（{ $note }）
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
compare-peak-when = 、{ $month }
compare-same = AとBの設定は同じです。
compare-differ = 異なる設定：{ $count }件
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
saved-delete-label = { $name }を削除
saved-unavailable = このブラウザーでは、シナリオを保存できません。
saved-unreadable-kept = 保存したシナリオを読み込めませんでした：{ $reason }。このブラウザーのストレージに「{ $key }」として退避しました。新しい一覧を作成しました。
saved-not-written = このブラウザーに変更を保存できませんでした（ストレージがいっぱいの可能性があります）。保存したシナリオは変更前のままです。
saved-unreadable-left = 保存したシナリオを読み込めませんでした：{ $reason }。退避する空きがないため、「{ $key }」にそのまま残しました。空きができるまで一覧は変更できません。
saved-too-large = 保存しませんでした：一覧が{ $bytes }バイトになり、このページが読み込める上限の{ $max }バイトを超えます。先にいくつか削除してください。
saved-reason-too-large = { $bytes }バイトあり、このページが読み込める{ $max }バイトを超えています
saved-reason-not-list = このページが書いた一覧ではありません（{ $reason }）
saved-reason-version = 不明なバージョン（{ $version }）です

## ファイル

file-too-large = ファイルは{ $bytes }バイトで、シナリオファイルの上限{ $max }バイトを超えています。
file-not-scenario = Chokepointのシナリオファイルではありません（{ $reason }）。
file-wrong-format = ファイルの形式は「{ $format }」で、「chokepoint-scenario」ではありません。
file-wrong-version = バージョン{ $version }のシナリオファイルには対応していません。このページが読めるのはバージョン1です。
file-link-too-long = ファイル内のリンクは{ $bytes }バイトで、このページが読み込める{ $max }バイトを超えています。ファイルは読み込まず、表示中のシナリオはそのままです。
file-link-damaged = ファイル内のリンクの圧縮部分を読み取れませんでした。ファイルは読み込まず、表示中のシナリオはそのままです。
file-unreadable = ファイルを読み込めませんでした（{ $reason }）。

## リンク（ファイル、メッセージ）で使えなかった部分

warning-too-long = リンクは{ $bytes }バイトで、上限の{ $max }バイトを超えています。既定のシナリオを表示します。
warning-version = リンクのバージョン「{ $version }」は不明です。バージョン{ $current }として読み込みました
warning-preset = 「{ $value }」はプリセットではありません（{ $known }）。ベースラインを使います
warning-state = 「{ $item }」を無視しました：「{ $value }」は{ $known }のいずれでもありません
warning-date = 「{ $item }」を無視しました：「{ $value }」は2018-01〜2023-12の日付ではありません
warning-clamped = { $value }は範囲{ $min }..{ $max }{ $unit }の外です。{ $applied }を使います
warning-not-number = 「{ $value }」は数値ではありません。既定値{ $default }を使います
warning-unknown = 不明な設定のため無視しました
warning-retired = この設定は現在のモデルにはありません（バージョン{ $version }のリンクにはありました）。無視しました
warning-too-many-changes = 1つの措置に設定できる変更は{ $max }件までのため、それ以降の{ $count }件（{ $dropped }から）を削除しました
warning-packed = リンクの圧縮部分を読み取れなかったため無視しました。コピーの際に途中で切れたか、リンクに収まる大きさを超えて展開される可能性があります
warning-not-in-file = シナリオファイルに入るのはシナリオ1つだけです。リンクのこの部分は使いませんでした
warning-step-from-one = { $value }はステップ番号ではありません（ステップは1から数えます）。最初のステップを表示します
warning-same-date = { $date }に変更が{ $count }件あります。最後に書かれたものだけが適用されます
refused-too-long = リンクは{ $bytes }バイトで、受け付ける{ $max }バイトを超えています。何も変更していません。
refused-unusable = このリンクは使えません（{ $problem }）。何も変更していません。
warning-more = このリンクには、ほかに{ $count }件の問題があります（一覧には表示していません）
link-too-long-to-share = このリンクは{ $bytes }バイトになり、リンクで運べる{ $max }バイトを超えるため（含まれる授業の内容が長すぎます）、出力しません。共有するには、授業またはシナリオをファイルとしてダウンロードしてください。
warning-compare-preset = 不明な設定のため無視しました（比較するシナリオのプリセットは compare= で指定します）
warning-material = 「{ $value }」は品目ではありません（{ $known }）
warning-one-or-zero = 「{ $value }」は1でも0でもありません
warning-one-of = 「{ $value }」は{ $known }のいずれでもありません
warning-chart = 「{ $value }」を無視しました：{ $known }のいずれでもありません
warning-no-chart = グラフの指定がないため、すべてのグラフを表示します
warning-needs-embed = embed=1 のときだけ有効なため無視しました
warning-language = 「{ $value }」はこのページの言語ではありません（{ $known }）

## データのダウンロード

csv-model = Chokepoint モデル{ $version }：月次の出力 2018-01〜2023-12
csv-scenario = シナリオ：{ $link }
csv-bands = 帯：{ $draws }回の計算、シード{ $seed }、{ $kind ->
    [calibrated] 2018〜2019年のデータへの当てはまりで重み付け
   *[assumptions] すべて同じ重み
}
csv-columns = 列：month（月）、material（品目）、各出力（トン、日、週、割合、米ドル）、次に同じ出力の措置なしの値 baseline_、最後に80%の帯の _p10 と _p90

## 品目

material-hf = フッ化水素
material-photoresist = フォトレジスト
material-polyimide = フッ化ポリイミド

## 措置

measure-licensing_hf = 輸出許可：フッ化水素
    .help = 個別許可：フッ化水素の買い手ごとの発注は、許可が出るまで待ちます（審査は1回最長90日、許可の有効期間は約6か月）。包括許可では3年間有効の許可ですべての取引をまかないます。2019年7月4日に個別許可へ（読売新聞）、2023年3月16日に包括許可へ戻りました（経済産業省）。
measure-licensing_photoresist = 輸出許可：フォトレジスト
    .help = 個別許可：フォトレジストの買い手ごとの発注は、許可が出るまで待ちます（審査は1回最長90日、許可の有効期間は約6か月）。特別一般包括許可では、認定された輸出者が出荷ごとの追加書類で出荷できます。2019年7月4日に個別許可へ（読売新聞）、2019年12月20日に企業間の継続取引で特別一般包括許可へ（聯合ニュース）、2023年3月16日に包括許可へ戻りました（経済産業省）。
measure-licensing_polyimide = 輸出許可：フッ化ポリイミド
    .help = 個別許可：フッ化ポリイミドの買い手ごとの発注は、許可が出るまで待ちます（審査は1回最長90日、許可の有効期間は約6か月）。包括許可では3年間有効の許可ですべての取引をまかないます。2019年7月4日に個別許可へ（読売新聞）、2023年3月16日に包括許可へ戻りました（経済産業省）。
measure-white_list = 韓国のホワイト国の扱い
    .help = グループB：キャッチオール規制が適用され、一般包括許可が使えなくなるため、包括許可は特別一般包括許可になります。これは緊張を構成する5つの対立激化の段階の一つでもあります。韓国は2019年8月28日にグループBへ移され（KBS）、2023年7月21日にグループAへ戻りました。
measure-wto_case = WTO提訴
    .help = 韓国のWTO提訴（DS590）は、協議またはパネルが進行している間、緊張を構成する5つの対立激化の段階の一つです。2019年9月11日に協議要請、2019年11月22日に手続き停止、2020年7月29日にパネル設置、2023年3月23日に取り下げ。
measure-gsomia = GSOMIA
    .help = 軍事情報包括保護協定の終了の通告または終了は、緊張を構成する5つの対立激化の段階の一つです。2019年8月22日に終了を通告し、失効の数時間前の2019年11月22日に通告の効力を停止しました（聯合ニュース）。
measure-korea_white_list = 韓国のホワイト国からの日本の除外
    .help = 韓国が独自に日本を新設のグループA2へ移したこと（2019年9月18日施行、2023年4月24日に復帰）は、緊張を構成する5つの対立激化の段階の一つです。
measure-localization = 国産化プログラム
    .help = 韓国の生産者への政府資金（2020〜22年に5兆ウォン超）：これがあれば、時期の決まった韓国の生産能力増強がすべて実現します。なければ、企業が自力でも建設したであろう割合（パラメーター）だけが実現します。
measure-diversification = 調達先多角化の推進
    .help = 中国、台湾、ベルギー、米国の供給者の認定を政府が後押しすると、買い手は第三国からの供給の認定にいっそう力を入れます。
measure-dialogue = 輸出管理政策対話
    .help = 局長級の輸出管理政策対話は、続いている間、緊張の一定の割合を取り除きますが、緊張が2019年以前の水準を下回ることはありません。政治的圧力がゼロより大きい場合は審査の留め置きが短くなり、企業は措置の継続期間をより短く予想します。2016年6月以来初めて、2019年12月16日に再開されました。

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
state-on = 実施
state-frozen = 中断
state-resumed = 再開

side-japan = 日本の措置
side-korea = 韓国の対応
side-both = 対話

## プリセット

preset-baseline = ベースライン（措置なし）
    .description = 措置なし：2018年と同じように貿易が続き、需要は韓国の半導体生産に連動します。
preset-history = 実際の経過
    .description = 2019年7月の個別許可から2023年の解除まで、実際に起きたとおりの紛争。
preset-escalation = 激化
    .description = 2019年11月にGSOMIAが終了し、対話はなく、WTOパネルが進み、何も解除されません。
preset-settlement = 2019年12月に決着
    .description = 2019年12月の対話までは実際のとおりで、そこで紛争が決着します：包括許可とグループAに戻ります。
preset-no_localization = 韓国の国産化なし
    .description = 実際のとおりですが、韓国は国産化プログラムも調達先多角化の推進も行いません。
preset-licensing_only = 輸出許可のみ
    .description = 2019年7月から2023年3月までの日本の個別許可だけ。ホワイト国の変更も韓国政府の対応もありません（それでも企業は自ら調達先の多角化と国産化を進めます）。

## パラメーターのグループ

group-licensing = 輸出許可
group-climate = 政治情勢と予想
group-korean_response = 韓国のプログラム
group-market = 市場
group-inventory = 在庫
group-substitution = 代替

## パラメーター

param-notice_days = 規制が発効するまでの予告期間
    .unit = 日
    .help = より厳しい許可制度の発表から発効までの日数。買い手は発表の時点から待ち時間が長くなると予想し、供給者がすぐに出荷できる分を引き取ります。
param-review_cap_days = 1回の許可審査の標準的な上限
    .unit = 日
    .help = 技術的審査1回にかかる期間の、公表された上限。政治的な保留はこの上限に縛られません。
param-review_min_days = 許可審査の最短期間
    .unit = 日
    .help = 申請からこの日数が経つまでは許可は出ません。審査に最低限かかる時間（むだ時間）です。
param-renewal_lead_days = 有効期限前の更新申請（当初）
    .unit = 日
    .help = 許可の有効期限が切れる何日前に更新を申請するか。買い手が実際に経験する待ち時間から学ぶ前の値です。更新がこれより長くかかると空白が生じます。
param-individual_validity_months = 個別許可の有効期間
    .unit = か月
    .help = 個別許可はこの期間の後に更新が必要です。包括許可は3年間有効です。
param-contract_months = 許可を受ける1件の契約でまかなう使用量
    .unit = か月
    .help = 許可を待つ間、買い手は規制対象となる日本からの供給のうち、この月数分に当たる契約を1件だけ許可申請に回し、それ以上の発注は先送りします。
param-special_bulk_processing_days = 特別一般包括許可での出荷ごとの追加手続き
    .unit = 日
    .help = 特別一般包括許可の下で（または韓国がグループBにある間の包括許可で）出荷ごとに加わる手続きの日数。
param-documentation_learning_months = 輸出者の申請書類への習熟
    .unit = か月
    .help = 技術的審査の仮説：輸出者が審査側の求めるものを学び、審査1回が許可で終わる割合が高まっていく速さを表す時定数。
param-political_lever_days = 政治的圧力：緊張が最大のときの審査の上乗せ
    .unit = 日
    .help = 政治的圧力の仮説：緊張が最も高いとき、技術的審査を超えて審査が留め置かれる日数。ゼロは日本の説明（審査は技術的なものだった）、ゼロより大きい値は韓国の説明（審査は圧力の手段だった）に当たります。
param-dialogue_relief = 対話が続く間に和らぐ緊張
    .unit = （割合）
    .help = 局長級の対話が再開されて続いている間に取り除かれる緊張の割合。
param-expectation_months = 経験した待ち時間から学ぶまでの期間
    .unit = か月
    .help = 買い手が予想するリードタイムと許可の待ち時間は、この時定数で実際の経験に追随します（適応的期待）。
param-expected_duration_months = 措置の予想継続期間
    .unit = か月
    .help = 緊張がないとき、企業が規制はどれだけ続くと予想するか。予想が長いほど別の供給者の認定が割に合います。
param-duration_climate_elasticity = 緊張に対する予想継続期間の反応
    .unit = （割合）
    .help = 予想継続期間は緊張が最大のときこの割合だけ延びます。
param-localization_intensity = 国産化プログラムの強度
    .unit = 倍（2019年のプログラム比）
    .help = プログラムが実施されている場合、時期の決まった韓国の生産能力増強のうちプログラムが支える部分にこの倍率を掛けます。
param-private_localization_share = プログラムなしの国産化
    .unit = （割合）
    .help = 時期の決まった韓国の生産能力増強のうち、政府資金がなくても企業が建設したであろう割合。
param-private_diversification_share = 推進策なしの多角化
    .unit = （割合）
    .help = 政府の推進策がなくても企業が行う第三国の供給者への移行の割合。
param-structural_diversification_share = 第三国からの購入のうち残る割合
    .unit = （割合）
    .help = 日本の許可が出ている間も残る、第三国からの追加購入の割合。残りは日本からの供給が止まっている間だけ続きます。
param-restock_months = 在庫と供給ラインを修正するまでの期間
    .unit = か月
    .help = 買い手は在庫の過不足と、納入待ちの発注の過不足を、この月数をかけて解消します（アンカリングと調整）。
param-precaution_cap_weeks = 買い手が求める追加在庫の上限
    .unit = 週
    .help = 許可待ちに備える安全在庫は、需要のこの週数分が上限です。
param-japan_requalification_months = 日本からの供給の再認定にかかる期間
    .unit = か月
    .help = 多角化する理由がなくなると、第三国からの追加供給はこの時定数で日本からの供給に置き換わっていきます。
param-activity_elasticity = 半導体・ディスプレイの生産1単位あたりの素材使用量
    .unit = （弾力性）
    .help = 需要は、生産指数の2018年平均からの変化のこの割合だけ動きます。
param-korean_capacity_scale = 韓国の生産能力増強の規模
    .unit = 倍（data/drivers比）
    .help = 時期の決まった韓国の生産能力増強をすべてこの倍率で拡大・縮小します。規模は一部が仮定に基づくため、モンテカルロ法でその幅を探ります。
param-demand_t = 韓国の需要（2018年平均）
    .unit = トン／月
    .help = 2018年に韓国のユーザーが必要としていた月あたりのトン数（輸入換算）。生産指数による変動を加える前の値です。
param-jp_share_2018 = 2018年の供給に占める日本の割合
    .unit = （割合）
    .help = 紛争前に韓国の供給のうち日本から来ていた割合（数量ベース）。残りは第三国からでした。
param-controlled_share = 規制対象となる貿易の割合
    .unit = （割合）
    .help = 日本の出荷のうち規制対象の品質等級に当たり、許可が必要になる割合。
param-price_usd_per_t = 日本からの供給の単価
    .unit = 米ドル／トン
    .help = 日本が輸出したトン数を米ドルに換算します。
param-third_price_usd_per_t = 第三国からの供給の単価
    .unit = 米ドル／トン
    .help = 数量ベースの割合を、貿易統計が示す金額ベースの割合に換算するためだけに使います。
param-inventory_weeks = 平常時に目指す在庫
    .unit = 週
    .help = 許可が不要なときに買い手が在庫として持つ需要の週数。
param-ready_stock_weeks = すぐに出荷できる日本の在庫
    .unit = 週
    .help = 日本の供給者が用意していて、規制前の予告期間内に出荷できる在庫。韓国の需要の週数で表します。
param-review_days = 技術的審査1回の平均期間
    .unit = 日
    .help = 上限を適用する前の、1回の技術的審査の平均期間。
param-approval_probability = 最初の審査での許可
    .unit = （確率）
    .help = 審査で何が求められるかを輸出者が学ぶ前に、審査1回が許可で終わる確率。そうでなければ追加の書類が求められ、新たな審査が始まります。
param-jp_lead_days = 日本での生産と輸送
    .unit = 日
    .help = 許可待ちがない場合の、日本への発注から納品までの日数。日本からの出荷段階の遅れに当たります。
param-third_extra_lead_days = 第三国からの追加リードタイム
    .unit = 日（日本比）
    .help = 中国、台湾、ベルギー、米国のいずれかへの発注が日本への発注より余計にかかる日数。
param-domestic_extra_lead_days = 韓国の生産者からの追加リードタイム
    .unit = 日（日本比）
    .help = 韓国の工場への発注が日本への発注より余計にかかる日数。
param-third_max_share = 第三国が担える追加供給の上限
    .unit = （需要に対する割合）
    .help = 買い手が本格的に取り組んだ場合に移せる、2018年の水準を超える第三国からの追加供給。
param-third_qualification_months = 第三国の供給者の認定
    .unit = か月
    .help = 新しい海外の供給源を生産ラインで使えるようになるまでの平均月数（3次の遅れ）。
param-domestic_ramp_months = 韓国の工場の立ち上げ
    .unit = か月
    .help = 時期の決まった韓国の生産能力増強が、その規模に達するまでの時定数。
param-recycling_share = リサイクルと効率化で節約される使用量
    .unit = （需要に対する割合）
    .help = 規制によって割に合うようになったとき、リサイクルや使用量の削減で節約される需要の割合。韓国の工場の立ち上げ期間をかけて達成されます。
param-feedstock_import_share = 輸入原料でつくられる韓国の生産量
    .unit = （割合）
    .help = 韓国の新たな生産1トンあたりの第三国産原料のトン数。この原料は、輸入に占める日本の割合では第三国からの輸入として数えられます。

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

chart-summary-series = { $title }（単位：{ $unit }）：2018年1月は{ $start }、最大は{ $peak-month }の{ $peak }、2023年12月は{ $end }。ベースラインの最大は{ $baseline }。
chart-summary-supply = { $title }（単位：{ $unit }）：2023年12月には、需要{ $demand }に対し、韓国の生産者から{ $domestic }、第三国から{ $third }、日本から{ $japan }。
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
warning-needs-lesson = 授業が含まれるときだけ有効なため無視しました

## 授業

lesson-start = ガイド付きストーリー
lesson-label = 授業
lesson-look-label = 注目
colon = ：
list-separator = 、
lesson-guess-in = あなたの予想（{ $unit }）
unit-days = 日
unit-tonnes = トン
unit-percent = %
lesson-hidden-note = 答えを見るまで、ページ上のこの数値は隠してあります。まず予想してみましょう。
lesson-model-answer = モデルの答え：{ $answer }
lesson-range-pending = （起こりうる範囲を計算中…）
lesson-range-edited = （起こりうる範囲なし：画面のシナリオがこのステップのものから変わっています）
lesson-your-guess = あなたの予想：{ $guess }、差は{ $off }（{ $percent }%）。
lesson-compared = 問いで変えた条件がなければ：{ $other }。
lesson-print = ワークシートを印刷
handout-name = 名前：____________________　クラス：____________
handout-prediction = 私の予想（{ $unit }）：____________
handout-why = そう考える理由
hidden-figure = 授業の問いに答えるまで隠されています
hidden-chart = このグラフは授業の問いが尋ねている数値を示します。答えを見ると表示されます。
hidden-sentences = 授業の問いが尋ねている数値を含む文は、答えを見ると表示されます。
qr-button = QRコード
qr-title = QRコード：{ $what }
qr-label = { $what }を開くQRコード
qr-close = 閉じる
qr-step = この授業のステップ{ $n }
qr-this-scenario = このシナリオ
qr-too-long = このリンクは{ $bytes }バイトあり、プロジェクターに映してスマートフォンで読み取れるQRコード（バージョン{ $version }まで）には長すぎます。リンクかファイルで共有してください。
qr-no-link = このページのリンクは共有するには長すぎるため、QRコードはありません。
lesson-preview = プレビュー：生徒に表示されるステップ
lesson-new-step = 新しいステップ
lesson-editing = ステップ{ $n }を編集中：画面のシナリオか各欄を変えてから保存してください
lesson-save-step = 画面のシナリオでステップを保存
lesson-cancel-edit = 編集をやめる
lesson-compare = 答えと比べるシナリオ
lesson-explain = 解説（答えと一緒に表示）
lesson-explain-help = モデルの答え、比較するシナリオの数値、その差には、それぞれ{"{"}answer{"}"}、{"{"}compare{"}"}、{"{"}change{"}"}と書いてください。
lesson-has-question = （問いあり）
lesson-move-up = ステップ{ $n }を上へ
lesson-move-down = ステップ{ $n }を下へ
lesson-edit = ステップ{ $n }を編集
lesson-edit-short = 編集
lesson-edit-story = 組み込みのストーリーを編集
lesson-edit-followed = いま進めている授業を編集
lesson-writer-loaded = { $title }（{ $count }ステップ）を読み込みました。編集できます。
lesson-writer-replace = 作成中の{ $count }ステップと入力中の内容を、{ $title }の{ $new }ステップで置き換えますか？
lesson-writer-replace-yes = 置き換える
lesson-writer-replace-no = 作成中の内容を残す
lesson-writer-replace-typed = 入力中のタイトルとステップを、{ $title }の{ $new }ステップで置き換えますか？
lesson-writer-edit-unsaved = 作成中のステップに保存していない変更があります。変更を破棄してステップ{ $n }を編集しますか？
lesson-compare-kept = 授業ファイルにあるシナリオ
lesson-step-of = ステップ{ $n } / { $count }
lesson-jump = ステップへ移動
lesson-back = 戻る
lesson-next = 次へ
lesson-close = 授業を終了
lesson-reveal = 答えを見る
lesson-refused = この授業は使えません：{ $reason }
lesson-writer = 授業を作成
lesson-writer-help = 操作パネルでシナリオを設定し、説明を書いてステップとして追加します。テキストはページの言語で記録されます。授業ファイル（JSON）には3言語すべてを入れられます。
lesson-title-field = 授業のタイトル
lesson-step-title = ステップのタイトル
lesson-step-text = ステップの説明
lesson-control = 注目する項目
lesson-chart = 注目するグラフ
lesson-none = なし
lesson-ask = 問いを出す
lesson-prompt = 問い
lesson-material = 品目
lesson-figure = 数値
lesson-add = 表示中のシナリオをステップとして追加
lesson-remove = ステップ{ $n }を削除
lesson-download = 授業ファイルをダウンロード（JSON）
lesson-open = この授業を開く
lesson-load = 授業ファイルを読み込む（JSON）
lesson-steps-count = { $count }ステップ
lesson-writer-full = 授業に入れられるステップは{ $max }個までです。追加するには、どれかを削除してください。
lesson-writer-refused = このステップは追加できません：{ $reason }
lesson-writer-not-kept = この授業はこのままでは使えません：{ $reason }
lesson-guess-not-number = 数値を入力してください。
lesson-guess-out-of-range = { $min }から{ $max }までの数値を入力してください。

## 授業を使えない理由（「この授業は使えません：」に続く）

lesson-error-too-large = 授業ファイルは{ $bytes }バイトで、上限の{ $max }バイトを超えています
lesson-error-not-lesson = 授業ファイルの形式ではありません（{ $reason }）
lesson-error-format = 形式が「{ $format }」で、「chokepoint-lesson」ではありません
lesson-error-version = バージョン{ $version }の授業ファイルには対応していません。このページが読めるのはバージョン1です
lesson-error-steps = 授業のステップは1〜{ $max }個までですが、{ $count }個あります
lesson-error-unreadable = ファイルを読み込めませんでした（{ $reason }）
lesson-error-no-text = { $path }：どの言語のテキストもありません
lesson-error-language = { $path }：「{ $value }」はこのページの言語（en、ja、ko）ではありません
lesson-error-text-too-long = { $path }：{ $max }文字を超えています
lesson-error-link = { $path }：{ $problem }
lesson-error-control = { $path }：「{ $value }」は措置でもパラメーターでもありません
lesson-error-chart = { $path }：「{ $value }」はグラフではありません
lesson-error-material = { $path }：「{ $value }」は品目ではありません
lesson-error-figure = { $path }：「{ $value }」は問いにできる数値ではありません

## Results first: layout, history, readouts
invite-heading = はじめての方へ
invite-text = 8つの短いステップで2019年の紛争をたどります。各ステップがシナリオを設定し、予想を尋ねてから、モデルの答えを見せます。
invite-story = ガイド付きストーリーを始める
invite-explore = あとで
undo = 元に戻す
redo = やり直す
undo-label = 直前の変更を元に戻す（Ctrl+Z）
redo-label = やり直す（Shift+Ctrl+Z）
history-label = 元に戻す・やり直す
tools = 共有と保存
open-controls = 措置を変える
close-controls = 設定を閉じる
show-dates = すべての日付を表示
range-title-calibrated = 起こりうる範囲：不確かな前提を変えて{ $draws }回計算し、各計算を2018〜2019年のデータの再現度で重み付けした10〜90パーセンタイル
range-title-assumptions = 起こりうる範囲：不確かな前提を変えて{ $draws }回計算し、すべて同じ重みで数えた10〜90パーセンタイル
range-note = （起こりうる範囲{ $low }〜{ $high }）
since-last = 直前の変更で{ $change }
unchanged-since-last = 直前の変更では変わらず
last-change = 直前の変更：
against-baseline = 措置がまったくない場合との比較
legend-before = この変更の前
event-key-item = { $date } — { $changes }
event-key-change = { $measure } → { $state }
events-key = グラフの番号付きの線
readout-hint = グラフを指すか、タップするか、フォーカスして矢印キーを使うと、その月のすべての線の値が読めます。
export-credit = Chokepoint：2019年の日韓輸出管理紛争のモデル。モデル、パラメーター、出典はページの「モデルについて」にあります。

## Measures: simple mode and schedule notes

schedule-sorted = 変更は日付順に並びます：{ $date }の変更は{ $before }の変更より前になりました。
schedule-same-date = { $date }に複数の変更が重なりました：一覧で後にある「{ $state }」への変更だけを残します。
schedule-redundant = { $date }の「{ $state }」への変更は削除されました：{ $measure }は{ $since }からすでに「{ $state }」です。
schedule-redundant-start = { $date }の「{ $state }」への変更は削除されました：{ $measure }は最初の変更までは「{ $state }」です。
schedule-over-cap = 上限の{ $max }件を超える{ $dropped }件の変更は削除されました。
schedule-date-needed = 変更には{ $first }から{ $last }までの日付が必要です。この変更は{ $date }のままです。
schedule-note-dismiss = 閉じる
schedule-note-dismiss-label = このお知らせを閉じる
measure-history-line = 実際の経過：{ $changes }
measure-history-change = { $date }から{ $state }
measure-history-separator = {"、"}
measure-edited = 日付を編集済み
measure-edit-dates = 日付を編集
measure-simple = 簡易表示

## What the last edit did

edit-effect-none = { $material }：影響はありません。
edit-effect-from = { $material }：{ $month }より前には影響がなく、それ以降、{ $changes }。
edit-effect-throughout = { $material }：{ $changes }。
edit-effect-and = { $first }、{ $second }
edit-effect-peak-unchanged = リードタイムの最大値は変わらず
edit-effect-peak-longer = リードタイムの最大値 +{ $days }日
edit-effect-peak-shorter = リードタイムの最大値 −{ $days }日
edit-effect-exports-more = 日本の輸出減少{ $tonnes }トン拡大
edit-effect-exports-fewer = 日本の輸出減少{ $tonnes }トン縮小
cards-caption = リードタイムの最大値（起こりうる範囲）・品目をタップするとグラフを表示

## 不確かさを左右する前提（ソボル指数）

chart-title-drivers = { $figure }の不確かさを左右する前提：{ $material }
drivers-figure-peak = リードタイムの最大値
drivers-figure-exports-lost = 日本の輸出の減少
drivers-figure-jp-share = 2023年末の輸入に占める日本の割合
drivers-figure-label = 指標
drivers-value = { $total }（単独で{ $first }）
drivers-empty = このシナリオでは{ $figure }がほとんど変わらないため、その不確かさを左右する前提はありません。
drivers-pending = どの前提の影響が大きいかを計算中…
drivers-progress = { $runs }回の計算のうち{ $percent }%
caption-drivers = { $figure }の分散のうち各前提が説明する割合。棒全体は他の前提との相互作用を含む割合（総効果指数）、濃い部分はその前提単独で説明する割合（一次指数）です。不確かな前提{ $varied }件のうち上位{ $shown }件を示します。各前提はそれぞれの区間で変化させ、シナリオとベースラインの計算を{ $runs }組行いました（サルテリ法、n = { $n }、シード{ $seed }）。割合は推定値で、誤差はおよそ2ポイントです。
chart-summary-drivers = { $title }：最も影響が大きいのは{ $param }で、{ $value }。
table-assumption = 前提
table-total-index = 総効果指数
table-first-index = 一次指数
driver-badge = 影響度{ $rank }位
driver-badge-title = { $figure }（{ $material }）の分散のうち、相互作用を含めて{ $share }を説明します
group-drivers = 影響上位{ $count }件
sort-influence = 影響の大きい順に並べる
chart-drivers = 不確かさを左右する前提

## 表示する帯

band-calibrated = 帯は、不確かな前提を変えた{ $draws }回の計算を2018〜2019年のデータの再現度で重み付けしたとき、中央の80%が入る範囲です。
band-assumptions = 帯は、不確かな前提を変えた{ $draws }回の計算（すべて同じ重み）のうち、中央の80%が入る範囲です。
bands-choice = 帯と範囲
bands-calibrated = 2018〜2019年のデータでキャリブレーション
bands-assumptions = 前提のみ
bands-calibrated-note = { $draws }回の計算のうちデータに最も近い4分の1を、当てはまりで重み付けして採用（同じ重みの計算{ $ess }回分に相当）
bands-calibrated-note-plain = { $draws }回の計算のうちデータに最も近い4分の1を、当てはまりで重み付けして採用
bands-assumptions-note = 前提をそれぞれの区間で変えた{ $draws }回の計算（すべて同じ重み）

## モデルはどれくらい確かか

checks-title = モデルはどこまで信頼できるか
checks-updating = 画面の前提で照合し直しています。下の数値は直前の前提によるものです。
checks-pending = 観測データとモデルを照合しています…
checks-summary = サンプル内（2018〜2019年、モデルのキャリブレーションに使ったデータ）：キャリブレーション済みの帯では、観測値{ $count }件のうち{ $inside }件がモデルの起こりうる範囲に入ります（前提のみの帯では{ $inside-assumptions }件）。キャリブレーション済みの帯は{ $draws }回の計算のうち{ $kept }回を採用しており、重みを考慮すると同じ重みの計算{ $ess }回分（有効サンプルサイズ）に相当します。
checks-at = モデルの数値は、実際の経過（日本と韓国の措置は実際のとおり）を画面の前提で計算したものです。起こりうる範囲は、モデルの10〜90パーセンタイルを、各観測値の許容誤差の分だけ広げたものです。
hypotheses-title = 長い許可待ちについての二つの説明
hypotheses-intro = 韓国側の説明：許可待ちは政治的緊張に応じて長くなった（政治的圧力、推定値{ $lever }日）。日本側の説明：審査は技術的なものだった（政治的圧力を0とし、ほかのパラメーターを推定し直したもの）。乖離度は、キャリブレーションに使った{ $targets }件の数値との標準化した差の二乗和で、小さいほどデータに近いことを示します。二つの説明の乖離度の差は、正式な統計的検定ではありません。どちらも、画面のほかの前提で計算しています。
hypothesis-fitted = 政治的な保留を含めて推定（韓国側の説明）
hypothesis-technical_only = 技術的審査のみ（日本側の説明）
hypothesis-use-label = この説明を使う：{ $account }
hypothesis-in-use = 使用中
table-account = 説明
table-fit = 乖離度（{ $targets }件）
table-licence-fit = 乖離度（許可日5件）
table-use = 使用
checks-in-sample = サンプル内：2018〜2019年
checks-in-sample-note = これらの数値はモデルのキャリブレーションに使ったものなので、一致しても、モデルがこのデータに合わせてあることを示すだけで、予測力があることを示すものではありません。
checks-out-of-sample = サンプル外：2020〜2023年
checks-out-of-sample-note = このプロジェクトには2019年より後の観測値がありません。以下はモデルによる日本の対韓輸出の予測で、各年の貿易統計と照合して検証するためのものです。
table-observation = 観測項目
table-observed = 観測値
table-model = モデル
table-likely-range = 起こりうる範囲
table-inside = 範囲内か
table-source = 出典
table-prediction = 予測
check-inside-yes = はい
check-inside-no = いいえ
check-not-fitted = （参考値・キャリブレーションには不使用：規制対象より広い貿易品目コード）
check-no-observation = このプロジェクトにはなし
check-months = { $first }〜{ $last }
check-span = { $low }〜{ $high }
check-year = { $year }年
check-tonnes-japan = 日本から韓国への{ $material }の輸出量（{ $period }）
check-tonnes-japan-average = 日本から韓国への{ $material }の輸出量（{ $period }、月平均）
check-tonnes-korea = 韓国の対日{ $material }輸入量（{ $period }）
check-value = 韓国の対日{ $material }輸入額（{ $period }）
check-share-value = 韓国の{ $material }の輸入に占める日本の割合（{ $period }、金額ベース）
check-share-volume = 韓国の{ $material }の輸入に占める日本の割合（{ $period }、数量ベース）
check-licence = { $material }：2019年7月4日から買い手の{ $share }%が許可を得るまでの日数
check-shortfall = { $material }：2018〜2019年の供給不足（需要比、韓国の生産ラインは止まらず）
check-prediction = 日本から韓国への{ $material }の輸出量（{ $year }年）
tonnes-a-month = 月{ $tonnes }トン
source-external = （外部のサイト、新しいタブで開きます）
source-own-data = （URLなし：下の観測データを参照）
observed-data-title = 観測データ
observed-sources = 観測値の出典
source-no-address = URLは見つかっていません
observed-data-note = 上のすべての観測値（許容誤差と出典のURL付き）と、この照合結果（モデルの値付き）を、CSVファイルでダウンロードできます。
download-observed = 観測データをダウンロード（CSV）
download-checks = この照合結果をダウンロード（CSV）
