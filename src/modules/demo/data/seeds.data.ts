import { IpStatus, SeedStage, SeedVisibility } from '../../seeds/models/seed.model';
import { DemoSeed } from '../demo.types';

const { BASIC_RESEARCH, APPLIED_RESEARCH, PROTOTYPE, PROVEN_IN_USE, COMMERCIALIZED } = SeedStage;
const { NONE, PENDING, GRANTED } = IpStatus;
const { PRIVATE, REGION, PUBLIC } = SeedVisibility;

export const DEMO_SEEDS: DemoSeed[] = [
  // ===================== Shiomi Bay: food processing, drying, freezing =====================
  {
    key: 'seed-lowtemp-drying',
    title: 'ヒートポンプ式低温除湿乾燥による海藻・水産物の色調保持乾燥技術',
    summary:
      '湯通し塩蔵わかめや干物を30〜40℃の低温・低湿度の空気で乾燥するヒートポンプ式低温除湿乾燥技術。' +
      '熱風乾燥（60〜80℃）に比べて、わかめの鮮やかな緑色（クロロフィル）と褐色色素フコキサンチンの分解を抑え、' +
      '乾燥後の色差（ΔE）を熱風乾燥の約3分の1に抑えられる。除湿時の凝縮熱を回収して再加熱に用いるため、' +
      '重油焚きの熱風乾燥機と比べて乾燥工程のエネルギー消費を40〜50％削減した実績がある。\n' +
      '乾燥中の水分移動を予測するモデルにより、製品の含水率と厚みから最適な温度・湿度・風速の条件を短時間で設計できる。' +
      '県内の乾燥わかめメーカー2社で実機（処理能力200 kg/バッチ）が稼働中。学内の低温除湿乾燥試験機で、' +
      '持ち込んだ原料を使った乾燥試験と色差計による品質評価を受託できる。',
    keywords: [
      '低温乾燥',
      'ヒートポンプ',
      '除湿乾燥',
      'わかめ',
      '色調保持',
      '省エネルギー',
      'drying',
      'heat pump',
      'seaweed',
    ],
    field: '食品工学・水産加工',
    stage: PROVEN_IN_USE,
    ipStatus: GRANTED,
    ipNumbers: ['特許第7012458号', '特許第7235517号'],
    visibility: REGION,
    heldBy: ['res-tanaka', 'org-shiomi-univ'],
    collectedBy: 'coord-aoki',
  },
  {
    key: 'seed-fir-steam-drying',
    title: '遠赤外線と過熱水蒸気を併用した干物の短時間乾燥',
    summary:
      'サンマ・サバ・カレイなどの干物を、遠赤外線ヒーターと過熱水蒸気を組み合わせて短時間で乾燥する技術。' +
      '過熱水蒸気で表面を短時間殺菌・加温した後、遠赤外線で内部から水分を移動させるため、天日干しに近い表面の張りと' +
      '内部のしっとり感を保ったまま、乾燥時間を天日干しの約4時間から90分に短縮できる。梅雨時でも品質が安定し、' +
      '一般生菌数は天日干しの10分の1以下。試作機による官能評価では、天日干し品と同等以上の評価を得た。',
    keywords: ['干物', '乾燥', '遠赤外線', '過熱水蒸気', '品質安定化', '天日干し代替', 'dried fish'],
    field: '食品工学・水産加工',
    stage: APPLIED_RESEARCH,
    ipStatus: PENDING,
    ipNumbers: ['特願2024-031877'],
    visibility: PUBLIC,
    heldBy: ['res-tanaka', 'res-mori'],
    collectedBy: 'coord-aoki',
  },
  {
    key: 'seed-salt-control',
    title: '減塩干物のための立て塩の濃度・温度管理による塩分浸透制御',
    summary:
      '干物の塩分は、立て塩（塩水）の濃度・温度・浸漬時間と魚体の脂質含量で決まる。本技術は、魚種と脂質含量ごとに' +
      '塩分浸透速度を予測する式を求め、狙いの塩分（例：1.2％）に仕上げる浸漬条件を表計算で示すもの。従来品（塩分2.0〜2.5％）から' +
      '30〜40％の減塩を、うま味と保存性を損なわずに実現した。病院・介護施設向けの減塩干物の開発に使われており、' +
      '乾燥工程の条件と組み合わせた品質設計の相談にも応じる。',
    keywords: ['減塩', '干物', '塩分浸透', '立て塩', '介護食', 'low sodium'],
    field: '水産加工',
    stage: PROVEN_IN_USE,
    ipStatus: NONE,
    ipNumbers: [],
    visibility: PUBLIC,
    heldBy: ['res-mori', 'org-shiomi-fisheries-center'],
    collectedBy: 'coord-aoki',
  },
  {
    key: 'seed-k-value-kit',
    title: '水産物鮮度指標K値の迅速測定キット',
    summary:
      '魚の鮮度指標であるK値（ATP分解物に占めるイノシン・ヒポキサンチンの割合）を、酵素反応と試験紙の発色で15分で測定するキット。' +
      'HPLCによる従来法（半日）と高い相関（r=0.95）がある。産地市場、加工場、冷蔵倉庫の受け入れ検査で使われ、' +
      '専用のスマートフォンアプリで発色を読み取り、ロットごとの鮮度記録をクラウドに残せる。冷凍・解凍品の品質管理や' +
      '出荷ごとの鮮度の証明にも応用できる。',
    keywords: ['K値', '鮮度', '迅速測定', '品質管理', 'freshness', 'shelf life', 'traceability'],
    field: '水産加工・品質管理',
    stage: COMMERCIALIZED,
    ipStatus: GRANTED,
    ipNumbers: ['特許第6893321号'],
    visibility: PUBLIC,
    heldBy: ['org-shiomi-fisheries-center', 'res-mori'],
    collectedBy: 'coord-aoki',
  },
  {
    key: 'seed-supercooling',
    title: '電場印加過冷却凍結による魚肉の氷結晶抑制と解凍ドリップ削減',
    summary:
      '凍結庫内に微弱な交流電場を印加し、魚肉を0℃以下でも凍らない過冷却状態に保ってから一気に凍結させることで、' +
      '細胞内外に微細な氷結晶を均一に生成する技術。サバ・カツオのフィレで、解凍ドリップをブライン凍結品の約半分（ドリップ率3.1％→1.5％）に削減し、' +
      '解凍後の食感（破断強度）も改善した。既存のエアブラスト凍結庫に電極ユニットを後付けする方式のため、設備投資を抑えられる。' +
      '示差走査熱量計（DSC）と組織切片観察による凍結損傷の評価も行う。',
    keywords: [
      '過冷却',
      '凍結',
      '解凍ドリップ',
      '氷結晶',
      '電場',
      '冷凍水産物',
      'supercooling',
      'freezing',
      'thawing drip',
    ],
    field: '食品冷凍',
    stage: APPLIED_RESEARCH,
    ipStatus: PENDING,
    ipNumbers: ['特願2023-118204'],
    visibility: REGION,
    heldBy: ['res-kobayashi'],
    collectedBy: 'coord-aoki',
  },
  {
    key: 'seed-drip-model',
    title: '凍結・解凍条件から冷凍魚の解凍ドリップと品質を予測するモデル',
    summary:
      '凍結速度、保管温度の変動履歴、解凍方法から、冷凍魚の解凍ドリップ量と保水性を予測する数理モデル。' +
      '200条件以上の凍結・解凍試験データから構築し、凍結工程の改善効果を試作前に見積もれる。' +
      '冷蔵倉庫の温度ログを入力すれば、保管中の温度変動による品質劣化とシェルフライフ（賞味期間）の推定にも使える。',
    keywords: [
      '解凍ドリップ',
      '品質予測',
      '凍結',
      '保管温度',
      'シェルフライフ',
      'shelf-life prediction',
      'frozen seafood',
    ],
    field: '食品冷凍',
    stage: APPLIED_RESEARCH,
    ipStatus: NONE,
    ipNumbers: [],
    visibility: PUBLIC,
    heldBy: ['res-kobayashi', 'org-shiomi-univ'],
    collectedBy: 'coord-aoki',
  },
  {
    key: 'seed-fucoidan',
    title: '海藻加工残渣（わかめ茎・めかぶ）からのフコイダン高効率抽出法',
    summary:
      'わかめの茎やめかぶなど、これまで廃棄されてきた加工残渣から、酸性熱水抽出と膜分離を組み合わせてフコイダンを高純度（硫酸基含量25％以上）で回収する方法。' +
      '従来のエタノール沈殿法に比べ溶媒使用量を80％削減し、残渣1トンあたり約12 kgのフコイダンと、副産物としてアルギン酸ナトリウムを同時に得られる。' +
      'HPLCによる分子量分布の分析と、凍結乾燥による粉末化までの工程をパイロットスケール（残渣100 kg/日）で実証した。' +
      '健康食品・化粧品原料、バイオプラスチック原料への展開が可能。',
    keywords: [
      'フコイダン',
      'アルギン酸',
      '海藻',
      '加工残渣',
      'めかぶ',
      '抽出',
      'fucoidan',
      'alginate',
      'seaweed residue',
    ],
    field: '海洋バイオ・海藻化学',
    stage: PROTOTYPE,
    ipStatus: GRANTED,
    ipNumbers: ['特許第7158840号'],
    visibility: REGION,
    heldBy: ['res-sato', 'org-shiomi-univ'],
    collectedBy: 'coord-aoki',
  },
  {
    key: 'seed-alginate-cnf-film',
    title: 'Alginate–cellulose nanofibre composite films with improved water resistance',
    summary:
      'Biodegradable packaging films made from sodium alginate extracted from seaweed processing residue, ' +
      'reinforced with 5–10 wt% cellulose nanofibres (CNF) and cross-linked with calcium ions in a two-step ' +
      'process. Compared with plain alginate film, tensile strength rises from 45 to 110 MPa and the film ' +
      'keeps its shape after 24 hours in water (swelling below 60 %). Water vapour permeability is halved by ' +
      'a thin coating of chitosan from crab shells. Films up to 300 mm wide have been cast on a lab coater; ' +
      'the team is looking for a partner to scale up to roll-to-roll production for food trays and sachets.',
    keywords: [
      'alginate',
      'cellulose nanofibre',
      'CNF',
      'biodegradable film',
      'bioplastic',
      'water resistance',
      'tensile strength',
      'アルギン酸',
      'バイオプラスチック',
    ],
    field: 'Bio-based materials',
    stage: APPLIED_RESEARCH,
    ipStatus: PENDING,
    ipNumbers: ['特願2024-077215', 'PCT/JP2025/004412'],
    visibility: PUBLIC,
    heldBy: ['res-sato'],
    collectedBy: 'coord-aoki',
  },
  {
    key: 'seed-depuration',
    title: '紫外線殺菌海水循環による二枚貝の浄化（depuration）効率化',
    summary:
      '生食用牡蠣の出荷前に行う浄化（depuration）工程で、紫外線殺菌した海水を循環させ、水温と流量を制御することで' +
      '大腸菌とノロウイルスの排出を促す技術。水温を15〜18℃に保ち、海水の交換率と貝の密度を最適化することで、' +
      '浄化時間を従来の22時間から16時間に短縮しつつ、ノロウイルス遺伝子量を検出限界付近まで低減した実証結果がある。' +
      '小規模業者でも導入できる100〜500 L規模の浄化水槽の設計指針を提供する。',
    keywords: [
      '牡蠣',
      '浄化',
      '紫外線殺菌',
      'ノロウイルス',
      '二枚貝',
      'depuration',
      'norovirus',
      'oyster',
      'UV sterilisation',
    ],
    field: '水産増養殖・食品衛生',
    stage: PROVEN_IN_USE,
    ipStatus: NONE,
    ipNumbers: [],
    visibility: PUBLIC,
    heldBy: ['res-yamamoto'],
    collectedBy: 'coord-aoki',
  },
  {
    key: 'seed-noro-lamp',
    title: 'マガキのノロウイルス迅速検出法（RT-LAMP法）',
    summary:
      '牡蠣の中腸腺からノロウイルスを、リアルタイムPCRの専用装置を使わずに約60分で検出するRT-LAMP法のキット化技術。' +
      '濃縮前処理を簡略化し、加工場の衛生管理担当者でも扱えるよう、反応の判定を蛍光の目視で行う。' +
      '出荷ロットごとの自主検査や、浄化工程の効果確認に使える。',
    keywords: ['ノロウイルス', '迅速検出', 'LAMP法', '牡蠣', '衛生管理', 'norovirus', 'oyster', 'rapid detection'],
    field: '食品微生物',
    stage: APPLIED_RESEARCH,
    ipStatus: PENDING,
    ipNumbers: ['特願2024-102566'],
    visibility: REGION,
    heldBy: ['res-yamamoto', 'org-shiomi-univ'],
    collectedBy: 'coord-aoki',
  },
  {
    key: 'seed-oyster-shell-caco3',
    title: 'High-purity calcium carbonate from oyster shells',
    summary:
      'Oyster farming leaves large amounts of shells every year. This process washes, calcines, grinds and ' +
      'classifies them into calcium carbonate of over 98 % purity, with mean particle sizes from 1 to 20 µm. ' +
      'Organic matter on the shells is decomposed with superheated steam, so the product has little odour. ' +
      'Being evaluated as a calcium fortifier for foods, a soil conditioner and a filler for plastics.',
    keywords: ['カキ殻', '炭酸カルシウム', '未利用資源', 'フィラー', 'oyster shell', 'calcium carbonate'],
    field: '資源循環',
    stage: APPLIED_RESEARCH,
    ipStatus: PENDING,
    ipNumbers: ['特願2023-201940'],
    visibility: PUBLIC,
    heldBy: ['res-sato'],
    collectedBy: 'coord-aoki',
  },
  {
    key: 'seed-marine-yeast',
    title: '汐見湾の藻場から分離した海洋酵母による清酒・発酵食品の商品開発',
    summary:
      '汐見湾のアマモ場・ガラモ場から分離した海洋酵母（Saccharomyces属を含む120株）のライブラリーから、' +
      '清酒醸造に適した発酵力と香気成分（カプロン酸エチル・酢酸イソアミル）の生成能を持つ株を選抜した。' +
      '小仕込み試験では、海を想起させる爽やかな香りの純米酒が得られた。酒粕を用いた発酵調味料やパンへの応用も検討できる。' +
      '株の分譲と醸造試験の共同実施に応じる。',
    keywords: ['海洋酵母', '清酒', '発酵', '酒粕', '地域ブランド', 'marine yeast', 'sake'],
    field: '発酵・食品微生物',
    stage: APPLIED_RESEARCH,
    ipStatus: NONE,
    ipNumbers: [],
    visibility: PUBLIC,
    heldBy: ['res-carter', 'org-shiomi-univ'],
    collectedBy: 'coord-aoki',
  },
  {
    key: 'seed-sakekasu-antioxidant',
    title: '酒粕・発酵食品の抗酸化能評価と機能性表示に向けたヒト試験',
    summary:
      '酒粕に含まれるレジスタントプロテイン、ペプチド、フェルラ酸などの成分分析と、ORAC法・DPPH法による抗酸化能評価を行い、' +
      '血中脂質・血圧への作用をヒト試験（二重盲検）で確認する研究。酒粕を配合した機能性食品の試作、' +
      '機能性表示食品の届出に必要な研究レビューと臨床試験計画の作成を支援できる。',
    keywords: ['酒粕', '抗酸化能', '機能性食品', '機能性表示', 'ヒト試験', '発酵食品', 'functional food'],
    field: '食品栄養学',
    stage: APPLIED_RESEARCH,
    ipStatus: NONE,
    ipNumbers: [],
    visibility: REGION,
    heldBy: ['res-fujii'],
    collectedBy: 'coord-aoki',
  },
  {
    key: 'seed-kelp-low-sodium',
    title: 'Low-sodium seaweed seasoning using potassium-rich kelp extract',
    summary:
      'A seasoning that replaces up to 40 % of the salt in processed seafood with a kelp extract rich in ' +
      'potassium chloride and glutamate, with the bitterness of potassium masked by fermented sake-lees ' +
      'peptides. Sensory panels found no preference between low-sodium dried fish made with it and regular ' +
      'products. Suitable for hospital and care-home meals; shelf-life tests of seasoned dried fish are ongoing.',
    keywords: ['low sodium', 'salt reduction', 'kelp extract', 'potassium', 'seasoning', '減塩', '昆布', '干物'],
    field: 'Food science',
    stage: PROTOTYPE,
    ipStatus: PENDING,
    ipNumbers: ['特願2024-150388'],
    visibility: REGION,
    heldBy: ['res-fujii', 'res-sato'],
    collectedBy: 'coord-aoki',
  },
  {
    key: 'seed-foreign-matter',
    title: '近赤外分光とX線透過画像による乾燥海藻中の異物検出',
    summary:
      '乾燥わかめ・カットわかめに混入する貝殻片、小エビ、フジツボ、プラスチック片を、X線透過画像と近赤外分光（NIR）画像を' +
      '組み合わせて検出する技術。X線では密度の高い貝殻片を、近赤外では海藻と組成の異なる小エビ・プラスチックを識別し、' +
      '深層学習で両者を統合することで、従来の目視選別で見逃されていた2 mm以上の異物の検出率を95％に高めた。' +
      'ベルトコンベア上でのインライン検査（毎分20 m）を想定した試作機を開発中。',
    keywords: [
      '異物検出',
      'X線検査',
      '近赤外分光',
      '乾燥わかめ',
      '貝殻片',
      '品質管理',
      'foreign matter',
      'X-ray inspection',
    ],
    field: '食品検査',
    stage: APPLIED_RESEARCH,
    ipStatus: PENDING,
    ipNumbers: ['特願2024-188903'],
    visibility: REGION,
    heldBy: ['res-hayashi', 'org-shiomi-fisheries-center'],
    collectedBy: 'coord-aoki',
  },
  {
    key: 'seed-ultrasound-fat',
    title: '超音波による鮮魚の非破壊脂肪含量測定',
    summary:
      '携帯型の超音波プローブを魚体の背に当てるだけで、サバ・サンマの脂肪含量を±1.5％の精度で推定する技術。' +
      '脂ののりで価格が決まる産地市場での格付けや、干物・冷凍加工の原料選別に使える。非公開の改良版アルゴリズムを含む。',
    keywords: ['脂肪含量', '非破壊測定', '超音波', '原料選別', 'サバ', 'fat content'],
    field: '水産加工・計測',
    stage: PROTOTYPE,
    ipStatus: PENDING,
    ipNumbers: ['特願2025-012377'],
    visibility: PRIVATE,
    heldBy: ['res-mori'],
    collectedBy: 'coord-aoki',
  },

  // ===================== Shiomi Bay: aquaculture IoT, sensing, ICT =====================
  {
    key: 'seed-lpwa-buoy',
    title: 'LPWA sensor buoy for aquaculture water-quality monitoring',
    summary:
      'A solar-powered sensor buoy that measures water temperature, dissolved oxygen (DO), salinity and ' +
      'chlorophyll at three depths every 10 minutes and sends the data over LoRaWAN (LPWA) to a cloud ' +
      'dashboard up to 8 km away. Average power draw is 35 mW, so the buoy runs a full year without ' +
      'maintenance. Alerts for high water temperature and low dissolved oxygen (hypoxia) go to fishers’ ' +
      'smartphones, giving time to lower oyster and scallop culture rafts to cooler water. Proven over three ' +
      'summers on 20 rafts in Shiomi Bay; a gap-filling algorithm reconstructs missing readings.',
    keywords: [
      'IoT',
      'LPWA',
      'LoRaWAN',
      'aquaculture',
      'water quality',
      'dissolved oxygen',
      'water temperature',
      'sensor buoy',
      '養殖',
      '水温',
      '溶存酸素',
      '遠隔監視',
    ],
    field: 'IoT・センサネットワーク',
    stage: PROVEN_IN_USE,
    ipStatus: GRANTED,
    ipNumbers: ['JP7204418B2'],
    visibility: PUBLIC,
    heldBy: ['res-nakamura', 'org-kitaura-tech'],
    collectedBy: 'coord-morita',
  },
  {
    key: 'seed-iot-gateway',
    title: '養殖いかだ向け低消費電力IoTゲートウェイと欠測データ補完アルゴリズム',
    summary:
      '複数の養殖いかだに設置したセンサの水温・溶存酸素データを、海上の中継ゲートウェイで集約してLPWAで陸上に送るシステム。' +
      '電波状況の悪い湾奥でも、メッシュ中継と欠測データの補完（近傍いかだのデータと潮汐モデルを用いた推定）により、' +
      '連続したデータを得られる。既存の市販センサにも接続できる。',
    keywords: ['IoTゲートウェイ', 'LPWA', '養殖いかだ', '欠測補完', '水温', '溶存酸素', 'aquaculture', 'IoT'],
    field: 'IoT・センサネットワーク',
    stage: PROTOTYPE,
    ipStatus: PENDING,
    ipNumbers: ['特願2024-056731'],
    visibility: REGION,
    heldBy: ['res-nakamura'],
    collectedBy: 'coord-morita',
  },
  {
    key: 'seed-antifouling',
    title: 'Peptide-based antifouling coating for marine optical sensors',
    summary:
      'A transparent coating of antimicrobial peptides bonded to a silica sol-gel layer that stops bacteria ' +
      'from forming the biofilm on which barnacles and algae settle. On optical dissolved oxygen sensors ' +
      'immersed in Shiomi Bay, readings drifted less than 2 % over 90 days, against 15 % on uncoated ' +
      'sensors, and the coating releases no copper or other biocides. It can be applied by dipping to sensor ' +
      'windows, camera housings and small parts, and re-applied in the field.',
    keywords: [
      'biofouling',
      'antifouling coating',
      'dissolved oxygen sensor',
      'optical sensor',
      'biofilm',
      'marine sensor',
      '生物付着',
      '防汚',
    ],
    field: 'Marine microbiology / Coatings',
    stage: PROTOTYPE,
    ipStatus: PENDING,
    ipNumbers: ['PCT/JP2024/031155'],
    visibility: REGION,
    heldBy: ['res-carter'],
    collectedBy: 'coord-morita',
  },
  {
    key: 'seed-teng-harvester',
    title: 'Triboelectric wave-energy harvester for self-powered ocean buoys',
    summary:
      'A stack of triboelectric nanogenerators (TENG) in a sealed spherical shell that converts the ' +
      'low-frequency (0.2–1 Hz) motion of waves into electricity, delivering 0.5–2 W per metre of shell ' +
      'diameter in typical bay conditions. Combined with a small battery it can power a water-quality buoy ' +
      'or navigation light indefinitely, removing battery replacement at sea. Tested for six months at the ' +
      'university pier, including a typhoon.',
    keywords: [
      'energy harvesting',
      'triboelectric nanogenerator',
      'TENG',
      'wave energy',
      'self-powered buoy',
      'ocean sensor',
      'battery replacement',
    ],
    field: 'Energy harvesting',
    stage: PROTOTYPE,
    ipStatus: PENDING,
    ipNumbers: ['特願2023-164402'],
    visibility: PUBLIC,
    heldBy: ['res-park'],
    collectedBy: 'coord-morita',
  },
  {
    key: 'seed-fish-recognition',
    title: '深層学習による水揚げ魚種・サイズの自動判別',
    summary:
      '産地市場のベルトコンベア上を流れる魚をカメラで撮影し、深層学習（画像認識）で魚種とサイズ（体長・推定重量）を' +
      '毎秒10尾の速度で自動判別する技術。サンマ・サバ・イワシなど主要12魚種で判別精度97％、体長の推定誤差は±5 mm。' +
      '似た魚種（マサバとゴマサバ）の判別にも対応し、少ない学習画像で新しい魚種を追加できる転移学習の仕組みを持つ。' +
      '選別装置との連携と、市場の販売管理システムへのデータ連携が可能。',
    keywords: [
      '画像認識',
      '深層学習',
      '魚種判別',
      'サイズ選別',
      '産地市場',
      '自動選別',
      'deep learning',
      'image recognition',
      'fish species',
    ],
    field: '情報科学・画像認識',
    stage: PROTOTYPE,
    ipStatus: NONE,
    ipNumbers: [],
    visibility: REGION,
    heldBy: ['res-kato'],
    collectedBy: 'coord-morita',
  },
  {
    key: 'seed-drone-bluecarbon',
    title: 'Drone-based monitoring of seaweed and seagrass beds for blue carbon',
    summary:
      'Multispectral images taken by drone are classified automatically to map eelgrass and sargassum beds and ' +
      'estimate their area, producing the data needed to apply for blue-carbon credits (carbon absorbed by ' +
      'seaweed and seagrass). Survey costs are about 70 % lower than with diving surveys.',
    keywords: ['ドローン', '藻場', 'ブルーカーボン', 'リモートセンシング', '画像解析', 'blue carbon'],
    field: '情報科学・環境',
    stage: APPLIED_RESEARCH,
    ipStatus: NONE,
    ipNumbers: [],
    visibility: PUBLIC,
    heldBy: ['res-kato', 'res-sato'],
    collectedBy: 'coord-morita',
  },
  {
    key: 'seed-rfid-logger',
    title: 'Printed RFID temperature logger for seafood cold-chain traceability',
    summary:
      'A battery-assisted RFID label with a printed temperature sensor that logs the temperature of a fish ' +
      'box every 5 minutes for up to 14 days and is read through the box by a handheld or gate reader. ' +
      'The record of every shipment goes to a cloud traceability service, and a built-in model estimates the ' +
      'remaining shelf life of fresh seafood from its temperature history. Labels cost about 80 yen in ' +
      'volume. Trials with a regional cold-chain operator covered 600 shipments from Shiomi port to Tokyo.',
    keywords: [
      'RFID',
      'temperature logger',
      'cold chain',
      'traceability',
      'shelf life',
      'fresh seafood',
      'temperature record',
      'コールドチェーン',
      '温度管理',
    ],
    field: 'IoT / Logistics',
    stage: PROTOTYPE,
    ipStatus: PENDING,
    ipNumbers: ['特願2024-090142'],
    visibility: PUBLIC,
    heldBy: ['res-nakamura', 'res-kobayashi'],
    collectedBy: 'coord-morita',
  },
  {
    key: 'seed-mmwave-radar',
    title: 'mmWave radar for contactless vital-sign monitoring and fall detection',
    summary:
      'A 60 GHz millimetre-wave radar unit, mounted on the ceiling, that detects falls, measures breathing ' +
      'and heart rate, and tells whether a resident is in bed, without cameras and through bedding. Signal ' +
      'processing separates two people in a room and ignores curtains and fans. In a one-year trial in two ' +
      'care homes (40 residents), it detected 96 % of falls within 10 seconds with fewer than one false ' +
      'alarm per room per week, and reduced night-time check rounds by care staff. Works in bathrooms and ' +
      'toilets, where camera-based monitoring is not acceptable for privacy reasons.',
    keywords: [
      'mmWave radar',
      'fall detection',
      'contactless monitoring',
      'vital signs',
      'care home',
      'privacy',
      'night monitoring',
      'ミリ波レーダ',
      '転倒検知',
      '見守り',
      '介護',
    ],
    field: 'Sensing / Healthcare',
    stage: PROVEN_IN_USE,
    ipStatus: GRANTED,
    ipNumbers: ['JP7281563B2', '特許第7340012号'],
    visibility: PUBLIC,
    heldBy: ['res-menon', 'org-kitaura-tech'],
    collectedBy: 'coord-morita',
  },

  // ===================== Shiomi Bay: hydrogen, energy, FRP recycling =====================
  {
    key: 'seed-pem-degradation',
    title: '変動電源下におけるPEM水電解セルの電極劣化解析と加速劣化試験法',
    summary:
      '洋上風力・太陽光など再生可能エネルギーの出力変動を模擬した電流パターンで、固体高分子形（PEM）水電解セルの' +
      '加速劣化試験を行い、アノード触媒（イリジウム酸化物）の溶出、チタン多孔質輸送層の酸化、膜の薄膜化を定量する評価法。' +
      '電気化学インピーダンス測定（EIS）とFE-SEM/EDSによる断面観察を組み合わせ、劣化の主因を切り分ける。' +
      '実機スタックの運転データから寿命を予測し、起動停止回数や待機電位の運転条件を提案できる。',
    keywords: [
      'PEM水電解',
      '水素',
      '電極劣化',
      '加速劣化試験',
      '再生可能エネルギー',
      '出力変動',
      'PEM electrolysis',
      'electrolyser',
      'degradation',
      'durability',
    ],
    field: '電気化学・水素',
    stage: APPLIED_RESEARCH,
    ipStatus: NONE,
    ipNumbers: [],
    visibility: REGION,
    heldBy: ['res-watanabe', 'org-kitaura-tech'],
    collectedBy: 'coord-morita',
  },
  {
    key: 'seed-aem-catalyst',
    title: 'Non-precious-metal catalyst for anion-exchange-membrane water electrolysis',
    summary:
      'A nickel–iron layered double hydroxide anode catalyst grown directly on nickel foam for anion exchange ' +
      'membrane (AEM) water electrolysis. It reaches 1 A/cm² at 1.8 V in a single cell without iridium or ' +
      'platinum, and lost under 5 % of performance over 1,000 hours. Could cut electrolyser stack cost ' +
      'substantially; details are shared under NDA while the patent is pending.',
    keywords: [
      'AEM electrolysis',
      'water electrolysis',
      'hydrogen',
      'non-precious catalyst',
      'NiFe LDH',
      'electrolyser',
    ],
    field: 'Electrochemistry',
    stage: BASIC_RESEARCH,
    ipStatus: PENDING,
    ipNumbers: ['特願2025-004419'],
    visibility: PRIVATE,
    heldBy: ['res-watanabe'],
    collectedBy: 'coord-morita',
  },
  {
    key: 'seed-fc-vessel',
    title: 'Fuel-cell hybrid propulsion for small fishing vessels',
    summary:
      'A design method and test bench for a fuel-cell hybrid propulsion system for fishing boats of 5–19 ' +
      'tons: a 60 kW PEM fuel cell, a lithium-ion buffer battery and 350-bar hydrogen cylinders sized from ' +
      'measured daily operation profiles of Shiomi Bay boats. Energy management keeps the fuel cell at its ' +
      'efficient load and the battery covers acceleration. Includes a safety concept for hydrogen storage ' +
      'on FRP hulls. Hardware-in-the-loop tests are done; a sea trial is being planned.',
    keywords: [
      'fuel cell',
      'hydrogen',
      'hybrid propulsion',
      'fishing vessel',
      'decarbonisation',
      'FRP hull',
      '燃料電池',
      '水素',
      '漁船',
    ],
    field: 'Hydrogen / Marine engineering',
    stage: PROTOTYPE,
    ipStatus: PENDING,
    ipNumbers: ['特願2024-133870'],
    visibility: REGION,
    heldBy: ['res-watanabe', 'org-kitaura-tech'],
    collectedBy: 'coord-morita',
  },
  {
    key: 'seed-mg-hydride',
    title: 'Mg系水素吸蔵合金の低温水素放出特性の改善',
    summary:
      'マグネシウム系水素吸蔵合金に微量の遷移金属触媒を添加し、ボールミル処理でナノ結晶化することで、' +
      '水素放出温度を従来の約300℃から180℃まで下げた研究。重量水素密度は5質量％以上を維持する。' +
      '工場排熱や燃料電池の排熱で水素を取り出せる定置式貯蔵への応用を目指す。',
    keywords: ['水素吸蔵合金', 'マグネシウム', '水素貯蔵', '低温放出', 'hydrogen storage'],
    field: '金属材料・水素',
    stage: BASIC_RESEARCH,
    ipStatus: PENDING,
    ipNumbers: ['特願2023-087719'],
    visibility: REGION,
    heldBy: ['res-hoshino'],
    collectedBy: 'coord-morita',
  },
  {
    key: 'seed-hydride-tank-safety',
    title: '水素吸蔵合金タンクの熱マネジメント設計と安全性評価',
    summary:
      '水素吸蔵合金タンクは高圧ガス容器に比べ低圧で大量の水素を貯蔵できるが、吸蔵時の発熱と放出時の吸熱、' +
      '合金の膨張による容器へのひずみが課題となる。本技術は、伝熱フィンと熱媒流路の設計、充填率とひずみの評価、' +
      '火災・落下・漏えい時の安全性評価の手順を体系化したもの。漁港・食品加工団地向けの定置式水素貯蔵（10〜50 kg-H2）の' +
      '設計と、関係法令への対応を支援する。',
    keywords: ['水素吸蔵合金', '合金タンク', '安全性評価', '熱マネジメント', '水素貯蔵', 'hydrogen storage', 'safety'],
    field: '熱工学・水素',
    stage: APPLIED_RESEARCH,
    ipStatus: NONE,
    ipNumbers: [],
    visibility: REGION,
    heldBy: ['res-hoshino', 'org-kitaura-tech'],
    collectedBy: 'coord-morita',
  },
  {
    key: 'seed-frp-pyrolysis',
    title: '廃FRP漁船の過熱水蒸気熱分解によるガラス繊維回収と再利用',
    summary:
      '廃船となったFRP（ガラス繊維強化プラスチック）漁船を切断・破砕し、過熱水蒸気雰囲気で樹脂を熱分解して' +
      'ガラス繊維を回収する技術。回収したガラス繊維は強度の低下が15％以内で、コンクリート補強材や射出成形用の' +
      '短繊維強化材として再利用できる。分解ガスは燃料として工程内で利用する。年間50隻規模の処理設備の事業性を試算済み。' +
      'CFRP（炭素繊維）端材の処理にも応用可能。',
    keywords: [
      'FRP',
      '廃船',
      'リサイクル',
      '熱分解',
      'ガラス繊維',
      '過熱水蒸気',
      '複合材料',
      'recycling',
      'GFRP',
      'CFRP',
    ],
    field: '複合材料・リサイクル',
    stage: PROTOTYPE,
    ipStatus: GRANTED,
    ipNumbers: ['特許第7099215号'],
    visibility: PUBLIC,
    heldBy: ['res-suzuki', 'org-kitaura-tech'],
    collectedBy: 'coord-morita',
  },

  // ===================== Shiomi Bay: care =====================
  {
    key: 'seed-care-emg',
    title: '表面筋電図と三次元動作解析による介護動作の身体負担評価',
    summary:
      '移乗介助、入浴介助、おむつ交換などの介護動作を、三次元動作解析（モーションキャプチャ）、床反力計、' +
      'ワイヤレス表面筋電図で同時計測し、腰部への負担（L5/S1の圧縮力、脊柱起立筋の筋活動）を定量化する評価法。' +
      '介護ロボット・アシストスーツ・スライディングボードの導入前後で効果を比較でき、施設ごとの腰痛予防の改善策と' +
      '職員研修プログラムを提案する。介護施設10施設以上で実施実績がある。',
    keywords: [
      '介護',
      '腰痛予防',
      '移乗介助',
      '筋電図',
      '動作解析',
      '身体負担',
      'アシストスーツ',
      'care worker',
      'motion capture',
    ],
    field: 'リハビリテーション・介護',
    stage: PROVEN_IN_USE,
    ipStatus: NONE,
    ipNumbers: [],
    visibility: PUBLIC,
    heldBy: ['res-ogawa', 'org-misaki-health'],
    collectedBy: 'coord-aoki',
  },
  {
    key: 'seed-balance-test',
    title: '高齢者の転倒リスクを短時間で評価する簡易バランス評価法',
    summary:
      'タブレット端末と市販の重心動揺計を用いて、立位バランスと歩行開始時の姿勢制御を3分で評価し、' +
      '6か月以内の転倒リスクを判定する方法。介護施設の入所者200名の追跡調査で妥当性を確認した。' +
      '見守りセンサの転倒検知データと組み合わせた転倒予防プログラムへの展開を検討している。',
    keywords: ['転倒予防', '転倒リスク', 'バランス評価', '高齢者', '介護施設', 'fall prevention'],
    field: 'リハビリテーション',
    stage: APPLIED_RESEARCH,
    ipStatus: NONE,
    ipNumbers: [],
    visibility: PUBLIC,
    heldBy: ['res-ogawa'],
    collectedBy: 'coord-aoki',
  },

  // ===================== Kasumi Valley: composites, machining =====================
  {
    key: 'seed-cfrtp-induction',
    title: '誘導加熱による熱可塑性CFRP（CFRTP）の急速プレス成形',
    summary:
      '熱可塑性樹脂（PA6、PPS）をマトリックスとする炭素繊維強化プラスチック（CFRTP）を、金型に組み込んだ誘導加熱コイルで' +
      '数十秒で成形温度まで加熱し、水冷で急冷するプレス成形技術。炭素繊維自体を発熱させるため加熱が速く均一で、' +
      '成形サイクルを従来の加熱炉＋プレス方式の5分から60秒以下に短縮した。自動車用のブラケット・シートフレームで' +
      '量産試作の実績がある。学内の300 t加熱プレス成形機で試作・条件出しを共同で行える。',
    keywords: [
      'CFRTP',
      '熱可塑性CFRP',
      'プレス成形',
      '誘導加熱',
      '成形サイクル',
      'ハイサイクル成形',
      'thermoplastic composite',
      'compression moulding',
      'induction heating',
    ],
    field: '複合材料成形',
    stage: PROVEN_IN_USE,
    ipStatus: GRANTED,
    ipNumbers: ['特許第6981104号', 'US11548722B2'],
    visibility: PUBLIC,
    heldBy: ['res-takahashi', 'org-kasumi-univ'],
    collectedBy: 'coord-ishikawa',
  },
  {
    key: 'seed-rcf-nonwoven',
    title: 'Recycled carbon-fibre nonwovens from CFRP offcuts for compression moulding',
    summary:
      'Dry carbon-fibre offcuts and fibres recovered from cured CFRP scrap are carded with thermoplastic ' +
      'fibres into nonwoven mats that are compression moulded into semi-structural parts. Panels reach 70 % ' +
      'of the stiffness of virgin-fibre equivalents at about half the material cost, which turns moulding ' +
      'offcuts from a waste cost into a raw material. Works with the induction-heated press process.',
    keywords: [
      'recycled carbon fibre',
      'CFRP offcuts',
      'nonwoven',
      'recycling',
      'compression moulding',
      'CFRTP',
      '端材',
      'リサイクル',
    ],
    field: 'Composite materials',
    stage: PROTOTYPE,
    ipStatus: PENDING,
    ipNumbers: ['特願2024-041163'],
    visibility: REGION,
    heldBy: ['res-takahashi'],
    collectedBy: 'coord-ishikawa',
  },
  {
    key: 'seed-cfrp-solvolysis',
    title: 'CFRPの常圧溶媒分解による炭素繊維の化学リサイクル',
    summary:
      '硬化済みのCFRP（エポキシ樹脂系）を、ベンジルアルコールとリン酸カリウム系触媒を用いた常圧・200℃以下の溶媒分解で' +
      '樹脂を分解し、長さと表面状態を保った炭素繊維を回収する技術。回収繊維の引張強度はバージン繊維の95％以上。' +
      '高温・高圧の設備が不要なため、中小の成形メーカーでも端材・不良品のリサイクル設備を導入しやすい。',
    keywords: ['CFRP', 'リサイクル', '化学リサイクル', '溶媒分解', '炭素繊維回収', '端材', 'recycling'],
    field: '複合材料・リサイクル',
    stage: PROTOTYPE,
    ipStatus: PENDING,
    ipNumbers: ['特願2023-176025'],
    visibility: REGION,
    heldBy: ['res-shimizu', 'org-kasumi-itc'],
    collectedBy: 'coord-ishikawa',
  },
  {
    key: 'seed-ultrasonic-drilling',
    title: '超音波振動援用ドリリングによるCFRP穴あけ時の層間剥離（デラミネーション）抑制',
    summary:
      'ドリルに軸方向の超音波振動（20〜40 kHz）を重ねて穴あけを行うことで、切削抵抗（スラスト力）を40％低減し、' +
      'CFRP積層板の出口側の層間剥離（デラミネーション）とバリを抑える技術。チタン合金との積層材（CFRP/Ti）の一括穴あけでも' +
      '工具寿命が2倍に延びた。既存のマシニングセンタに取り付けられる超音波ホルダーを使い、X線CTで内部の剥離を評価して' +
      '加工条件を最適化する。',
    keywords: [
      'CFRP',
      '穴あけ加工',
      'ドリリング',
      '層間剥離',
      'デラミネーション',
      '超音波振動',
      '工具寿命',
      'delamination',
      'drilling',
    ],
    field: '精密加工',
    stage: PROVEN_IN_USE,
    ipStatus: GRANTED,
    ipNumbers: ['特許第7066390号'],
    visibility: REGION,
    heldBy: ['res-kimura', 'org-kasumi-univ'],
    collectedBy: 'coord-ishikawa',
  },
  {
    key: 'seed-ae-tool-wear',
    title: 'In-process tool-wear monitoring with acoustic emission (AE)',
    summary:
      'Machine learning on acoustic emission signals and spindle current estimates the wear of drills and end ' +
      'mills during machining and tells the operator when to change tools. In machining of difficult-to-cut ' +
      'materials such as CFRP and titanium alloys it prevents tool breakage and defective parts.',
    keywords: ['工具摩耗', 'AEセンサ', '予知保全', '加工モニタリング', '難削材', 'tool wear'],
    field: '精密加工',
    stage: APPLIED_RESEARCH,
    ipStatus: NONE,
    ipNumbers: [],
    visibility: REGION,
    heldBy: ['res-kimura'],
    collectedBy: 'coord-ishikawa',
  },
  {
    key: 'seed-laser-joining',
    title: 'Laser-assisted direct joining of CFRTP and aluminium alloys',
    summary:
      'The aluminium surface is first structured with a pulsed laser into micro-grooves; the thermoplastic ' +
      'CFRP (CFRTP) part is then pressed on while a diode laser heats the metal from behind, so the ' +
      'thermoplastic matrix melts and flows into the grooves. The joint needs no adhesive, rivets or curing ' +
      'time, reaches lap-shear strengths of 25–30 MPa, and survived 1,000 hours of salt-spray testing after ' +
      'sealing. Suited to hybrid CFRP–aluminium battery housings and body structures for electric vehicles; ' +
      'cycle time per joint is under 20 seconds.',
    keywords: [
      'dissimilar material joining',
      'laser joining',
      'CFRTP',
      'aluminium',
      'hybrid structure',
      'battery housing',
      'lightweight',
      'electric vehicle',
      '異種材料接合',
    ],
    field: 'Laser processing / Joining',
    stage: PROTOTYPE,
    ipStatus: PENDING,
    ipNumbers: ['特願2024-009981', 'EP4301122A1'],
    visibility: PUBLIC,
    heldBy: ['res-muller', 'org-kasumi-univ'],
    collectedBy: 'coord-ishikawa',
  },
  {
    key: 'seed-nfrp',
    title: '亜麻・絹などの天然繊維を強化材とする天然繊維強化プラスチック（NFRP）',
    summary:
      '亜麻（リネン）・絹・竹の天然繊維を織物（クロス）にして熱可塑性樹脂やバイオベース樹脂と複合化した天然繊維強化プラスチック（NFRP）。' +
      '繊維表面のシランカップリング処理と織り構造の最適化により、ガラス繊維強化材の約80％の比剛性と高い振動減衰性を得た。' +
      '天然繊維は軽く、CO2排出が少なく、独特の意匠性がある。スポーツ用品、楽器、自動車内装、家具向けの試作に対応できる。' +
      '地域の織物メーカーの織機で強化基材を織る共同開発を提案する。',
    keywords: ['天然繊維', 'NFRP', '亜麻', 'リネン', '絹', '複合材料', '強化基材', '織物', 'natural fibre composite'],
    field: '複合材料',
    stage: APPLIED_RESEARCH,
    ipStatus: PENDING,
    ipNumbers: ['特願2024-063350'],
    visibility: PUBLIC,
    heldBy: ['res-shimizu', 'org-kasumi-itc'],
    collectedBy: 'coord-ishikawa',
  },
  {
    key: 'seed-biobased-epoxy',
    title: '難燃性バイオベースエポキシ樹脂',
    summary:
      'リグニン由来のフェノール化合物とリン系難燃成分を組み込んだバイオベースのエポキシ樹脂。ハロゲンを含まずに' +
      'UL94 V-0相当の難燃性を示し、CFRPのマトリックス樹脂として電池ケースなどへの応用を想定している。配合は非公開。',
    keywords: ['難燃性', 'バイオベース', 'エポキシ樹脂', 'CFRP', '電池ケース', 'flame retardant'],
    field: '高分子材料',
    stage: APPLIED_RESEARCH,
    ipStatus: PENDING,
    ipNumbers: ['特願2025-020871'],
    visibility: PRIVATE,
    heldBy: ['org-kasumi-itc'],
    collectedBy: 'coord-ishikawa',
  },

  // ===================== Kasumi Valley: care robotics, orthoses =====================
  {
    key: 'seed-pneumatic-muscle',
    title: '空気圧人工筋肉を用いた移乗介助用アシストスーツ',
    summary:
      '軽量で柔らかい空気圧人工筋肉（McKibben型の改良）を背部と大腿部に配置し、移乗介助や中腰作業で介護職員の腰部の' +
      '負担を軽減するアシストスーツ。モーターを使わないため重量1.8 kgと軽く、人に接触しても安全で、入浴介助の水濡れにも強い。' +
      '筋電図による評価で、移乗介助時の脊柱起立筋の筋活動を平均35％低減した。移乗支援ロボットのソフトアクチュエータとしても利用できる。',
    keywords: [
      '空気圧人工筋肉',
      'アシストスーツ',
      '移乗介助',
      '腰痛予防',
      '介護',
      'ソフトアクチュエータ',
      'pneumatic artificial muscle',
      'soft actuator',
      'transfer assist',
    ],
    field: 'ソフトロボティクス・福祉工学',
    stage: PROTOTYPE,
    ipStatus: GRANTED,
    ipNumbers: ['特許第7187754号'],
    visibility: PUBLIC,
    heldBy: ['res-inoue', 'org-kasumi-univ'],
    collectedBy: 'coord-ishikawa',
  },
  {
    key: 'seed-soft-gripper',
    title: 'Soft pneumatic gripper for handling fragile food products',
    summary:
      'A gripper of silicone fingers with embedded fabric layers that bends when inflated and adapts to the ' +
      'shape of what it holds. It picks up raw fish fillets, oysters in the shell and tofu without bruising, ' +
      'and is washable for food hygiene. Combined with a camera it sorts and packs irregular food items ' +
      'into trays at up to 40 picks per minute.',
    keywords: [
      'soft gripper',
      'soft robotics',
      'pneumatic actuator',
      'food handling',
      'fish fillet',
      'food packing',
      'automation',
    ],
    field: 'Soft robotics',
    stage: APPLIED_RESEARCH,
    ipStatus: PENDING,
    ipNumbers: ['特願2024-115520'],
    visibility: PUBLIC,
    heldBy: ['res-inoue'],
    collectedBy: 'coord-ishikawa',
  },
  {
    key: 'seed-custom-afo',
    title: '3Dスキャンと連続繊維3Dプリントによる個別適合型短下肢装具',
    summary:
      '患者の下腿を3Dスキャンし、歩行解析の結果をもとに剛性分布を設計した短下肢装具（AFO）を、炭素繊維の連続繊維3Dプリンタで' +
      '造形する技術。従来の石膏採型と熱可塑性樹脂の成形に比べ、製作日数を2週間から3日に短縮し、重量を約40％軽量化した。' +
      '必要な部分だけ炭素繊維で補強することで、足関節の底屈制動を患者ごとに調整できる。臨床試験を準備中。',
    keywords: [
      '短下肢装具',
      '装具',
      '3Dプリント',
      '3Dスキャン',
      '炭素繊維',
      '軽量化',
      '個別適合',
      'リハビリ',
      'orthosis',
      'AFO',
    ],
    field: '医工学',
    stage: PROTOTYPE,
    ipStatus: PENDING,
    ipNumbers: ['特願2024-172209'],
    visibility: PUBLIC,
    heldBy: ['res-abe', 'res-takahashi'],
    collectedBy: 'coord-ishikawa',
  },
  {
    key: 'seed-imu-gait',
    title: 'Gait analysis with wearable IMUs for fitting rehabilitation orthoses',
    summary:
      'Two small inertial measurement units (IMUs) on the shank and foot estimate ankle angles, stride and ' +
      'gait events with errors under 3 degrees compared with optical motion capture. Clinicians use the ' +
      'results to tune the stiffness of ankle-foot orthoses in the clinic instead of the gait laboratory, and ' +
      'to follow patients’ walking at home during rehabilitation.',
    keywords: ['gait analysis', 'wearable IMU', 'orthosis', 'rehabilitation', 'ankle-foot orthosis', 'walking'],
    field: 'Biomedical engineering',
    stage: APPLIED_RESEARCH,
    ipStatus: NONE,
    ipNumbers: [],
    visibility: REGION,
    heldBy: ['res-abe', 'org-kasumi-univ'],
    collectedBy: 'coord-ishikawa',
  },
];
