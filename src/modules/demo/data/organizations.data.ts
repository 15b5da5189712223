import { CompanySize, OrganizationKind } from '../../organizations/models/organization.model';
import { DemoOrganization, DemoRegion } from '../demo.types';

/**
 * Two fictional regions: a coastal one (seafood processing, aquaculture, hydrogen, care) where most
 * of the demo lives, and an inland manufacturing one (composites, care robotics, orthoses), so
 * cross-region visibility and cross-region matches have something to show. Place names, institutions
 * and companies are invented; the prefectures are real.
 */
export const DEMO_REGIONS: DemoRegion[] = [
  {
    key: 'region-shiomi',
    code: 'shiomi-bay',
    name: '汐見湾ブルーエコノミー地域 (Shiomi Bay Blue Economy Region)',
    prefectures: ['宮城県', '岩手県'],
    strategySummary:
      '汐見湾地域は、わかめ・牡蠣・サンマを中心とする水産業と水産加工業が地域経済の柱である一方、' +
      '担い手の高齢化、漁獲量の変動、加工工程のエネルギーコスト上昇という課題を抱えている。' +
      '本地域イノベーション戦略では、(1) 水産物の乾燥・冷凍・鮮度保持技術の高度化による高付加価値化、' +
      '(2) IoTセンサとデータ活用によるスマート養殖の普及、(3) 海藻加工残渣やカキ殻など未利用資源の素材化、' +
      '(4) 洋上風力由来の再生可能エネルギーと水素を活用した脱炭素型の加工・物流拠点づくり、' +
      '(5) 沿岸部の高齢化に対応した介護・見守り技術の導入、の五つを重点分野とする。' +
      '汐見海洋大学、北浦工業大学、岬保健医療大学と汐見湾水産・食品技術センターが持つシーズを、' +
      '汐見湾産業振興機構のコーディネーターが地域企業のニーズと結び付け、しおさい銀行の事業性評価融資や' +
      '汐見市の実証フィールド提供と組み合わせて事業化までを一貫して支援する。\n\n' +
      'The strategy targets 30 joint R&D projects and 10 new products from regional seafood and energy ' +
      'companies within five years, with shared university equipment and a regional HR program for ' +
      'fisheries digital transformation.',
    focusFields: [
      '水産加工・食品乾燥',
      '冷凍・鮮度保持',
      'スマート養殖 (aquaculture IoT)',
      '海藻バイオマス素材',
      '水素・再生可能エネルギー',
      '介護・見守り技術',
    ],
  },
  {
    key: 'region-kasumi',
    code: 'kasumi-valley',
    name: '霞ヶ谷スマートものづくり地域 (Kasumi Valley Smart Manufacturing Region)',
    prefectures: ['山形県', '福島県'],
    strategySummary:
      'Kasumi Valley is an inland cluster of about 400 small and medium manufacturers: precision ' +
      'machining, textiles, automotive parts and medical devices. Its strategy is to move the cluster ' +
      'from metal parts to lightweight composite structures (CFRP, CFRTP and natural-fibre composites), ' +
      'to build recycling routes for composite scrap, and to apply the same materials and soft-robotics ' +
      'know-how to care robots and rehabilitation orthoses for an ageing society.\n\n' +
      '霞ヶ谷大学と霞ヶ谷工業技術センターを研究拠点に、複合材料の成形・加工・評価技術と介護・リハビリ機器の' +
      '開発を地域企業と共同で進める。汐見湾地域とは、FRP漁船のリサイクルや介護ロボットの実証で連携する。',
    focusFields: ['複合材料 (CFRP/CFRTP)', '精密加工', '介護ロボット', '医療・リハビリ機器', '天然繊維複合材料'],
  },
];

export const DEMO_ORGANIZATIONS: DemoOrganization[] = [
  // --- Shiomi Bay: knowledge institutions and support organizations ---
  {
    key: 'org-shiomi-univ',
    region: 'region-shiomi',
    name: '国立大学法人 汐見海洋大学 (Shiomi University of Marine Science)',
    kind: OrganizationKind.UNIVERSITY,
    description:
      '海洋生物資源学部・海洋食品科学部を持つ海洋系の国立大学。水産物の乾燥・冷凍・鮮度保持、海藻多糖類、' +
      '貝類の衛生管理、海洋微生物の研究に強みを持ち、地域共創センターを通じて水産加工企業との共同研究を年間40件以上実施している。' +
      '附属の食品加工実験棟には乾燥・凍結試験設備があり、学外利用制度で地域企業に開放している。',
  },
  {
    key: 'org-kitaura-tech',
    region: 'region-shiomi',
    name: '北浦工業大学 (Kitaura Institute of Technology)',
    kind: OrganizationKind.UNIVERSITY,
    description:
      'A private engineering university on the north shore of Shiomi Bay with departments of electrical ' +
      'and electronic engineering, mechanical and materials engineering, and information science. Known ' +
      'for low-power IoT and LPWA networks, radar sensing, hydrogen and electrochemistry, and composite ' +
      'recycling. Its Industry Collaboration Office runs a shared-equipment program for regional companies.',
  },
  {
    key: 'org-misaki-health',
    region: 'region-shiomi',
    name: '岬保健医療大学 (Misaki University of Health Sciences)',
    kind: OrganizationKind.UNIVERSITY,
    description:
      '看護学部・リハビリテーション学部・栄養学科を置く公立大学。介護現場の動作解析、高齢者の転倒予防、' +
      '食品の機能性評価を専門とし、地域の介護事業所や食品企業と実証研究を行っている。動作解析ラボを学外にも開放している。',
  },
  {
    key: 'org-shiomi-fisheries-center',
    region: 'region-shiomi',
    name: '汐見湾水産・食品技術センター (Shiomi Bay Fisheries and Food Technology Center)',
    kind: OrganizationKind.RESEARCH_INSTITUTE,
    description:
      '県と市が共同で設置する公設試験研究機関。水産加工品の品質管理、減塩・鮮度保持技術、異物検査の技術相談と' +
      '依頼試験を行い、開発した鮮度測定キットは県内の市場と加工場で使われている。',
  },
  {
    key: 'org-shiomi-promotion',
    region: 'region-shiomi',
    name: '公益財団法人 汐見湾産業振興機構 (Shiomi Bay Industry Promotion Organization)',
    kind: OrganizationKind.COORDINATING_ORGANIZATION,
    description:
      '地域イノベーション戦略推進の中核機関。産学官金連携コーディネーターを配置し、大学シーズの発掘、企業ニーズの' +
      '聞き取り、共同研究の組成、競争的資金の申請支援、コンソーシアムの事務局を担う。霞ヶ谷地域の連携機構とも協定を結んでいる。',
  },
  {
    key: 'org-shiomi-city',
    region: 'region-shiomi',
    name: '汐見市 産業振興部 (Shiomi City Industry Promotion Department)',
    kind: OrganizationKind.LOCAL_GOVERNMENT,
    description:
      'Runs the city subsidy for joint R&D with universities (up to 5 million yen per project), offers the ' +
      'municipal fishing port and care facilities as demonstration fields, and co-funds the regional ' +
      'fisheries DX training program.',
  },
  {
    key: 'org-shiosai-bank',
    region: 'region-shiomi',
    name: '株式会社しおさい銀行 (Shiosai Bank)',
    kind: OrganizationKind.FINANCIAL_INSTITUTION,
    description:
      '汐見湾地域を地盤とする地方銀行。事業性評価に基づく融資、産学連携ファンド（総額10億円）、' +
      '水産加工業の設備更新に向けたサステナビリティ・リンク・ローンを提供し、コンソーシアムにアドバイザーとして参加している。',
  },

  // --- Shiomi Bay: companies ---
  {
    key: 'co-shiomi-wakame',
    region: 'region-shiomi',
    name: '汐見わかめ加工株式会社 (Shiomi Wakame Processing Co., Ltd.)',
    kind: OrganizationKind.COMPANY,
    industry: '水産食料品製造業（湯通し塩蔵わかめ・乾燥わかめ・めかぶ）',
    size: CompanySize.SMALL,
    description:
      '従業員45名。地元漁協から仕入れた養殖わかめを湯通し塩蔵・乾燥加工し、生協と量販店向けに自社ブランド' +
      '「しおみ若布」を販売している。乾燥工程の燃料費と、茎・めかぶの加工残渣の処理費が経営課題。',
  },
  {
    key: 'co-kitaura-oyster',
    region: 'region-shiomi',
    name: '北浦オイスターファーム合同会社 (Kitaura Oyster Farm LLC)',
    kind: OrganizationKind.COMPANY,
    industry: '水産養殖業（マガキ・ホタテ）',
    size: CompanySize.SMALL,
    description:
      '若手漁業者5名が設立した養殖会社。湾内に垂下式の養殖いかだ60台を持ち、生食用の殻付き牡蠣を首都圏の' +
      'オイスターバーに直販している。夏場の高水温と貧酸素による斃死、ノロウイルス対策が課題。',
  },
  {
    key: 'co-hamaboshi',
    region: 'region-shiomi',
    name: '株式会社浜干し工房 (Hamaboshi Kobo Inc.)',
    kind: OrganizationKind.COMPANY,
    industry: '水産加工業（干物・一夜干し）',
    size: CompanySize.SMALL,
    description:
      'Family-run maker of sun-dried and overnight-dried fish (saury, mackerel, flounder), 18 employees. ' +
      'Moving from sun drying to machine drying to keep quality stable through the rainy season, and ' +
      'developing low-salt products for hospital and care-home meals.',
  },
  {
    key: 'co-shiomi-frozen',
    region: 'region-shiomi',
    name: '汐見冷凍食品株式会社 (Shiomi Frozen Foods Co., Ltd.)',
    kind: OrganizationKind.COMPANY,
    industry: '冷凍水産食品製造業',
    size: CompanySize.MEDIUM,
    description:
      '従業員210名。サバ・サンマ・カツオの冷凍フィレと切り身を外食チェーン向けに製造する。ブライン凍結と' +
      'エアブラスト凍結のラインを持ち、解凍時のドリップと食感の劣化に対する顧客の指摘が増えている。',
  },
  {
    key: 'co-bluewave',
    region: 'region-shiomi',
    name: 'Bluewave Sensing Inc. (株式会社ブルーウェーブセンシング)',
    kind: OrganizationKind.COMPANY,
    industry: 'Electronic sensors and ocean monitoring equipment',
    size: CompanySize.SMALL,
    description:
      'A start-up of 12 engineers spun out of a marine electronics maker. Designs water-quality sensor ' +
      'buoys (temperature, dissolved oxygen, salinity, chlorophyll) for fish farms and sells monitoring ' +
      'as a subscription. Sensor drift from biofouling and battery replacement at sea are its main costs.',
  },
  {
    key: 'co-shiomi-dock',
    region: 'region-shiomi',
    name: '汐見ドック工業株式会社 (Shiomi Dock Industries Co., Ltd.)',
    kind: OrganizationKind.COMPANY,
    industry: '造船・舶用機器製造業（FRP漁船の建造・修繕）',
    size: CompanySize.MEDIUM,
    description:
      '創業70年の造船所。FRP製の小型漁船（5〜19トン）の建造と修繕を行う。廃船となったFRP漁船の処理と、' +
      '脱炭素化に向けた電動化・水素燃料電池推進の検討が課題となっている。',
  },
  {
    key: 'co-shiomi-hydrogen',
    region: 'region-shiomi',
    name: '汐見ハイドロジェン・エナジー株式会社 (Shiomi Hydrogen Energy Co., Ltd.)',
    kind: OrganizationKind.COMPANY,
    industry: 'Hydrogen production and supply (renewable energy)',
    size: CompanySize.MEDIUM,
    description:
      'A joint venture of a regional utility and a gas distributor that runs a 2 MW PEM electrolyser fed ' +
      'by an offshore wind farm, and supplies hydrogen to the fishing port’s forklifts and a fuel-cell ' +
      'ferry trial. Plans a hydrogen storage station for the fish-processing park.',
  },
  {
    key: 'co-shiokaze-care',
    region: 'region-shiomi',
    name: '株式会社しおかぜケアサービス (Shiokaze Care Services Co., Ltd.)',
    kind: OrganizationKind.COMPANY,
    industry: '介護サービス業（特別養護老人ホーム・デイサービス）',
    size: CompanySize.MEDIUM,
    description:
      '汐見市と北浦町で特別養護老人ホーム2施設（定員160名）とデイサービス3事業所を運営。職員の腰痛による' +
      '離職と夜勤の負担が大きく、介護ロボットと見守りセンサの導入を検討している。',
  },
  {
    key: 'co-shiomi-brewery',
    region: 'region-shiomi',
    name: '汐見酒造株式会社 (Shiomi Brewery Co., Ltd.)',
    kind: OrganizationKind.COMPANY,
    industry: '酒類製造業（清酒）',
    size: CompanySize.SMALL,
    description:
      '明治創業の酒蔵。年間600石を醸造し、海の幸に合う辛口の純米酒が主力。副産物の酒粕の有効活用と、' +
      '地域の海洋資源を生かした新商品の開発を目指している。',
  },
  {
    key: 'co-minato-coldchain',
    region: 'region-shiomi',
    name: 'Minato Cold Chain Logistics K.K. (みなとコールドチェーン株式会社)',
    kind: OrganizationKind.COMPANY,
    industry: 'Refrigerated warehousing and transport',
    size: CompanySize.MEDIUM,
    description:
      'Operates two refrigerated warehouses at Shiomi fishing port and 80 refrigerated trucks carrying fresh ' +
      'and frozen seafood to Tokyo and Sendai. Customers increasingly ask for temperature records and ' +
      'shelf-life evidence for every shipment.',
  },
  {
    key: 'co-kaiso-bio',
    region: 'region-shiomi',
    name: '株式会社海藻バイオマテリアル (Kaiso Biomaterials Inc.)',
    kind: OrganizationKind.COMPANY,
    industry: '化学工業（海藻由来バイオプラスチック素材）',
    size: CompanySize.SMALL,
    description:
      '2021年創業の大学発ベンチャー。わかめ・昆布の加工残渣から抽出したアルギン酸を原料に、食品包装用の' +
      '生分解性フィルムを開発している。量産に向けて耐水性と引張強度の向上が必要。',
  },
  {
    key: 'co-shiomi-systems',
    region: 'region-shiomi',
    name: '汐見システム開発株式会社 (Shiomi Systems Co., Ltd.)',
    kind: OrganizationKind.COMPANY,
    industry: '情報通信業（受託ソフトウェア開発・産地市場システム）',
    size: CompanySize.SMALL,
    description:
      'A software house of 30 people whose sales-management system runs at five regional fish markets. With ' +
      'markets short of hands, it plans to add automatic sorting of landed fish by image recognition.',
  },

  // --- Kasumi Valley ---
  {
    key: 'org-kasumi-univ',
    region: 'region-kasumi',
    name: '霞ヶ谷大学 (Kasumi Valley University)',
    kind: OrganizationKind.UNIVERSITY,
    description:
      'A national university whose engineering faculty has courses in composite materials, mechanical systems ' +
      'and biomedical engineering. Known for thermoplastic CFRP moulding, precision machining of ' +
      'difficult-to-cut materials, soft robotics and dissimilar-material joining; its composite moulding and ' +
      'testing equipment is open to regional companies.',
  },
  {
    key: 'org-kasumi-itc',
    region: 'region-kasumi',
    name: '霞ヶ谷工業技術センター (Kasumi Valley Industrial Technology Center)',
    kind: OrganizationKind.RESEARCH_INSTITUTE,
    description:
      'A public industrial technology center offering testing, technical consulting and joint research to ' +
      'regional manufacturers, with a composites laboratory (natural-fibre composites, chemical recycling ' +
      'of CFRP) and an additive manufacturing studio.',
  },
  {
    key: 'org-kasumi-link',
    region: 'region-kasumi',
    name: '一般社団法人 霞ヶ谷ものづくり連携機構 (Kasumi Valley Manufacturing Alliance)',
    kind: OrganizationKind.COORDINATING_ORGANIZATION,
    description:
      '霞ヶ谷地域の産学官連携の窓口。コーディネーターが企業を巡回してニーズを聞き取り、大学・公設試のシーズと' +
      '結び付けるほか、複合材料コンソーシアムの事務局を務める。',
  },
  {
    key: 'org-kasumi-town',
    region: 'region-kasumi',
    name: '霞ヶ谷町 商工観光課 (Kasumi Valley Town, Commerce and Industry Division)',
    kind: OrganizationKind.LOCAL_GOVERNMENT,
    description:
      '町内製造業の新分野進出補助金（複合材料・医療機器分野）と、町営の介護施設を実証フィールドとして提供している。',
  },
  {
    key: 'org-kasumi-shinkin',
    region: 'region-kasumi',
    name: '霞ヶ谷信用金庫 (Kasumi Valley Shinkin Bank)',
    kind: OrganizationKind.FINANCIAL_INSTITUTION,
    description:
      'A cooperative regional bank that runs a manufacturing-innovation loan with interest subsidised by the ' +
      'town, and matches its client companies to the alliance’s coordinators.',
  },
  {
    key: 'co-kasumi-carbon',
    region: 'region-kasumi',
    name: '霞ヶ谷カーボン工業株式会社 (Kasumi Carbon Industries Co., Ltd.)',
    kind: OrganizationKind.COMPANY,
    industry: 'プラスチック製品製造業（CFRP・CFRTP成形品）',
    size: CompanySize.MEDIUM,
    description:
      '従業員150名。オートクレーブ成形のCFRP部品（ドローン・スポーツ用品）と、熱可塑性CFRP（CFRTP）の' +
      'プレス成形品を製造する。自動車向け量産受注に向けて成形サイクルの短縮と端材のリサイクルを課題としている。',
  },
  {
    key: 'co-kasumi-precision',
    region: 'region-kasumi',
    name: '株式会社霞精密 (Kasumi Precision Co., Ltd.)',
    kind: OrganizationKind.COMPANY,
    industry: '金属・複合材料の精密機械加工業',
    size: CompanySize.SMALL,
    description:
      'A machining shop of 38 people cutting and drilling titanium-alloy and CFRP parts for aircraft and ' +
      'medical devices. Delamination when drilling CFRP and the cost of worn tools are its main problems.',
  },
  {
    key: 'co-valley-robotics',
    region: 'region-kasumi',
    name: 'Valley Robotics Co., Ltd. (バレーロボティクス株式会社)',
    kind: OrganizationKind.COMPANY,
    industry: 'Care and service robots',
    size: CompanySize.SMALL,
    description:
      'A robotics company of 25 people building a patient transfer assist robot for care homes and a ' +
      'camera-free monitoring system. Looking for soft actuators that are safe in contact with frail ' +
      'elderly people, and for contactless sensing that respects privacy.',
  },
  {
    key: 'co-kasumi-medical',
    region: 'region-kasumi',
    name: '霞メディカル機器株式会社 (Kasumi Medical Devices Co., Ltd.)',
    kind: OrganizationKind.COMPANY,
    industry: '医療機器製造業（義肢装具・リハビリ機器）',
    size: CompanySize.MEDIUM,
    description:
      '義肢装具とリハビリ用歩行補助具を製造し、県内の病院と義肢装具士に供給している。短下肢装具の軽量化と、' +
      '一人ひとりの足に合わせた製作時間の短縮を目指している。',
  },
  {
    key: 'co-kasumi-textile',
    region: 'region-kasumi',
    name: '霞織物株式会社 (Kasumi Textile Co., Ltd.)',
    kind: OrganizationKind.COMPANY,
    industry: '繊維工業（絹・麻織物）',
    size: CompanySize.SMALL,
    description:
      '大正創業の織物工場。絹と亜麻（リネン）の高級織物を生産してきたが、需要減少のため、織物技術を生かした' +
      '複合材料用の強化基材（天然繊維クロス）への新分野進出を計画している。',
  },
  {
    key: 'co-kasumi-auto',
    region: 'region-kasumi',
    name: 'Kasumi Auto Parts Manufacturing K.K. (霞オートパーツ製造株式会社)',
    kind: OrganizationKind.COMPANY,
    industry: 'Automotive parts (battery housings, body structures)',
    size: CompanySize.LARGE,
    description:
      'A tier-1 supplier with 1,200 employees making aluminium battery housings and body parts for ' +
      'electric vehicles. Its customers demand lighter battery housings with fire resistance, which means ' +
      'hybrid CFRP–aluminium structures and reliable joining of dissimilar materials.',
  },
];
