import { Role } from '../../auth/role.enum';
import { DemoConsortium, DemoEquipment, DemoExpectedMatch, DemoHrProgram, DemoUser } from '../demo.types';

export const DEMO_EQUIPMENT: DemoEquipment[] = [
  // ---------------- 汐見海洋大学 食品加工実験棟 ----------------
  {
    key: 'eq-drying-pilot',
    hostedBy: 'org-shiomi-univ',
    name: 'ヒートポンプ式低温除湿乾燥試験機',
    category: '食品加工・乾燥',
    description:
      '乾燥わかめ、干物、乾燥野菜などの乾燥試験に使うパイロット規模の乾燥機。20〜60℃、相対湿度10〜60％の範囲で温度・湿度・風速を' +
      '独立に制御でき、熱風乾燥と低温除湿乾燥を同じ装置で比較できる。乾燥中の重量変化を連続記録するため、乾燥曲線から最適な乾燥条件を' +
      '求められる。企業が持ち込んだ原料での乾燥試験と、省エネルギー効果の試算に利用されている。',
    specifications:
      '処理量：最大30 kg/バッチ（トレー20段）。温度20〜60℃、湿度10〜60％RH、風速0.5〜3 m/s。ヒートポンプ能力7.5 kW。ロードセルによる重量連続記録。',
    conditions: '学外利用制度による。初回は技術職員の立会いが必要。食品残渣は利用者が持ち帰る。',
    fees: '1日あたり15,000円（学外企業）。技術職員による代行試験は1件30,000円から。',
    availability: 'AVAILABLE',
  },
  {
    key: 'eq-colorimeter',
    hostedBy: 'org-shiomi-univ',
    name: 'Spectrophotometric colorimeter (分光測色計・色差計)',
    category: 'Analysis and measurement',
    description:
      'Measures the colour of foods in L*a*b* coordinates, so changes caused by processing conditions can be ' +
      'compared objectively as colour differences (ΔE): the green of dried wakame, the browning of dried ' +
      'fish, the fading of frozen fish.',
    specifications: '8 mm / 3 mm aperture, D65 illuminant, simultaneous SCI/SCE, cells for powders and pastes.',
    conditions: 'Independent use after a short training session.',
    fees: '1,500 yen per hour.',
    availability: 'AVAILABLE',
  },
  {
    key: 'eq-hplc',
    hostedBy: 'org-shiomi-univ',
    name: 'High-performance liquid chromatograph (HPLC) with RI, UV and fluorescence detectors',
    category: 'Chemical analysis',
    description:
      'An HPLC system for sugars, polysaccharides, nucleotides and other food components. With a size-exclusion ' +
      'column it gives the molecular weight distribution of fucoidan and alginate; with an ion-exchange column it ' +
      'measures ATP breakdown products for the K-value freshness index. Used for seaweed extraction studies and ' +
      'quality control of functional food ingredients.',
    specifications:
      'Quaternary pump, autosampler (120 vials), column oven 5–80 °C, RI, UV-Vis (190–900 nm) and fluorescence detectors; SEC and ion-exchange columns available.',
    conditions: 'Operated by technical staff; users bring prepared samples. Method development by agreement.',
    fees: '8,000 yen per sample batch (up to 10 samples); method development quoted separately.',
    availability: 'LIMITED',
  },
  {
    key: 'eq-freeze-dryer',
    hostedBy: 'org-shiomi-univ',
    name: '真空凍結乾燥機（フリーズドライヤー）',
    category: '食品加工・乾燥',
    description:
      '抽出したフコイダン・アルギン酸などの粉末化や、フリーズドライ食品の試作に使う真空凍結乾燥機。' +
      '棚温度を制御できるため、乾燥条件の検討にも使える。',
    specifications: '棚面積0.4 m²（4段）、棚温度−40〜+60℃、コールドトラップ−80℃、最大氷結量10 kg。',
    conditions: '1回の乾燥が2〜3日かかるため、1週間前までに予約。',
    fees: '1回（72時間まで）20,000円。',
    availability: 'AVAILABLE',
  },
  {
    key: 'eq-freezing-test',
    hostedBy: 'org-shiomi-univ',
    name: '急速凍結試験装置（ブライン・エアブラスト・電場印加）と示差走査熱量計（DSC）',
    category: '食品冷凍',
    description:
      'ブライン凍結、エアブラスト凍結、電場印加による過冷却凍結を同じ試料で比較できる試験装置。凍結曲線の記録、解凍ドリップ率の測定、' +
      '示差走査熱量計（DSC）による凍結特性の評価、組織切片による氷結晶の観察を組み合わせて、冷凍水産物の品質を評価できる。',
    specifications:
      'エアブラスト−40℃（風速5 m/s）、ブライン−30℃、電場印加ユニット（0〜3 kV, 50 Hz〜200 kHz）、DSC測定範囲−90〜+200℃。',
    conditions: '共同研究または受託試験として利用。試料は企業が準備する。',
    fees: '受託試験1条件あたり25,000円から。',
    availability: 'LIMITED',
  },

  // ---------------- 北浦工業大学 共用設備センター ----------------
  {
    key: 'eq-fesem',
    hostedBy: 'org-kitaura-tech',
    name: 'Field-emission scanning electron microscope (FE-SEM) with EDS',
    category: 'Microscopy and surface analysis',
    description:
      'High-resolution FE-SEM with energy-dispersive X-ray spectroscopy for imaging and elemental mapping of ' +
      'electrodes, catalysts, coatings, fibres and fracture surfaces. Regularly used for cross-sections of ' +
      'electrolyser and fuel-cell electrodes after degradation tests, and for fibre–matrix interfaces of ' +
      'recycled composites.',
    specifications:
      'Resolution 1.0 nm at 15 kV; magnification ×20 to ×1,000,000; SDD EDS detector (B–U); cross-section polisher available.',
    conditions: 'Independent use after a 3-hour training course; otherwise operated by technical staff.',
    fees: '6,000 yen per hour (self-operated), 10,000 yen per hour (staff-operated).',
    availability: 'AVAILABLE',
  },
  {
    key: 'eq-potentiostat',
    hostedBy: 'org-kitaura-tech',
    name: '電気化学測定システム（ポテンショスタット・インピーダンス測定・加速劣化試験）',
    category: '電気化学',
    description:
      '水電解セル、燃料電池、電池、腐食試験に使う電気化学測定システム。任意の電流・電位パターンをプログラムでき、' +
      '再生可能エネルギーの出力変動を模擬した加速劣化試験と、電気化学インピーダンス測定（EIS）を自動で繰り返せる。' +
      'Typical use: accelerated degradation tests of PEM electrolyser cells under a fluctuating renewable power ' +
      'profile, with impedance measurements between load cycles.',
    specifications:
      '最大20 A/±20 V（ブースター付き）、EIS 10 µHz〜1 MHz、8チャンネル、単セル評価用ホルダー（25 cm²）付属。',
    conditions: '長時間試験（1,000時間以上）は共同研究で実施。',
    fees: '1日あたり10,000円、長期試験は別途見積もり。',
    availability: 'LIMITED',
  },
  {
    key: 'eq-salt-spray',
    hostedBy: 'org-kitaura-tech',
    name: '複合サイクル試験機（塩水噴霧・恒温恒湿）',
    category: '環境試験',
    description:
      '塩水噴霧、乾燥、湿潤を繰り返す複合サイクル試験で、海洋環境で使うセンサ筐体、塗装、コーティング、異種材料接合部の' +
      '耐食性と耐久性を評価する。海上ブイの部品やコーティングの加速試験に使われている。',
    specifications: '槽内容積1,000 L、塩水噴霧（JIS Z 2371）、温度−20〜+80℃、湿度30〜98％RH、プログラム運転。',
    conditions: '試験期間が長いため、空き状況を事前に確認すること。',
    fees: '1週間あたり35,000円。',
    availability: 'AVAILABLE',
  },

  // ---------------- 岬保健医療大学 動作解析ラボ ----------------
  {
    key: 'eq-motion-capture',
    hostedBy: 'org-misaki-health',
    name: 'Three-dimensional motion capture system with force plates and wireless EMG',
    category: 'Biomechanics',
    description:
      'An optical motion capture system with embedded force plates and wireless surface EMG in a 10 m × 8 m ' +
      'laboratory furnished like a care-home room (bed, wheelchair, bathroom mock-up). Measures the lumbar load ' +
      'and muscle activity of care workers during patient transfer and bathing assistance, and evaluates assist ' +
      'suits, transfer robots and walking aids.',
    specifications:
      '16 infrared cameras (200 Hz), 4 force plates, 16-channel wireless EMG, biomechanical model for L5/S1 compression force.',
    conditions:
      'Studies with human participants require approval of the university ethics committee (support available).',
    fees: '40,000 yen per half-day session including a technician.',
    availability: 'AVAILABLE',
  },

  // ---------------- 霞ヶ谷大学 複合材料評価室 ----------------
  {
    key: 'eq-hot-press',
    hostedBy: 'org-kasumi-univ',
    name: '誘導加熱式加熱プレス成形機（300 t）',
    category: '複合材料成形',
    description:
      '熱可塑性CFRP（CFRTP）のスタンピング成形と、熱硬化性CFRPのプレス成形に使う300 tの加熱プレス成形機。' +
      '誘導加熱コイルを組み込んだ金型で急速加熱・急速冷却ができ、成形サイクルの短縮の検討に使える。' +
      'リサイクル炭素繊維の不織布や天然繊維複合材料の成形試作にも対応する。',
    specifications: '最大加圧力3,000 kN、熱盤600 × 600 mm、熱盤温度最高400℃、誘導加熱電源50 kW、金型水冷。',
    conditions: '金型は利用者が用意するか、共用の平板金型を使用。技術職員の立会いが必要。',
    fees: '1日あたり40,000円（学外企業）。',
    availability: 'AVAILABLE',
  },
  {
    key: 'eq-xray-ct',
    hostedBy: 'org-kasumi-univ',
    name: 'Micro-focus X-ray CT scanner',
    category: 'Non-destructive inspection',
    description:
      'Three-dimensional X-ray computed tomography for non-destructive inspection of composites, castings, ' +
      'joints and electronic parts. Shows delamination around drilled holes in CFRP laminates, voids and fibre ' +
      'orientation in moulded parts, and foreign matter in food and other products.',
    specifications:
      'Tube voltage up to 225 kV, focal spot 3 µm, max specimen 300 mm diameter × 400 mm, voxel size down to 4 µm.',
    conditions: 'Staff-operated. Reconstructed data delivered in DICOM or STL.',
    fees: '30,000 yen per scan (standard resolution), 50,000 yen per scan (high resolution).',
    availability: 'LIMITED',
  },
  {
    key: 'eq-utm',
    hostedBy: 'org-kasumi-univ',
    name: 'Universal testing machine (万能材料試験機: tensile, compression, bending, fatigue)',
    category: 'Mechanical testing',
    description:
      'Tensile, compression, bending and fatigue tests of composites, plastics, films and metals. Used for the ' +
      'tensile strength of biodegradable films, the bending properties of natural-fibre composites and the ' +
      'lap-shear strength of joints.',
    specifications:
      '100 kN static, ±50 kN fatigue (up to 30 Hz), environmental chamber −70 to +250 °C, video extensometer.',
    conditions: 'Independent use after training; specimen machining available as a paid service.',
    fees: '4,000 yen per hour.',
    availability: 'AVAILABLE',
  },

  // ---------------- 公設試 ----------------
  {
    key: 'eq-cf-printer',
    hostedBy: 'org-kasumi-itc',
    name: 'Continuous-fibre composite 3D printer with 3D scanner',
    category: 'Additive manufacturing',
    description:
      'A 3D printer that lays continuous carbon, glass or aramid fibre inside nylon parts, paired with a ' +
      'handheld 3D scanner. Used for jigs and fixtures, lightweight brackets, and custom orthoses designed from ' +
      'a scan of the patient’s leg.',
    specifications: 'Build volume 330 × 270 × 200 mm; continuous carbon fibre reinforcement; scanner accuracy 0.05 mm.',
    conditions: 'Available to companies in the region; design support by the centre’s engineers.',
    fees: '3,000 yen per hour of printing plus materials.',
    availability: 'AVAILABLE',
  },
  {
    key: 'eq-food-xray',
    hostedBy: 'org-shiomi-fisheries-center',
    name: '食品用X線異物検査装置（近赤外カメラ付き試験ライン）',
    category: '食品検査',
    description:
      'ベルトコンベア式の食品用X線異物検査装置に近赤外（NIR）ハイパースペクトルカメラを組み合わせた試験ライン。' +
      '乾燥わかめや水産加工品の中の貝殻片、骨、小エビ、プラスチック片の検出試験を、企業の製品を使って行える。',
    specifications: 'X線管電圧最大80 kV、検出幅300 mm、ベルト速度10〜40 m/分、NIRカメラ900〜1,700 nm。',
    conditions: '依頼試験として実施。試料は1種類あたり2 kg以上。',
    fees: '依頼試験1件12,000円。',
    availability: 'UNAVAILABLE',
  },
];

export const DEMO_CONSORTIUMS: DemoConsortium[] = [
  {
    key: 'cons-blue-food',
    region: 'region-shiomi',
    name: '汐見湾ブルーフード・コンソーシアム (Shiomi Bay Blue Food Consortium)',
    theme: '水産物の乾燥・冷凍・鮮度保持技術の高度化と、海藻・カキ殻など未利用資源の高付加価値化',
    description:
      '汐見海洋大学を幹事機関とし、水産加工企業、公設試、金融機関、自治体が参加するコンソーシアム。' +
      '低温除湿乾燥・過冷却凍結・鮮度測定などの大学シーズを共同で実用化し、加工残渣の素材化で新事業を生み出すことを目的とする。' +
      '月1回の技術交流会、共用設備の見学会、競争的資金への共同提案を行う。\n\n' +
      'The consortium also runs an English-language seminar series with overseas researchers on seaweed ' +
      'biorefinery and seafood quality, open to member companies.',
    members: [
      { member: 'org-shiomi-univ', role: '幹事機関 / lead', since: '2022-04-01' },
      { member: 'org-shiomi-promotion', role: '事務局 / secretariat', since: '2022-04-01' },
      { member: 'org-shiomi-fisheries-center', role: 'member', since: '2022-04-01' },
      { member: 'co-shiomi-wakame', role: 'member', since: '2022-04-01' },
      { member: 'co-hamaboshi', role: 'member', since: '2022-06-15' },
      { member: 'co-shiomi-frozen', role: 'member', since: '2022-06-15' },
      { member: 'co-kaiso-bio', role: 'member', since: '2023-01-10' },
      { member: 'co-shiomi-brewery', role: 'member', since: '2023-04-01' },
      { member: 'co-minato-coldchain', role: 'member', since: '2023-10-01' },
      { member: 'org-shiosai-bank', role: 'アドバイザー / advisor (finance)', since: '2022-04-01' },
      { member: 'org-shiomi-city', role: 'オブザーバー / observer', since: '2022-04-01' },
      { member: 'res-tanaka', role: '研究代表者 / principal investigator', since: '2022-04-01' },
      { member: 'res-sato', role: '研究分担者 / co-investigator', since: '2022-04-01' },
      { member: 'res-kobayashi', role: '研究分担者 / co-investigator', since: '2023-04-01' },
      { member: 'res-mori', role: '研究分担者 / co-investigator', since: '2022-04-01' },
      { member: 'res-fujii', role: 'advisor', since: '2023-04-01' },
    ],
  },
  {
    key: 'cons-composites',
    region: 'region-kasumi',
    name: '霞ヶ谷コンポジット・イノベーション・コンソーシアム (Kasumi Valley Composites Innovation Consortium)',
    theme:
      'Lightweight composite structures: fast moulding, machining, joining and recycling of CFRP/CFRTP and natural-fibre composites',
    description:
      'Led by Kasumi Valley University, the consortium brings together moulders, machining shops, a textile ' +
      'mill and an automotive supplier to industrialise fast CFRTP moulding, damage-free drilling and ' +
      'adhesive-free joining, and to close the loop on composite scrap. Shiomi Bay partners join for the ' +
      'recycling of FRP fishing boats.\n\n' +
      '四半期ごとに成果報告会を開き、共用設備（加熱プレス成形機、X線CT、材料試験機）を使った共同試作を行う。',
    members: [
      { member: 'org-kasumi-univ', role: '幹事機関 / lead', since: '2021-10-01' },
      { member: 'org-kasumi-link', role: '事務局 / secretariat', since: '2021-10-01' },
      { member: 'org-kasumi-itc', role: 'member', since: '2021-10-01' },
      { member: 'co-kasumi-carbon', role: 'member', since: '2021-10-01' },
      { member: 'co-kasumi-precision', role: 'member', since: '2021-10-01' },
      { member: 'co-kasumi-textile', role: 'member', since: '2023-04-01' },
      { member: 'co-kasumi-auto', role: 'member', since: '2022-04-01' },
      { member: 'co-shiomi-dock', role: 'member (cross-region)', since: '2023-07-01' },
      { member: 'org-kasumi-shinkin', role: 'advisor (finance)', since: '2022-04-01' },
      { member: 'res-takahashi', role: '研究代表者 / principal investigator', since: '2021-10-01' },
      { member: 'res-kimura', role: 'co-investigator', since: '2021-10-01' },
      { member: 'res-muller', role: 'co-investigator', since: '2022-04-01' },
      { member: 'res-shimizu', role: 'co-investigator', since: '2021-10-01' },
      { member: 'res-suzuki', role: 'advisor (FRP recycling, Shiomi Bay)', since: '2023-07-01' },
    ],
  },
];

export const DEMO_HR_PROGRAMS: DemoHrProgram[] = [
  {
    key: 'hr-fisheries-dx',
    hostedBy: 'org-kitaura-tech',
    title: '汐見湾 水産DX人材育成プログラム 2025 (Fisheries DX Training Program)',
    targetSkills: [
      'IoTセンサの設置と運用',
      'LPWA通信',
      'データ分析（Python）',
      '画像認識の基礎',
      '養殖・水産加工の現場改善',
    ],
    description:
      '水産業・水産加工業・関連するIT企業の若手社員を対象に、IoTセンサ、LPWA通信、データ分析、画像認識の基礎を学び、' +
      '自社の課題をテーマに現場改善のプロジェクトを実行する半年間のプログラム。北浦工業大学の教員と汐見海洋大学の研究者が講師を務め、' +
      '養殖いかだのセンサブイと産地市場のカメラを実習に使う。汐見市と汐見湾産業振興機構が受講料を補助する。\n' +
      'Sessions on data analysis are taught in English and Japanese.',
    startDate: '2025-05-10',
    endDate: '2025-11-29',
    participants: [
      { person: 'ct-oyster-oikawa', enrolledAt: '2025-04-18' },
      { person: 'ct-wakame-kon', enrolledAt: '2025-04-20' },
      { person: 'ct-systems-goto', enrolledAt: '2025-04-21' },
      { person: 'ct-coldchain-murata', enrolledAt: '2025-04-25' },
      { person: 'staff-hashimoto', enrolledAt: '2025-04-25' },
      { person: 'res-hayashi', enrolledAt: '2025-04-28' },
    ],
  },
  {
    key: 'hr-composites-engineer',
    hostedBy: 'org-kasumi-univ',
    title: 'Composite Materials Engineer Course 2025 (複合材料 成形・加工・評価技術者養成講座)',
    targetSkills: [
      'CFRTP press moulding',
      'CFRP drilling and machining',
      'Non-destructive inspection (X-ray CT)',
      'Mechanical testing',
      'Composite recycling',
    ],
    description:
      'A twelve-day course over six months for engineers of regional manufacturers. Each module combines ' +
      'lectures with hands-on work on the university’s 300-ton induction-heated press, X-ray CT and universal ' +
      'testing machine: moulding a CFRTP part, drilling it without delamination, inspecting it and testing it. ' +
      '受講者は最終回に自社製品への応用計画を発表し、コーディネーターが共同研究への移行を支援する。',
    startDate: '2025-06-07',
    endDate: '2025-12-13',
    participants: [
      { person: 'ct-carbon-saito', enrolledAt: '2025-05-12' },
      { person: 'ct-precision-yoshida', enrolledAt: '2025-05-14' },
      { person: 'ct-textile-kudo', enrolledAt: '2025-05-15' },
      { person: 'ct-auto-hara', enrolledAt: '2025-05-20' },
      { person: 'ct-dock-sasaki', enrolledAt: '2025-05-22' },
      { person: 'staff-sugawara', enrolledAt: '2025-05-22' },
    ],
  },
];

/**
 * Demo sign-ins, one per non-admin role (the admin comes from ADMIN_EMAIL / ADMIN_PASSWORD).
 * The passwords are published in the README: these accounts are for a local demo only.
 */
export const DEMO_USERS: DemoUser[] = [
  {
    key: 'user-coordinator',
    email: 'coordinator@demo.musubi.example',
    password: 'musubi-demo-coordinator',
    role: Role.COORDINATOR,
    displayName: '青木 恵子 (demo coordinator)',
    link: 'coord-aoki',
  },
  {
    key: 'user-company',
    email: 'company@demo.musubi.example',
    password: 'musubi-demo-company',
    role: Role.COMPANY,
    displayName: '阿部 浩之 / 汐見わかめ加工 (demo company)',
    link: 'co-shiomi-wakame',
  },
  {
    key: 'user-manager',
    email: 'manager@demo.musubi.example',
    password: 'musubi-demo-manager',
    role: Role.CONSORTIUM_MANAGER,
    displayName: 'Blue Food Consortium office (demo manager)',
    link: 'cons-blue-food',
  },
];

/**
 * Needs whose text was written to correspond to one seed or piece of equipment. The data spec
 * checks that a BM25 search over the demo ranks each target near the top, so the matcher has real
 * matches to find (several across languages, through English keywords on Japanese texts).
 */
export const DEMO_EXPECTED_MATCHES: DemoExpectedMatch[] = [
  { need: 'need-wakame-drying', target: 'seed-lowtemp-drying' },
  { need: 'need-wakame-drying', target: 'eq-drying-pilot' },
  { need: 'need-wakame-residue', target: 'seed-fucoidan' },
  { need: 'need-wakame-foreign', target: 'seed-foreign-matter' },
  { need: 'need-wakame-foreign', target: 'eq-food-xray' },
  { need: 'need-oyster-monitoring', target: 'seed-lpwa-buoy' },
  { need: 'need-oyster-norovirus', target: 'seed-depuration' },
  { need: 'need-hamaboshi-drying', target: 'seed-fir-steam-drying' },
  { need: 'need-hamaboshi-lowsalt', target: 'seed-kelp-low-sodium' },
  { need: 'need-frozen-drip', target: 'seed-supercooling' },
  { need: 'need-frozen-drip', target: 'eq-freezing-test' },
  { need: 'need-bluewave-biofouling', target: 'seed-antifouling' },
  { need: 'need-bluewave-power', target: 'seed-teng-harvester' },
  { need: 'need-dock-frp-recycling', target: 'seed-frp-pyrolysis' },
  { need: 'need-dock-fuelcell', target: 'seed-fc-vessel' },
  { need: 'need-h2-electrolyser', target: 'seed-pem-degradation' },
  { need: 'need-h2-electrolyser', target: 'eq-potentiostat' },
  { need: 'need-h2-storage', target: 'seed-hydride-tank-safety' },
  { need: 'need-care-transfer', target: 'seed-care-emg' },
  { need: 'need-care-transfer', target: 'eq-motion-capture' },
  { need: 'need-care-night', target: 'seed-mmwave-radar' },
  { need: 'need-brewery-sakekasu', target: 'seed-sakekasu-antioxidant' },
  { need: 'need-coldchain-traceability', target: 'seed-rfid-logger' },
  { need: 'need-kaiso-film', target: 'seed-alginate-cnf-film' },
  { need: 'need-systems-fish-sorting', target: 'seed-fish-recognition' },
  { need: 'need-carbon-cycle', target: 'seed-cfrtp-induction' },
  { need: 'need-carbon-cycle', target: 'eq-hot-press' },
  { need: 'need-precision-delamination', target: 'seed-ultrasonic-drilling' },
  { need: 'need-precision-delamination', target: 'eq-xray-ct' },
  { need: 'need-robotics-actuator', target: 'seed-pneumatic-muscle' },
  { need: 'need-robotics-fall', target: 'seed-mmwave-radar' },
  { need: 'need-medical-afo', target: 'seed-custom-afo' },
  { need: 'need-textile-composite', target: 'seed-nfrp' },
  { need: 'need-auto-joining', target: 'seed-laser-joining' },
];
