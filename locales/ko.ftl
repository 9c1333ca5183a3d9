## Chokepoint: 한국어

page-title = Chokepoint: 2019년 한일 수출규제 분쟁 시뮬레이터
tagline = 2019년 한일 수출규제 분쟁을 시뮬레이션합니다. 수출 허가 제도, 화이트리스트, 외교, 그리고 한국의 대응이 불화수소·포토레지스트·플루오린 폴리이미드의 리드타임과 교역량을 어떻게 움직였는지 보여 줍니다.
embed-tagline = 2019년 한일 수출규제 분쟁 시뮬레이션
open-full = 전체 시뮬레이터 열기 ↗
language = 언어
footer = 모든 수치는 문서화된 모델로 이 브라우저 안에서 계산됩니다. 여기서 하는 작업은 어디에도 전송되지 않습니다.
about-summary = 모델 소개: 작동 방식, 매개변수, 출처, 검증
about-language-note = 모델 설명 문서는 영어로 쓰여 있습니다.

## 알림

notice-link = 이 링크의 일부를 사용할 수 없어 기본값으로 두었습니다:
notice-file = 이 파일의 일부를 사용할 수 없어 기본값으로 두었습니다:
notice-saved = 이 저장한 시나리오의 일부를 사용할 수 없어 기본값으로 두었습니다:
notice-message = 삽입한 페이지가 보낸 시나리오의 일부를 사용할 수 없어 기본값으로 두었습니다:
dismiss = 닫기

## 프리셋과 조작

presets-label = 준비된 시나리오
preset-reset = 기준선으로 되돌리기
own-scenario = 나만의 시나리오: 프리셋을 수정했습니다.
controls-label = 조치와 가정
controls-locked-note = 이 시나리오의 설정 (변경 불가)
assumptions = 시장 가정
assumptions-help = 모델이 쓰는 모든 수치와 그 출처입니다. 음영 띠는 불확실한 값을 바꿔 본 범위입니다.
reset-changed = 바꾼 가정 { $count }개 되돌리기
changed-badge = { $count }개 변경
param-of-material = { $label } ({ $material })
param-default = 기본값은 { $value }입니다. { $source }
param-value = { $value }{ $unit }
change-state = { $measure }: 상태
change-from = { $measure }: 시작일
from = 시작
remove-change = { $measure }의 이 변경 삭제
add-change = 변경 추가
schedule-full = 한 조치에는 변경을 최대 { $max }개까지 둘 수 있습니다. 더 추가하려면 하나를 지우세요.
show-all-changes = 변경 { $count }개 모두 보기({ $hidden }개 더)
state-throughout = 전 기간 { $state }.
timeline-segment = { $measure }: { $date }부터 { $state }

## 결과

results-label = 결과
headlines-label = 주요 수치
figure-peak = 최대 리드타임
figure-exports-lost = 일본 수출 감소
figure-shortfall = 공급 부족이 있었던 달 수
figure-jp-share = 수입 중 일본 비중 (2023년 12월)
figure-licence-wait-2020 = 신규 허가 대기 일수 (2020년 평균)
days = { $count ->
   *[other] { $days }일
}
tonnes = { $tonnes }톤
percent = { $value }%
vs-baseline = 기준선 대비 { $above }, { $month }
what-changed = 무엇이 달라졌나
attribution-pending = 어떤 조치가 얼마나 영향을 주었는지 계산하는 중…
download-svg = SVG 내려받기
download-png = PNG

## 무엇이 달라졌나

finding-unchanged = { $material }: 리드타임이 기준선 수준인 약 { $days }일에 머뭅니다.
finding-peak = { $material } 리드타임은 { $month }에 { $days }일로 가장 길며, 기준선보다 { $above }일 깁니다.
finding-peak-domestic = { $material } 리드타임은 { $month }에 { $days }일로 가장 길며, 기준선보다 { $above }일 깁니다. { $domestic-month }까지 한국 생산자가 수요의 { $share }%를 공급합니다.
finding-exports = 일본의 대한국 { $material } 수출은 2018~2023년에 { $tonnes }톤({ $money }) 줄고, 기간 말 한국의 수입 중 일본 비중은 { $share }%입니다.
finding-shortfall = 한국의 { $material } 사용자는 { $months }개월 동안 공급 부족을 겪습니다.

## 그래프

chart-title-lead-time = 리드타임: { $material }
chart-title-jp-exports = 일본의 대한국 수출: { $material }
chart-title-supply = 한국의 공급원별 공급: { $material }
chart-title-inventory = 재고: { $material }
chart-title-attribution = 최대 리드타임을 끌어올린 요인: { $material }
axis-days = 일
axis-tonnes-month = 톤/월
axis-weeks = 수요 주 수
legend-scenario = 시나리오
legend-a = A: 이 시나리오
legend-b = B: { $name }
legend-baseline = 기준선 (조치 없음)
legend-band = p10~p90
legend-band-updating = p10~p90 …
legend-observed = 실측치
legend-domestic = 한국 생산자
legend-third = 제3국
legend-japan = 일본
legend-shortfall = 공급 부족
legend-demand = 수요
attribution-empty = 이 시나리오에는 조치가 없습니다.
attribution-value = { $value }일
caption-lead-time = 한국의 { $material } 구매자가 주문해서 받기까지의 일수. 주문했지만 아직 도착하지 않은 양(허가 대기 중이거나 운송 중인 것)을 하루 납품량으로 나누어 잽니다. { $band } 세로선은 시나리오에서 날짜가 정해진 변경을 나타냅니다.
caption-jp-exports-observed = 일본에서 매월 출하된 톤 수. 삼각형은 실측치입니다(화면에서는 포인터를 올리거나 포커스하면 출처가 보입니다). { $band }
caption-jp-exports = 일본에서 매월 출하된 톤 수를 기준선과 비교한 것. { $band }
caption-supply = 한국의 공급이 매월 어디에서 왔는지. 점선은 수요입니다. 수요를 넘는 공급은 재고가 됩니다(예방적 추가 구매, 재고 보충).
caption-supply-a = 시나리오 A에서 한국의 공급이 매월 어디에서 왔는지. 점선은 수요입니다. 수요를 넘는 공급은 재고가 됩니다(예방적 추가 구매, 재고 보충).
caption-inventory = 매월 말 한국의 재고를 그달 수요의 주 수로 나타냅니다. 재고가 바닥나면 공급 부족이 시작됩니다. { $band }
caption-attribution = 최대 리드타임이 { $from }일에서 { $to }일로 오른 몫 가운데 각 조치의 기여(섀플리 값). 기여를 모두 더하면 전체 상승분이 됩니다. 일본 수출 감소: { $lost }.
attribution-lost-item = { $measure } { $tonnes }톤
observed-note = 실측 { $period }: { $value }톤. 출처: { $source }
observed-note-with = 실측 { $period }: { $value }톤. 출처: { $source } ({ $note })
observed-average = { $first }~{ $last } (월평균)

## 비교

compare-heading = 비교
compare-help = 이 시나리오를 바꾸는 동안 다른 시나리오를 그래프에 함께 둡니다.
compare-with = 비교 대상
compare-current = 지금의 이 시나리오
compare-start = 비교하기
compare-a = A (실선): 조작 패널에서 편집하는 시나리오.
compare-b = B (검은 점선): { $name }.
compare-edited = 편집한 시나리오
compare-swap = A와 B 바꾸기 (B 편집)
compare-stop = 비교 그만하기
compare-figures = 주요 수치
compare-material = 품목
compare-peak-a = 최대 리드타임, A
compare-peak-b = 최대 리드타임, B
compare-lost-a = 일본 수출 감소, A
compare-lost-b = 일본 수출 감소, B
compare-peak-when = , { $month }
compare-same = A와 B의 설정이 같습니다.
compare-differ = 다른 설정 { $count }개
compare-setting = 설정
schedule-throughout = 전 기간 { $state }
schedule-from-start = 처음부터 { $state }
schedule-from = { $date }부터 { $state }

## 공유, 내려받기, 삽입

share-label = 공유와 내려받기
copy-link = 링크 복사
link-copied = 링크를 복사했습니다.
copy-by-hand = 이 링크를 복사하세요:
download-csv = 데이터 내려받기 (CSV)
save-json = 시나리오 저장 (JSON)
load-json = 시나리오 불러오기
open-embed = 삽입…
embed-title = 이 시나리오를 수업 페이지에 삽입하기
embed-controls = 조작 패널
embed-charts = 그래프
embed-language = 언어
embed-language-reader = 읽는 사람의 브라우저 언어
embed-height = 높이 (픽셀)
embed-paste = 다음 코드를 수업 페이지에 붙여 넣으세요:
embed-copy = 코드 복사
embed-copied = 코드를 복사했습니다.
embed-open = 삽입 화면 열기
embed-close = 닫기
embed-preview = 미리 보기:
embed-preview-title = 삽입 화면 미리 보기
embed-iframe-title = Chokepoint: 2019년 한일 수출규제 분쟁 시뮬레이터

## 저장한 시나리오

saved-summary = 저장한 시나리오 ({ $count })
saved-name = 이름
saved-placeholder = 내 시나리오
saved-save = 이 시나리오 저장
saved-load = 불러오기
saved-delete = 삭제
saved-delete-label = { $name } 삭제
saved-unavailable = 이 브라우저에서는 시나리오를 저장할 수 없습니다.
saved-unreadable-kept = 저장한 시나리오를 읽을 수 없습니다: { $reason }. 이 브라우저 저장소에 '{ $key }'(으)로 따로 보관했습니다. 새 목록을 시작했습니다.
saved-not-written = 이 브라우저에 변경 내용을 저장하지 못했습니다(저장 공간이 가득 찼을 수 있습니다). 저장한 시나리오는 그대로입니다.
saved-unreadable-left = 저장한 시나리오를 읽을 수 없습니다: { $reason }. 따로 보관할 공간이 없어 '{ $key }'에 그대로 두었습니다. 공간이 생길 때까지 목록을 바꿀 수 없습니다.
saved-too-large = 저장하지 않았습니다: 목록이 { $bytes }바이트가 되어 이 페이지가 읽을 수 있는 최대 크기 { $max }바이트를 넘습니다. 먼저 시나리오를 몇 개 삭제하세요.
saved-reason-too-large = { $bytes }바이트로, 이 페이지가 읽을 수 있는 { $max }바이트를 넘습니다
saved-reason-not-list = 이 페이지가 쓴 목록이 아닙니다({ $reason })
saved-reason-version = 알 수 없는 버전({ $version })입니다

## 파일

file-too-large = 파일이 { $bytes }바이트로, 시나리오 파일의 최대 크기 { $max }바이트를 넘습니다.
file-not-scenario = Chokepoint 시나리오 파일이 아닙니다 ({ $reason }).
file-wrong-format = 파일 형식이 'chokepoint-scenario'가 아니라 '{ $format }'입니다.
file-wrong-version = 버전 { $version }의 시나리오 파일은 지원하지 않습니다. 이 페이지는 버전 1을 읽습니다.
file-link-too-long = 파일의 링크가 { $bytes }바이트로, 이 페이지가 읽을 수 있는 { $max }바이트를 넘습니다. 파일을 불러오지 않았으며 화면의 시나리오는 그대로입니다.
file-link-damaged = 파일 링크의 압축된 부분을 읽을 수 없습니다. 파일을 불러오지 않았으며 화면의 시나리오는 그대로입니다.
file-unreadable = 파일을 읽을 수 없습니다 ({ $reason }).

## 링크(파일, 메시지)에서 쓰지 못한 부분

warning-too-long = 링크가 { $bytes }바이트로 허용 한도 { $max }바이트를 넘습니다. 기본 시나리오를 보여 줍니다.
warning-version = 링크 버전 '{ $version }'을(를) 알 수 없어 버전 { $current }(으)로 읽었습니다
warning-preset = '{ $value }'은(는) 프리셋이 아닙니다 ({ $known }). 기준선을 사용합니다
warning-state = '{ $item }' 무시: '{ $value }'은(는) { $known } 중 하나가 아닙니다
warning-date = '{ $item }' 무시: '{ $value }'은(는) 2018-01~2023-12 사이의 날짜가 아닙니다
warning-clamped = { $value }은(는) 범위 { $min }..{ $max }{ $unit }을(를) 벗어납니다. { $applied }을(를) 사용합니다
warning-not-number = '{ $value }'은(는) 숫자가 아닙니다. 기본값 { $default }을(를) 사용합니다
warning-unknown = 알 수 없는 설정이라 무시했습니다
warning-retired = 이 설정은 현재 모델에 없습니다(버전 { $version } 링크에는 있었습니다). 무시했습니다
warning-too-many-changes = 한 조치에는 변경을 최대 { $max }개까지 둘 수 있어, 그 뒤의 변경 { $count }개({ $dropped }부터)를 뺐습니다
warning-packed = 링크의 압축된 부분을 읽을 수 없어 무시했습니다. 링크를 복사할 때 잘렸거나, 링크에 담을 수 있는 크기보다 크게 풀릴 수 있습니다
warning-not-in-file = 시나리오 파일에는 시나리오 하나만 담깁니다. 링크의 이 부분은 쓰지 않았습니다
warning-step-from-one = { $value }은(는) 단계 번호가 아닙니다(단계는 1부터 셉니다). 첫 단계를 보여 줍니다
warning-same-date = { $date }에 변경이 { $count }개 있습니다. 마지막에 적힌 것만 적용됩니다
refused-too-long = 링크가 { $bytes }바이트로, 받을 수 있는 { $max }바이트를 넘습니다. 아무것도 바꾸지 않았습니다.
refused-unusable = 이 링크는 쓸 수 없습니다({ $problem }). 아무것도 바꾸지 않았습니다.
warning-more = 이 링크에는 목록에 없는 문제가 { $count }개 더 있습니다
link-too-long-to-share = 이 링크는 { $bytes }바이트가 되어 링크에 담을 수 있는 { $max }바이트를 넘으므로(담긴 수업이 너무 깁니다) 내보내지 않습니다. 공유하려면 수업이나 시나리오를 파일로 내려받으세요.
warning-compare-preset = 알 수 없는 설정이라 무시했습니다 (비교할 시나리오의 프리셋은 compare=로 지정합니다)
warning-material = '{ $value }'은(는) 품목이 아닙니다 ({ $known })
warning-one-or-zero = '{ $value }'은(는) 1도 0도 아닙니다
warning-one-of = '{ $value }'은(는) { $known } 중 하나가 아닙니다
warning-chart = '{ $value }' 무시: { $known } 중 하나가 아닙니다
warning-no-chart = 지정한 그래프가 없어 모든 그래프를 보여 줍니다
warning-needs-embed = embed=1일 때만 적용되므로 무시했습니다
warning-language = '{ $value }'은(는) 이 페이지의 언어가 아닙니다 ({ $known })

## 데이터 내려받기

csv-model = Chokepoint 모델 { $version }: 월별 출력 2018-01~2023-12
csv-scenario = 시나리오: { $link }
csv-bands = 띠: { $draws }회 계산, 시드 { $seed }, { $kind ->
    [calibrated] 2018~2019년 데이터에 대한 적합도로 가중
   *[assumptions] 모두 같은 가중치
}
csv-columns = 열: month(월), material(품목), 각 출력(톤, 일, 주, 비중, 미국 달러), 이어서 같은 출력의 조치 없는 값 baseline_, 마지막으로 80% 띠의 _p10과 _p90

## 품목

material-hf = 불화수소
material-photoresist = 포토레지스트
material-polyimide = 플루오린 폴리이미드

## 조치

measure-licensing_hf = 수출 허가: 불화수소
    .help = 개별허가: 불화수소 구매자별 주문은 허가가 나올 때까지 기다립니다(심사는 한 번에 최장 90일, 허가는 약 6개월 유효). 포괄허가에서는 3년 동안 유효한 허가 하나로 모든 거래가 이루어집니다. 2019년 7월 4일 개별허가로 전환(요미우리신문), 2023년 3월 16일 포괄허가로 복귀(일본 경제산업성).
measure-licensing_photoresist = 수출 허가: 포토레지스트
    .help = 개별허가: 포토레지스트 구매자별 주문은 허가가 나올 때까지 기다립니다(심사는 한 번에 최장 90일, 허가는 약 6개월 유효). 특별일반포괄허가에서는 인증된 수출자가 출하마다 추가 서류를 갖춰 출하합니다. 2019년 7월 4일 개별허가로 전환(요미우리신문), 2019년 12월 20일 기업 간 계속 거래에 특별일반포괄허가 적용(연합뉴스), 2023년 3월 16일 포괄허가로 복귀(일본 경제산업성).
measure-licensing_polyimide = 수출 허가: 플루오린 폴리이미드
    .help = 개별허가: 플루오린 폴리이미드 구매자별 주문은 허가가 나올 때까지 기다립니다(심사는 한 번에 최장 90일, 허가는 약 6개월 유효). 포괄허가에서는 3년 동안 유효한 허가 하나로 모든 거래가 이루어집니다. 2019년 7월 4일 개별허가로 전환(요미우리신문), 2023년 3월 16일 포괄허가로 복귀(일본 경제산업성).
measure-white_list = 한국의 화이트리스트 지위
    .help = 그룹 B: 캐치올 규제가 적용되고 일반포괄허가를 쓸 수 없어, 포괄허가는 특별일반포괄허가가 됩니다. 이는 긴장을 이루는 다섯 가지 갈등 고조 단계 가운데 하나이기도 합니다. 한국은 2019년 8월 28일 그룹 B로 옮겨졌고(KBS), 2023년 7월 21일 그룹 A로 돌아왔습니다.
measure-wto_case = WTO 제소
    .help = 한국의 WTO 제소(DS590)는 양자협의나 패널이 진행되는 동안 긴장을 이루는 다섯 가지 갈등 고조 단계 가운데 하나입니다. 2019년 9월 11일 양자협의 요청, 2019년 11월 22일 절차 중단, 2020년 7월 29일 패널 설치, 2023년 3월 23일 철회.
measure-gsomia = GSOMIA
    .help = 군사정보보호협정의 종료 통보나 종료는 긴장을 이루는 다섯 가지 갈등 고조 단계 가운데 하나입니다. 2019년 8월 22일 종료를 통보했고, 만료 몇 시간 전인 2019년 11월 22일 통보의 효력을 정지했습니다(연합뉴스).
measure-korea_white_list = 한국 화이트리스트에서 일본 제외
    .help = 한국이 일본을 새로 만든 가의2 지역으로 옮긴 조치(2019년 9월 18일 시행, 2023년 4월 24일 복원)는 긴장을 이루는 다섯 가지 갈등 고조 단계 가운데 하나입니다.
measure-localization = 국산화 프로그램
    .help = 한국 생산자에 대한 정부 자금(2020~22년 5조 원 이상): 이것이 있으면 시점이 정해진 한국 생산능력 증설이 모두 이루어지고, 없으면 기업이 자체적으로도 지었을 비율(매개변수)만 이루어집니다.
measure-diversification = 수입선 다변화 추진
    .help = 정부가 중국, 대만, 벨기에, 미국 공급자의 인증을 밀어주면 구매자는 제3국 공급 인증에 더 많은 노력을 들입니다.
measure-dialogue = 수출관리 정책대화
    .help = 국장급 수출관리 정책대화는 이어지는 동안 긴장의 일부를 없애지만, 긴장이 2019년 이전 수준 아래로 내려가지는 않습니다. 정치적 지렛대가 0보다 큰 경우 심사 보류가 짧아지고, 기업은 조치가 더 짧게 이어지리라 예상합니다. 2016년 6월 이후 처음으로 2019년 12월 16일 재개되었습니다.

state-bulk = 포괄허가
state-individual = 개별허가
state-special_bulk = 특별일반포괄허가
state-a = 그룹 A (화이트리스트)
state-b = 그룹 B
state-none = 제소 없음
state-consultations = 양자협의 요청
state-suspended = 절차 중단
state-panel = 패널 설치
state-withdrawn = 철회
state-in_force = 유효
state-notified = 종료 통보
state-terminated = 종료
state-listed = 일본이 한국 화이트리스트에 있음
state-removed = 일본 제외
state-off = 없음
state-on = 시행
state-frozen = 중단
state-resumed = 재개

side-japan = 일본의 조치
side-korea = 한국의 대응
side-both = 대화

## 프리셋

preset-baseline = 기준선 (조치 없음)
    .description = 조치 없음: 2018년처럼 교역이 이어지고, 수요는 한국의 반도체 생산을 따라갑니다.
preset-history = 실제 경과
    .description = 2019년 7월 개별허가부터 2023년 해제까지, 실제로 일어난 분쟁.
preset-escalation = 격화
    .description = 2019년 11월 GSOMIA가 종료되고, 대화는 없으며, WTO 패널이 진행되고, 아무것도 해제되지 않습니다.
preset-settlement = 2019년 12월 타결
    .description = 2019년 12월 대화까지는 실제와 같고, 그 대화에서 분쟁이 타결됩니다: 포괄허가와 그룹 A로 돌아갑니다.
preset-no_localization = 한국 국산화 없음
    .description = 실제와 같지만, 한국이 국산화 프로그램도 수입선 다변화 추진도 하지 않습니다.
preset-licensing_only = 수출 허가만
    .description = 2019년 7월부터 2023년 3월까지 일본의 개별허가만 있습니다. 화이트리스트 변경도 한국 정부의 대응도 없습니다(그래도 기업은 스스로 수입선 다변화와 국산화를 추진합니다).

## 매개변수 그룹

group-licensing = 수출 허가
group-climate = 정치 상황과 예상
group-korean_response = 한국의 프로그램
group-market = 시장
group-inventory = 재고
group-substitution = 대체

## 매개변수

param-notice_days = 규제 발효 전 예고 기간
    .unit = 일
    .help = 더 엄격한 허가 제도의 발표부터 발효까지의 일수. 구매자는 발표 시점부터 대기가 길어지리라 예상하고, 공급자가 곧바로 출하할 수 있는 물량을 가져갑니다.
param-review_cap_days = 허가 심사 한 번의 표준 상한
    .unit = 일
    .help = 기술 심사 한 번에 걸리는 기간의 공표된 상한. 정치적 보류는 이 상한에 묶이지 않습니다.
param-review_min_days = 허가 심사 최단 기간
    .unit = 일
    .help = 신청 뒤 이 일수가 지나기 전에는 허가가 나오지 않습니다. 심사에 최소한 걸리는 시간(데드타임)입니다.
param-renewal_lead_days = 만료 전 갱신 신청 (초기)
    .unit = 일
    .help = 허가 만료 며칠 전에 갱신을 신청하는지. 구매자가 실제로 겪는 대기에서 배우기 전의 값입니다. 갱신이 이보다 오래 걸리면 공백이 생깁니다.
param-individual_validity_months = 개별허가 유효기간
    .unit = 개월
    .help = 개별허가는 이 기간 뒤에 갱신해야 합니다. 포괄허가는 3년 동안 유효합니다.
param-contract_months = 허가받는 계약 한 건이 충당하는 사용량
    .unit = 개월
    .help = 허가를 기다리는 동안 구매자는 규제 대상인 일본산 공급 가운데 이 개월 수만큼의 사용량에 해당하는 계약 한 건만 허가 신청에 올리고, 그 이상의 주문은 미룹니다.
param-special_bulk_processing_days = 특별일반포괄허가의 출하당 추가 절차
    .unit = 일
    .help = 특별일반포괄허가로(또는 한국이 그룹 B인 동안 포괄허가로) 출하할 때마다 더해지는 서류 절차 일수.
param-documentation_learning_months = 수출자의 신청 서류 학습
    .unit = 개월
    .help = 기술 심사 가설: 수출자가 심사 당국이 요구하는 것을 배워, 심사 한 번이 허가로 끝나는 비율이 높아지는 속도를 나타내는 시간 상수.
param-political_lever_days = 정치적 지렛대: 긴장이 최대일 때의 추가 심사
    .unit = 일
    .help = 정치적 지렛대 가설: 긴장이 가장 높을 때 기술 심사를 넘어 심사가 보류되는 일수. 0은 일본의 설명(심사는 기술적이었다), 0보다 크면 한국의 설명(심사가 지렛대로 쓰였다)에 해당합니다.
param-dialogue_relief = 대화가 이어지는 동안 줄어드는 긴장
    .unit = (비율)
    .help = 국장급 대화가 재개되어 이어지는 동안 사라지는 긴장의 비율.
param-expectation_months = 겪은 대기에서 배우는 기간
    .unit = 개월
    .help = 구매자가 예상하는 리드타임과 허가 대기는 이 시간 상수로 실제 경험을 따라갑니다(적응적 기대).
param-expected_duration_months = 조치의 예상 지속 기간
    .unit = 개월
    .help = 긴장이 없을 때 기업이 규제가 얼마나 이어지리라 보는지. 예상이 길수록 다른 공급자를 인증하는 것이 이득이 됩니다.
param-duration_climate_elasticity = 긴장에 대한 예상 지속 기간의 반응
    .unit = (비율)
    .help = 예상 지속 기간은 긴장이 최대일 때 이 비율만큼 늘어납니다.
param-localization_intensity = 국산화 프로그램 강도
    .unit = 배(2019년 프로그램 대비)
    .help = 프로그램이 시행될 때, 시점이 정해진 한국 생산능력 증설 가운데 프로그램이 뒷받침하는 부분에 이 배율을 곱합니다.
param-private_localization_share = 프로그램 없는 국산화
    .unit = (비율)
    .help = 시점이 정해진 한국 생산능력 증설 가운데 정부 자금 없이도 기업이 지었을 비율.
param-private_diversification_share = 추진책 없는 다변화
    .unit = (비율)
    .help = 정부 추진책 없이도 기업이 하는 제3국 공급자로의 전환 비율.
param-structural_diversification_share = 제3국 구매 중 남는 비율
    .unit = (비율)
    .help = 일본 허가가 나오는 동안에도 남는 제3국 추가 구매의 비율. 나머지는 일본 공급이 막힌 동안에만 이어집니다.
param-restock_months = 재고와 공급 라인을 바로잡는 기간
    .unit = 개월
    .help = 구매자는 재고의 과부족과 입고를 기다리는 주문의 과부족을 이 개월 수에 걸쳐 해소합니다(앵커링과 조정).
param-precaution_cap_weeks = 구매자가 원하는 추가 재고 상한
    .unit = 주
    .help = 허가 대기에 대비한 안전 재고는 수요의 이 주 수만큼이 상한입니다.
param-japan_requalification_months = 일본 공급을 다시 인증하는 기간
    .unit = 개월
    .help = 다변화할 이유가 사라지면 제3국 추가 공급은 이 시간 상수로 일본 공급에 자리를 내줍니다.
param-activity_elasticity = 반도체·디스플레이 생산 단위당 소재 사용량
    .unit = (탄력성)
    .help = 수요는 생산지수의 2018년 평균 대비 변화의 이 비율만큼 움직입니다.
param-korean_capacity_scale = 한국 생산능력 증설 규모
    .unit = 배(data/drivers 대비)
    .help = 시점이 정해진 한국 생산능력 증설 전체를 이 배율로 늘리거나 줄입니다. 규모가 부분적으로 가정에 근거하므로 몬테카를로 방법으로 그 범위를 탐색합니다.
param-demand_t = 한국의 수요 (2018년 평균)
    .unit = 톤/월
    .help = 2018년 한국 사용자가 필요로 한 월별 톤 수(수입 환산). 생산지수에 따라 움직이기 전의 값입니다.
param-jp_share_2018 = 2018년 공급 중 일본 비중
    .unit = (비율)
    .help = 분쟁 전 한국 공급 가운데 일본에서 온 비율(물량 기준). 나머지는 제3국에서 왔습니다.
param-controlled_share = 규제 대상 교역 비율
    .unit = (비율)
    .help = 일본 출하 가운데 규제 대상 등급에 해당해 허가가 필요한 비율.
param-price_usd_per_t = 일본 공급의 단가
    .unit = 달러/톤
    .help = 일본이 수출한 톤 수를 미국 달러로 바꿉니다.
param-third_price_usd_per_t = 제3국 공급의 단가
    .unit = 달러/톤
    .help = 물량 기준 비율을 무역 통계가 보고하는 금액 기준 비율로 바꾸는 데만 씁니다.
param-inventory_weeks = 평상시 목표 재고
    .unit = 주
    .help = 허가가 필요 없을 때 구매자가 재고로 두는 수요의 주 수.
param-ready_stock_weeks = 곧바로 출하할 수 있는 일본 재고
    .unit = 주
    .help = 일본 공급자가 준비해 두고 규제 전 예고 기간 안에 출하할 수 있는 재고. 한국 수요의 주 수로 나타냅니다.
param-review_days = 기술 심사 한 번의 평균 기간
    .unit = 일
    .help = 상한을 적용하기 전, 기술 심사 한 번의 평균 기간.
param-approval_probability = 첫 심사에서의 허가
    .unit = (확률)
    .help = 수출자가 무엇을 요구받는지 배우기 전에 심사 한 번이 허가로 끝날 확률. 아니면 추가 서류를 요구받고 새 심사가 시작됩니다.
param-jp_lead_days = 일본에서의 생산과 운송
    .unit = 일
    .help = 허가 대기가 없을 때 일본에 주문해서 받기까지의 일수. 일본 출하 단계의 지연입니다.
param-third_extra_lead_days = 제3국의 추가 리드타임
    .unit = 일(일본 대비)
    .help = 중국, 대만, 벨기에, 미국 중 한 곳에 한 주문이 일본에 한 주문보다 더 걸리는 일수.
param-domestic_extra_lead_days = 한국 생산자의 추가 리드타임
    .unit = 일(일본 대비)
    .help = 한국 공장에 한 주문이 일본에 한 주문보다 더 걸리는 일수.
param-third_max_share = 제3국이 맡을 수 있는 추가 공급 상한
    .unit = (수요 대비 비율)
    .help = 구매자가 적극적으로 나설 때 옮길 수 있는, 2018년 수준을 넘는 제3국 추가 공급.
param-third_qualification_months = 제3국 공급자 인증
    .unit = 개월
    .help = 새 해외 공급원을 생산 라인에 쓸 수 있기까지의 평균 개월 수(3차 지연).
param-domestic_ramp_months = 한국 공장의 증산
    .unit = 개월
    .help = 시점이 정해진 한국 생산능력 증설이 그 규모에 이르는 시간 상수.
param-recycling_share = 재활용과 효율화로 절약되는 사용량
    .unit = (수요 대비 비율)
    .help = 규제로 인해 그렇게 하는 것이 이득이 되면 재활용이나 사용량 절감으로 절약되는 수요의 비율. 한국 공장의 증산 기간에 걸쳐 도달합니다.
param-feedstock_import_share = 수입 원료로 만든 한국 생산량
    .unit = (비율)
    .help = 한국의 새 생산 1톤당 제3국산 원료의 톤 수. 이 원료는 수입 중 일본 비중을 계산할 때 제3국 수입으로 집계됩니다.

## 그래프와 삽입 선택지

chart-lead-time = 리드타임
chart-jp-exports = 일본의 수출
chart-supply = 한국의 공급원별 공급
chart-inventory = 재고
chart-attribution = 최대 리드타임을 끌어올린 요인
controls-shown = 표시: 읽는 사람이 시나리오를 바꿀 수 있습니다
controls-locked = 고정: 보이지만 바꿀 수 없습니다
controls-hidden = 숨김: 결과만

## 그래프 설명과 데이터 표

chart-summary-series = { $title } (단위: { $unit }): 2018년 1월 { $start }, 최대는 { $peak-month }의 { $peak }, 2023년 12월 { $end }. 기준선의 최대는 { $baseline }.
chart-summary-supply = { $title } (단위: { $unit }): 2023년 12월에는 수요 { $demand } 가운데 한국 생산자가 { $domestic }, 제3국이 { $third }, 일본이 { $japan }을(를) 공급합니다.
chart-summary-attribution = { $title }: 가장 크게 기여한 것은 { $measure }(으)로, { $value }.
table-show = 데이터 표
table-month = 월
table-p10 = p10
table-p90 = p90
table-measure = 조치
table-peak-contribution = 최대 리드타임에 대한 기여
skip-results = 결과로 건너뛰기
skip-controls = 조작 패널로 건너뛰기

## 시뮬레이터가 멈췄을 때

crash-title = 시뮬레이터가 멈췄습니다
crash-what = 시뮬레이터 내부에서 문제가 생겼습니다: { $message }
crash-link = 내 시나리오 링크 (복사해 두세요):
crash-reset = 기준선에서 다시 시작하기
about-loading = 모델 설명 문서를 불러오는 중…
about-failed = 모델 설명 문서를 불러오지 못했습니다 ({ $reason }). 소스의 docs/MODEL.md에도 있습니다.
warning-needs-lesson = 수업이 포함된 경우에만 적용되므로 무시했습니다

## 수업

lesson-start = 단계별 스토리
lesson-label = 수업
lesson-look-label = 살펴볼 곳
colon = :{" "}
list-separator = ,{" "}
lesson-guess-in = 내 예상({ $unit })
unit-days = 일
unit-tonnes = 톤
unit-percent = %
lesson-hidden-note = 답을 보기 전까지 이 수치는 페이지에서 가려집니다. 먼저 예상해 보세요.
lesson-model-answer = 모델의 답: { $answer }
lesson-range-pending = (가능한 범위 계산 중…)
lesson-range-edited = (가능한 범위 없음: 화면의 시나리오가 이 단계의 시나리오와 달라졌습니다)
lesson-your-guess = 내 예상: { $guess }, 차이 { $off }({ $percent }%).
lesson-compared = 질문에서 바꾼 조건이 없으면: { $other }.
lesson-print = 활동지 인쇄
handout-name = 이름: ____________________   반: ____________
handout-prediction = 내 예상({ $unit }): ____________
handout-why = 그렇게 생각하는 이유
hidden-figure = 수업 질문에 답할 때까지 가려져 있습니다
hidden-chart = 이 그래프는 수업 질문이 묻는 수치를 보여 줍니다. 답을 보면 나타납니다.
hidden-sentences = 수업 질문이 묻는 수치가 들어 있는 문장은 답을 보면 나타납니다.
qr-button = QR 코드
qr-title = QR 코드: { $what }
qr-label = { $what }을(를) 여는 QR 코드
qr-close = 닫기
qr-step = 이 수업의 { $n }단계
qr-this-scenario = 이 시나리오
qr-too-long = 이 링크는 { $bytes }바이트로, 프로젝터 화면에서 휴대전화로 읽을 수 있는 QR 코드(버전 { $version }까지)에 담기에는 너무 깁니다. 링크나 파일로 공유하세요.
qr-no-link = 이 페이지의 링크는 공유하기에 너무 길어서 QR 코드가 없습니다.
lesson-preview = 미리 보기: 학생에게 보이는 단계
lesson-new-step = 새 단계
lesson-editing = { $n }단계 편집 중: 화면의 시나리오나 각 칸을 바꾼 뒤 저장하세요
lesson-save-step = 화면의 시나리오로 단계 저장
lesson-cancel-edit = 편집 취소
lesson-compare = 답과 비교할 시나리오
lesson-explain = 해설(답과 함께 표시)
lesson-explain-help = 모델의 답, 비교 시나리오의 수치, 둘의 차이는 각각 {"{"}answer{"}"}, {"{"}compare{"}"}, {"{"}change{"}"}로 쓰세요.
lesson-has-question = (질문 있음)
lesson-move-up = { $n }단계를 위로
lesson-move-down = { $n }단계를 아래로
lesson-edit = { $n }단계 편집
lesson-edit-short = 편집
lesson-edit-story = 기본 제공 스토리 편집
lesson-edit-followed = 지금 진행 중인 수업 편집
lesson-writer-loaded = 불러온 수업: { $title }({ $count }단계). 편집할 수 있습니다.
lesson-writer-replace = 작성 중인 { $count }단계와 입력 중인 내용을 { $title }의 { $new }단계로 바꿀까요?
lesson-writer-replace-yes = 바꾸기
lesson-writer-replace-no = 작성한 내용 유지
lesson-writer-replace-typed = 입력 중인 제목과 단계를 { $title }의 { $new }단계로 바꿀까요?
lesson-writer-edit-unsaved = 작성 중인 단계에 저장하지 않은 변경이 있습니다. 변경을 버리고 { $n }단계를 편집할까요?
lesson-compare-kept = 수업 파일에 있는 시나리오
lesson-step-of = { $count }단계 중 { $n }단계
lesson-jump = 단계로 이동
lesson-back = 이전
lesson-next = 다음
lesson-close = 수업 닫기
lesson-reveal = 답 보기
lesson-refused = 이 수업을 쓸 수 없습니다: { $reason }
lesson-writer = 수업 만들기
lesson-writer-help = 조작 패널로 시나리오를 정하고 설명을 써서 단계로 추가합니다. 글은 페이지 언어로 기록되며, 수업 파일(JSON)에는 세 언어를 모두 넣을 수 있습니다.
lesson-title-field = 수업 제목
lesson-step-title = 단계 제목
lesson-step-text = 단계 설명
lesson-control = 살펴볼 항목
lesson-chart = 살펴볼 그래프
lesson-none = 없음
lesson-ask = 질문 넣기
lesson-prompt = 질문
lesson-material = 품목
lesson-figure = 수치
lesson-add = 화면의 시나리오를 단계로 추가
lesson-remove = { $n }단계 삭제
lesson-download = 수업 파일 내려받기 (JSON)
lesson-open = 이 수업 열기
lesson-load = 수업 파일 불러오기 (JSON)
lesson-steps-count = 전체 { $count }단계
lesson-writer-full = 수업에는 최대 { $max }단계까지 넣을 수 있습니다. 더 추가하려면 단계를 하나 삭제하세요.
lesson-writer-refused = 이 단계를 추가할 수 없습니다: { $reason }
lesson-writer-not-kept = 이 수업은 지금 상태로는 쓸 수 없습니다: { $reason }
lesson-guess-not-number = 숫자를 입력하세요.
lesson-guess-out-of-range = { $min }에서 { $max } 사이의 숫자를 입력하세요.

## 수업을 쓸 수 없는 이유 ("이 수업을 쓸 수 없습니다:" 뒤에 붙음)

lesson-error-too-large = 수업 파일이 { $bytes }바이트로, 최대 크기 { $max }바이트를 넘습니다
lesson-error-not-lesson = 수업 파일 형식이 아닙니다 ({ $reason })
lesson-error-format = 형식이 'chokepoint-lesson'이 아니라 '{ $format }'입니다
lesson-error-version = 버전 { $version }의 수업 파일은 지원하지 않습니다. 이 페이지는 버전 1을 읽습니다
lesson-error-steps = 수업은 1~{ $max }단계여야 하는데 { $count }단계입니다
lesson-error-unreadable = 파일을 읽을 수 없습니다 ({ $reason })
lesson-error-no-text = { $path }: 어느 언어로도 글이 없습니다
lesson-error-language = { $path }: '{ $value }'은(는) 이 페이지의 언어(en, ja, ko)가 아닙니다
lesson-error-text-too-long = { $path }: { $max }자를 넘습니다
lesson-error-link = { $path }: { $problem }
lesson-error-control = { $path }: '{ $value }'은(는) 조치도 매개변수도 아닙니다
lesson-error-chart = { $path }: '{ $value }'은(는) 그래프가 아닙니다
lesson-error-material = { $path }: '{ $value }'은(는) 품목이 아닙니다
lesson-error-figure = { $path }: '{ $value }'은(는) 질문할 수 있는 수치가 아닙니다

## Results first: layout, history, readouts
invite-heading = 처음이신가요?
invite-text = 짧은 8단계로 2019년 분쟁을 따라갑니다. 단계마다 시나리오를 설정하고, 먼저 예상해 보게 한 뒤 모델의 답을 보여 줍니다.
invite-story = 단계별 스토리 시작하기
invite-explore = 나중에
undo = 되돌리기
redo = 다시 실행
undo-label = 직전 변경 되돌리기 (Ctrl+Z)
redo-label = 다시 실행 (Shift+Ctrl+Z)
history-label = 되돌리기와 다시 실행
tools = 공유와 저장
open-controls = 조치 바꾸기
close-controls = 설정 닫기
show-dates = 모든 날짜 보기
range-title-calibrated = 가능한 범위: 불확실한 가정을 바꿔 가며 { $draws }회 계산하고, 2018~2019년 데이터를 얼마나 잘 재현하는지에 따라 가중치를 준 10~90번째 백분위수
range-title-assumptions = 가능한 범위: 불확실한 가정을 바꿔 가며 { $draws }회 계산하고, 모두 같은 가중치로 센 10~90번째 백분위수
range-note = (가능한 범위 { $low }~{ $high })
since-last = 직전 변경으로 { $change }
unchanged-since-last = 직전 변경으로 바뀐 것 없음
last-change = 직전 변경:
against-baseline = 아무 조치도 없을 때와 비교
legend-before = 이 변경 전
event-key-item = { $date } — { $changes }
event-key-change = { $measure } → { $state }
events-key = 그래프의 번호 붙은 선
readout-hint = 그래프를 가리키거나 누르거나, 포커스한 뒤 화살표 키를 쓰면 그 달의 모든 선의 값을 읽을 수 있습니다.
export-credit = Chokepoint: 2019년 한일 수출규제 분쟁의 모델. 모델, 매개변수, 출처는 페이지의 ‘모델 소개’에 있습니다.

## Measures: simple mode and schedule notes

schedule-sorted = 변경은 날짜순으로 놓입니다: { $date }의 변경이 이제 { $before }의 변경보다 앞에 옵니다.
schedule-same-date = { $date }에 변경이 두 개 이상 겹쳤습니다: 목록에서 뒤에 있는 '{ $state }' 변경만 남깁니다.
schedule-redundant = { $date }의 '{ $state }' 변경을 삭제했습니다: 이 조치({ $measure })는 { $since }부터 이미 '{ $state }' 상태였습니다.
schedule-redundant-start = { $date }의 '{ $state }' 변경을 삭제했습니다: 이 조치({ $measure })는 첫 변경 전까지 '{ $state }' 상태입니다.
schedule-over-cap = 상한 { $max }개를 넘는 변경 { $dropped }개를 삭제했습니다.
schedule-date-needed = 변경에는 { $first }부터 { $last }까지의 날짜가 필요합니다. 이 변경은 { $date } 그대로입니다.
schedule-note-dismiss = 닫기
schedule-note-dismiss-label = 이 알림 닫기
measure-history-line = 실제 경과: { $changes }
measure-history-change = { $date }부터 { $state }
measure-history-separator = {", "}
measure-edited = 날짜 편집됨
measure-edit-dates = 날짜 편집
measure-simple = 간단히 보기

## What the last edit did

edit-effect-none = { $material }: 영향이 없습니다.
edit-effect-from = { $material }: { $month } 이전에는 영향이 없고, 그 이후로 { $changes }.
edit-effect-throughout = { $material }: { $changes }.
edit-effect-and = { $first }, { $second }
edit-effect-peak-unchanged = 최대 리드타임 변화 없음
edit-effect-peak-longer = 최대 리드타임 +{ $days }일
edit-effect-peak-shorter = 최대 리드타임 −{ $days }일
edit-effect-exports-more = 일본 수출 감소 { $tonnes }톤 확대
edit-effect-exports-fewer = 일본 수출 감소 { $tonnes }톤 축소
cards-caption = 최대 리드타임 (가능한 범위) · 품목을 누르면 그래프 표시

## 불확실성을 좌우하는 가정 (소볼 지수)

chart-title-drivers = { $figure }의 불확실성을 좌우하는 가정: { $material }
drivers-figure-peak = 최대 리드타임
drivers-figure-exports-lost = 일본 수출 감소분
drivers-figure-jp-share = 2023년 말 수입 중 일본의 비중
drivers-figure-label = 지표
drivers-value = { $total } (단독 { $first })
drivers-empty = 이 시나리오에서는 { $figure }의 값이 거의 변하지 않으므로, 그 불확실성을 좌우하는 가정이 없습니다.
drivers-pending = 어떤 가정이 중요한지 계산하는 중…
drivers-progress = 계산 { $runs }회 중 { $percent }%
caption-drivers = { $figure }의 분산 가운데 각 가정이 설명하는 몫. 막대 전체는 다른 가정과의 상호작용을 포함한 몫(총효과 지수), 진한 부분은 그 가정 단독으로 설명하는 몫(1차 지수)입니다. 불확실한 가정 { $varied }개 중 상위 { $shown }개를 보여 줍니다. 각 가정은 저마다의 구간 안에서 바꾸었고, 시나리오와 기준선을 한 쌍으로 { $runs }쌍 계산했습니다(살텔리 설계, n = { $n }, 시드 { $seed }). 몫은 추정값이며 오차는 2%p 안팎입니다.
chart-summary-drivers = { $title }: 가장 중요한 것은 { $param }(으)로, { $value }.
table-assumption = 가정
table-total-index = 총효과 지수
table-first-index = 1차 지수
driver-badge = 영향 { $rank }위
driver-badge-title = { $figure }({ $material })의 분산 가운데 상호작용을 포함해 { $share }를 설명합니다
group-drivers = 영향 상위 { $count }개
sort-influence = 영향이 큰 순서로 정렬
chart-drivers = 불확실성을 좌우하는 가정

## 표시할 띠

band-calibrated = 띠는 불확실한 가정을 바꾼 { $draws }회 계산에 2018~2019년 데이터를 얼마나 잘 재현하는지에 따라 가중치를 주었을 때, 중앙 80%가 들어가는 범위입니다.
band-assumptions = 띠는 불확실한 가정을 바꾼 { $draws }회 계산(모두 같은 가중치) 가운데 중앙 80%가 들어가는 범위입니다.
bands-choice = 띠와 범위
bands-calibrated = 2018~2019년 데이터로 보정
bands-assumptions = 가정만 사용
bands-calibrated-note = { $draws }회 계산 중 데이터에 가장 가까운 4분의 1을 적합도에 따라 가중치를 주어 채택(가중치가 같은 계산 { $ess }회에 해당)
bands-calibrated-note-plain = { $draws }회 계산 중 데이터에 가장 가까운 4분의 1을 적합도에 따라 가중치를 주어 채택
bands-assumptions-note = 가정을 각 구간에서 바꾼 { $draws }회 계산(모두 같은 가중치)

## 모델은 얼마나 믿을 만한가

checks-title = 모델은 얼마나 믿을 만한가
checks-updating = 화면의 가정으로 다시 대조하는 중입니다. 아래 수치는 직전 가정에 따른 것입니다.
checks-pending = 관측 데이터와 모델을 대조하는 중…
checks-summary = 표본 내(2018~2019년, 모델 보정에 쓴 데이터): 보정한 띠로는 관측치 { $count }건 중 { $inside }건이 모델의 가능한 범위 안에 듭니다(가정만 쓴 띠로는 { $inside-assumptions }건). 보정한 띠는 { $draws }회 계산 중 { $kept }회를 채택하며, 가중치를 고려하면 같은 가중치의 계산 { $ess }회(유효 표본 크기)에 해당합니다.
checks-at = 모델 수치는 실제 경과(일본과 한국의 조치는 실제 그대로)를 화면의 가정으로 계산한 것입니다. 가능한 범위는 모델의 10~90번째 백분위수를 각 관측치의 측정 허용 오차만큼 넓힌 것입니다.
hypotheses-title = 긴 허가 대기에 대한 두 가지 설명
hypotheses-intro = 한국 측 설명: 허가 대기는 정치적 긴장에 따라 길어졌다(정치적 지렛대, 추정값 { $lever }일). 일본 측 설명: 심사는 기술적이었다(정치적 지렛대를 0으로 두고 나머지 매개변수를 다시 추정). 괴리도는 보정에 쓴 수치 { $targets }건과의 표준화한 차이의 제곱합으로, 작을수록 데이터에 가깝습니다. 두 설명의 괴리도 차이는 정식 통계 검정이 아닙니다. 둘 다 화면의 나머지 가정으로 계산합니다.
hypothesis-fitted = 정치적 보류를 포함해 추정(한국 측 설명)
hypothesis-technical_only = 기술 심사만(일본 측 설명)
hypothesis-use-label = 이 설명 사용: { $account }
hypothesis-in-use = 사용 중
table-account = 설명
table-fit = 괴리도({ $targets }건)
table-licence-fit = 괴리도(허가일 5건)
table-use = 사용
checks-in-sample = 표본 내: 2018~2019년
checks-in-sample-note = 이 수치들은 모델 보정에 쓴 것이므로, 맞더라도 모델이 이 데이터에 맞춰져 있음을 보여 줄 뿐 예측력이 있다는 뜻은 아닙니다.
checks-out-of-sample = 표본 외: 2020~2023년
checks-out-of-sample-note = 이 프로젝트에는 2019년 이후의 관측치가 없습니다. 아래는 모델이 예측한 일본의 대한국 수출로, 각 연도의 무역 통계와 대조해야 할 값입니다.
table-observation = 관측 항목
table-observed = 관측치
table-model = 모델
table-likely-range = 가능한 범위
table-inside = 범위 내 여부
table-source = 출처
table-prediction = 예측
check-inside-yes = 예
check-inside-no = 아니요
check-not-fitted = (참고용, 보정에는 쓰지 않음: 규제 대상보다 넓은 무역 품목 코드)
check-no-observation = 이 프로젝트에는 없음
check-months = { $first }~{ $last }
check-span = { $low }~{ $high }
check-year = { $year }년
check-tonnes-japan = 일본의 대한국 { $material } 수출, { $period }
check-tonnes-japan-average = 일본의 대한국 { $material } 수출, { $period }, 월평균
check-tonnes-korea = 한국의 일본산 { $material } 수입, { $period }
check-value = 한국의 일본산 { $material } 수입액, { $period }
check-share-value = 한국의 { $material } 수입 중 일본의 비중, { $period }, 금액 기준
check-share-volume = 한국의 { $material } 수입 중 일본의 비중, { $period }, 물량 기준
check-licence = { $material }: 2019년 7월 4일부터 구매자의 { $share }%가 허가를 받기까지의 일수
check-shortfall = { $material }: 2018~2019년 공급 부족(수요 대비, 한국 생산 라인은 멈추지 않음)
check-prediction = 일본의 대한국 { $material } 수출, { $year }년
tonnes-a-month = 월 { $tonnes }톤
source-external = {" "}(외부 사이트, 새 탭에서 열림)
source-own-data = {" "}(웹 주소 없음: 아래 관측 데이터 참고)
observed-data-title = 관측 데이터
observed-sources = 관측치의 출처
source-no-address = 웹 주소를 찾지 못함
observed-data-note = 위의 모든 관측치(허용 오차와 출처 주소 포함)와 이 대조 결과(모델 값 포함)를 CSV 파일로 내려받을 수 있습니다.
download-observed = 관측 데이터 내려받기 (CSV)
download-checks = 이 대조 결과 내려받기 (CSV)
