/**
 * Word lists for the synthetic seeds and needs of bench/match.ts: research fields, technical
 * nouns, verbs and adjectives in English and Japanese, plus the pieces from which a long tail of
 * compounds is built. The head lists are real words; the tail (compounds, katakana loanwords,
 * model numbers) gives the vocabulary the tens of thousands of rare terms a real collection has,
 * so posting lists are skewed like real ones: a few terms in most documents, most terms in few.
 */

const words = (text: string): string[] => text.trim().split(/\s+/);
const phrases = (text: string): string[] =>
  text
    .split('|')
    .map((p) => p.trim())
    .filter(Boolean);

export const EN_FIELDS = phrases(`
  materials science | agricultural engineering | food science | marine biology | fisheries science |
  mechanical engineering | electrical engineering | civil engineering | chemical engineering |
  information science | computer vision | machine learning | robotics | control engineering |
  environmental science | forestry | soil science | plant pathology | veterinary medicine |
  pharmaceutical sciences | biomedical engineering | nursing science | rehabilitation medicine |
  public health | energy engineering | nuclear engineering | applied physics | optics and photonics |
  semiconductor engineering | polymer chemistry | analytical chemistry | organic chemistry |
  inorganic chemistry | biochemistry | molecular biology | genomics | microbiology | immunology |
  neuroscience | ergonomics | industrial design | architecture | urban planning | transportation |
  disaster prevention | seismology | oceanography | hydrology | geology | tourism studies |
  regional economics | logistics | operations research | human-computer interaction | acoustics |
  welding engineering | tribology | fluid dynamics | heat transfer | combustion | metallurgy
`);

/** Technical nouns, most general first (the order feeds the Zipf ranks after a fixed shuffle). */
export const EN_NOUNS = words(`
  system technology method process material data model sensor device structure quality cost
  analysis performance efficiency production design control energy surface temperature water
  measurement evaluation application product equipment development treatment signal image film
  sample property component network solution module algorithm prediction monitoring inspection
  detection reduction improvement accuracy reliability durability safety environment waste
  emission carbon hydrogen battery electrode catalyst polymer fiber membrane coating adhesive
  composite alloy steel aluminium titanium copper ceramic glass resin rubber concrete wood bamboo
  cellulose lignin starch protein enzyme peptide antibody vaccine cell tissue gene genome bacteria
  fungus virus microbe fermentation yeast culture crop rice wheat soybean tomato strawberry tea
  fruit vegetable seaweed fish oyster scallop salmon livestock cattle pig poultry feed fertilizer
  pesticide soil irrigation greenhouse harvest drying freezing storage packaging freshness flavor
  texture nutrition ingredient extract powder emulsion gel capsule tablet drug diagnosis therapy
  patient elderly care rehabilitation nursing hospital clinic sleep dementia stress fatigue
  posture gait muscle bone joint blood brain heart lung liver kidney skin eye tooth vibration
  noise sound acoustic light laser optics lens camera microscope spectrum spectroscopy radiation
  magnet motor engine turbine pump valve compressor bearing gear actuator robot arm gripper drone
  vehicle railway bridge tunnel road building house factory plant warehouse logistics inventory
  demand supply market customer service tourism region community agriculture fishery forestry
  disaster earthquake tsunami flood landslide typhoon weather climate forecast satellite radar
  communication wireless antenna chip circuit semiconductor transistor wafer substrate thin
  crystal nanoparticle nanotube graphene silicon oxide nitride carbide sulfide lithium sodium
  magnesium calcium iron nickel cobalt zinc silver gold platinum solvent acid alkali salt
  corrosion wear friction lubrication fatigue fracture crack welding casting forging machining
  cutting grinding polishing molding injection extrusion printing additive lamination plating
  sintering annealing heating cooling insulation ventilation combustion fuel biomass solar wind
  geothermal hydropower grid storage charging inverter converter power voltage current
  resistance capacitance frequency wavelength bandwidth latency throughput database cloud server
  software interface platform framework library simulation optimization visualization
  classification segmentation recognition tracking localization navigation mapping planning
  scheduling forecasting anomaly fault failure maintenance lifetime recycling reuse disposal
  purification filtration separation adsorption absorption distillation crystallization
  extraction synthesis reaction oxidation reduction decomposition degradation contamination
  pollutant odor dust particle aerosol microplastic heavy-metal wastewater sludge sewage
`);

export const EN_VERBS = words(`
  develop improve reduce detect measure evaluate optimize design control predict monitor analyze
  produce apply enhance prevent remove recover recycle convert store transfer integrate automate
  visualize classify identify estimate simulate fabricate synthesize coat bond weld cut polish
  mold print dry freeze preserve sterilize ferment extract purify separate filter absorb
  stabilize accelerate suppress lower increase extend replace combine validate demonstrate
  quantify characterize inspect diagnose treat support assist train deploy scale commercialize
`);

export const EN_ADJECTIVES = words(`
  low-cost high-performance efficient durable lightweight flexible transparent conductive
  biodegradable sustainable renewable portable compact wearable wireless automatic autonomous
  real-time high-speed high-precision non-destructive non-invasive environmentally-friendly
  energy-saving low-temperature high-temperature thermal mechanical electrical optical chemical
  biological magnetic acoustic digital intelligent smart novel advanced stable robust scalable
  accurate sensitive selective porous dense thin soft hard functional regional local
`);

/** Prefixes and roots of English compounds (nanofiber, biosensor, ...): the English tail. */
export const EN_PREFIXES = words(`
  nano micro bio photo electro thermo hydro aero geo agro cryo piezo opto magneto chemo
  poly multi mono meta hyper ultra super semi inter cyber neuro cardio myo osteo immuno
  phyto myco zoo aqua terra astro radio sono tribo plasma
`);
export const EN_ROOTS = words(`
  fiber sensor film tube wire particle crystal gel foam membrane catalyst material structure
  device chip motor pump filter coating composite polymer layer sheet cell tissue scaffold
  marker probe imaging therapy lysis synthesis genesis kinetics dynamics mechanics metrics
  graphy scope meter logger grid sphere cluster lattice module cavity fluidics robot valve
  actuator harvester emitter detector absorber reactor ceramic alloy resin powder emulsion
`);

/** Pieces of model numbers and chemical formulas (TiO2, XR-200): rare, exact-match terms. */
export const EN_CODE_LETTERS = words(`Ti Ga Zn Si Al Fe Cu Ni Co Mg Li Na Ca Sn In Mo W Zr Ce Bi Ag`);
export const EN_CODE_SUFFIXES = words(`O2 N O3 C S2 P Se Te O H4 F2 Cl3 B`);

export const JA_FIELDS = words(`
  材料科学 農業工学 食品科学 海洋生物学 水産学 機械工学 電気工学 土木工学 化学工学 情報科学
  画像処理 機械学習 ロボット工学 制御工学 環境科学 森林科学 土壌学 植物病理学 獣医学 薬学
  医用工学 看護学 リハビリテーション医学 公衆衛生学 エネルギー工学 応用物理学 光学 半導体工学
  高分子化学 分析化学 有機化学 無機化学 生化学 分子生物学 微生物学 免疫学 神経科学 人間工学
  建築学 都市計画 交通工学 防災工学 地震学 海洋学 水文学 地質学 観光学 地域経済学 物流
  溶接工学 トライボロジー 流体力学 伝熱工学 燃焼工学 金属工学
`);

/** Japanese technical nouns (kuromoji knows nearly all of them), most general first. */
export const JA_NOUNS = words(`
  技術 システム 方法 材料 装置 構造 品質 製品 開発 評価 性能 効率 生産 設計 制御 温度 表面
  測定 解析 検査 予測 監視 処理 加工 成分 特性 データ 画像 信号 精度 信頼性 耐久性 安全性
  環境 廃棄物 排出 炭素 水素 電池 電極 触媒 高分子 繊維 膜 塗料 接着剤 複合材料 合金 鉄鋼
  樹脂 ゴム コンクリート 木材 竹 セルロース リグニン 澱粉 タンパク質 酵素 抗体 ワクチン
  細胞 組織 遺伝子 ゲノム 細菌 菌類 ウイルス 微生物 発酵 酵母 培養 作物 米 小麦 大豆 トマト
  イチゴ 茶 果実 野菜 海藻 魚 牡蠣 ホタテ 鮭 家畜 牛 豚 鶏 飼料 肥料 農薬 土壌 灌漑 温室
  収穫 乾燥 冷凍 保存 包装 鮮度 風味 食感 栄養 原料 粉末 乳化 カプセル 錠剤 医薬品 診断
  治療 患者 高齢者 介護 看護 病院 睡眠 認知症 ストレス 疲労 姿勢 歩行 筋肉 骨 関節 血液
  脳 心臓 肺 肝臓 皮膚 振動 騒音 音響 光 レーザー 光学 レンズ カメラ 顕微鏡 分光 放射線
  磁石 モーター エンジン タービン ポンプ バルブ 圧縮機 軸受 歯車 ロボット 把持 ドローン 車両
  鉄道 橋梁 トンネル 道路 建物 住宅 工場 倉庫 物流 在庫 需要 供給 市場 顧客 観光 地域 農業
  漁業 林業 災害 地震 津波 洪水 土砂 台風 気象 気候 衛星 レーダー 通信 無線 アンテナ 回路
  半導体 トランジスタ 基板 薄膜 結晶 ナノ粒子 グラフェン シリコン 酸化物 窒化物 リチウム
  ナトリウム マグネシウム カルシウム 鉄 ニッケル コバルト 亜鉛 銀 金 白金 溶媒 酸 塩 腐食
  摩耗 摩擦 潤滑 破壊 亀裂 溶接 鋳造 鍛造 切削 研削 研磨 成形 射出 押出 印刷 積層 めっき
  焼結 加熱 冷却 断熱 換気 燃焼 燃料 バイオマス 太陽光 風力 地熱 水力 送電 充電 電圧 電流
  抵抗 周波数 波長 通信量 遅延 データベース クラウド ソフトウェア プラットフォーム 模擬
  最適化 可視化 分類 認識 追跡 位置推定 地図 計画 異常 故障 保守 寿命 リサイクル 再利用
  浄化 濾過 分離 吸着 吸収 蒸留 抽出 合成 反応 酸化 還元 分解 劣化 汚染 臭気 粉塵 微粒子
  マイクロプラスチック 重金属 排水 汚泥 下水 省エネ 自動化 省力化 効率化 高精度 低コスト
  量産 試作 実証 特許 共同研究 中小企業 製造業 人材 教育 福祉 健康 間伐材 養殖 畜産 酪農
`);

/** Independent verbs, dictionary form (the analysis keeps their base forms). */
export const JA_VERBS = words(`
  高める 抑える 減らす 防ぐ 測る 作る 使う 生かす 活かす 組み合わせる 取り除く 見つける
  探す 求める 変える 保つ 延ばす 選ぶ 調べる 守る 届ける 集める 運ぶ 冷やす 温める 乾かす
  固める 溶かす 混ぜる 分ける 磨く 削る 貼る 塗る 包む 育てる 増やす 支える 見極める 捉える
`);

export const JA_ADJECTIVES = words(
  `高い 低い 安い 軽い 強い 速い 新しい 小さい 大きい 薄い 細かい 硬い 柔らかい 安全な 安定した 簡便な 高度な`,
);

/** Katakana pieces whose pairs (ナノファイバー, バイオセンサ, ...) are the Japanese tail. */
export const JA_KATAKANA_PIECES = words(`
  ナノ バイオ マイクロ フォト ポリ メタ ハイブリッド スマート エコ サーモ ハイドロ アグリ
  ファイバー センサ フィルム チューブ ゲル フォーム メンブレン コート シート チップ モジュール
  ユニット デバイス プラットフォーム マテリアル カーボン セラミック レジン パウダー エマルション
  カプセル フィルター リアクター グリッド クラスター ロボ アーム ポンプ バルブ ドローン
  クラウド エンジン ビーム レーザー プラズマ マグネット コイル ダイオード ペースト ワイヤ
`);

/** Latin terms that Japanese text quotes as written (and the analysis sends down the English path). */
export const JA_LATIN_TERMS = words(
  `IoT AI DX GPS LED CO2 PLC CAD CAE LiDAR RFID PET PFAS VOC MRI CT SDGs EV GaN SiC TiO2 PCR`,
);

/** Generic Japanese nouns that appear in most texts (they give the head of the Zipf curve). */
export const JA_COMMON = words(
  `技術 研究 開発 課題 方法 手法 活用 実現 向上 改善 提案 応用 対象 目的 結果 効果 利用 導入 検討 実用化`,
);
export const EN_COMMON = words(
  `technology research development method approach application result effect use study new problem`,
);
