import { DemoContact, DemoCoordinator, DemoResearcher, DemoSupportStaff } from '../demo.types';

export const DEMO_RESEARCHERS: DemoResearcher[] = [
  // --- 汐見海洋大学 ---
  {
    key: 'res-tanaka',
    name: '田中 美咲 (Misaki Tanaka)',
    title: '教授',
    fields: ['食品工学', '水産物乾燥', '食品物性'],
    profile:
      '汐見海洋大学 海洋食品科学部 教授。博士（農学）。水産物と海藻の乾燥工学を専門とし、ヒートポンプ式低温除湿乾燥、' +
      '遠赤外線乾燥、過熱水蒸気乾燥の比較研究を20年にわたり続けてきた。乾燥中の色調（クロロフィル・フコキサンチン）の' +
      '劣化機構と水分移動のモデル化に詳しく、県内の乾燥わかめ・干物メーカー10社以上と共同研究の実績がある。' +
      '地域イノベーション戦略の招へい中核研究者として、食品乾燥・冷凍分野のプロジェクトを統括している。',
    invitedCoreResearcher: true,
    affiliations: ['org-shiomi-univ'],
  },
  {
    key: 'res-sato',
    name: '佐藤 健一 (Kenichi Sato)',
    title: '准教授',
    fields: ['海藻化学', '海洋多糖類', 'バイオマス素材'],
    profile:
      '海洋生物資源学部 准教授。フコイダン・アルギン酸・ラミナランなど褐藻多糖類の抽出・精製と構造解析を研究している。' +
      '加工残渣（わかめ茎、めかぶ、昆布の根）を原料とする低コスト抽出プロセスと、アルギン酸を用いた生分解性素材の開発に' +
      '取り組む。海藻バイオマテリアル社の技術顧問。',
    invitedCoreResearcher: false,
    affiliations: ['org-shiomi-univ'],
  },
  {
    key: 'res-yamamoto',
    name: '山本 亮 (Ryo Yamamoto)',
    title: '教授',
    fields: ['水産増養殖学', '貝類衛生', '食品微生物'],
    profile:
      '海洋生物資源学部 教授。マガキ・ホタテの養殖環境と衛生管理が専門。紫外線殺菌海水を用いた二枚貝の浄化（depuration）、' +
      'ノロウイルスの迅速検出、夏季の高水温・貧酸素による斃死の要因解析を行っている。県の貝毒・衛生検査の委員を務める。',
    invitedCoreResearcher: false,
    affiliations: ['org-shiomi-univ'],
  },
  {
    key: 'res-carter',
    name: 'Emily Carter',
    title: 'Specially Appointed Associate Professor (特任准教授)',
    fields: ['Marine microbiology', 'Biofouling', 'Marine yeasts'],
    profile:
      'Marine microbiologist (PhD, University of Southampton) who joined Shiomi University of Marine Science ' +
      'in 2019. Studies how bacterial biofilms start the biofouling of sensors and nets, and develops ' +
      'peptide-based antifouling coatings that do not release biocides. Also isolates marine yeasts from ' +
      'seaweed beds of Shiomi Bay for fermented foods and beverages. Works in English and Japanese.',
    invitedCoreResearcher: false,
    affiliations: ['org-shiomi-univ'],
  },
  {
    key: 'res-kobayashi',
    name: '小林 直子 (Naoko Kobayashi)',
    title: '助教',
    fields: ['食品冷凍学', '凍結・解凍', '食品物性'],
    profile:
      '海洋食品科学部 助教。魚肉の凍結・解凍過程での氷結晶の成長と細胞損傷、解凍ドリップの発生機構を研究している。' +
      '電場・磁場を印加した過冷却凍結、ブライン凍結の条件最適化、示差走査熱量計による凍結特性の評価が専門。',
    invitedCoreResearcher: false,
    affiliations: ['org-shiomi-univ'],
  },

  // --- 北浦工業大学 ---
  {
    key: 'res-nakamura',
    name: '中村 拓也 (Takuya Nakamura)',
    title: '教授',
    fields: ['組込みシステム', 'IoT', 'LPWA', 'センサネットワーク'],
    profile:
      '北浦工業大学 電気電子工学科 教授。低消費電力の無線センサネットワークとLPWA（LoRaWAN、ELTRES）通信を専門とし、' +
      '養殖場の水質モニタリング用センサブイ、漁港のコールドチェーン用温度ロガーを地域企業と共同開発してきた。' +
      '太陽電池と二次電池による長期無保守運用、欠測データの補完アルゴリズムに強みがある。招へい中核研究者として' +
      'スマート養殖分野を担当し、水産DX人材育成プログラムの責任者も務める。',
    invitedCoreResearcher: true,
    affiliations: ['org-kitaura-tech'],
  },
  {
    key: 'res-watanabe',
    name: '渡辺 聡 (Satoshi Watanabe)',
    title: 'Associate Professor (准教授)',
    fields: ['Electrochemistry', 'Water electrolysis', 'Fuel cells', '水電解'],
    profile:
      'Associate Professor of Mechanical and Materials Engineering. Works on electrode catalysts and ' +
      'degradation analysis for proton exchange membrane (PEM) and anion exchange membrane (AEM) water ' +
      'electrolysis, and proposed an accelerated degradation test that reproduces the power fluctuations of ' +
      'wind and solar plants. Also leads joint research on fuel-cell hybrid propulsion for small vessels.',
    invitedCoreResearcher: false,
    affiliations: ['org-kitaura-tech'],
  },
  {
    key: 'res-park',
    name: 'Park Ji-hoon (朴 志勲)',
    title: 'Associate Professor',
    fields: ['Energy harvesting', 'Triboelectric nanogenerators', 'Ocean engineering'],
    profile:
      'Associate Professor of Electrical Engineering at Kitaura Institute of Technology (PhD, KAIST). ' +
      'Develops triboelectric and electromagnetic harvesters that turn low-frequency wave motion into ' +
      'electricity for self-powered ocean sensors and navigation buoys, and tests them at the university’s ' +
      'pier in Shiomi Bay.',
    invitedCoreResearcher: false,
    affiliations: ['org-kitaura-tech'],
  },
  {
    key: 'res-suzuki',
    name: '鈴木 大輔 (Daisuke Suzuki)',
    title: '講師',
    fields: ['複合材料', 'リサイクル', '熱分解'],
    profile:
      '機械・材料工学科 講師。ガラス繊維強化プラスチック（GFRP）と炭素繊維強化プラスチック（CFRP）のリサイクルを研究。' +
      '過熱水蒸気を用いた熱分解で廃FRP漁船からガラス繊維を回収し、再生繊維をコンクリート補強材や射出成形材料に用いる技術を開発した。',
    invitedCoreResearcher: false,
    affiliations: ['org-kitaura-tech'],
  },
  {
    key: 'res-kato',
    name: '加藤 陽菜 (Hina Kato)',
    title: '准教授',
    fields: ['画像認識', '深層学習', 'リモートセンシング'],
    profile:
      'Associate Professor of Information Science specialising in image recognition with deep learning: ' +
      'automatic identification of fish species and size at landing, estimation of seaweed and seagrass beds ' +
      '(blue carbon) from drone imagery, and data use at regional fish markets. Known for transfer learning ' +
      'and data augmentation methods that reach high accuracy from few training images.',
    invitedCoreResearcher: false,
    affiliations: ['org-kitaura-tech'],
  },
  {
    key: 'res-menon',
    name: 'Rahul Menon',
    title: 'Associate Professor',
    fields: ['Radar sensing', 'mmWave', 'Signal processing', 'Healthcare monitoring'],
    profile:
      'Associate Professor of Information Science (PhD, IIT Madras; postdoc at Tohoku University). Uses ' +
      '60 GHz and 79 GHz millimetre-wave radar to measure breathing and heart rate without contact and to ' +
      'detect falls in bathrooms and bedrooms, where cameras are not acceptable. Has run a one-year field ' +
      'trial in two care homes with 40 residents.',
    invitedCoreResearcher: false,
    affiliations: ['org-kitaura-tech'],
  },
  {
    key: 'res-hoshino',
    name: '星野 誠 (Makoto Hoshino)',
    title: '教授',
    fields: ['金属材料', '水素吸蔵合金', '熱工学'],
    profile:
      '機械・材料工学科 教授。マグネシウム系・チタン鉄系の水素吸蔵合金の開発と、合金タンクの熱マネジメント設計を研究。' +
      '水素ステーションや漁港向け定置式水素貯蔵の安全評価にも携わる。',
    invitedCoreResearcher: false,
    affiliations: ['org-kitaura-tech'],
  },

  // --- 岬保健医療大学 ---
  {
    key: 'res-ogawa',
    name: '小川 由紀 (Yuki Ogawa)',
    title: '教授',
    fields: ['理学療法学', 'バイオメカニクス', '介護動作解析'],
    profile:
      'リハビリテーション学部 教授。三次元動作解析と表面筋電図を用いて、移乗介助や入浴介助での介護職員の腰部負担を定量化している。' +
      '介護ロボット・アシストスーツの効果検証、高齢者の転倒リスク評価の研究実績が多い。招へい中核研究者として介護・見守り分野を担当。',
    invitedCoreResearcher: true,
    affiliations: ['org-misaki-health'],
  },
  {
    key: 'res-fujii',
    name: '藤井 恵 (Megumi Fujii)',
    title: '准教授',
    fields: ['食品栄養学', '機能性評価', '発酵食品'],
    profile:
      '栄養学科 准教授。酒粕・味噌など発酵食品と海藻の抗酸化能、血圧・血糖への影響をヒト試験と細胞試験で評価している。' +
      '機能性表示食品の届出支援と、減塩食品の嗜好性評価の経験が豊富。',
    invitedCoreResearcher: false,
    affiliations: ['org-misaki-health'],
  },

  // --- 汐見湾水産・食品技術センター ---
  {
    key: 'res-mori',
    name: '森 浩二 (Koji Mori)',
    title: '主任研究員',
    fields: ['水産加工', '減塩技術', '鮮度評価'],
    profile:
      '汐見湾水産・食品技術センター 主任研究員。干物・塩蔵品の塩分浸透と減塩、水産物の鮮度指標（K値）の迅速測定、' +
      '乾燥条件と品質の関係を研究し、県内加工業者への技術相談を年間150件受けている。',
    invitedCoreResearcher: false,
    affiliations: ['org-shiomi-fisheries-center'],
  },
  {
    key: 'res-hayashi',
    name: '林 真理 (Mari Hayashi)',
    title: '研究員',
    fields: ['食品検査', '非破壊計測', '近赤外分光'],
    profile:
      '同センター研究員。近赤外分光法とX線透過画像による食品中の異物・品質の非破壊検査を研究している。' +
      '乾燥わかめに混入する貝殻片・小エビ・フジツボの検出アルゴリズムを開発中。',
    invitedCoreResearcher: false,
    affiliations: ['org-shiomi-fisheries-center', 'org-shiomi-univ'],
  },

  // --- 霞ヶ谷大学・霞ヶ谷工業技術センター ---
  {
    key: 'res-takahashi',
    name: '高橋 修 (Osamu Takahashi)',
    title: '教授',
    fields: ['複合材料工学', '熱可塑性CFRP', '成形加工'],
    profile:
      '霞ヶ谷大学 工学部 教授。熱可塑性炭素繊維強化プラスチック（CFRTP）の誘導加熱プレス成形、スタンパブルシートの' +
      '高速成形、リサイクル炭素繊維の不織布化を研究している。自動車・航空機メーカーとの共同研究多数。招へい中核研究者として' +
      '霞ヶ谷地域の複合材料分野を統括する。',
    invitedCoreResearcher: true,
    affiliations: ['org-kasumi-univ'],
  },
  {
    key: 'res-inoue',
    name: '井上 彩 (Aya Inoue)',
    title: '准教授',
    fields: ['ソフトロボティクス', '空気圧アクチュエータ', '福祉工学'],
    profile:
      '工学部 機械システムコース 准教授。McKibben型を改良した空気圧人工筋肉と、それを用いた移乗介助用アシストスーツ、' +
      '柔らかいロボットハンドを研究している。人に接触しても安全なソフトアクチュエータの設計と制御が専門。',
    invitedCoreResearcher: false,
    affiliations: ['org-kasumi-univ'],
  },
  {
    key: 'res-kimura',
    name: '木村 翔 (Sho Kimura)',
    title: '准教授',
    fields: ['精密加工', '難削材加工', '加工モニタリング'],
    profile:
      'Associate Professor of Engineering. Specialises in drilling and machining of CFRP and titanium alloys; ' +
      'develops ultrasonic vibration-assisted drilling that suppresses delamination at hole exits, and ' +
      'acoustic emission (AE) monitoring of tool wear during machining.',
    invitedCoreResearcher: false,
    affiliations: ['org-kasumi-univ'],
  },
  {
    key: 'res-muller',
    name: 'Lena Müller',
    title: 'Specially Appointed Associate Professor',
    fields: ['Laser processing', 'Dissimilar material joining', 'Lightweight structures'],
    profile:
      'Laser materials engineer (Dr.-Ing., RWTH Aachen) at Kasumi Valley University since 2021. Develops ' +
      'laser-assisted direct joining of thermoplastic CFRP to aluminium and steel without adhesives or ' +
      'rivets, including laser surface structuring of the metal and in-process temperature control.',
    invitedCoreResearcher: false,
    affiliations: ['org-kasumi-univ'],
  },
  {
    key: 'res-abe',
    name: '阿部 里奈 (Rina Abe)',
    title: '准教授',
    fields: ['医工学', '装具設計', '歩行解析'],
    profile:
      '工学部 医工学コース 准教授（理学療法士）。3Dスキャンと積層造形による個別適合型の短下肢装具、ウェアラブルIMUを用いた' +
      '歩行解析を研究し、地域の義肢装具メーカーと臨床試験を進めている。',
    invitedCoreResearcher: false,
    affiliations: ['org-kasumi-univ'],
  },
  {
    key: 'res-shimizu',
    name: '清水 健 (Ken Shimizu)',
    title: '主任研究員',
    fields: ['天然繊維複合材料', 'CFRPリサイクル', '高分子材料'],
    profile:
      '霞ヶ谷工業技術センター 主任研究員。亜麻・絹・竹など天然繊維を強化材とする複合材料（NFRP）と、CFRPの常圧溶媒分解による' +
      '炭素繊維の化学リサイクルを研究している。地域の織物・成形メーカーの技術相談を担当。',
    invitedCoreResearcher: false,
    affiliations: ['org-kasumi-itc', 'org-kasumi-univ'],
  },
];

export const DEMO_CONTACTS: DemoContact[] = [
  {
    key: 'ct-wakame-abe',
    organization: 'co-shiomi-wakame',
    name: '阿部 浩之',
    title: '代表取締役',
    email: 'h.abe@shiomi-wakame.example',
  },
  {
    key: 'ct-wakame-kon',
    organization: 'co-shiomi-wakame',
    name: '今 さやか',
    title: '品質管理課長',
    email: 's.kon@shiomi-wakame.example',
  },
  {
    key: 'ct-oyster-oikawa',
    organization: 'co-kitaura-oyster',
    name: '及川 翼',
    title: '代表社員',
    email: 'tsubasa@kitaura-oyster.example',
  },
  {
    key: 'ct-hamaboshi-endo',
    organization: 'co-hamaboshi',
    name: '遠藤 和子',
    title: '専務取締役',
    email: 'k.endo@hamaboshi.example',
  },
  {
    key: 'ct-frozen-takeda',
    organization: 'co-shiomi-frozen',
    name: '武田 誠',
    title: '生産技術部長',
    email: 'm.takeda@shiomi-frozen.example',
  },
  {
    key: 'ct-bluewave-lee',
    organization: 'co-bluewave',
    name: 'Sarah Lee',
    title: 'CTO',
    email: 'sarah.lee@bluewave-sensing.example',
  },
  {
    key: 'ct-dock-sasaki',
    organization: 'co-shiomi-dock',
    name: '佐々木 徹',
    title: '技術部長',
    email: 't.sasaki@shiomi-dock.example',
  },
  {
    key: 'ct-hydrogen-ono',
    organization: 'co-shiomi-hydrogen',
    name: '小野 健太',
    title: 'Plant Manager',
    email: 'k.ono@shiomi-h2.example',
  },
  {
    key: 'ct-care-kikuchi',
    organization: 'co-shiokaze-care',
    name: '菊池 早苗',
    title: '介護部長',
    email: 's.kikuchi@shiokaze-care.example',
  },
  {
    key: 'ct-brewery-hatakeyama',
    organization: 'co-shiomi-brewery',
    name: '畠山 蔵人',
    title: '杜氏・製造部長',
    email: 'kurando@shiomi-sake.example',
  },
  {
    key: 'ct-coldchain-murata',
    organization: 'co-minato-coldchain',
    name: '村田 洋平',
    title: 'Quality Assurance Manager',
    email: 'y.murata@minato-coldchain.example',
  },
  {
    key: 'ct-kaiso-chiba',
    organization: 'co-kaiso-bio',
    name: '千葉 遥',
    title: '代表取締役CEO',
    email: 'haruka@kaiso-bio.example',
  },
  {
    key: 'ct-systems-goto',
    organization: 'co-shiomi-systems',
    name: '後藤 亮介',
    title: '開発部マネージャー',
    email: 'r.goto@shiomi-systems.example',
  },
  {
    key: 'ct-carbon-saito',
    organization: 'co-kasumi-carbon',
    name: '斎藤 隆',
    title: '技術開発部長',
    email: 't.saito@kasumi-carbon.example',
  },
  {
    key: 'ct-precision-yoshida',
    organization: 'co-kasumi-precision',
    name: '吉田 剛',
    title: '製造課長',
    email: 'g.yoshida@kasumi-precision.example',
  },
  {
    key: 'ct-robotics-nguyen',
    organization: 'co-valley-robotics',
    name: 'Minh Nguyen',
    title: 'Head of Hardware',
    email: 'minh.nguyen@valley-robotics.example',
  },
  {
    key: 'ct-medical-okada',
    organization: 'co-kasumi-medical',
    name: '岡田 直美',
    title: '開発部 義肢装具士',
    email: 'n.okada@kasumi-medical.example',
  },
  {
    key: 'ct-textile-kudo',
    organization: 'co-kasumi-textile',
    name: '工藤 絹子',
    title: '代表取締役',
    email: 'kinuko@kasumi-orimono.example',
  },
  {
    key: 'ct-auto-hara',
    organization: 'co-kasumi-auto',
    name: '原 俊介',
    title: 'Senior Engineer, Battery Housing',
    email: 's.hara@kasumi-auto.example',
  },
  {
    key: 'ct-bank-miura',
    organization: 'org-shiosai-bank',
    name: '三浦 大地',
    title: '法人営業部 産学連携担当',
    email: 'd.miura@shiosai-bank.example',
  },
  {
    key: 'ct-city-ito',
    organization: 'org-shiomi-city',
    name: '伊藤 智子',
    title: '産業振興部 主査',
    email: 't.ito@city.shiomi.example',
  },
];

export const DEMO_COORDINATORS: DemoCoordinator[] = [
  {
    key: 'coord-aoki',
    name: '青木 恵子 (Keiko Aoki)',
    specialtyFields: ['水産加工', '食品乾燥', '海洋バイオ', '機能性食品'],
    email: 'k.aoki@shiomi-promotion.example',
    worksFor: 'org-shiomi-promotion',
    covers: ['region-shiomi'],
    knows: [
      {
        person: 'res-tanaka',
        note: '乾燥技術の相談窓口。学外利用で低温除湿乾燥試験機を借りる際の調整役もお願いしている。',
        since: '2019-04-15',
      },
      {
        person: 'res-sato',
        note: 'Fucoidan and alginate; advises Kaiso Biomaterials. Prefers meetings on Thursdays.',
        since: '2020-06-02',
      },
      {
        person: 'res-yamamoto',
        note: '牡蠣の衛生管理・ノロウイルス対策。県の衛生検査委員で漁協とのつながりも強い。',
        since: '2018-09-20',
      },
      {
        person: 'res-kobayashi',
        note: '凍結・解凍の若手研究者。汐見冷凍食品の解凍ドリップ問題を紹介済み。',
        since: '2022-05-11',
      },
      { person: 'res-fujii', note: '酒粕の抗酸化能評価で汐見酒造と面談予定（2025年度）。', since: '2021-11-08' },
      {
        person: 'res-mori',
        note: 'Salt penetration and K-value kit; the first call for any dried-fish question.',
        since: '2017-04-01',
      },
      {
        person: 'ct-wakame-abe',
        note: '乾燥機の更新と残渣処理に強い関心。補助金の申請書作成を支援中。',
        since: '2019-07-03',
      },
      {
        person: 'ct-wakame-kon',
        note: '異物混入クレーム対応の担当。検査データを共有してもらえる関係。',
        since: '2023-02-14',
      },
      {
        person: 'ct-hamaboshi-endo',
        note: 'Wants to replace sun drying; visited the drying pilot at the university with her in 2024.',
        since: '2020-10-21',
      },
      { person: 'ct-frozen-takeda', note: '解凍ドリップ削減のテーマで共同研究を打診中。', since: '2021-03-09' },
      { person: 'ct-brewery-hatakeyama', note: '酒粕の活用と海洋酵母の清酒に前向き。', since: '2022-08-30' },
      {
        person: 'ct-kaiso-chiba',
        note: 'CEO of the alginate film start-up; needs tensile testing and a partner for water resistance.',
        since: '2021-04-19',
      },
    ],
  },
  {
    key: 'coord-morita',
    name: '森田 浩 (Hiroshi Morita)',
    specialtyFields: ['水素・エネルギー', 'IoT・情報通信', '複合材料', '知的財産'],
    email: 'h.morita@shiomi-promotion.example',
    worksFor: 'org-shiomi-promotion',
    covers: ['region-shiomi', 'region-kasumi'],
    knows: [
      {
        person: 'res-nakamura',
        note: 'スマート養殖の中核研究者。センサブイの実証で北浦オイスターファームと連携中。',
        since: '2018-04-01',
      },
      {
        person: 'res-watanabe',
        note: 'PEM/AEM electrolysis; ran the accelerated degradation test for Shiomi Hydrogen in 2023.',
        since: '2020-01-17',
      },
      {
        person: 'res-park',
        note: 'Wave-energy harvesters; open to field tests with Bluewave Sensing.',
        since: '2022-10-04',
      },
      {
        person: 'res-suzuki',
        note: '廃FRP漁船のリサイクル。霞ヶ谷のCFRPリサイクル研究者とも引き合わせた。',
        since: '2021-06-22',
      },
      { person: 'res-kato', note: '魚種判別AI。汐見システム開発との共同研究を仲介。', since: '2022-04-12' },
      {
        person: 'res-menon',
        note: 'mmWave fall detection; care-home trial data available under NDA.',
        since: '2021-09-01',
      },
      {
        person: 'res-hoshino',
        note: '水素吸蔵合金タンクの安全設計。漁港の水素貯蔵計画で助言を受けている。',
        since: '2019-12-05',
      },
      {
        person: 'res-takahashi',
        note: '霞ヶ谷の複合材料の中核研究者。汐見ドック工業のFRP課題で地域をまたいで協力。',
        since: '2020-07-28',
      },
      {
        person: 'ct-oyster-oikawa',
        note: 'いかだ60台の水温・溶存酸素を遠隔で見たいとの要望。夏の斃死対策が急務。',
        since: '2021-05-18',
      },
      {
        person: 'ct-bluewave-lee',
        note: 'Biofouling on optical DO sensors and battery swaps at sea are their top costs.',
        since: '2022-02-25',
      },
      { person: 'ct-dock-sasaki', note: '廃FRP船の処理と水素燃料電池船の検討。', since: '2020-11-30' },
      {
        person: 'ct-hydrogen-ono',
        note: 'Electrolyser stack degradation under wind-power fluctuation; storage station plan for 2027.',
        since: '2020-01-17',
      },
      { person: 'ct-systems-goto', note: '市場の画像認識選別。加藤准教授と月1回の定例あり。', since: '2022-04-12' },
      {
        person: 'ct-coldchain-murata',
        note: 'Needs shipment-level temperature records; interested in printed RFID loggers.',
        since: '2023-06-06',
      },
      {
        person: 'ct-bank-miura',
        note: 'しおさい銀行の産学連携ファンド担当。案件の事業性評価で協力。',
        since: '2019-04-10',
      },
      {
        person: 'ct-auto-hara',
        note: 'Kasumi Auto: CFRP–aluminium joining for battery housings; met at the composites forum.',
        since: '2023-10-19',
      },
    ],
  },
  {
    key: 'coord-ishikawa',
    name: '石川 翔太 (Shota Ishikawa)',
    specialtyFields: ['複合材料', '精密加工', '介護ロボット', '医療機器'],
    email: 's.ishikawa@kasumi-link.example',
    worksFor: 'org-kasumi-link',
    covers: ['region-kasumi'],
    knows: [
      {
        person: 'res-takahashi',
        note: 'CFRTPの誘導加熱プレス成形。霞ヶ谷カーボン工業との共同研究を組成した。',
        since: '2019-05-20',
      },
      {
        person: 'res-inoue',
        note: 'Pneumatic artificial muscles; prototype assist suit ready for field trials.',
        since: '2021-02-03',
      },
      { person: 'res-kimura', note: 'CFRP穴あけの層間剥離対策。霞精密の現場を一緒に見学済み。', since: '2020-09-14' },
      {
        person: 'res-muller',
        note: 'Laser joining of CFRTP and aluminium; speaks English and some Japanese.',
        since: '2022-01-25',
      },
      { person: 'res-abe', note: '個別適合型短下肢装具。霞メディカル機器と臨床試験の準備中。', since: '2021-07-07' },
      {
        person: 'res-shimizu',
        note: '天然繊維複合材料と溶媒分解リサイクル。霞織物の新分野進出を支援。',
        since: '2018-10-01',
      },
      { person: 'ct-carbon-saito', note: '成形サイクル短縮が最優先。端材の山を見せてもらった。', since: '2019-05-20' },
      { person: 'ct-precision-yoshida', note: 'デラミネーション不良率を3%から0.5%に下げたい。', since: '2020-09-14' },
      {
        person: 'ct-robotics-nguyen',
        note: 'Looking for soft actuators and camera-free fall detection; open to Shiomi Bay partners.',
        since: '2022-03-15',
      },
      {
        person: 'ct-medical-okada',
        note: '装具の軽量化と製作時間短縮。3Dプリント装具の薬機法対応を相談された。',
        since: '2021-07-07',
      },
      { person: 'ct-textile-kudo', note: '絹・亜麻織物を複合材料の強化基材へ。後継者も乗り気。', since: '2022-06-28' },
      {
        person: 'ct-auto-hara',
        note: 'Battery housing weight target: minus 30 % with fire resistance kept.',
        since: '2023-10-19',
      },
    ],
  },
];

export const DEMO_SUPPORT_STAFF: DemoSupportStaff[] = [
  {
    key: 'staff-oikawa',
    worksAt: 'org-shiomi-univ',
    name: '及川 直樹 (Naoki Oikawa)',
    title: '技術職員（食品加工実験棟）',
    skills: ['低温除湿乾燥', '色彩計測', '凍結乾燥', '食品加工実験の安全管理'],
    supports: ['eq-drying-pilot', 'eq-colorimeter', 'eq-freeze-dryer'],
  },
  {
    key: 'staff-chiba',
    worksAt: 'org-shiomi-univ',
    name: '千葉 麻衣 (Mai Chiba)',
    title: '技術専門職員',
    skills: ['HPLC', '糖・多糖類分析', '急速凍結試験', 'DSC'],
    supports: ['eq-hplc', 'eq-freezing-test'],
  },
  {
    key: 'staff-sasaki',
    worksAt: 'org-kitaura-tech',
    name: '佐々木 剛 (Tsuyoshi Sasaki)',
    title: 'Technical Staff, Shared Equipment Center',
    skills: ['FE-SEM', 'EDS', 'Electrochemical impedance', 'Salt spray and climate testing'],
    supports: ['eq-fesem', 'eq-potentiostat', 'eq-salt-spray'],
  },
  {
    key: 'staff-endo',
    worksAt: 'org-misaki-health',
    name: '遠藤 未来 (Miku Endo)',
    title: '技術補佐員（動作解析ラボ）',
    skills: ['モーションキャプチャ', '表面筋電図', '床反力計測', 'データ解析'],
    supports: ['eq-motion-capture'],
  },
  {
    key: 'staff-kikuchi',
    worksAt: 'org-kasumi-univ',
    name: '菊地 亮介 (Ryosuke Kikuchi)',
    title: '技術職員（複合材料評価室）',
    skills: ['加熱プレス成形', 'X線CT', '材料試験', '試験片加工'],
    supports: ['eq-hot-press', 'eq-xray-ct', 'eq-utm'],
  },
  {
    key: 'staff-sugawara',
    worksAt: 'org-kasumi-itc',
    name: '菅原 千尋 (Chihiro Sugawara)',
    title: 'Engineer, Additive Manufacturing Studio',
    skills: ['Continuous-fibre 3D printing', 'CAD', '3D scanning'],
    supports: ['eq-cf-printer'],
  },
  {
    key: 'staff-hashimoto',
    worksAt: 'org-shiomi-fisheries-center',
    name: '橋本 修 (Osamu Hashimoto)',
    title: '技師',
    skills: ['X線異物検査', '食品衛生', '依頼試験'],
    supports: ['eq-food-xray'],
  },
];
