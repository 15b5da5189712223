import { BudgetBand, Confidentiality, NeedStatus } from '../../needs/models/need.model';
import { DemoNeed } from '../demo.types';

const { UNDER_1M, FROM_1M_TO_5M, FROM_5M_TO_20M, OVER_20M, UNDECIDED } = BudgetBand;
const { PRIVATE, REGION, PUBLIC } = Confidentiality;
const { OPEN, IN_DISCUSSION, SOLVED } = NeedStatus;

/**
 * Needs as a coordinator writes them up after visiting the company. Several are written to
 * correspond to specific seeds and equipment (same topic, shared vocabulary, English keywords on
 * Japanese texts): see DEMO_EXPECTED_MATCHES.
 */
export const DEMO_NEEDS: DemoNeed[] = [
  // ---------------- 汐見わかめ加工 (the demo company user's company) ----------------
  {
    key: 'need-wakame-drying',
    company: 'co-shiomi-wakame',
    title: '乾燥わかめの乾燥工程の省エネルギー化と色調保持',
    description:
      '当社は湯通し塩蔵わかめを原料に、重油焚きの熱風乾燥機（70℃）で乾燥わかめを製造している。重油価格の高騰で乾燥工程の燃料費が' +
      '年間1,800万円に達し、利益を圧迫している。また熱風で乾燥すると、わかめの緑色がくすんで褐色になりやすく、' +
      '量販店から色調のばらつきを指摘されている。低温で乾燥すれば色調は良くなるが、乾燥時間が長くなり処理量が落ちるのではと心配している。' +
      '省エネルギーと色調保持を両立できる乾燥方式（ヒートポンプ、除湿乾燥など）への更新を検討しており、' +
      '自社原料を使った乾燥試験と、色差計による品質評価、導入効果の試算を大学と一緒に行いたい。',
    keywords: ['乾燥', '省エネルギー', '色調保持', 'わかめ', 'ヒートポンプ', '除湿乾燥', 'drying', 'seaweed'],
    desiredOutcome:
      '乾燥工程のエネルギーコストを30％以上削減し、色差（ΔE）のばらつきを現状の半分にする。更新する乾燥機の仕様を決める。',
    timeline: '2025年度中に乾燥試験、2026年度に乾燥機を更新（ものづくり補助金の申請を予定）',
    budgetBand: FROM_5M_TO_20M,
    confidentiality: REGION,
    status: IN_DISCUSSION,
    surveyedBy: 'coord-aoki',
  },
  {
    key: 'need-wakame-residue',
    company: 'co-shiomi-wakame',
    title: 'わかめ茎・めかぶの加工残渣の有効活用（フコイダン・アルギン酸の回収）',
    description:
      '湯通し塩蔵の工程で、わかめの茎と芯、規格外のめかぶが年間約300トン発生し、産業廃棄物として処理費を払っている。' +
      '残渣にはフコイダンやアルギン酸が含まれると聞いており、健康食品や化粧品の原料として販売できないか検討したい。' +
      '抽出の方法、収率、必要な設備の規模、品質（純度・分子量）の評価方法がわからない。海藻の加工残渣から' +
      '機能性成分を抽出する技術を持つ研究者と、パイロット規模の試験を行いたい。',
    keywords: ['加工残渣', 'フコイダン', 'アルギン酸', 'めかぶ', '海藻', '抽出', 'fucoidan', 'alginate'],
    desiredOutcome: '残渣の処理費をゼロにし、フコイダン原料として年間2,000万円の売上を作る。',
    timeline: '2025年度に抽出試験、2027年度に事業化',
    budgetBand: FROM_1M_TO_5M,
    confidentiality: REGION,
    status: OPEN,
    surveyedBy: 'coord-aoki',
  },
  {
    key: 'need-wakame-foreign',
    company: 'co-shiomi-wakame',
    title: '乾燥わかめに混入する貝殻片・小エビなどの異物検出',
    description:
      '自社ブランド「しおみ若布」のカットわかめに、貝殻片や小エビ、フジツボなどの異物が混入したとの苦情が年に10件ほどあり、' +
      '大手生協との取引継続の条件として異物対策の強化を求められている。現在は目視による選別のみで、金属探知機では貝殻片や小エビを検出できない。' +
      'X線検査や近赤外（NIR）カメラなどで、乾燥わかめの中の異物を自動で検出・除去できる方法を知りたい。' +
      '取引先との交渉中のため、この件は社外秘で扱ってほしい。',
    keywords: [
      '異物検出',
      '異物混入',
      '貝殻片',
      'X線検査',
      '近赤外',
      '乾燥わかめ',
      '品質管理',
      'foreign matter',
      'X-ray inspection',
    ],
    desiredOutcome: '2 mm以上の異物の検出率95％以上のインライン検査を導入し、苦情を年1件以下にする。',
    timeline: '半年以内に検査方式を決定',
    budgetBand: FROM_5M_TO_20M,
    confidentiality: PRIVATE,
    status: OPEN,
    surveyedBy: 'coord-aoki',
  },

  // ---------------- 北浦オイスターファーム ----------------
  {
    key: 'need-oyster-monitoring',
    company: 'co-kitaura-oyster',
    title: '牡蠣養殖いかだの水温・溶存酸素の遠隔モニタリング',
    description:
      '湾内60台の養殖いかだで牡蠣を育てているが、近年の夏は高水温と貧酸素（溶存酸素の低下）で大量斃死が起きている。' +
      '水温や溶存酸素は船で見回って手で測っているため、異常に気づくのが遅れる。いかだごとの水温・溶存酸素・塩分を' +
      '深さ別に常時測って、スマートフォンで見られるようにしたい。海上には電源がないので、太陽電池などで1年以上無保守で動くこと、' +
      '通信費が安いこと（LPWAなど）が条件。既存のセンサブイの実証例があれば見学したい。',
    keywords: [
      '養殖',
      '牡蠣',
      '水温',
      '溶存酸素',
      '遠隔監視',
      'IoT',
      'LPWA',
      'aquaculture',
      'dissolved oxygen',
      'water quality',
    ],
    desiredOutcome: '夏季の斃死率を30％から10％に下げる。異常を1時間以内に検知していかだを沈下させる運用を作る。',
    timeline: '2026年夏の高水温期までに20台で運用開始',
    budgetBand: FROM_1M_TO_5M,
    confidentiality: PUBLIC,
    status: IN_DISCUSSION,
    surveyedBy: 'coord-morita',
  },
  {
    key: 'need-oyster-norovirus',
    company: 'co-kitaura-oyster',
    title: 'Reducing norovirus risk in raw oysters through better depuration',
    description:
      'We sell raw oysters in the shell to oyster bars in Tokyo. Two norovirus incidents at customers in the ' +
      'past three winters have hurt our brand. Our depuration tank uses UV-sterilised seawater, but we run it ' +
      'by rule of thumb for 20 hours and do not know whether temperature, flow and oyster density are right. ' +
      'We want a depuration protocol proven to cut norovirus, and a rapid norovirus test we can run ourselves ' +
      'on each lot before shipping instead of waiting two days for an outside laboratory. This need is ' +
      'confidential because of ongoing talks with customers.',
    keywords: [
      'norovirus',
      'oyster',
      'depuration',
      'UV sterilisation',
      'rapid detection',
      'food safety',
      'ノロウイルス',
      '牡蠣',
      '浄化',
    ],
    desiredOutcome: 'A validated depuration protocol and an in-house rapid test with results within two hours.',
    timeline: 'Before the 2025–26 winter season',
    budgetBand: FROM_1M_TO_5M,
    confidentiality: PRIVATE,
    status: OPEN,
    surveyedBy: 'coord-aoki',
  },

  // ---------------- 浜干し工房 ----------------
  {
    key: 'need-hamaboshi-drying',
    company: 'co-hamaboshi',
    title: '干物の天日干しから機械乾燥への切り替えと品質の安定化',
    description:
      'サンマ・サバ・カレイの干物を天日干しで作っているが、梅雨や秋の長雨の時期は乾燥が進まず、品質がばらつき、' +
      '生産できない日も多い。機械乾燥（冷風乾燥機）も試したが、表面の張りや風味が天日干しに及ばず、乾燥に時間もかかる。' +
      '天日干しに近い品質で、短時間・安定して乾燥できる方式（遠赤外線、過熱水蒸気など）を探している。' +
      '衛生面（一般生菌数）の改善にもつなげたい。',
    keywords: ['干物', '乾燥', '天日干し', '機械乾燥', '品質安定化', '遠赤外線', '衛生', 'dried fish', 'drying'],
    desiredOutcome: '天候に左右されない乾燥工程。乾燥時間を半分以下にし、官能評価で天日干し品と同等の品質。',
    timeline: '1年以内に試験、2年以内に設備導入',
    budgetBand: FROM_1M_TO_5M,
    confidentiality: PUBLIC,
    status: OPEN,
    surveyedBy: 'coord-aoki',
  },
  {
    key: 'need-hamaboshi-lowsalt',
    company: 'co-hamaboshi',
    title: 'Low-salt dried fish for hospital and care-home meals',
    description:
      'Hospitals and care homes in the region want dried fish with 30–40 % less salt, but when we simply ' +
      'shorten brining the fish tastes flat and keeps for fewer days. We need to understand how salt ' +
      'penetrates in our brining step (brine concentration, temperature, time, fat content of the fish), and ' +
      'whether a salt substitute such as a kelp or potassium seasoning can keep the taste. We would like to ' +
      'run trials with a public research institute and do sensory tests with care-home residents.',
    keywords: ['low sodium', 'salt reduction', 'dried fish', 'brining', 'care-home meals', '減塩', '干物', '塩分浸透'],
    desiredOutcome: 'A low-salt product line (salt 1.2 % or less) with the same shelf life as our current products.',
    timeline: 'Launch in spring 2026',
    budgetBand: UNDER_1M,
    confidentiality: REGION,
    status: IN_DISCUSSION,
    surveyedBy: 'coord-aoki',
  },

  // ---------------- 汐見冷凍食品 ----------------
  {
    key: 'need-frozen-drip',
    company: 'co-shiomi-frozen',
    title: '冷凍サバ・カツオフィレの解凍ドリップ削減と食感の改善',
    description:
      '外食チェーン向けにサバ・カツオの冷凍フィレを出荷しているが、顧客から解凍時のドリップが多い、身がパサつくという指摘が増えている。' +
      '現在はブライン凍結とエアブラスト凍結を使っているが、凍結速度や氷結晶の大きさをどう管理すれば解凍ドリップが減るのか、' +
      '社内にデータがない。過冷却凍結や電場を使う新しい凍結技術を既存の凍結庫に導入できるか検討したい。' +
      '大学の急速凍結試験装置で自社製品の凍結試験を行い、ドリップ率と食感を比較したい。',
    keywords: [
      '解凍ドリップ',
      '冷凍',
      '凍結',
      '氷結晶',
      '食感',
      '過冷却',
      'freezing',
      'thawing drip',
      'frozen seafood',
    ],
    desiredOutcome: 'ドリップ率を現状の3％から1.5％以下にする。既存設備の改造で対応できるか判断する。',
    timeline: '2025年度内に試験、2026年度に一部ラインで導入',
    budgetBand: FROM_5M_TO_20M,
    confidentiality: REGION,
    status: OPEN,
    surveyedBy: 'coord-aoki',
  },
  {
    key: 'need-frozen-shelflife',
    company: 'co-shiomi-frozen',
    title: 'Predicting quality loss of frozen fish from storage temperature fluctuations',
    description:
      'Defrost cycles and loading in our cold stores sometimes raise the storage temperature from −25 °C to ' +
      'about −15 °C for a while, and we cannot tell customers how much quality is lost. A method that predicts ' +
      'quality after thawing and remaining shelf life from temperature logs would let us decide which lots to ' +
      'ship first.',
    keywords: [
      'shelf-life prediction',
      'quality prediction',
      'storage temperature',
      'temperature log',
      'frozen fish',
      'シェルフライフ',
    ],
    desiredOutcome: 'A tool that shows the expected quality loss from a temperature log.',
    timeline: 'Within two years',
    budgetBand: UNDER_1M,
    confidentiality: REGION,
    status: OPEN,
    surveyedBy: 'coord-aoki',
  },

  // ---------------- Bluewave Sensing ----------------
  {
    key: 'need-bluewave-biofouling',
    company: 'co-bluewave',
    title: 'Anti-biofouling for optical dissolved oxygen sensors on fish-farm buoys',
    description:
      'Our sensor buoys use optical dissolved oxygen (DO) sensors. In summer, biofilm, algae and barnacles ' +
      'grow on the sensor window within three to four weeks and the DO readings drift by 10–20 %, so our ' +
      'staff must go out by boat to clean and recalibrate every sensor each month. Copper-based antifouling ' +
      'paints are not acceptable to our organic-certified fish-farm customers. We are looking for a ' +
      'transparent antifouling coating that releases no biocides and keeps drift under 5 % for three months.',
    keywords: [
      'biofouling',
      'antifouling coating',
      'dissolved oxygen sensor',
      'optical sensor',
      'sensor drift',
      'aquaculture',
      '生物付着',
    ],
    desiredOutcome: 'Cleaning interval extended from one month to three months without loss of accuracy.',
    timeline: 'Field test in summer 2026',
    budgetBand: FROM_1M_TO_5M,
    confidentiality: REGION,
    status: OPEN,
    surveyedBy: 'coord-morita',
  },
  {
    key: 'need-bluewave-power',
    company: 'co-bluewave',
    title: 'Self-powered ocean buoys: harvesting wave energy to end battery replacement at sea',
    description:
      'Solar panels on our buoys are covered by bird droppings and salt and give little power in winter, so ' +
      'we still replace batteries at sea twice a year, which is our biggest service cost. We want to add an ' +
      'energy harvester that uses wave motion to keep the buoy running all year. It must survive typhoons and ' +
      'fit on a buoy of 1 m diameter, and deliver at least 0.5 W on average.',
    keywords: [
      'energy harvesting',
      'wave energy',
      'self-powered buoy',
      'battery replacement',
      'ocean sensor',
      'power supply',
    ],
    desiredOutcome: 'Buoys that run two years without battery replacement.',
    timeline: 'Prototype in 2026, product in 2027',
    budgetBand: FROM_5M_TO_20M,
    confidentiality: PUBLIC,
    status: OPEN,
    surveyedBy: 'coord-morita',
  },

  // ---------------- 汐見ドック工業 ----------------
  {
    key: 'need-dock-frp-recycling',
    company: 'co-shiomi-dock',
    title: '廃FRP漁船の処理とリサイクル材の活用',
    description:
      '地域では毎年40〜50隻のFRP漁船が廃船になるが、FRP（ガラス繊維強化プラスチック）は焼却も埋立ても難しく、' +
      '処理費が1隻あたり100万円を超えることもあり、放置船の原因になっている。廃FRPを熱分解などでリサイクルし、' +
      '回収したガラス繊維を再利用する方法と、その事業性を知りたい。造船所として処理事業に参入することも検討している。',
    keywords: ['FRP', '廃船', 'リサイクル', 'ガラス繊維', '熱分解', '複合材料', 'recycling', 'GFRP'],
    desiredOutcome: '廃FRP船の処理費を半減し、再生ガラス繊維の用途を確保する。',
    timeline: '2025年度に事業性検討、2027年度に処理設備',
    budgetBand: OVER_20M,
    confidentiality: PUBLIC,
    status: IN_DISCUSSION,
    surveyedBy: 'coord-morita',
  },
  {
    key: 'need-dock-fuelcell',
    company: 'co-shiomi-dock',
    title: '小型漁船向け水素燃料電池推進システムの検討',
    description:
      '漁業者から燃料費の削減と脱炭素の要望があり、5〜19トン級の漁船を水素燃料電池とバッテリーのハイブリッド推進にできないか検討している。' +
      '燃料電池の出力、水素ボンベの容量と搭載位置、FRP船体での水素の安全対策、航続距離の見積もりを相談したい。' +
      '汐見港では水素の供給も始まっている。',
    keywords: ['燃料電池', '水素', '漁船', 'ハイブリッド推進', '脱炭素', 'fuel cell', 'hydrogen', 'fishing vessel'],
    desiredOutcome: '実証船1隻の基本設計と補助事業への申請。',
    timeline: '2026年度に基本設計',
    budgetBand: OVER_20M,
    confidentiality: REGION,
    status: OPEN,
    surveyedBy: 'coord-morita',
  },

  // ---------------- 汐見ハイドロジェン・エナジー ----------------
  {
    key: 'need-h2-electrolyser',
    company: 'co-shiomi-hydrogen',
    title: 'Durability of PEM electrolyser stacks under fluctuating wind power',
    description:
      'Our 2 MW PEM electrolyser is fed directly by an offshore wind farm, so it starts, stops and changes ' +
      'load many times a day. After 8,000 hours the stack voltage has risen faster than the maker’s ' +
      'specification. We need an independent analysis of the degradation (anode catalyst, porous transport ' +
      'layer, membrane) using accelerated degradation tests that reproduce our power profile, electrochemical ' +
      'impedance measurements and SEM cross-sections, and advice on operating strategies that extend stack life.',
    keywords: [
      'PEM electrolysis',
      'electrolyser',
      'degradation',
      'durability',
      'accelerated degradation test',
      'renewable energy',
      'hydrogen',
      '水電解',
      '劣化',
    ],
    desiredOutcome:
      'Identify the main degradation mechanism and an operating strategy that extends stack life by 30 %.',
    timeline: 'Within 12 months',
    budgetBand: FROM_5M_TO_20M,
    confidentiality: REGION,
    status: IN_DISCUSSION,
    surveyedBy: 'coord-morita',
  },
  {
    key: 'need-h2-storage',
    company: 'co-shiomi-hydrogen',
    title: '水産加工団地向け水素貯蔵設備の安全性評価（水素吸蔵合金タンク）',
    description:
      '水産加工団地に水素を供給するため、高圧ガス容器よりも低圧で扱える水素吸蔵合金タンクによる定置式貯蔵（約30 kg-H2）を計画している。' +
      '吸蔵・放出時の発熱・吸熱の処理、火災や漏えい時の安全性、関係法令への対応について、専門家の評価と助言がほしい。' +
      '冷凍工場の排熱を水素の放出に使えるかも検討したい。',
    keywords: ['水素貯蔵', '水素吸蔵合金', '安全性評価', '熱マネジメント', '排熱利用', 'hydrogen storage'],
    desiredOutcome: '貯蔵設備の基本仕様と安全評価報告書。',
    timeline: '2027年の設備導入に向け2025〜2026年度',
    budgetBand: FROM_5M_TO_20M,
    confidentiality: REGION,
    status: OPEN,
    surveyedBy: 'coord-morita',
  },

  // ---------------- しおかぜケアサービス ----------------
  {
    key: 'need-care-transfer',
    company: 'co-shiokaze-care',
    title: '移乗介助による介護職員の腰痛予防（アシストスーツ・介護ロボットの導入評価）',
    description:
      '特別養護老人ホームの介護職員の約6割が腰痛を訴えており、腰痛を理由とする離職が毎年数名出ている。' +
      'ベッドから車いすへの移乗介助と入浴介助の負担が特に大きい。アシストスーツや移乗支援ロボットの導入を考えているが、' +
      '重い・装着に時間がかかる・入浴介助では使えないといった声があり、どの機器が当施設の介護動作に効果があるのかわからない。' +
      '筋電図や動作解析で介護動作の腰部負担を測り、機器の効果を客観的に比較したい。',
    keywords: [
      '介護',
      '腰痛予防',
      '移乗介助',
      'アシストスーツ',
      '介護ロボット',
      '動作解析',
      '筋電図',
      'transfer assist',
      'care robot',
      'motion capture',
      'EMG',
      'lumbar load',
    ],
    desiredOutcome: '腰部負担を30％以上減らす機器と使い方を選び、全職員に展開する。',
    timeline: '2025年度中に評価、2026年度に導入（介護ロボット導入支援補助金を活用）',
    budgetBand: FROM_1M_TO_5M,
    confidentiality: PUBLIC,
    status: OPEN,
    surveyedBy: 'coord-aoki',
  },
  {
    key: 'need-care-night',
    company: 'co-shiokaze-care',
    title: '夜間の見守りと転倒の早期発見（カメラを使わないセンサ）',
    description:
      '夜勤は職員2名で入所者40名を見守っており、2時間おきの巡回の間に居室やトイレで転倒し、発見が遅れる事故が年に数件ある。' +
      'カメラによる見守りは入所者・家族のプライバシーの面で同意が得られにくい。カメラを使わずに、転倒の検知と呼吸・心拍などの' +
      'バイタルの見守りができるセンサ（レーダなど）を試したい。浴室やトイレでも使えることが望ましい。',
    keywords: [
      '見守り',
      '転倒検知',
      '夜間',
      'プライバシー',
      'バイタル',
      'センサ',
      'fall detection',
      'contactless monitoring',
      'radar',
    ],
    desiredOutcome: '転倒を1分以内に検知し、夜間の巡回回数を半分にする。',
    timeline: '1年以内に1フロアで実証',
    budgetBand: FROM_1M_TO_5M,
    confidentiality: REGION,
    status: OPEN,
    surveyedBy: 'coord-aoki',
  },

  // ---------------- 汐見酒造 ----------------
  {
    key: 'need-brewery-sakekasu',
    company: 'co-shiomi-brewery',
    title: '酒粕を活用した機能性食品と海の酵母を使った新商品の開発',
    description:
      '毎年約30トンの酒粕が出るが、粕漬け用に安価で販売するか廃棄している。酒粕の抗酸化能などの機能性を評価して、' +
      '機能性表示食品や健康志向の加工品として付加価値を付けたい。また、汐見湾の海から採った酵母で清酒を造れれば、' +
      '地域ブランドの新商品になるのではと考えている。',
    keywords: ['酒粕', '機能性食品', '抗酸化能', '発酵', '海洋酵母', '清酒', '地域ブランド'],
    desiredOutcome: '酒粕を用いた機能性食品1品と、海洋酵母の清酒1品の商品化。',
    timeline: '2年以内',
    budgetBand: UNDER_1M,
    confidentiality: PUBLIC,
    status: OPEN,
    surveyedBy: 'coord-aoki',
  },

  // ---------------- Minato Cold Chain ----------------
  {
    key: 'need-coldchain-traceability',
    company: 'co-minato-coldchain',
    title: 'Shipment-level temperature records and shelf-life evidence for fresh seafood',
    description:
      'Retail and restaurant customers now require a temperature record for every box of fresh seafood we ' +
      'carry from Shiomi port, and evidence of remaining shelf life on arrival. Our trucks log the air ' +
      'temperature of the cargo space only, not of each box, and reusable data loggers get lost. We are looking ' +
      'for a low-cost disposable temperature logger (RFID or similar) read without opening boxes, connected to ' +
      'a traceability system, ideally with a freshness or shelf-life estimate from the temperature history.',
    keywords: [
      'cold chain',
      'traceability',
      'temperature logger',
      'RFID',
      'shelf life',
      'fresh seafood',
      'freshness',
      'コールドチェーン',
    ],
    desiredOutcome: 'Per-box temperature records for all fresh-seafood shipments at under 100 yen per box.',
    timeline: 'Pilot within 6 months, full use in 2026',
    budgetBand: FROM_1M_TO_5M,
    confidentiality: PUBLIC,
    status: IN_DISCUSSION,
    surveyedBy: 'coord-morita',
  },

  // ---------------- 海藻バイオマテリアル ----------------
  {
    key: 'need-kaiso-film',
    company: 'co-kaiso-bio',
    title: 'アルギン酸系バイオプラスチックフィルムの耐水性と引張強度の向上',
    description:
      '当社はわかめ・昆布の加工残渣由来のアルギン酸で食品包装用の生分解性フィルムを開発しているが、水に触れると膨潤して強度が落ち、' +
      '水分の多い食品のトレーや小袋に使えない。セルロースナノファイバー（CNF）との複合化や架橋で耐水性と引張強度を高めたい。' +
      '引張試験機などで物性を評価し、ロール・ツー・ロールでの量産条件も検討したい。',
    keywords: [
      'アルギン酸',
      'バイオプラスチック',
      '生分解性フィルム',
      '耐水性',
      '引張強度',
      'セルロースナノファイバー',
      'alginate',
      'biodegradable film',
      'CNF',
    ],
    desiredOutcome: '引張強度80 MPa以上、24時間浸水後も形状を保つフィルム。',
    timeline: '2026年度に量産試作',
    budgetBand: FROM_1M_TO_5M,
    confidentiality: REGION,
    status: OPEN,
    surveyedBy: 'coord-aoki',
  },

  // ---------------- 汐見システム開発 ----------------
  {
    key: 'need-systems-fish-sorting',
    company: 'co-shiomi-systems',
    title: '産地市場における水揚げ魚の魚種・サイズの画像認識による自動選別',
    description:
      '産地市場では水揚げされた魚を人手で魚種・サイズごとに選別しているが、人手不足が深刻で、サンマやサバの盛漁期には選別が追いつかない。' +
      'ベルトコンベア上の魚をカメラで撮影し、画像認識（深層学習）で魚種とサイズを判別して選別装置と連動させ、' +
      '結果を当社の販売管理システムに取り込みたい。似た魚種の判別精度と処理速度が課題。',
    keywords: [
      '画像認識',
      '深層学習',
      '魚種判別',
      'サイズ選別',
      '自動選別',
      '産地市場',
      'AI',
      'image recognition',
      'deep learning',
    ],
    desiredOutcome: '主要10魚種で判別精度95％以上、毎秒5尾以上の処理速度。',
    timeline: '2026年の秋サンマ漁期に実証',
    budgetBand: FROM_5M_TO_20M,
    confidentiality: PUBLIC,
    status: OPEN,
    surveyedBy: 'coord-morita',
  },

  // ================= Kasumi Valley =================
  {
    key: 'need-carbon-cycle',
    company: 'co-kasumi-carbon',
    title: 'CFRTPプレス成形のサイクルタイム短縮（自動車部品の量産対応）',
    description:
      '自動車メーカーから熱可塑性CFRP（CFRTP）製ブラケットの量産を打診されているが、現在の赤外線ヒーターで基材を予熱してプレスする方式では' +
      '成形サイクルが4〜5分かかり、目標の1分に届かない。予熱中の温度むらによる反りや含浸不良も出ている。' +
      '誘導加熱など金型内で急速に加熱・冷却する成形技術を検討したい。大学の加熱プレス成形機で試作と条件出しを行いたい。',
    keywords: [
      'CFRTP',
      'プレス成形',
      '成形サイクル',
      '誘導加熱',
      'ハイサイクル成形',
      '自動車部品',
      'compression moulding',
      'thermoplastic composite',
    ],
    desiredOutcome: '成形サイクル60秒以下で反り・含浸不良のない部品。',
    timeline: '2026年度の量産立ち上げに向け1年以内',
    budgetBand: OVER_20M,
    confidentiality: REGION,
    status: IN_DISCUSSION,
    surveyedBy: 'coord-ishikawa',
  },
  {
    key: 'need-carbon-scrap',
    company: 'co-kasumi-carbon',
    title: 'Recycling CFRP offcuts and rejected parts',
    description:
      'Cutting prepreg leaves carbon-fibre offcuts, and cured parts are sometimes rejected: about 5 tons a ' +
      'month that we pay to dispose of as industrial waste. Recovering the carbon fibre for reuse (nonwoven ' +
      'mats, remoulding) would cut both material and disposal costs. We want to compare chemical recycling, ' +
      'pyrolysis and other methods that a medium-sized moulder can run itself.',
    keywords: [
      'CFRP',
      'offcuts',
      'recycling',
      'carbon fibre recovery',
      'chemical recycling',
      'pyrolysis',
      'nonwoven',
      '端材',
      'リサイクル',
    ],
    desiredOutcome: 'Reuse at least half of the offcuts and cut disposal costs by 10 million yen a year.',
    timeline: 'Within two years',
    budgetBand: FROM_5M_TO_20M,
    confidentiality: REGION,
    status: OPEN,
    surveyedBy: 'coord-ishikawa',
  },
  {
    key: 'need-precision-delamination',
    company: 'co-kasumi-precision',
    title: 'CFRP穴あけ加工時の層間剥離（デラミネーション）と工具摩耗の抑制',
    description:
      '航空機部品のCFRP積層板に数千個の穴をあけているが、ドリルの出口側で層間剥離（デラミネーション）とバリが発生し、' +
      '不良率が約3％ある。工具の摩耗が進むと剥離が増えるため、ドリルを早めに交換しており工具費もかさむ。' +
      '超音波振動を加える加工などで剥離を抑え、X線CTで内部の剥離を確認したい。工具摩耗の監視方法も知りたい。',
    keywords: [
      'CFRP',
      '穴あけ加工',
      '層間剥離',
      'デラミネーション',
      '工具摩耗',
      'X線CT',
      '超音波振動',
      'delamination',
      'drilling',
      'X-ray CT',
      'tool wear',
    ],
    desiredOutcome: '不良率を0.5％以下にし、工具寿命を1.5倍にする。',
    timeline: '1年以内',
    budgetBand: FROM_1M_TO_5M,
    confidentiality: REGION,
    status: OPEN,
    surveyedBy: 'coord-ishikawa',
  },
  {
    key: 'need-robotics-actuator',
    company: 'co-valley-robotics',
    title: 'Soft actuator for a patient transfer assist robot',
    description:
      'Our transfer assist robot lifts care-home residents from bed to wheelchair with electric motors and rigid ' +
      'arms. Care staff find it heavy and residents are afraid of the hard contact. We want to replace the arm ' +
      'contact parts with soft actuators — for example pneumatic artificial muscles — that are safe in contact ' +
      'with frail elderly people, light, and tolerate water for use around bathing. We need a research partner ' +
      'to co-design the actuator and evaluate the burden on care workers with EMG and motion capture.',
    keywords: [
      'soft actuator',
      'pneumatic artificial muscle',
      'transfer assist',
      'care robot',
      'patient transfer',
      'elderly care',
      'アシスト',
      '移乗介助',
    ],
    desiredOutcome: 'A prototype soft-arm module weighing under 3 kg that passes a care-home trial.',
    timeline: 'Prototype by March 2026',
    budgetBand: FROM_5M_TO_20M,
    confidentiality: PUBLIC,
    status: OPEN,
    surveyedBy: 'coord-ishikawa',
  },
  {
    key: 'need-robotics-fall',
    company: 'co-valley-robotics',
    title: 'Camera-free fall detection for care homes',
    description:
      'Care homes that use our robots also ask for night monitoring, but refuse cameras in bedrooms and ' +
      'toilets for privacy reasons. We are looking for contactless sensing (radar or similar) that detects ' +
      'falls and monitors breathing without cameras, to integrate with our robot’s call system. Partners ' +
      'outside Kasumi Valley are welcome.',
    keywords: ['fall detection', 'contactless monitoring', 'radar', 'privacy', 'care home', 'vital signs', '転倒検知'],
    desiredOutcome: 'An integrated monitoring option for our robot platform, licensed or co-developed.',
    timeline: 'Within 18 months',
    budgetBand: UNDECIDED,
    confidentiality: PUBLIC,
    status: OPEN,
    surveyedBy: 'coord-morita',
  },
  {
    key: 'need-medical-afo',
    company: 'co-kasumi-medical',
    title: '短下肢装具の軽量化と製作期間の短縮（3Dスキャン・3Dプリントの活用）',
    description:
      '脳卒中後のリハビリ患者向けの短下肢装具（AFO）を、石膏で採型してポリプロピレンを熱成形して作っているが、製作に2週間かかり、' +
      '重くて患者に嫌がられることがある。3Dスキャンで採型し、炭素繊維などで補強した3Dプリント装具にできれば、' +
      '軽量化と製作期間の短縮ができると考えている。装具の剛性を歩行解析に基づいて設計する方法も知りたい。',
    keywords: [
      '短下肢装具',
      '装具',
      '軽量化',
      '3Dプリント',
      '3Dスキャン',
      '炭素繊維',
      '歩行解析',
      'リハビリ',
      'orthosis',
    ],
    desiredOutcome: '重量30％減、製作期間を1週間以内にした装具の製品化。',
    timeline: '2年以内に製品化',
    budgetBand: FROM_5M_TO_20M,
    confidentiality: REGION,
    status: OPEN,
    surveyedBy: 'coord-ishikawa',
  },
  {
    key: 'need-textile-composite',
    company: 'co-kasumi-textile',
    title: '絹・亜麻織物の技術を生かした天然繊維複合材料の強化基材の開発',
    description:
      '当社は絹と亜麻（リネン）の高級織物を織ってきたが、需要が減り、織機と職人の技術を生かせる新分野を探している。' +
      '天然繊維を強化材にした複合材料（NFRP）用のクロスを当社の織機で織れないか。どのような繊維処理や織り方が複合材料に適しているか、' +
      '物性評価（引張・曲げ）をどこでできるかを知りたい。',
    keywords: ['天然繊維', '複合材料', 'NFRP', '亜麻', '絹', '織物', '強化基材', '新分野進出'],
    desiredOutcome: '複合材料用の天然繊維クロスを試作し、成形メーカーに評価してもらう。',
    timeline: '2025〜2026年度',
    budgetBand: UNDER_1M,
    confidentiality: PUBLIC,
    status: OPEN,
    surveyedBy: 'coord-ishikawa',
  },
  {
    key: 'need-auto-joining',
    company: 'co-kasumi-auto',
    title: 'Joining CFRP to aluminium for lighter EV battery housings',
    description:
      'Our customers want battery housings for electric vehicles 30 % lighter than today’s all-aluminium design. ' +
      'A hybrid structure with a thermoplastic CFRP (CFRTP) lid and aluminium frame would meet the target, ' +
      'but adhesive bonding needs long curing and surface preparation, and rivets damage the composite. We need ' +
      'a fast, adhesive-free joining method for CFRTP and aluminium with proven strength and corrosion ' +
      'resistance (salt spray), compatible with a line takt of one minute.',
    keywords: [
      'dissimilar material joining',
      'CFRTP',
      'aluminium',
      'battery housing',
      'lightweight',
      'electric vehicle',
      'hybrid structure',
      '異種材料接合',
    ],
    desiredOutcome: 'A joining process qualified on a demonstrator housing within two years.',
    timeline: 'Demonstrator in 2026, series decision in 2027',
    budgetBand: OVER_20M,
    confidentiality: REGION,
    status: OPEN,
    surveyedBy: 'coord-morita',
  },
  {
    key: 'need-auto-fire',
    company: 'co-kasumi-auto',
    title: '電池ケース用複合材料の難燃性の確保',
    description:
      '電池ケースを複合材料化する場合、熱暴走時の類焼を防ぐ難燃性が必須となる。ハロゲン系難燃剤を使わずに難燃性を持つ' +
      'マトリックス樹脂や、バイオベース樹脂の候補を探している。開発中の車種に関わるため社外秘とする。',
    keywords: ['難燃性', '電池ケース', '複合材料', 'マトリックス樹脂', 'バイオベース', 'flame retardant'],
    desiredOutcome: 'UL94 V-0相当の難燃性を持つCFRP用樹脂の候補選定。',
    timeline: '1年以内',
    budgetBand: FROM_5M_TO_20M,
    confidentiality: PRIVATE,
    status: OPEN,
    surveyedBy: 'coord-ishikawa',
  },
  {
    key: 'need-hamaboshi-packing',
    company: 'co-hamaboshi',
    title: '干物・切り身のトレー詰め作業の自動化',
    description:
      '干物や切り身を形・大きさの異なるままトレーに詰める作業を手作業で行っており、繁忙期の人手が足りない。' +
      '柔らかい魚を傷つけずにつかんで並べられるロボットハンド（ソフトグリッパーなど）があれば導入を検討したい。',
    keywords: ['自動化', 'トレー詰め', 'ロボットハンド', 'ソフトグリッパー', '食品', 'soft gripper', 'food handling'],
    desiredOutcome: '詰め作業の人員を2名削減。',
    timeline: '3年以内',
    budgetBand: UNDECIDED,
    confidentiality: PUBLIC,
    status: SOLVED,
    surveyedBy: 'coord-aoki',
  },
];
